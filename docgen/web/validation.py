"""Reading and checking what the page sends: the form (within the limits), the JSON fields,
the uploaded files, the per-input options and the style.

Nothing the browser sends reaches the file system: a file's name is a label only
(:func:`display_name`), a download's name is made safe (:func:`safe_stem`), a preset is one
of the available ones by name (never a path), and only the style values the page offers are
accepted.  Anything else is :class:`Refused` with an HTTP status and a message in the page's
language.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request

from ..style import DEFAULT_STYLE, available_presets
from .forms import HEADER_KEYS, MAX_FIELD_CHARS, style_settings
from .i18n import lang_of, t
from .limits import Limits

#: A cleaning rule's name, as the page sends it with a line to keep.
_RULE_NAME = re.compile(r"[a-z][a-z0-9-]{0,39}")
#: At most this many kept lines per input.
_MAX_KEEP = 1000
#: The formats a download or a batch may ask for.
FORMATS = ("pdf", "docx")


class Refused(Exception):
    """A request (or one file of it) that cannot be served: an HTTP status and a message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def request_lang(request: Request) -> str:
    """The page's language (``?lang=en``), for the messages of a request."""
    return lang_of(request.query_params.get("lang"))


async def read_form(request: Request, limits: Limits) -> FormData:
    """The multipart form, within the limits on files, fields and part sizes."""
    lang = request_lang(request)
    try:
        return await request.form(max_files=limits.files, max_fields=limits.files * 3 + 20,
                                  max_part_size=limits.field_bytes)
    except HTTPException as exc:
        if "too many files" in str(exc.detail).lower():
            raise Refused(413, t(lang, "err_too_many_files", n=limits.files)) from None
        raise Refused(400, t(lang, "err_bad_request", detail=exc.detail)) from None


def json_field(form: FormData, name: str, default: Any, lang: str) -> Any:
    """A form field holding JSON (``default`` when it is missing or empty)."""
    raw = form.get(name)
    if raw is None or raw == "":
        return default
    if not isinstance(raw, str):
        raise Refused(400, t(lang, "err_bad_request", detail=f"{name} must be a text field"))
    try:
        return json.loads(raw)
    except ValueError:
        raise Refused(400, t(lang, "err_bad_request", detail=f"{name} is not JSON")) from None


def display_name(value: str | None, default: str = "input.txt") -> str:
    """A name sent by the browser, as a label only: its last part, printable, at most 200
    characters.  It never becomes a path."""
    text = (value or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch for ch in text if ch.isprintable()).strip()
    return text[:200] or default


def safe_stem(value: str | None, default: str = "docgen") -> str:
    """A file name stem for a download (inside a zip or a Content-Disposition header): no path
    separators, no characters Windows refuses, no control characters, at most 80 characters."""
    text = unicodedata.normalize("NFC", value or "")
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]', "", text)
    text = re.sub(r"\s+", " ", text).strip().strip(".")
    return text[:80].strip() or default


def check_options(raw: Any, lang: str) -> dict[str, Any]:
    """The page's options for one input, checked: header field overrides, lines to keep,
    no-title."""
    if not isinstance(raw, dict):
        raise Refused(400, t(lang, "err_bad_request", detail="options must be an object"))
    overrides: dict[str, str] = {}
    for key, value in (raw.get("overrides") or {}).items():
        if key not in HEADER_KEYS or not isinstance(value, str):
            raise Refused(400, t(lang, "err_bad_request", detail=f"unknown header field {key!r}"))
        if len(value) > MAX_FIELD_CHARS:
            raise Refused(400, t(lang, "err_value", key=key))
        overrides[key] = value
    keep = []
    entries = raw.get("keep") or []
    if not isinstance(entries, list) or len(entries) > _MAX_KEEP:
        raise Refused(400, t(lang, "err_bad_request", detail="keep must be a list"))
    for entry in entries:
        line, rule = (entry.get("line"), entry.get("rule")) if isinstance(entry, dict) else (None, None)
        if not isinstance(line, int) or isinstance(line, bool) or line < 1 \
                or not isinstance(rule, str) or not _RULE_NAME.fullmatch(rule):
            raise Refused(400, t(lang, "err_bad_request", detail="keep: expected {line, rule}"))
        keep.append({"line": line, "rule": rule})
    return {"overrides": overrides, "keep": keep, "no_title": bool(raw.get("no_title"))}


def check_style(raw: Any, lang: str) -> dict[str, Any]:
    """The preset (one of :func:`available_presets`, never a path) and the settings (only the
    keys the page offers; docgen checks their values)."""
    if not isinstance(raw, dict):
        raw = {}
    preset = raw.get("preset") or DEFAULT_STYLE
    if not isinstance(preset, str) or preset not in available_presets():
        raise Refused(400, t(lang, "err_preset", name=str(preset)[:60]))
    values = raw.get("settings") or {}
    if not isinstance(values, dict):
        raise Refused(400, t(lang, "err_bad_request", detail="settings must be an object"))
    try:
        settings = style_settings({str(k): str(v) for k, v in values.items()})
    except KeyError as exc:
        raise Refused(400, t(lang, "err_setting", key=str(exc.args[0])[:60])) from None
    except ValueError as exc:
        raise Refused(400, t(lang, "err_value", key=str(exc.args[0]))) from None
    return {"preset": preset, "settings": list(settings)}


async def read_upload(upload: Any, limits: Limits, lang: str) -> tuple[str, bytes]:
    """An uploaded file's label and bytes, refused (413) past the size limit without reading more."""
    if not isinstance(upload, UploadFile):
        raise Refused(400, t(lang, "err_no_input"))
    name = display_name(upload.filename)
    if upload.size is not None and upload.size > limits.file_bytes:
        raise Refused(413, t(lang, "err_too_large", name=name, mb=limits.file_mb))
    data = await upload.read(limits.file_bytes + 1)
    if len(data) > limits.file_bytes:
        raise Refused(413, t(lang, "err_too_large", name=name, mb=limits.file_mb))
    return name, data


def check_batch(form: FormData, files: int, limits: Limits, lang: str) -> tuple[list[Any], list[Any], list[str]]:
    """A batch's per-file items (one per file), the notes of files the page could not read
    itself, and the formats asked for."""
    items = json_field(form, "items", [], lang)
    notes = json_field(form, "notes", [], lang)
    formats = json_field(form, "formats", list(FORMATS), lang)
    if not isinstance(items, list) or len(items) != files or not isinstance(notes, list) \
            or len(notes) > limits.zip_members + limits.files:
        raise Refused(400, t(lang, "err_bad_request", detail="items must match the files"))
    if not files and not notes:
        raise Refused(400, t(lang, "err_no_input"))
    if not isinstance(formats, list) or not formats or any(f not in FORMATS for f in formats):
        raise Refused(400, t(lang, "err_format", name=str(formats)[:40]))
    return items, notes, formats
