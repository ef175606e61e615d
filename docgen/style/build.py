"""From a preset's merged table to the typed :class:`~docgen.style.schema.Style`.

Each schema field's ``kind`` says how its value is read; a value of the wrong type, an
unknown key and a missing key are errors that name where the value was set, its key path, the
value and what is allowed.  Relative units (字, em, 行) are resolved against the preset's own
body size, line pitch and character pitch.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import is_dataclass
from typing import Any

from . import units
from .checks import check_style, text_width, with_seal_file
from .resolved import Resolved, Values
from .schema import Style, schema_fields, schema_hints


class Builder(Values):
    """Reads one resolved preset into a :class:`Style`."""

    def basis(self) -> units.Basis:
        """Body size, line pitch and character pitch, which relative units refer to."""
        try:
            em = units.parse_size(self.required("roles.body.size"))
        except units.UnitError as exc:
            raise self.error("roles.body.size", str(exc)) from None
        chars = self.required("grid.chars")
        try:
            chars = _count(chars, 1, 100)
        except units.UnitError as exc:
            raise self.error("grid.chars", str(exc)) from None
        width = text_width(self)
        return units.Basis(char=width / chars, em=em, line=self.length("grid.line_pitch"))

    # ----------------------------------------------------------------------- tables

    def check_keys(self, cls: type, table: Any, prefix: str = "") -> None:
        """Unknown, missing and misplaced keys, in schema order, before any value is read."""
        if not isinstance(table, Mapping):
            raise self.error(prefix.rstrip("."), "expected a table of keys")
        known = schema_fields(cls)
        names = [f.name for f in known]
        for key in table:
            if key not in names:
                near = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
                hint = f"did you mean {near[0]!r}?" if near else f"allowed: {', '.join(names)}"
                raise self.error(prefix + key, f"unknown key ({hint})", with_value=False)
        hints = schema_hints(cls)
        for f in known:
            path = prefix + f.name
            if f.name not in table:
                raise self.error(path, f"missing key ({f.metadata['doc']})")
            if is_dataclass(hints[f.name]):
                self.check_keys(hints[f.name], table[f.name], path + ".")
            elif isinstance(table[f.name], Mapping):
                raise self.error(path, f"expected a value, not a table ({f.metadata['doc']})")

    def build(self, cls: type, table: Any, prefix: str, basis: units.Basis) -> Any:
        hints = schema_hints(cls)
        values = {}
        for f in schema_fields(cls):
            path = prefix + f.name
            raw = table[f.name]
            if is_dataclass(hints[f.name]):
                values[f.name] = self.build(hints[f.name], raw, path + ".", basis)
            else:
                values[f.name] = self.scalar(f.metadata, raw, path, basis)
        if cls is Style:
            values["source"] = str(self.resolved.path)
        return cls(**values)

    def scalar(self, meta: Mapping[str, Any], raw: Any, path: str, basis: units.Basis) -> Any:
        try:
            return read_value(meta, raw, basis)
        except units.UnitError as exc:
            raise self.error(path, str(exc)) from None


def read_value(meta: Mapping[str, Any], raw: Any, basis: units.Basis) -> Any:
    """One value of a schema field, read by its ``kind``; :class:`units.UnitError` says what
    is allowed when the value is wrong."""
    kind = meta["kind"]
    if kind in ("length", "signed_length"):
        return units.parse_length(raw, None if meta.get("absolute") else basis,
                                  allow_negative=kind == "signed_length")
    if kind == "size":
        return units.parse_size(raw)
    if kind == "count":
        return _count(raw, meta["min"], meta["max"])
    if kind == "flag":
        if not isinstance(raw, bool):
            raise units.UnitError("expected true or false")
        return raw
    if kind == "choice":
        if raw not in meta["choices"]:
            raise units.UnitError(f"expected one of: {', '.join(meta['choices'])}")
        return raw
    if kind == "text":
        return _text(raw, meta)
    if kind == "text_list":
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            raise units.UnitError("expected a list of strings, e.g. [\"仿宋_GB2312\", \"仿宋\"]")
        return tuple(raw)
    raise AssertionError(f"schema kind {kind!r} has no reader")


def _text(raw: Any, meta: Mapping[str, Any]) -> str:
    if not isinstance(raw, str):
        raise units.UnitError("expected a string in quotes")
    pattern = meta.get("pattern")
    if pattern and not re.fullmatch(pattern, raw):
        raise units.UnitError(f"expected {meta['allowed']}")
    return raw


def _count(raw: Any, low: int, high: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not low <= raw <= high:
        raise units.UnitError(f"expected a whole number from {low} to {high}")
    return raw


def build_style(resolved: Resolved) -> Style:
    """The checked :class:`Style` of a resolved preset."""
    builder = Builder(resolved)
    builder.check_keys(Style, resolved.table)
    style = builder.build(Style, resolved.table, "", builder.basis())
    check_style(style, builder)
    return with_seal_file(style, builder)
