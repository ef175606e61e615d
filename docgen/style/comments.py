"""The comments of a preset file, by key, so that a resolved preset can be written out with them.

``tomllib`` drops comments; presets are written in a plain line-per-key form, which this reads:

* the comment block at the top of the file (its *header*);
* comment lines at the start of a line just before a ``[table]`` line (its *lead*);
* the comment after a ``[table]`` line or a ``key = value`` line, with the indented comment
  lines that continue it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: ``[roles.body]   # comment``
TABLE_LINE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-\s\"]+?)\s*\]\s*(?:#\s?(.*))?$")
#: ``key = value   # comment`` (the comment is found after the value, outside quotes)
KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=\s*(.*)$")
#: An indented comment line continuing the comment of the line above.
CONTINUATION = re.compile(r"^\s+#\s?(.*)$")
#: A comment line starting in the first column.
COMMENT = re.compile(r"^#\s?(.*)$")


@dataclass
class Comments:
    """Comments of one file.  Keys are key paths (``("roles", "body", "size")``)."""

    header: list[str] = field(default_factory=list)
    lead: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    trailing: dict[tuple[str, ...], list[str]] = field(default_factory=dict)


def read_comments(text: str) -> Comments:
    out = Comments()
    table: tuple[str, ...] = ()
    pending: list[str] = []      # first-column comment lines waiting for their table
    last: tuple[str, ...] | None = None
    in_header = True
    for line in text.splitlines():
        if in_header and (m := COMMENT.match(line)):
            out.header.append(m.group(1))
            continue
        in_header = False
        if last is not None and (m := CONTINUATION.match(line)):
            out.trailing[last].append(m.group(1))
        elif m := COMMENT.match(line):
            pending.append(m.group(1))
            last = None
        elif m := TABLE_LINE.match(line):
            table = tuple(part.strip().strip('"') for part in m.group(1).split("."))
            out.lead[table], pending = pending, []
            last = _note(out, table, m.group(2))
        elif m := KEY_LINE.match(line):
            last = _note(out, (*table, m.group(1)), _trailing_comment(m.group(2)))
            pending = []
        else:  # a blank line (or a line this reader does not know) ends a comment
            last = None
    return out


def _note(out: Comments, keys: tuple[str, ...], comment: str | None) -> tuple[str, ...]:
    out.trailing[keys] = [comment.strip()] if comment and comment.strip() else []
    return keys


def _trailing_comment(value: str) -> str | None:
    """The comment after a TOML value: the first ``#`` outside a quoted string."""
    quote = None
    i = 0
    while i < len(value):
        ch = value[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            return value[i + 1:]
        i += 1
    return None
