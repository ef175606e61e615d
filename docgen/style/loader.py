"""Loading presets: find the file, follow ``extends``, apply ``--set`` overrides, validate.

Every problem is a :class:`~docgen.errors.StyleError` whose message names the file, the key
path, the bad value and what is allowed, e.g.::

    my.toml: roles.body.size = "三号半": expected a font size: a Chinese size name …
    my.toml: roles.body.sise: unknown key (did you mean 'size'?)
"""

from __future__ import annotations

import difflib
import os
import tomllib
import typing
from collections.abc import Iterable, Mapping
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from ..errors import StyleError
from ..resources import presets_dir
from . import units
from .schema import Style, schema_fields

DEFAULT_STYLE = "gbt9704"
_MAX_EXTENDS_DEPTH = 10


# --------------------------------------------------------------------------- finding presets


def user_presets_dir() -> Path:
    """``$DOCGEN_STYLES`` if set, else ``$XDG_CONFIG_HOME/docgen/styles`` (``~/.config/…``)."""
    if os.environ.get("DOCGEN_STYLES"):
        return Path(os.environ["DOCGEN_STYLES"]).expanduser()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "docgen" / "styles"


def available_presets() -> dict[str, tuple[Path, str]]:
    """Preset name → (file, origin) where origin is ``"user"`` or ``"built-in"``.
    A user preset with the name of a built-in one replaces it."""
    found: dict[str, tuple[Path, str]] = {}
    for folder, origin in ((presets_dir(), "built-in"), (user_presets_dir(), "user")):
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found[path.stem] = (path, origin)
    return found


def _locate(spec: str | Path, relative_to: Path | None = None) -> Path:
    text = str(spec)
    if text.endswith(".toml") or os.sep in text or "/" in text:
        path = Path(text).expanduser()
        if not path.is_absolute() and relative_to is not None:
            path = relative_to.parent / path
        if not path.is_file():
            raise StyleError("no such style file", text)
        return path
    presets = available_presets()
    if text not in presets:
        near = difflib.get_close_matches(text, presets, n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise StyleError(f"unknown style {text!r}{hint}; known: {', '.join(sorted(presets))}")
    return presets[text][0]


# --------------------------------------------------------------------------- raw tables


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise StyleError(f"not valid TOML: {exc}", str(path)) from None
    except OSError as exc:
        raise StyleError(f"cannot read: {exc.strerror or exc}", str(path)) from None


def raw_preset(spec: str | Path, _depth: int = 0, _from: Path | None = None) -> tuple[dict[str, Any], Path]:
    """The preset's table with everything it ``extends`` merged under it."""
    if _depth > _MAX_EXTENDS_DEPTH:
        raise StyleError("'extends' goes deeper than 10 presets (a cycle?)", str(_from))
    path = _locate(spec, _from)
    table = _read_toml(path)
    parent = table.pop("extends", None)
    if parent is None:
        return table, path
    if not isinstance(parent, str):
        raise StyleError(f"extends = {parent!r}: expected the name or path of a preset", str(path))
    base, _ = raw_preset(parent, _depth + 1, path)
    # A preset's own name and description are not inherited: they default to the file's name
    # and the preset it extends.
    base["name"] = path.stem
    base["description"] = f"{base.get('description', parent)} — changed by {path.name}"
    return deep_merge(base, table), path


def deep_merge(base: dict[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in top.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = deep_merge(dict(out[key]), value)
        else:
            out[key] = value
    return out


def apply_settings(table: dict[str, Any], settings: Iterable[str]) -> dict[str, Any]:
    """Apply ``key.path=value`` overrides.  The value is read as a TOML value when it is one
    (``22``, ``true``, ``["a", "b"]``), otherwise taken as a string (``小二``, ``35mm``)."""
    for setting in settings:
        key, sep, value = setting.partition("=")
        key = key.strip()
        if not sep or not key:
            raise StyleError(f"--set {setting!r}: expected KEY=VALUE, e.g. roles.body.size=小二")
        table = deep_merge(table, _nested(_expand_shorthand(key).split("."), _toml_value(value.strip())))
    return table


def _expand_shorthand(key: str) -> str:
    """``body.size`` is short for ``roles.body.size``."""
    head = key.split(".", 1)[0]
    return f"roles.{key}" if head in {f.name for f in fields(_roles_type())} else key


def _roles_type() -> type:
    return typing.get_type_hints(Style)["roles"]


def _toml_value(text: str) -> Any:
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def _nested(keys: list[str], value: Any) -> dict[str, Any]:
    out: Any = value
    for key in reversed(keys):
        out = {key: out}
    return out


# --------------------------------------------------------------------------- building


def load_style(spec: str | Path = DEFAULT_STYLE, settings: Iterable[str] = ()) -> Style:
    """Load a preset by name (``gbt9704``) or path (``my.toml``), with ``--set`` overrides."""
    table, path = raw_preset(spec)
    table = apply_settings(table, settings)
    builder = _Builder(str(path))
    basis = builder.basis(table)
    style = builder.build(Style, table, "", basis)
    builder.check_geometry(style)
    return style


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, problem: str, value: Any = ...) -> StyleError:
        shown = "" if value is ... else f" = {_show(value)}"
        return StyleError(f"{path}{shown}: {problem}", self.source)

    def basis(self, table: dict[str, Any]) -> units.Basis:
        """Body size, line pitch and character pitch, which relative units refer to."""
        def get(path: str) -> Any:
            node: Any = table
            for key in path.split("."):
                if not isinstance(node, Mapping) or key not in node:
                    raise self.fail(path, "missing key")
                node = node[key]
            return node

        def length(path: str) -> float:
            try:
                return units.parse_length(get(path))
            except units.UnitError as exc:
                raise self.fail(path, f"{exc} (relative units cannot be used here)", get(path)) from None

        try:
            em = units.parse_size(get("roles.body.size"))
        except units.UnitError as exc:
            raise self.fail("roles.body.size", str(exc), get("roles.body.size")) from None
        chars = get("grid.chars")
        if not isinstance(chars, int) or isinstance(chars, bool) or chars < 1:
            raise self.fail("grid.chars", "expected a whole number ≥ 1", chars)
        page_width = length("page.width")
        width = page_width - length("page.margins.left") - length("page.margins.right")
        if width <= 0:
            raise self.fail("page.margins", f"left + right margins leave no text block on a "
                            f"{page_width / units.MM:.1f} mm wide page")
        return units.Basis(char=width / chars, em=em, line=length("grid.line_pitch"))

    def build(self, cls: type, table: Any, prefix: str, basis: units.Basis) -> Any:
        if not isinstance(table, Mapping):
            raise self.fail(prefix.rstrip("."), "expected a table of keys", table)
        known = schema_fields(cls)
        names = [f.name for f in known]
        for key in table:
            if key not in names:
                near = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
                hint = f" (did you mean {near[0]!r}?)" if near else f" (allowed: {', '.join(names)})"
                raise self.fail(prefix + key, f"unknown key{hint}")
        hints = typing.get_type_hints(cls)
        values = {}
        for f in known:
            path = prefix + f.name
            if f.name not in table:
                raise self.fail(path, f"missing key ({f.metadata['doc']})")
            raw = table[f.name]
            if is_dataclass(hints[f.name]):
                values[f.name] = self.build(hints[f.name], raw, path + ".", basis)
            else:
                values[f.name] = self.scalar(f.metadata, raw, path, basis)
        if cls is Style:
            values["source"] = self.source
        return cls(**values)

    def scalar(self, meta: Mapping[str, Any], raw: Any, path: str, basis: units.Basis) -> Any:
        kind = meta["kind"]
        try:
            if kind in ("length", "signed_length"):
                return units.parse_length(raw, basis, allow_negative=kind == "signed_length")
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
                if not isinstance(raw, str):
                    raise units.UnitError("expected a string in quotes")
                return raw
            if kind == "text_list":
                if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
                    raise units.UnitError("expected a list of strings, e.g. [\"仿宋_GB2312\", \"仿宋\"]")
                return tuple(raw)
        except units.UnitError as exc:
            raise self.fail(path, str(exc), raw) from None
        raise AssertionError(f"schema kind {kind!r} has no reader")

    def check_geometry(self, style: Style) -> None:
        page, grid = style.page, style.grid
        if page.text_height <= 0:
            raise self.fail("page.margins", f"top + bottom margins leave no text block on a "
                            f"{units.format_points(page.height)} high page")
        needed = grid.lines * grid.line_pitch
        if needed > page.text_height + 0.5:
            raise self.fail("grid", f"{grid.lines} lines × {units.format_points(grid.line_pitch)} "
                            f"= {needed / units.MM:.1f} mm do not fit the {page.text_height / units.MM:.1f} mm "
                            f"text block")
        if style.roles.body.size > style.char_pitch * 1.25:
            raise self.fail("grid.chars", f"{grid.chars} characters of "
                            f"{units.format_points(style.roles.body.size)} do not fit the "
                            f"{page.text_width / units.MM:.1f} mm text width")


def _count(raw: Any, low: int, high: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise units.UnitError(f"expected a whole number from {low} to {high}")
    if not low <= raw <= high:
        raise units.UnitError(f"expected a whole number from {low} to {high}")
    return raw


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, Mapping):
        return "{…}"
    return repr(value).lower() if isinstance(value, bool) else repr(value)
