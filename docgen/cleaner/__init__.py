"""Cleaning: from the lines a reader produced to the lines of the document itself.

:func:`clean` runs the rules of :mod:`docgen.cleaner.rules` in their fixed order and returns the
kept lines with a record of everything removed or changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import UsageError
from ..model import Diagnostic, Meta
from .context import Context, Line
from .rules import RULE_NAMES, RULES


@dataclass(frozen=True, slots=True)
class Cleaned:
    lines: tuple[Line, ...]
    meta: dict[str, str]
    diagnostics: tuple[Diagnostic, ...]
    removed: tuple[Line, ...]


def clean(lines: Iterable[str], *, skip: Iterable[str] = ()) -> Cleaned:
    """Clean ``lines``; rules named in ``skip`` (names, or comma-separated lists of names)
    are not applied.  An unknown name is a :class:`UsageError`."""
    skipped = frozenset(name.strip() for item in skip for name in item.split(",") if name.strip())
    unknown = skipped - set(RULE_NAMES)
    if unknown:
        raise UsageError(f"unknown cleaning rule(s): {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(RULE_NAMES)})")
    ctx = Context()
    current = [Line(number, text) for number, text in enumerate(lines, start=1)]
    for rule in RULES:
        if rule.name not in skipped:
            ctx.rule = rule.name
            current = rule.func(current, ctx)
    return Cleaned(tuple(current), dict(ctx.meta), tuple(ctx.diagnostics), tuple(ctx.removed))


def merged_meta(base: Meta, found: dict[str, str]) -> Meta:
    """``base`` with the fields it lacks filled from ``found``."""
    from dataclasses import replace

    updates = {k: v for k, v in found.items() if getattr(base, k, None) is None}
    return replace(base, **updates)


__all__ = ["Cleaned", "Line", "RULE_NAMES", "clean", "merged_meta"]
