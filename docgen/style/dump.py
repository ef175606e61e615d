"""Writing a resolved preset as TOML: every key in schema order, with its comment.

The comment of a key is the one written next to it in the file that set it (or in a preset
it extends), else the schema's description; a value set with ``--set`` says so.  Values in
relative units (2字, 1行, 1em) also show what they come to in points.  Loading the output
gives a :class:`~docgen.style.schema.Style` equal to the one it was written from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import is_dataclass
from pathlib import Path
from typing import Any

from ..chars import display_width
from .comments import Comments, read_comments
from .resolved import KeyPath, Resolved
from .schema import Grid, Style, schema_fields, schema_hints
from .units import MM, RELATIVE_UNITS, format_points

#: Column at which a key's comment starts.
COMMENT_COLUMN = 25
#: A key line longer than this gets its comment on the line above.
LONG_LINE = 56


def toml_value(value: Any) -> str:
    """A TOML literal for a preset value (strings, whole numbers, booleans, lists)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return repr(value)


def dump_preset(resolved: Resolved, style: Style, header: list[str],
                replace: Mapping[str, str] | None = None, notes: Mapping[KeyPath, str] | None = None) -> str:
    """The fully resolved preset as commented TOML.  ``header`` lines open the file;
    ``replace`` gives new top-level text values (``name``, ``description``); ``notes`` are the
    comments of the keys they name, in place of the preset's (how a value was measured)."""
    replace = dict(replace or {})
    writer = _Writer(resolved, style, [read_comments(_text(p)) for p in resolved.chain],
                     {(key,) for key in replace}, dict(notes or {}))
    lines = [f"# {line}".rstrip() for line in header]
    table = {**resolved.table, **replace}
    lines.append("")
    lines.extend(writer.scalars(Style, table, ()))
    for f in schema_fields(Style):
        if is_dataclass(schema_hints(Style)[f.name]):
            lines.extend(writer.table(schema_hints(Style)[f.name], table[f.name], (f.name,)))
    return "\n".join(lines).rstrip() + "\n"


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def header_comment(path: Path) -> list[str]:
    """The comment block at the top of a preset file."""
    return read_comments(_text(path)).header


class _Writer:
    def __init__(self, resolved: Resolved, style: Style, comments: list[Comments],
                 replaced: set[KeyPath], notes: dict[KeyPath, str]) -> None:
        self.resolved, self.style, self.replaced, self.notes = resolved, style, replaced, notes
        self.files = dict(zip(map(str, resolved.chain), comments))
        self.comments = comments

    def table(self, cls: type, raw: Mapping[str, Any], keys: KeyPath) -> list[str]:
        hints = schema_hints(cls)
        scalars = self.scalars(cls, raw, keys)
        out: list[str] = []
        if scalars:
            lead = next((c.lead[keys] for c in self.comments if c.lead.get(keys)), [])
            out.extend(["", *(f"# {line}".rstrip() for line in lead)] if lead else [""])
            comment = self._trailing(keys) or [schema_doc(type(self.style), keys)]
            out.extend(_with_comment(f"[{'.'.join(keys)}]", comment))
            out.extend(scalars)
            if cls is Grid:
                out.append(_char_pitch_note(self.style))
        for f in schema_fields(cls):
            if is_dataclass(hints[f.name]):
                out.extend(self.table(hints[f.name], raw[f.name], (*keys, f.name)))
        return out

    def scalars(self, cls: type, raw: Mapping[str, Any], keys: KeyPath) -> list[str]:
        hints = schema_hints(cls)
        out = []
        for f in schema_fields(cls):
            if is_dataclass(hints[f.name]):
                continue
            path = (*keys, f.name)
            value = raw[f.name]
            comment = self._key_comment(path, f.metadata["doc"])
            points = _relative_points(f.metadata["kind"], value, self._built(path))
            if points:
                comment = [f"= {points}; {comment[0]}", *comment[1:]]
            out.extend(_with_comment(f"{f.name} = {toml_value(value)}", comment))
        return out

    def _key_comment(self, path: KeyPath, doc: str) -> list[str]:
        origin = self.resolved.origin(path)
        if path in self.notes:
            return [self.notes[path]]
        if path in self.replaced:
            return [doc]
        if origin.startswith("--set "):
            return [f"{origin} ({doc})"]
        return self._trailing(path, origin) or [doc]

    def _trailing(self, keys: KeyPath, origin: str | None = None) -> list[str]:
        """The comment next to ``keys`` in the file that set it, else the nearest file that
        has one."""
        first = self.files.get(origin or "")
        ordered = ([first] if first else []) + self.comments
        return next((c.trailing[keys] for c in ordered if c.trailing.get(keys)), [])

    def _built(self, path: KeyPath) -> Any:
        node: Any = self.style
        for key in path:
            node = getattr(node, key)
        return node


def schema_doc(cls: type, keys: KeyPath) -> str:
    """The schema's description of the field at ``keys``."""
    doc = ""
    for key in keys:
        field = next(f for f in schema_fields(cls) if f.name == key)
        doc, cls = field.metadata["doc"], schema_hints(cls)[key]
    return doc


def _with_comment(text: str, comment: list[str]) -> list[str]:
    """``text`` with its comment at :data:`COMMENT_COLUMN` (columns as a terminal shows
    them: a Chinese character takes two); above it when the line is too long for that."""
    if not comment:
        return [text]
    width = display_width(text)
    if width > LONG_LINE:
        return [*(f"# {line}" for line in comment), text]
    pad = max(COMMENT_COLUMN - width, 1)
    return [f"{text}{' ' * pad}# {comment[0]}",
            *(f"{' ' * (width + pad)}# {line}" for line in comment[1:])]



def _relative_points(kind: str, raw: Any, value: Any) -> str | None:
    """``31.59pt`` for a length written in a relative unit, else None."""
    if kind not in ("length", "signed_length") or not isinstance(raw, str) or not value:
        return None
    return format_points(value) if raw.strip().endswith(RELATIVE_UNITS) else None


def _char_pitch_note(style: Style) -> str:
    return (f"# character pitch (derived): {style.page.text_width / MM:.1f} mm / {style.grid.chars} "
            f"= {format_points(style.char_pitch)}")
