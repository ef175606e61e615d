"""Cleaning: from the lines a reader produced to the lines of the document itself.

:func:`clean` runs the rules of :mod:`docgen.cleaner.rules` in their fixed order and returns the
kept lines with a record of everything removed or changed.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import UsageError
from ..model import Diagnostic, Meta
from ..shapes import Line
from .context import Context, Rule
from .rules import FIRST_RESHAPING_RULE, LAST_LINE_RULE, RULE_NAMES, RULES


@dataclass(frozen=True, slots=True)
class Cleaned:
    lines: tuple[Line, ...]
    meta: dict[str, str]
    diagnostics: tuple[Diagnostic, ...]
    removed: tuple[Line, ...]


def clean(lines: Iterable[str], *, skip: Iterable[str] = (), keep: Iterable[int] = (),
          title_hint: str | None = None) -> Cleaned:
    """Clean ``lines``; rules named in ``skip`` (names, or comma-separated lists of names)
    are not applied, and the source lines numbered in ``keep`` (1-based) are never dropped.
    ``title_hint`` is the page's title as the reader found it (a hint for finding the title
    among the lines of a whole page).  An unknown rule name is a :class:`UsageError`."""
    skipped = frozenset(name.strip() for item in skip for name in item.split(",") if name.strip())
    unknown = skipped - set(RULE_NAMES)
    if unknown:
        raise UsageError(f"unknown cleaning rule(s): {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(RULE_NAMES)})")
    ctx = Context(keep=frozenset(keep), title_hint=title_hint)
    current = [Line(number, text) for number, text in enumerate(lines, start=1)]
    looked: list[Line] | None = None
    for rule in RULES:
        if rule.name == FIRST_RESHAPING_RULE:
            looked = current
        current = _apply(rule, current, ctx, skipped)
        if rule.name == LAST_LINE_RULE and looked is not None and _reshaped(looked, current):
            current = _again(current, ctx, skipped)
    return Cleaned(tuple(current), dict(ctx.meta), tuple(ctx.diagnostics), tuple(ctx.removed))


def _apply(rule: Rule, lines: list[Line], ctx: Context, skipped: frozenset[str]) -> list[Line]:
    if rule.name in skipped:
        return lines
    ctx.rule = rule.name
    out = rule.func(lines, ctx)
    if ctx.rescued:
        out = _put_back(out, ctx.rescued)
        ctx.rescued.clear()
    return out


def _put_back(lines: list[Line], kept: list[Line]) -> list[Line]:
    """``lines`` with the dropped lines ``kept`` back in their places (lines stay in the order
    of their source numbers; a joined line keeps the number of its first line)."""
    out = list(lines)
    for line in sorted(kept, key=lambda kept_line: kept_line.number):
        at = bisect.bisect_left([x.number for x in out], line.number)
        out.insert(at, line)
    return out


def _reshaped(before: list[Line], after: list[Line]) -> bool:
    """Whether splitting or joining changed any line: when neither did, the line rules have already
    seen every line as it stays, and a second look would change nothing."""
    return len(before) != len(after) or any(a.text != b.text for a, b in zip(before, after))


def _again(lines: list[Line], ctx: Context, skipped: frozenset[str]) -> list[Line]:
    """Run the line rules (those up to ``edge-chrome``) on their own output until nothing
    changes.

    Joining broken lines brings together text that the rules before it judged line by line:
    two lines joined may repeat the title, make a ``来源：…`` line, close an ``&nbsp;`` or a
    ``【打印】`` that was cut in two, and a line with a continuation joined to it is no longer
    a salutation that stands alone.  So the line rules look at the joined lines again, as
    cleaning the output a second time would (with the indentation record starting afresh, as
    it would then).  So do the lines a title run into its salutation on the first line is split
    into (the title repeated under that line is a repeat once the title stands alone), and
    the lines ``edge-chrome`` takes off a text's edges: the title repeated
    under a site's line it dropped is a repeat at the top once that line is gone.  On almost
    every text the second look changes nothing.  Each change is
    recorded once, when it is made, with its source line."""
    line_rules = RULES[: RULE_NAMES.index(LAST_LINE_RULE) + 1]
    for _ in range(MAX_PASSES):
        before = [line.text for line in lines]
        ctx.indented.clear()
        ctx.indent_widths.clear()
        for rule in line_rules:
            lines = _apply(rule, lines, ctx, skipped)
        if [line.text for line in lines] == before:
            break
    return lines


#: The line rules run again at most this many times (each pass that changes something
#: removes, joins or shortens lines, so a few passes always suffice).
MAX_PASSES = 8


def merged_meta(base: Meta, found: dict[str, str]) -> Meta:
    """``base`` with the fields it lacks filled from ``found``."""
    from dataclasses import replace

    updates = {k: v for k, v in found.items() if getattr(base, k, None) is None}
    return replace(base, **updates)


__all__ = ["RULE_NAMES", "Cleaned", "Line", "clean", "merged_meta"]
