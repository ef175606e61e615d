"""The Starlette application of ``docgen serve``.

The server keeps no state between requests: the page sends the input and every option with
each request (``file`` and the JSON fields ``options``, ``style``), so a reload or a second tab
costs nothing and a crash loses nothing.

Routes::

    GET  /                the page (?lang=en for English; the page also switches without a reload)
    GET  /static/NAME     its script, style sheet and icon (a fixed list; nothing else is served)
    POST /api/process     one input → what was found, what cleaning removed, the PDF's pages
    POST /api/download    one input → its DOCX or PDF
    POST /api/batch       many inputs → a zip of their outputs with a summary
    POST /api/unpack      a zip → its readable members (read in memory, never extracted)

Safe by default: every request must name this server in its ``Host`` header (127.0.0.1,
localhost or [::1] with its port: a DNS-rebinding page is refused with 400), a POST from
another site's page is refused (``Origin``), bodies must declare their length and stay within
:class:`~docgen.web.limits.Limits`, no name sent by the browser reaches the file system, every
conversion runs in a worker process with a time limit, and every failure is a short message
(JSON for the API, a small page otherwise), never a stack trace.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import io
import json
import logging
import re
import unicodedata
import zipfile
from collections.abc import AsyncIterator, Awaitable, Callable
from importlib import resources
from typing import Any
from urllib.parse import quote

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.datastructures import FormData, Headers, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import DocgenError
from ..style import DEFAULT_STYLE, available_presets, load_style
from . import page
from .forms import HEADER_KEYS, MAX_FIELD_CHARS, STYLE_VALUES, preset_values, style_settings
from .i18n import lang_of, t
from .limits import Limits
from .pool import JobCrashed, JobFailed, JobTimeout, WorkerPool
from .unzip import ZipRefused, unpack

log = logging.getLogger("docgen.web")

STATIC_FILES = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8",
                "icon.svg": "image/svg+xml"}

#: Nothing is loaded from anywhere but this server; previews are data: URLs, downloads blob: URLs.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

_RULE_NAME = re.compile(r"[a-z][a-z0-9-]{0,39}")
_MAX_KEEP = 1000
FORMATS = ("pdf", "docx")


class Refused(Exception):
    """A request (or one file of it) that cannot be served: an HTTP status and a message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def loopback_hosts(port: int, host: str = "127.0.0.1") -> frozenset[str]:
    """The ``Host`` header values accepted: the loopback names with ``port``, and the address the
    server was told to listen on when it is another one (never a wildcard)."""
    names = {"127.0.0.1", "localhost", "[::1]"}
    if host not in ("0.0.0.0", "::", ""):
        names.add(f"[{host}]" if ":" in host and not host.startswith("[") else host)
    return frozenset(f"{name}:{port}" for name in names)


# --------------------------------------------------------------------------- the guard


class Guard:
    """Outermost middleware: the ``Host`` check (DNS rebinding), the cross-site POST check, the
    body-size check before anything is read, and the security headers on every response."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str], limits: Limits) -> None:
        self.app = app
        self.hosts = hosts
        self.origins = frozenset(f"http://{h}" for h in hosts)
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        lang = _query_lang(scope)
        host = headers.get("host", "").strip().lower()
        if host not in self.hosts:
            await self._refuse(scope, receive, send, 400,
                               f"拒绝访问：不接受主机名“{host or '（空）'}”，请用 http://127.0.0.1 打开本页面。"
                               f" / Refused: the host name “{host or '(none)'}” is not accepted; "
                               "open this page at http://127.0.0.1.")
            return
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            origin = headers.get("origin")
            if (origin is not None and origin not in self.origins) or \
                    headers.get("sec-fetch-site") == "cross-site":
                await self._refuse(scope, receive, send, 403, t(lang, "err_cross_site"))
                return
            length = headers.get("content-length")
            if length is None or not length.strip().isdigit():
                await self._refuse(scope, receive, send, 411, t(lang, "err_length_required"))
                return
            if int(length) > self.limits.request_bytes:
                await self._refuse(scope, receive, send, 413, t(
                    lang, "err_request_too_large", mb=self.limits.request_bytes // (1024 * 1024)))
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                present = {k.lower() for k, _ in message["headers"]}
                message["headers"] = [*message["headers"],
                                      *((k, v) for k, v in SECURITY_HEADERS if k not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, status: int, message: str) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        response = _error_response(scope["path"], status, message, _query_lang(scope))
        response.headers["connection"] = "close"
        await response(scope, receive, send)


def _query_lang(scope: Scope) -> str:
    query = scope.get("query_string", b"").decode("latin-1")
    match = re.search(r"(?:^|&)lang=(\w+)", query)
    return lang_of(match.group(1) if match else None)


def _error_response(path: str, status: int, message: str, lang: str) -> Response:
    if path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status,
                            headers={"cache-control": "no-store"})
    return HTMLResponse(page.error_page(status, message, lang), status_code=status,
                        headers={"cache-control": "no-store"})


# --------------------------------------------------------------------------- reading requests


def _lang(request: Request) -> str:
    return lang_of(request.query_params.get("lang"))


async def _form(request: Request, limits: Limits) -> FormData:
    lang = _lang(request)
    try:
        return await request.form(max_files=limits.files, max_fields=limits.files * 3 + 20,
                                  max_part_size=limits.field_bytes)
    except HTTPException as exc:
        if "too many files" in str(exc.detail).lower():
            raise Refused(413, t(lang, "err_too_many_files", n=limits.files)) from None
        raise Refused(400, t(lang, "err_bad_request", detail=exc.detail)) from None


def _json_field(form: FormData, name: str, default: Any, lang: str) -> Any:
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


async def _read_upload(upload: Any, limits: Limits, lang: str) -> tuple[str, bytes]:
    if not isinstance(upload, UploadFile):
        raise Refused(400, t(lang, "err_no_input"))
    name = display_name(upload.filename)
    if upload.size is not None and upload.size > limits.file_bytes:
        raise Refused(413, t(lang, "err_too_large", name=name, mb=limits.file_mb))
    data = await upload.read(limits.file_bytes + 1)
    if len(data) > limits.file_bytes:
        raise Refused(413, t(lang, "err_too_large", name=name, mb=limits.file_mb))
    return name, data


def attachment(filename: str) -> str:
    """A Content-Disposition value that keeps a Chinese file name (RFC 6266 / 5987)."""
    ascii_name = re.sub(r"[^A-Za-z0-9._ -]", "", filename).strip() or "docgen"
    if ascii_name.startswith("."):
        ascii_name = "docgen" + ascii_name
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


# --------------------------------------------------------------------------- the application


def create_app(*, port: int, host: str = "127.0.0.1", limits: Limits | None = None,
               pool: WorkerPool | None = None) -> Starlette:
    """The app for a server on ``host:port``.  A ``pool`` passed in is started but not closed
    by the app (its owner closes it); without one the app makes its own."""
    limits = limits or Limits()
    owned = pool is None
    workers = pool or WorkerPool(limits.workers, limits.time_limit)
    static = {name: resources.files(__package__).joinpath("static", name).read_bytes()
              for name in STATIC_FILES}

    async def run_job(lang: str, name: str, job: str, *args: Any) -> Any:
        try:
            return await workers.call(job, *args)
        except JobTimeout:
            raise Refused(504, t(lang, "err_timeout", name=name, s=f"{workers.time_limit:g}")) from None
        except JobCrashed:
            raise Refused(500, t(lang, "err_crashed", name=name)) from None
        except JobFailed:
            raise Refused(500, t(lang, "err_internal")) from None

    # ------------------------------------------------------------------ pages

    async def home(request: Request) -> Response:
        lang = _lang(request)
        config = await anyio.to_thread.run_sync(lambda: page_config(lang, limits))
        return HTMLResponse(page.render(lang, config), headers={"cache-control": "no-store"})

    async def static_file(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC_FILES:
            raise HTTPException(404)
        return Response(static[name], media_type=STATIC_FILES[name],
                        headers={"cache-control": "no-cache"})

    # ------------------------------------------------------------------ API

    async def process(request: Request) -> Response:
        lang = _lang(request)
        form = await _form(request, limits)
        name, data = await _read_upload(form.get("file"), limits, lang)
        options = check_options(_json_field(form, "options", {}, lang), lang)
        style = check_style(_json_field(form, "style", {}, lang), lang)
        preview = form.get("preview") or "images"
        if preview not in ("images", "count", "none"):
            raise Refused(400, t(lang, "err_bad_request", detail="preview: images, count or none"))
        result = await run_job(lang, name, "process", data, name, options, style, preview,
                               limits.preview_pages)
        if not result["ok"]:
            raise Refused(422, result["error"])
        return JSONResponse(result, headers={"cache-control": "no-store"})

    async def download(request: Request) -> Response:
        lang = _lang(request)
        form = await _form(request, limits)
        name, data = await _read_upload(form.get("file"), limits, lang)
        options = check_options(_json_field(form, "options", {}, lang), lang)
        style = check_style(_json_field(form, "style", {}, lang), lang)
        fmt = form.get("format")
        if fmt not in FORMATS:
            raise Refused(400, t(lang, "err_format", name=str(fmt)[:20]))
        result = await run_job(lang, name, "produce", data, name, options, style, (fmt,))
        if not result["ok"]:
            raise Refused(422, result["error"])
        stem = safe_stem(str(form.get("stem") or ""), safe_stem(name.rsplit(".", 1)[0]))
        media = ("application/pdf" if fmt == "pdf" else
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        return Response(result["files"][fmt], media_type=media, headers={
            "content-disposition": attachment(f"{stem}.{fmt}"), "cache-control": "no-store",
            "x-docgen-pages": str(result["pages"] or 0)})

    async def batch(request: Request) -> Response:
        lang = _lang(request)
        form = await _form(request, limits)
        uploads = form.getlist("file")
        items = _json_field(form, "items", [], lang)
        notes = _json_field(form, "notes", [], lang)
        formats = _json_field(form, "formats", list(FORMATS), lang)
        if not isinstance(items, list) or len(items) != len(uploads) or not isinstance(notes, list) \
                or len(notes) > limits.zip_members + limits.files:
            raise Refused(400, t(lang, "err_bad_request", detail="items must match the files"))
        if not uploads and not notes:
            raise Refused(400, t(lang, "err_no_input"))
        if not isinstance(formats, list) or not formats or any(f not in FORMATS for f in formats):
            raise Refused(400, t(lang, "err_format", name=str(formats)[:40]))
        style = check_style(_json_field(form, "style", {}, lang), lang)
        checked = await run_job(lang, "", "check_style", style)
        if not checked["ok"]:
            raise Refused(422, checked["error"])
        entries: list[dict[str, Any]] = [{} for _ in uploads]

        async def convert(index: int) -> None:
            item = items[index] if isinstance(items[index], dict) else {}
            name = display_name(getattr(uploads[index], "filename", None))
            entry = entries[index]
            entry.update(input=name, stem=safe_stem(str(item.get("stem") or ""),
                                                    safe_stem(name.rsplit(".", 1)[0])))
            try:
                name, data = await _read_upload(uploads[index], limits, lang)
                options = check_options(item.get("options") or {}, lang)
                result = await run_job(lang, name, "produce", data, name, options, style,
                                       tuple(dict.fromkeys(formats)))
            except Refused as exc:
                entry["error"] = exc.message
                return
            if not result["ok"]:
                entry["error"] = result["error"]
                return
            entry.update(files=result["files"], pages=result["pages"], warnings=result["warnings"])

        async with anyio.create_task_group() as group:
            for index in range(len(uploads)):
                group.start_soon(convert, index)
        for note in notes:
            if isinstance(note, dict):
                entries.append({"input": display_name(str(note.get("name") or "")),
                                "error": str(note.get("error") or "")[:500]})
        data = await anyio.to_thread.run_sync(lambda: batch_zip(entries, style, lang))
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return Response(data, media_type="application/zip", headers={
            "content-disposition": attachment(f"docgen-{stamp}.zip"), "cache-control": "no-store"})

    async def unpack_zip(request: Request) -> Response:
        lang = _lang(request)
        form = await _form(request, limits)
        name, data = await _read_upload(form.get("file"), limits, lang)
        try:
            found = await anyio.to_thread.run_sync(lambda: unpack(data, limits))
        except ZipRefused as exc:
            raise Refused(422, t(lang, exc.key, name=name, **exc.fields)) from None
        import base64

        return JSONResponse({
            "files": [{"name": label, "size": len(content),
                       "data": base64.b64encode(content).decode("ascii")}
                      for label, content in found.files],
            "skipped": [{"name": label, "error": t(lang, key, name=label, **fields)}
                        for label, key, fields in found.skipped],
        }, headers={"cache-control": "no-store"})

    # ------------------------------------------------------------------ errors

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Refused)
        return _error_response(request.url.path, exc.status, exc.message, _lang(request))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        lang = _lang(request)
        message = {404: t(lang, "err_not_found"), 405: t(lang, "err_method")}.get(
            exc.status_code) or t(lang, "err_bad_request", detail=exc.detail)
        return _error_response(request.url.path, exc.status_code, message, lang)

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("docgen serve: internal error on %s %s", request.method, request.url.path,
                  exc_info=exc)
        return _error_response(request.url.path, 500, t(_lang(request), "err_internal"), _lang(request))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(workers.start)
        try:
            yield
        finally:
            if owned:
                await anyio.to_thread.run_sync(workers.close)

    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        Refused: refused, HTTPException: http_error, Exception: server_error}
    app = Starlette(routes=[
        Route("/", home, methods=["GET"]),
        Route("/static/{name}", static_file, methods=["GET"]),
        Route("/api/process", process, methods=["POST"]),
        Route("/api/download", download, methods=["POST"]),
        Route("/api/batch", batch, methods=["POST"]),
        Route("/api/unpack", unpack_zip, methods=["POST"]),
    ], exception_handlers=handlers, lifespan=lifespan)
    app.state.pool = workers
    app.state.limits = limits
    return Guard(app, loopback_hosts(port, host), limits)  # type: ignore[return-value]


# --------------------------------------------------------------------------- page data


def page_config(lang: str, limits: Limits) -> dict[str, Any]:
    """What the page's script needs: the presets with their values, the limits."""
    presets = []
    for name, (_path, origin) in sorted(available_presets().items(),
                                        key=lambda item: (item[0] != DEFAULT_STYLE, item[0])):
        try:
            style = load_style(name)
        except DocgenError as exc:
            log.warning("docgen serve: preset %s left out: %s", name, exc)
            continue
        presets.append({"name": name, "description": style.description, "origin": origin,
                        "values": preset_values(style)})
    return {
        "lang": lang, "default_preset": DEFAULT_STYLE, "presets": presets,
        "limits": {"file_bytes": limits.file_bytes, "file_mb": limits.file_mb,
                   "files": limits.files, "request_bytes": limits.request_bytes},
        "settings": [{"key": v.key, "group": v.group, "kind": v.kind} for v in STYLE_VALUES],
    }


def batch_zip(entries: list[dict[str, Any]], style: dict[str, Any], lang: str) -> bytes:
    """The zip of a batch: each converted input's files (named after the input, made unique)
    and ``summary.txt`` (for people, in the page's language) and ``summary.json``."""
    used: set[str] = set()
    buffer = io.BytesIO()
    summary = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in entries:
            record: dict[str, Any] = {"input": entry.get("input"), "ok": "error" not in entry}
            if "error" in entry:
                record["error"] = entry["error"]
            else:
                stem = entry["stem"]
                if any(f"{stem}.{fmt}".lower() in used for fmt in entry["files"]):
                    number = 2
                    while any(f"{stem} ({number}).{fmt}".lower() in used for fmt in entry["files"]):
                        number += 1
                    stem = f"{stem} ({number})"
                outputs = []
                for fmt, data in entry["files"].items():
                    member = f"{stem}.{fmt}"
                    used.add(member.lower())
                    archive.writestr(member, data)
                    outputs.append(member)
                record.update(outputs=outputs, pages=entry["pages"], warnings=entry["warnings"])
            summary.append(record)
        archive.writestr("summary.txt", summary_text(summary, style, lang))
        archive.writestr("summary.json", json.dumps(
            {"style": style, "files": summary}, ensure_ascii=False, indent=2))
    return buffer.getvalue()


def summary_text(summary: list[dict[str, Any]], style: dict[str, Any], lang: str) -> str:
    ok = sum(1 for r in summary if r["ok"])
    lines = [t(lang, "summary_title"), "",
             t(lang, "summary_counts", total=len(summary), ok=ok, failed=len(summary) - ok),
             f"{t(lang, 'preset_label')}: {style['preset']}"
             + (f"  ({', '.join(style['settings'])})" if style["settings"] else ""), ""]
    for record in summary:
        if record["ok"]:
            parts = [t(lang, "summary_converted"), ", ".join(record["outputs"])]
            if record.get("pages"):
                parts.append(t(lang, "summary_pages", n=record["pages"]))
            parts.append(t(lang, "summary_warnings", n=len(record["warnings"])))
            lines.append(f"{record['input']}: " + "; ".join(parts))
            lines.extend(f"    {w}" for w in record["warnings"])
        else:
            lines.append(f"{record['input']}: {t(lang, 'summary_failed')}: {record['error']}")
    return "\r\n".join(lines) + "\r\n"
