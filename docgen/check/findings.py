"""What a check finds: a :class:`Finding` (an id from the registry, a level, where, what was
measured and what the standard wants) and the :class:`Report` of one file."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

#: How serious a finding is: an error breaks a rule of GB/T 9704 (or of the preset) that can
#: be measured; a warning is a rule of practice or a measure that can be wrong; a note says
#: what was not measured, or where figures come from.
FindingLevel = Literal["error", "warning", "note"]
FINDING_LEVELS: tuple[FindingLevel, ...] = ("error", "warning", "note")
#: Where a finding's figures come from: the PDF itself, the DOCX's XML, LibreOffice's
#: rendering of the DOCX, or the text (read with docgen's parser).
Source = Literal["pdf", "docx", "libreoffice", "text"]
#: A box on a page, in points from the page's top left corner: (x0, top, x1, bottom).
Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing found.  ``pages`` are 1-based (several when one finding covers them);
    ``line`` counts the printed lines of the text block on the page (1-based); ``paragraph``
    counts a DOCX's paragraphs (1-based); ``box`` marks it on ``pages[0]`` for ``--annotate``,
    ``others`` on the other pages where it was seen."""

    id: str
    level: FindingLevel
    message: str
    measured: str = ""
    expected: str = ""
    pages: tuple[int, ...] = ()
    line: int | None = None
    paragraph: int | None = None
    box: Box | None = None
    source: Source = "pdf"
    others: tuple[tuple[int, Box], ...] = ()   # where it is on its other pages (page, box)

    @property
    def page(self) -> int | None:
        return self.pages[0] if self.pages else None

    def where(self) -> str:
        """``page 3, line 7`` / ``pages 1–4`` / ``paragraph 12`` / ``document``."""
        parts = []
        if self.pages:
            parts.append(_pages(self.pages))
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        return ", ".join(parts) or "document"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "level": self.level, "source": self.source, "pages": list(self.pages),
                "line": self.line, "paragraph": self.paragraph, "measured": self.measured,
                "expected": self.expected, "message": self.message,
                "box": None if self.box is None else [round(v, 2) for v in self.box]}


def _pages(pages: tuple[int, ...]) -> str:
    if len(pages) == 1:
        return f"page {pages[0]}"
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    text = ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)
    return f"pages {text}"


@dataclass(frozen=True, slots=True)
class Report:
    """The findings of one file, in the order the checks ran."""

    file: str
    kind: Literal["pdf", "docx"]
    style: str
    findings: tuple[Finding, ...] = ()
    pages: int = 0
    rendered_by: str = ""   # "LibreOffice 7.4.7.2" when a DOCX was also rendered
    notes: tuple[str, ...] = field(default=())

    def count(self, level: FindingLevel) -> int:
        return sum(1 for f in self.findings if f.level == level)

    def counts(self) -> dict[FindingLevel, int]:
        found = Counter(f.level for f in self.findings)
        return {level: found.get(level, 0) for level in FINDING_LEVELS}

    @property
    def passed(self) -> bool:
        return self.count("error") == 0

    def ids(self) -> set[str]:
        return {f.id for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "kind": self.kind, "style": self.style, "pages": self.pages,
                "rendered_by": self.rendered_by or None, "passed": self.passed, "counts": self.counts(),
                "notes": list(self.notes), "findings": [f.to_dict() for f in self.findings]}
