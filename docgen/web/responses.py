"""What ``docgen serve`` answers with, apart from the routes' own JSON: error responses (JSON
for the API, a small page otherwise), the ``Content-Disposition`` of a download, the data the
page's script starts from, and the zip of a batch with its summary.
"""

from __future__ import annotations

import base64
import datetime as _dt
import io
import json
import logging
import re
import zipfile
from typing import Any
from urllib.parse import quote

from starlette.responses import HTMLResponse, JSONResponse, Response

from ..errors import DocgenError
from ..style import DEFAULT_STYLE, available_presets, load_style
from . import page
from .forms import STYLE_VALUES, preset_values
from .i18n import t
from .limits import Limits
from .unzip import Unpacked
from .validation import display_name

log = logging.getLogger("docgen.web")


def error_response(path: str, status: int, message: str, lang: str) -> Response:
    """A refusal or failure: ``{"error": message}`` under /api/, else a page saying it."""
    if path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status,
                            headers={"cache-control": "no-store"})
    return HTMLResponse(page.error_page(status, message, lang), status_code=status,
                        headers={"cache-control": "no-store"})


def attachment(filename: str) -> str:
    """A Content-Disposition value that keeps a Chinese file name (RFC 6266 / 5987)."""
    ascii_name = re.sub(r"[^A-Za-z0-9._ -]", "", filename).strip() or "docgen"
    if ascii_name.startswith("."):
        ascii_name = "docgen" + ascii_name
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


def no_store_json(content: Any) -> Response:
    """A JSON answer that the browser must not keep."""
    return JSONResponse(content, headers={"cache-control": "no-store"})


def download_response(data: bytes, fmt: str, stem: str, pages: int | None) -> Response:
    """One output file as a download named ``stem.fmt``, its PDF page count in a header."""
    media = ("application/pdf" if fmt == "pdf" else
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return Response(data, media_type=media, headers={
        "content-disposition": attachment(f"{stem}.{fmt}"), "cache-control": "no-store",
        "x-docgen-pages": str(pages or 0)})


def zip_response(data: bytes) -> Response:
    """A batch's zip as a download named with the time it was made."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return Response(data, media_type="application/zip", headers={
        "content-disposition": attachment(f"docgen-{stamp}.zip"), "cache-control": "no-store"})


def unpacked_response(found: Unpacked, lang: str) -> Response:
    """A dropped zip's readable members (base64) and the members left out, with the reason."""
    return no_store_json({
        "files": [{"name": label, "size": len(content),
                   "data": base64.b64encode(content).decode("ascii")}
                  for label, content in found.files],
        "skipped": [{"name": label, "error": t(lang, key, name=label, **fields)}
                    for label, key, fields in found.skipped],
    })


def batch_entry(result: dict[str, Any]) -> dict[str, Any]:
    """What a batch's summary records of one converted input (or its error)."""
    if not result["ok"]:
        return {"error": result["error"]}
    return {"files": result["files"], "pages": result["pages"], "warnings": result["warnings"]}


def note_entry(note: dict[str, Any]) -> dict[str, Any]:
    """A file the page could not read itself (sent as a note), as a failed batch entry."""
    return {"input": display_name(str(note.get("name") or "")), "error": str(note.get("error") or "")[:500]}


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
