"""``docgen check`` on files and folders: each file read, measured against the preset and
reported, with the PDF its findings can be drawn on (the file itself, or LibreOffice's
rendering of a DOCX)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, UsageError
from ..limits import INPUT_BYTES, value
from ..style import Style
from . import registry as R
from .conventions import check_text
from .docxcheck import check_docx
from .findings import Finding, Report
from .office import OfficeRendering, render_docx
from .pdfcheck import check_pdf
from .pdflayout import Measures
from .pdfread import read_pdf

#: The kinds of file checked, by suffix.
KINDS = {".pdf": "pdf", ".docx": "docx"}


@dataclass(frozen=True, slots=True)
class Checked:
    """A file's report, and the PDF that shows its pages (None: a DOCX not rendered)."""

    report: Report
    pdf: bytes | None


def files_of(paths: list[str]) -> Iterator[Path]:
    """The files named, and the PDF and DOCX files in the folders named (sorted, not
    recursing); a file of another kind is a usage error."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix.lower() in KINDS and p.is_file()
                              and not p.name.startswith(("~$", ".")))
        elif path.suffix.lower() not in KINDS:
            raise UsageError(f"{name}: docgen check reads .pdf and .docx files")
        else:
            yield path


def check_file(path: Path, style: Style, *, office: bool = True) -> Checked:
    """Check one file; ``office``: also render a DOCX with LibreOffice when it is installed."""
    data = _read(path)
    if KINDS[path.suffix.lower()] == "pdf":
        return _pdf(path, data, style)
    return _docx(path, data, style, office)


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > value(INPUT_BYTES.name):
            raise InputError(f"the file is larger than {value(INPUT_BYTES.name)} bytes", str(path))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None


def _pdf(path: Path, data: bytes, style: Style) -> Checked:
    return check_pdf_data(data, str(path), style)


def check_pdf_data(data: bytes, path: str, style: Style) -> Checked:
    """Check a PDF in memory (``path`` names it in the report)."""
    document = read_pdf(data, path)
    measures, found = check_pdf(document, data, style)
    found.extend(check_text(measures.parsed, _pdf_locator(measures)))
    return Checked(Report(path, "pdf", style.name, unique(found), len(document.pages)), data)


def _pdf_locator(measures: Measures):
    def locate(index: int) -> dict:
        if not 0 <= index < len(measures.paragraphs):
            return {}
        sheet, row = measures.paragraphs[index].rows[0]
        return {"pages": (sheet.number,), "line": sheet.line_of(row), "box": row.box}
    return locate


def _docx(path: Path, data: bytes, style: Style, office: bool) -> Checked:
    rendering: OfficeRendering | None = render_docx(data, path.name) if office else None
    return check_docx_data(data, str(path), style, rendering, office)


def check_docx_data(data: bytes, path: str, style: Style, rendering: OfficeRendering | None,
                    office: bool = True) -> Checked:
    """Check a DOCX from its XML and, given LibreOffice's ``rendering`` of it, on its pages."""
    docx = check_docx(data, path, style)
    found: list[Finding] = [*docx.findings]
    pdf, pages, by = None, 0, ""
    if rendering is None:
        found.append(R.NOT_RENDERED("LibreOffice (soffice) is not installed: the pages were not measured"
                                    if office else "not rendered (--no-render): the pages were not measured"))
    else:
        document = read_pdf(rendering.pdf, f"{path} (LibreOffice)")
        _, on_page = check_pdf(document, rendering.pdf, style, "libreoffice")
        found.append(R.RENDERED_BY(f"the page figures come from {rendering.version}'s rendering of the DOCX",
                                   measured=rendering.version))
        found.extend(on_page)
        pdf, pages, by = rendering.pdf, len(document.pages), rendering.version
    found.extend(check_text(docx.parsed, lambda i: {"paragraph": docx.numbers[i]} if i < len(docx.numbers) else {}))
    return Checked(Report(path, "docx", style.name, unique(found), pages, by), pdf)


def unique(found: list[Finding]) -> tuple[Finding, ...]:
    """The findings without repeats (two placeholders in one paragraph are one finding)."""
    return tuple(dict.fromkeys(found))
