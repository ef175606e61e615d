"""Running ``docgen check`` on documents in memory: a PDF, or a DOCX with the PDF LibreOffice
made of it (converted together with others in one LibreOffice run, see office.py)."""

from __future__ import annotations

from docgen.check.findings import Report
from docgen.check.office import OfficeRendering, version
from docgen.check.run import check_docx_data, check_pdf_data
from docgen.style import Style


def check_pdf_bytes(data: bytes, style: Style, name: str = "document.pdf") -> Report:
    return check_pdf_data(data, name, style).report


def check_docx_bytes(data: bytes, style: Style, rendering: bytes | None, name: str = "document.docx") -> Report:
    office = OfficeRendering(rendering, version()) if rendering is not None else None
    return check_docx_data(data, name, style, office, office is not None).report


def errors(report: Report) -> list[str]:
    """The errors of a report, readably (for assertion messages)."""
    return [f"{f.id} {f.where()}: {f.message} [{f.measured} / {f.expected}]" for f in report.findings
            if f.level == "error"]
