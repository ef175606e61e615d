"""What every cleaning rule works with: lines that remember their source line, and the
context in which rules record what they removed or changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .. import diagnostics as C
from ..diagnostics import Code
from ..model import Diagnostic
from ..shapes import Line


@dataclass
class Context:
    """What rules report: diagnostics, metadata found in the text, and removed lines.

    ``rule`` is the name of the rule running; it starts every message the rule records
    (``banners: site banner or address``), so a report can say which rule to turn off."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    removed: list[Line] = field(default_factory=list)
    rule: str = ""
    #: Numbers of the source lines that started with indentation (recorded by ``spaces``,
    #: used by ``broken-lines`` to tell paragraph starts from continuations).
    indented: set[int] = field(default_factory=set)
    #: The display width of each indented line's indentation (by source line number), to tell
    #: a hanging indent (continuations deeper than their numbered line) from a paragraph start.
    indent_widths: dict[int, int] = field(default_factory=dict)
    #: Numbers of the source lines kept outside a whole page's main text (prose that may be a
    #: passage of it, reported): never glued to a line of the main text, nor it to them.
    outside: set[int] = field(default_factory=set)
    #: Source lines the user asked to keep: a rule that drops one has it put back.
    keep: frozenset[int] = frozenset()
    #: Lines to keep that the running rule dropped, put back when it has run.
    rescued: list[Line] = field(default_factory=list)
    #: The page's title as the reader found it (a saved page's heading or ``<title>``), or
    #: None: a hint for finding the title among the lines.
    title_hint: str | None = None

    def note(self, code: Code, reason: str, line: int | None = None, text: str | None = None) -> None:
        prefix = f"{self.rule}: " if self.rule else ""
        self.diagnostics.append(code(prefix + reason, line, text))

    def drop(self, line: Line, reason: str) -> None:
        if line.number in self.keep:
            if line not in self.rescued:
                self.rescued.append(line)
                self.note(C.LINE_KEPT, f"kept as asked, though it is {reason}", line.number, line.text)
            return
        self.removed.append(line)
        self.note(C.BOILERPLATE_REMOVED, reason, line.number, line.text)

    def split_each(self, lines: list[Line], split: Callable[[str], tuple[str, ...] | None], reason: str) -> list[Line]:
        """``lines`` with each line that ``split`` cuts into parts set as those parts, each on a
        line of its own under the source line's number, and noted with ``reason``."""
        out: list[Line] = []
        for line in lines:
            parts = split(line.text)
            if parts is None:
                out.append(line)
                continue
            self.note(C.TEXT_NORMALISED, reason, line.number, line.text)
            out.extend(Line(line.number, part) for part in parts)
        return out

    def change(self, line: Line, new_text: str, code: Code, reason: str) -> Line:
        before, after = excerpt(line.text, new_text)
        self.note(code, f"{reason}: {before} → {after}", line.number, line.text)
        return Line(line.number, new_text)


def excerpt(old: str, new: str, context: int = 8) -> tuple[str, str]:
    """The part of ``old`` and ``new`` that differs, with a little context on each side."""
    most = min(len(old), len(new))
    if old[:1] != new[:1]:
        start = 0  # most changes are at one end of the line (indentation, a mark, a tail cut off)
    elif old[:most] == new[:most]:
        start = most
    else:
        start = _common(old, new, lambda n: old[:n] == new[:n], most)
    most -= start
    if not most or old[-1:] != new[-1:]:
        end = 0
    elif old[len(old) - most:] == new[len(new) - most:]:
        end = most
    else:
        end = _common(old, new, lambda n: old[len(old) - n:] == new[len(new) - n:], most)
    lo = max(0, start - context)

    def cut(text: str) -> str:
        hi = min(len(text), len(text) - end + context)
        return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")

    return cut(old), cut(new)


def _common(old: str, new: str, same: Callable[[int], bool], most: int) -> int:
    """The largest ``n`` ≤ ``most`` for which ``same(n)``, found by halving (a changed line
    can be a paragraph of thousands of characters)."""
    low, high = 0, most
    while low < high:
        mid = (low + high + 1) // 2
        if same(mid):
            low = mid
        else:
            high = mid - 1
    return low


RuleFunc = Callable[[list[Line], Context], list[Line]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named cleaning rule.  Its docstring shows what it does with one or more examples
    (``Example::`` followed by the lines before, a ``→`` line and the lines after), which the
    tests run."""

    name: str
    func: RuleFunc

    @property
    def doc(self) -> str:
        import inspect

        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.split("\n\n", 1)[0].replace("\n", " ")

    def examples(self) -> list[tuple[list[str], list[str]]]:
        """The (before, after) line lists of the docstring's examples; ``(blank)`` stands for
        an empty line."""
        found = []
        for chunk in self.doc.split("Example::")[1:]:
            body = [line.strip() for line in chunk.strip("\n").split("\n\n", 1)[0].splitlines()]
            if "→" not in body:
                continue
            arrow = body.index("→")
            unblank = lambda lines: ["" if x == "(blank)" else x for x in lines]
            found.append((unblank(body[:arrow]), unblank(body[arrow + 1:])))
        return found
