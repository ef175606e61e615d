"""A resolved preset — its merged table and where each value was set — and the messages that
name a bad value by its key path and origin."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StyleError
from . import units

#: A key path in a preset: ("roles", "body", "size").
KeyPath = tuple[str, ...]


@dataclass(frozen=True)
class Resolved:
    """A preset's table with everything it ``extends`` merged under it and ``--set`` applied,
    with the file (or ``--set`` option) that set each value."""

    table: dict[str, Any]
    path: Path                       # the preset file itself
    chain: tuple[Path, ...]          # that file and the presets it extends, nearest first
    origins: dict[KeyPath, str]      # key path of each value → where it was set

    def origin(self, keys: KeyPath) -> str:
        """Where the value at ``keys`` (or the nearest table above it) was set."""
        for end in range(len(keys), 0, -1):
            if keys[:end] in self.origins:
                return self.origins[keys[:end]]
        return str(self.path)



def show_value(value: Any) -> str:
    """A value as it is written in TOML, for messages."""
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, Mapping):
        return "{…}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(show_value(v) for v in value) + "]"
    return repr(value)



class Values:
    """The values of one resolved preset, by key path, and the messages about them:
    :meth:`error` names where a value was set, its key path, the value and the problem."""

    def __init__(self, resolved: Resolved) -> None:
        self.resolved = resolved

    def value(self, path: str) -> Any:
        node: Any = self.resolved.table
        for key in path.split("."):
            if not isinstance(node, Mapping) or key not in node:
                return ...
            node = node[key]
        return node

    def error(self, path: str, problem: str, *, with_value: bool = True) -> StyleError:
        """``<where>: <key path> = <value>: <problem>``; the value is left out for tables and
        missing keys."""
        keys: KeyPath = tuple(path.split("."))
        value = self.value(path)
        shown = ("" if value is ... or not with_value or isinstance(value, Mapping)
                 else f" = {show_value(value)}")
        return StyleError(f"{path}{shown}: {problem}", self.resolved.origin(keys))

    def latest(self, *paths: str, prefer: int = 0) -> str:
        """Of keys that a check involves together, the one set last — by ``--set``, else in
        the preset file rather than a preset it extends — so that the message names the value
        the user just changed; ``paths[prefer]`` when they were set in the same place."""
        ranks = [self._rank(self.resolved.origin(tuple(path.split(".")))) for path in paths]
        best = max(ranks)
        return paths[prefer] if ranks[prefer] == best else paths[ranks.index(best)]

    def _rank(self, origin: str) -> int:
        settings = [o for o in dict.fromkeys(self.resolved.origins.values()) if o.startswith("--set ")]
        if origin in settings:
            return len(self.resolved.chain) + settings.index(origin) + 1
        files = [str(p) for p in reversed(self.resolved.chain)]
        return files.index(origin) if origin in files else 0

    def required(self, path: str) -> Any:
        """The value at ``path``, which :meth:`check_keys` has found present."""
        value = self.value(path)
        assert value is not ..., path
        return value

    def length(self, path: str) -> float:
        """An absolute length (the basis of relative units is not known yet)."""
        try:
            return units.parse_length(self.required(path), None)
        except units.UnitError as exc:
            raise self.error(path, str(exc)) from None

