"""A check's reports as a reader sees them (one block per file) and as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .findings import Finding, Report

#: How wide the id column is.
ID_WIDTH = 22


def text_report(report: Report, *, verbose: bool = False) -> str:
    """One file's findings: a header line with the counts, then one line per finding (notes
    only with ``verbose``), each with where, what was measured and what is wanted."""
    counts = report.counts()
    rendered = f", pages by {report.rendered_by}" if report.rendered_by else ""
    verdict = "passes" if report.passed else "fails"
    head = (f"{report.file}: {verdict} {report.style} — {counts['error']} error(s), {counts['warning']} "
            f"warning(s), {counts['note']} note(s){rendered}")
    lines = [head]
    for finding in report.findings:
        if finding.level == "note" and not verbose:
            continue
        lines.append(_line(finding))
    return "\n".join(lines)


def _line(finding: Finding) -> str:
    where = finding.where()
    if finding.source == "libreoffice":
        where += " (LibreOffice)"
    detail = ""
    if finding.measured or finding.expected:
        detail = f" [measured {finding.measured or '—'}; wanted {finding.expected or '—'}]"
    return f"  {finding.level:<7} {finding.id:<{ID_WIDTH}} {where}: {finding.message}{detail}"


def summary(reports: Sequence[Report]) -> str:
    failed = sum(1 for r in reports if not r.passed)
    return f"{len(reports)} file(s) checked: {len(reports) - failed} passed, {failed} failed"


def json_report(reports: Sequence[Report]) -> str:
    return json.dumps({"files": [r.to_dict() for r in reports], "passed": all(r.passed for r in reports)},
                      ensure_ascii=False, indent=2)
