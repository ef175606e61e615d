"""Loading presets: find the file, follow ``extends``, apply ``--set`` overrides, validate.

Every problem is a :class:`~docgen.errors.StyleError` whose message names the file (or the
``--set`` option) that holds the bad value, the key path, the value and what is allowed::

    my.toml: roles.body.size = "三号半": expected a font size: a Chinese size name …
    my.toml: roles.body.sise: unknown key (did you mean 'size'?)
    --set grid.lines=30: grid.lines = 30: 30 lines of 28.95pt (grid.line_pitch) take …
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from ..errors import StyleError
from ..resources import presets_dir
from .build import build_style
from .resolved import KeyPath, Resolved, show_value
from .schema import Style, schema_hints

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


def is_path(spec: str | Path) -> bool:
    """Is ``spec`` a file path (rather than a preset name)?"""
    text = str(spec)
    return isinstance(spec, Path) or text.endswith(".toml") or os.sep in text or "/" in text


def _locate(spec: str | Path, relative_to: Path | None = None) -> Path:
    text = str(spec)
    if is_path(spec):
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


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise StyleError(f"not valid TOML: {exc}", str(path)) from None
    except OSError as exc:
        raise StyleError(f"cannot read: {exc.strerror or exc}", str(path)) from None


def raw_preset(spec: str | Path, _depth: int = 0, _from: Path | None = None) -> Resolved:
    """The preset's table with everything it ``extends`` merged under it."""
    if _depth > _MAX_EXTENDS_DEPTH:
        raise StyleError("extends: goes deeper than 10 presets (a cycle?)", str(_from))
    path = _locate(spec, _from)
    table = read_toml(path)
    parent = table.pop("extends", None)
    own = _leaf_origins(table, (), str(path))
    if parent is None:
        return Resolved(table, path, (path,), own)
    if not isinstance(parent, str):
        raise StyleError(f"extends = {show_value(parent)}: expected the name or path of a preset", str(path))
    base = raw_preset(parent, _depth + 1, path)
    merged = dict(base.table)
    # A preset's own name and description are not inherited: they default to the file's name
    # and the preset it extends.
    merged["name"] = path.stem
    merged["description"] = f"{merged.get('description', parent)} — changed by {path.name}"
    origins = {**base.origins, ("name",): str(path), ("description",): str(path), **own}
    return Resolved(deep_merge(merged, table), path, (path, *base.chain), origins)


def _leaf_origins(table: Mapping[str, Any], prefix: KeyPath, source: str) -> dict[KeyPath, str]:
    out: dict[KeyPath, str] = {}
    for key, value in table.items():
        keys = (*prefix, key)
        out[keys] = source
        if isinstance(value, Mapping):
            out.update(_leaf_origins(value, keys, source))
    return out


def deep_merge(base: dict[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in top.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = deep_merge(dict(out[key]), value)
        else:
            out[key] = value
    return out


def apply_settings(resolved: Resolved, settings: Iterable[str]) -> Resolved:
    """Apply ``key.path=value`` overrides.  The value is read as a TOML value when it is one
    (``22``, ``true``, ``["a", "b"]``), otherwise taken as a string (``小二``, ``35mm``)."""
    table, origins = resolved.table, dict(resolved.origins)
    for setting in settings:
        key, sep, value = setting.partition("=")
        key = key.strip()
        if not sep or not key or "" in key.split("."):
            raise StyleError(f"--set {setting!r}: expected KEY=VALUE, e.g. roles.heading2.bold=true")
        keys = tuple(expand_shorthand(key).split("."))
        update = _nested(keys, _toml_value(value.strip()))
        table = deep_merge(table, update)
        origins.update(_leaf_origins(update, (), f"--set {setting}"))
    return replace(resolved, table=table, origins=origins)


def expand_shorthand(key: str) -> str:
    """``body.size`` is short for ``roles.body.size``."""
    head = key.split(".", 1)[0]
    return f"roles.{key}" if head in {f.name for f in fields(_roles_type())} else key


def _roles_type() -> type:
    return schema_hints(Style)["roles"]


def _toml_value(text: str) -> Any:
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def _nested(keys: KeyPath, value: Any) -> dict[str, Any]:
    out: Any = value
    for key in reversed(keys):
        out = {key: out}
    return out


# --------------------------------------------------------------------------- loading


def resolve(spec: str | Path = DEFAULT_STYLE, settings: Iterable[str] = ()) -> Resolved:
    """The merged table of a preset (name or path) with ``--set`` overrides, not yet checked."""
    return apply_settings(raw_preset(spec), settings)


def load_style(spec: str | Path = DEFAULT_STYLE, settings: Iterable[str] = ()) -> Style:
    """Load a preset by name (``gbt9704``) or path (``my.toml``), with ``--set`` overrides."""
    return build_style(resolve(spec, settings))
