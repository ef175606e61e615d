"""The header of a document: title, subtitle, date/occasion line and speaker line.

The header is the run of short lines before the body starts.  A document that starts with
its salutation or its first paragraph has no header, and no title is invented for it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .. import chars
from ..cleaner import Line
from ..model import Diagnostic, Meta
from . import patterns as P


@dataclass(frozen=True, slots=True)
class Header:
    meta: Meta
    consumed: int  # number of lines (from the top) that belong to the header
    diagnostics: tuple[Diagnostic, ...] = ()


def parse_header(lines: tuple[Line, ...], meta: Meta) -> Header:
    """Read the header from the top of ``lines``; ``meta`` holds what the reader/cleaner knew."""
    title_lines: list[str] = []
    found: dict[str, str] = {}
    notes: list[Diagnostic] = []
    i = 0
    while i < len(lines):
        text = lines[i].text
        if not text:
            if title_lines or found:
                i += 1
                continue
            i += 1
            continue
        kind = _header_kind(text, title_lines, found)
        if kind is None:
            break
        if kind == "title":
            title_lines.append(text)
        elif kind == "subtitle":
            found["subtitle"] = text
        elif kind == "date":
            _date_line(text, found)
        elif kind == "speaker":
            found["speaker"] = text
        notes.append(Diagnostic("info", f"header-{kind}", f"{kind} line", lines[i].number, text))
        i += 1
    if title_lines and not found and not _body_follows(lines, i):
        # A lone short line with nothing after it is the whole text, not a title.
        return Header(meta, 0)
    if title_lines:
        found["title"] = "".join(title_lines)
    merged = replace(meta, **{k: v for k, v in found.items() if getattr(meta, k) is None or k == "title"})
    return Header(merged, i, tuple(notes))


def _header_kind(text: str, title_lines: list[str], found: dict[str, str]) -> str | None:
    if P.SALUTATION.match(text) or P.match_number(text):
        return None
    if P.DATE_LINE.match(text) or (P.DATE.fullmatch(text) and (title_lines or found)):
        return None if "date" in found else "date"
    if (title_lines or found) and P.SUBTITLE.match(text) and "subtitle" not in found:
        return "subtitle"
    if (title_lines or found) and P.SPEAKER.match(text) and "speaker" not in found:
        return "speaker"
    if not found and _title_like(text) and len(title_lines) < P.TITLE_MAX_LINES:
        return "title"
    return None


def _title_like(text: str) -> bool:
    return (len(text) <= P.TITLE_MAX_CHARS and not chars.ends_sentence(text)
            and text[-1] not in "，,；;：:" and "。" not in text)


def _date_line(text: str, found: dict[str, str]) -> None:
    m = P.DATE_LINE.match(text)
    inner = m.group("inner") if m else text
    date = P.DATE.search(inner)
    found["date"] = date.group().replace(" ", "") if date else inner
    rest = (inner[: date.start()] + inner[date.end():]).strip() if date else ""
    if rest:
        found["occasion"] = rest


def _body_follows(lines: tuple[Line, ...], start: int) -> bool:
    return any(line.text for line in lines[start:])
