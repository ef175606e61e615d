"""What the worker processes do: parse an input, describe what was found, render and rasterise
the PDF, produce the files to download.

Every function takes and returns plain data (bytes, str, dicts, lists), so it crosses the pipe
to a worker process as is, and catches docgen's own errors, which become ``{"ok": False,
"error": str(err)}`` (a one-line message for that file).  Anything else that goes wrong is a bug:
the pool reports it without a stack trace on the page.

The arguments were checked by :mod:`docgen.web.validation` before they got here: ``options`` is
``{"overrides": {field: text}, "keep": [{"line": int, "rule": str}], "no_title": bool}`` and
``style`` is ``{"preset": name of an available preset, "settings": ["key=value", …]}``.
"""

from __future__ import annotations

import base64
import io
from typing import Any, Literal

from .. import diagnostics as C
from ..api import load, parse, render
from ..diagnostics import stage_of
from ..errors import DocgenError
from ..model import AttachmentLabel, AttachmentTitle, Diagnostic, DocumentTitle, Heading, Paragraph, Speech
from .forms import overrides_meta

#: Characters of a block's text sent for the structure tree (it shows one line per block).
_CLIP = 80
#: Codes of the cleaning changes shown as "changed" lines.
_CHANGED_CODES = tuple(code.name for code in (C.PUNCTUATION_NORMALISED, C.TEXT_NORMALISED, C.MARKER_REMOVED))
#: Codes of information that the tree and the cleaning lists show in their own way.
_QUIET_CODES = frozenset(code.name for code in (
    C.BOILERPLATE_REMOVED, C.LINES_JOINED, C.SPACES_TRIMMED, C.ENCODING, C.BLANK_LINE_REMOVED,
    C.LINE_KEPT)) | frozenset(_CHANGED_CODES)
_DOCUMENT_STARTS = (DocumentTitle, AttachmentLabel, AttachmentTitle)

Format = Literal["pdf", "docx"]


def parse_kwargs(options: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments of :func:`docgen.api.parse` for the page's options."""
    kwargs: dict[str, Any] = {"no_title": bool(options.get("no_title"))}
    overrides = overrides_meta(options.get("overrides") or {})
    if overrides is not None:
        kwargs["overrides"] = overrides
    keep = options.get("keep") or []
    if keep:
        kwargs["keep_lines"] = tuple(sorted({int(k["line"]) for k in keep}))
    return kwargs


def _parse(data: bytes, name: str, options: dict[str, Any]) -> Speech:
    return parse(data, name=name, **parse_kwargs(options))


# --------------------------------------------------------------------------- describing


def _clip(text: str | None, width: int = _CLIP) -> str:
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"


def blocks(speech: Speech) -> list[dict[str, Any]]:
    """One entry per block, with its indentation in the tree (as ``docgen inspect`` shows it)."""
    out = []
    depth = 0
    for block in speech.blocks:
        if isinstance(block, Heading):
            depth = block.level - 1
        elif isinstance(block, _DOCUMENT_STARTS):
            depth = -1
        elif isinstance(block, Paragraph) and block.lead is not None and block.lead.kind == "heading":
            depth = (block.lead.level or 1) - 1
        starts = isinstance(block, (Heading, *_DOCUMENT_STARTS))
        indent = 0 if block.type_name == "salutation" else max(0, depth + (0 if starts else 1))
        item: dict[str, Any] = {"type": block.type_name, "line": block.line, "indent": indent,
                                "text": _clip(block.text)}
        for attr in ("level", "number"):
            value = getattr(block, attr, None)
            if value is not None:
                item[attr] = value
        lead = getattr(block, "lead", None)
        if lead is not None:
            item["lead"] = {"kind": lead.kind, "level": lead.level, "text": _clip(lead.text, 40)}
        spans = getattr(block, "spans", ())
        if spans:
            item["enumerations"] = len(spans)
        out.append(item)
    return out


def _rule_reason(d: Diagnostic) -> tuple[str, str]:
    """The cleaning rule (the message's prefix before ``:``) and the reason after it."""
    rule, sep, reason = d.message.partition(": ")
    if not sep or " " in rule:
        return "", d.message
    return rule, reason.removeprefix(f"{rule}: ")


def cleaning(speech: Speech) -> dict[str, list[dict[str, Any]]]:
    """What reading and cleaning left out, removed, joined and changed, line by line."""
    removed, joined, changed, reader = [], [], [], []
    for d in speech.diagnostics:
        rule, reason = _rule_reason(d)
        if d.code == C.BOILERPLATE_REMOVED.name:
            removed.append({"line": d.line, "rule": rule, "reason": reason, "text": _clip(d.text, 200)})
        elif d.code == C.LINES_JOINED.name:
            joined.append({"line": d.line, "rule": rule, "reason": reason, "text": _clip(d.text, 60)})
        elif d.code in _CHANGED_CODES:
            changed.append({"line": d.line, "rule": rule, "reason": reason})
        elif stage_of(d) == "reading" and d.code not in (C.ENCODING.name, C.ENCODING_DAMAGED.name):
            reader.append({"line": d.line, "level": d.level, "message": d.message,
                           "text": _clip(d.text, 120)})
    return {"removed": removed, "joined": joined, "changed": changed, "reader": reader}


def warnings(speech: Speech) -> list[dict[str, Any]]:
    """Warnings and errors worth a look (placeholders to fill in, numbering gaps, …)."""
    return [{"level": d.level, "code": d.code, "line": d.line, "text": _clip(d.text, 60),
             "message": _rule_reason(d)[1] if d.code == C.PLACEHOLDER.name else d.message}
            for d in speech.diagnostics
            if d.level in ("warning", "error") and d.code not in _QUIET_CODES
            and stage_of(d) != "reading"]


def _meta(speech: Speech) -> dict[str, str]:
    return {k: v for k, v in speech.meta.to_dict().items() if v}


# --------------------------------------------------------------------------- the jobs


def process(data: bytes, name: str, options: dict[str, Any], style: dict[str, Any],
            preview: str = "images", max_pages: int = 300, scale: float = 1.25) -> dict[str, Any]:
    """Parse and describe one input; with ``preview`` ``"count"`` also render its PDF and count
    the pages, with ``"images"`` also rasterise every page (up to ``max_pages``) as PNG."""
    try:
        speech = _parse(data, name, options)
        found = speech.meta
        if options.get("overrides") and any(str(v).strip() for v in options["overrides"].values()):
            found = _parse(data, name, {**options, "overrides": {}}).meta
    except DocgenError as exc:
        return {"ok": False, "error": str(exc)}
    result: dict[str, Any] = {
        "ok": True, "meta": _meta(speech), "found": {k: v for k, v in found.to_dict().items() if v},
        "blocks": blocks(speech), "cleaning": cleaning(speech), "warnings": warnings(speech),
        "preview": None, "style_error": None,
    }
    if preview in ("count", "images"):
        try:
            pdf = render(speech, style["preset"], "pdf", settings=style.get("settings", ()))
        except DocgenError as exc:
            result["style_error"] = str(exc)
            return result
        result["preview"] = rasterise(pdf, max_pages if preview == "images" else 0, scale)
    return result


def _pdfium() -> Any:
    """pypdfium2, imported in the workers only (it has no type information)."""
    import pypdfium2  # type: ignore[import-untyped]

    return pypdfium2


def rasterise(pdf: bytes, max_pages: int, scale: float) -> dict[str, Any]:
    """The page count of ``pdf`` and its first ``max_pages`` pages as base64 PNG (16 colours:
    a page of text loses nothing, and a red mark stays red)."""
    document = _pdfium().PdfDocument(pdf)
    try:
        count = len(document)
        images = []
        for index in range(min(count, max_pages)):
            page = document[index]
            try:
                image = page.render(scale=scale).to_pil().quantize(colors=16)
            finally:
                page.close()
            buffer = io.BytesIO()
            image.save(buffer, "PNG")
            images.append(base64.b64encode(buffer.getvalue()).decode("ascii"))
    finally:
        document.close()
    return {"pages": count, "images": images}


def page_count(pdf: bytes) -> int:
    document = _pdfium().PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def produce(data: bytes, name: str, options: dict[str, Any], style: dict[str, Any],
            formats: tuple[Format, ...]) -> dict[str, Any]:
    """The files of one input in ``formats`` (``"pdf"``, ``"docx"``), with the PDF's page count
    and the warnings."""
    try:
        speech = _parse(data, name, options)
        loaded = load(style["preset"], style.get("settings", ()))
        files = {fmt: render(speech, loaded, fmt) for fmt in formats}
    except DocgenError as exc:
        return {"ok": False, "error": str(exc)}
    pages = page_count(files["pdf"]) if "pdf" in files else None
    return {"ok": True, "files": files, "pages": pages, "title": speech.meta.title,
            "warnings": [w["message"] if not w["line"] else f"L{w['line']}: {w['message']}"
                         for w in warnings(speech)]}


def check_style(style: dict[str, Any]) -> dict[str, Any]:
    """Load a preset with settings: ``{"ok": True}`` or the StyleError's message."""
    try:
        load(style["preset"], style.get("settings", ()))
    except DocgenError as exc:
        return {"ok": False, "error": str(exc)}
    return {"ok": True}


#: The jobs a worker runs, by name.
JOBS = {"process": process, "produce": produce, "check_style": check_style}
