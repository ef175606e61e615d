"""``docgen styles show`` and ``docgen styles new``: a preset written out in full.

``show`` prints the fully resolved preset (everything it extends merged in, ``--set`` applied)
as commented TOML that loads back to the same style; ``new`` writes the same text, under a new
name, as a preset to edit — into the user preset folder or a given path, never over a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..errors import OutputError, UsageError
from ..files import write_atomic
from .build import build_style
from .dump import dump_preset, header_comment
from .loader import DEFAULT_STYLE, is_path, resolve, user_presets_dir
from .resolved import KeyPath, Resolved

#: A preset name: letters (Chinese too), digits, ``-``, ``_`` and ``.``, not starting with a
#: dot or a hyphen (it becomes a file name and a value of ``--style``).
PRESET_NAME = re.compile(r"[^\W_][\w.-]*")


def _chain(resolved: Resolved, settings: Iterable[str]) -> str:
    files = " ← ".join(p.name for p in resolved.chain)
    return files + "".join(f" ← --set {s}" for s in settings)


def show_preset(spec: str | Path = DEFAULT_STYLE, settings: Iterable[str] = ()) -> str:
    """The fully resolved preset as commented TOML."""
    settings = tuple(settings)
    resolved = resolve(spec, settings)
    style = build_style(resolved)
    header = [f"{style.name}, fully resolved: {_chain(resolved, settings)}",
              "Every key with its value; loading this file gives the same style.", "",
              *header_comment(resolved.path)]
    return dump_preset(resolved, style, header)


def new_preset(name: str, source: str | Path = DEFAULT_STYLE, output: str | Path | None = None,
               settings: Iterable[str] = (), *, header: list[str] | None = None,
               notes: Mapping[KeyPath, str] | None = None, description: str | None = None) -> Path:
    """Write a commented copy of ``source`` named ``name``; return where it was written.
    ``output`` is a file or an existing folder (default: the user preset folder); ``header``
    opens the file in place of the copy's own lines, ``notes`` comment the keys they name and
    ``description`` is the new preset's (a preset learned from a sample says so)."""
    if not PRESET_NAME.fullmatch(name):
        raise UsageError(f"preset name {name!r}: use letters, digits, '-', '_' and '.', "
                         "starting with a letter or digit")
    target = _target(name, output)
    if target.exists():
        raise OutputError("already exists; remove it or choose another name or path", str(target))
    settings = tuple(settings)
    resolved = resolve(source, settings)
    style = build_style(resolved)
    shown = Path(source).stem if is_path(source) else str(source)
    if header is None:
        header = [f"{name} — a copy of the preset {shown} ({_chain(resolved, settings)}).",
                  "It sets every key; change any value.  To follow later changes to "
                  f"{shown} instead,", f"write a preset with `extends = \"{shown}\"` that sets only "
                  "what differs.", "", f"From {shown}:", *header_comment(resolved.path)]
    text = dump_preset(resolved, style, header,
                       {"name": name, "description": description or f"copy of {shown}: {style.description}"}, notes)
    if output is None:
        _make_folder(target.parent)
    write_atomic(str(target), text.encode("utf-8"))
    return target


def _target(name: str, output: str | Path | None) -> Path:
    if output is None:
        return user_presets_dir() / f"{name}.toml"
    path = Path(output).expanduser()
    if path.is_dir():
        return path / f"{name}.toml"
    if path.suffix.lower() != ".toml":
        raise UsageError(f"{output}: a preset file's name ends in .toml")
    return path


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot make the preset folder: {exc.strerror or exc}", str(folder)) from None
