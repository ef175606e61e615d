"""The record a scraper writes over each text it exports to a plain file::

    title: 关于做好某某工作的通知
    url: http://www.example.gov.cn/a/1.htm
    author: 某某网站
    content:
    各乡镇人民政府：……

``key: value`` lines with Latin keys at the very top, a ``title`` among them, the last one
``content`` (its value, if any, the text's first line).  The title is the text's title; the
other fields are the record's, no part of the document: the reader sets the title on a line
of its own and blanks the rest, so that the line numbers stay those of the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import diagnostics as C
from ..model import Diagnostic

#: A field of the record: a Latin key, a colon, the value.
FIELD = re.compile(r"^\s*(?P<key>[A-Za-z][A-Za-z_\-]{0,19})\s*[:：]\s*(?P<value>.*?)\s*$")
#: The keys a record may hold (lower case); ``title`` and ``content`` must be among them.
KEYS = frozenset({"title", "url", "link", "href", "source", "author", "date", "time", "pubdate", "published",
                  "site", "category", "tags", "id", "content", "text", "body"})
#: The key of the field the text starts in, ending the record.
CONTENT_KEYS = frozenset({"content", "text", "body"})
#: Fewest fields of a record (title and content among them).
MIN_FIELDS = 3
#: Most lines a record takes (blank lines among them).
MAX_LINES = 12


@dataclass(frozen=True, slots=True)
class ExportHeader:
    """The lines with the record read (the title alone on its line, the other fields blank)
    and what was reported; ``title`` None when the text starts with no such record."""

    lines: tuple[str, ...]
    title: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


def export_header(lines: Sequence[str]) -> ExportHeader:
    """Read the scraper's record at the top of ``lines``, if there is one."""
    fields: dict[str, tuple[int, str]] = {}
    for i, line in enumerate(lines[:MAX_LINES]):
        if not line.strip():
            continue
        found = FIELD.match(line)
        key = found.group("key").lower() if found else ""
        if found is None or key not in KEYS or key in fields:
            return ExportHeader(tuple(lines))
        fields[key] = (i, found.group("value"))
        if key in CONTENT_KEYS:
            return _read(lines, fields, key)
    return ExportHeader(tuple(lines))


def _read(lines: Sequence[str], fields: dict[str, tuple[int, str]], content: str) -> ExportHeader:
    title = fields.get("title", (0, ""))[1]
    if len(fields) < MIN_FIELDS or not title:
        return ExportHeader(tuple(lines))
    out = list(lines)
    for key, (i, value) in fields.items():
        out[i] = value if key in ("title", content) else ""
    end = fields[content][0]
    note = C.EXPORT_HEADER(f"a scraper's record over the text ({', '.join(fields)}): the title kept, "
                           "the other fields left out", 1, " / ".join(lines[i].strip() for i in range(end + 1)
                                                                        if lines[i].strip()))
    return ExportHeader(tuple(out), title, (note,))
