"""Rendering DOCX files the way a LibreOffice user on Linux sees them — through the checker's
own LibreOffice runner (:mod:`docgen.check.office`), which makes the bundled fonts visible to
LibreOffice through a private fontconfig file that adds docgen's font folder and its alias file
(仿宋_GB2312 → FandolFang …), and a private profile, so the result does not depend on what is
installed on the machine.  :func:`fontconfig_without_chinese` stands for a machine with no
Chinese font at all: its only font folder holds one Latin font (LibreOffice does not start
without any font).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from docgen.check.office import convert, fontconfig_file, soffice
from docgen.resources import fonts_dir

SOFFICE = soffice()

__all__ = ["SOFFICE", "docx_to_pdf", "fontconfig_file", "fontconfig_without_chinese", "laid_out"]


def fontconfig_without_chinese(folder: Path) -> Path:
    """A fontconfig file whose only font is the bundled Liberation Serif: no system fonts, no
    Chinese font, no aliases."""
    fonts = folder / "latin-only"
    fonts.mkdir(exist_ok=True)
    shutil.copy(fonts_dir() / "LiberationSerif-Regular.ttf", fonts)
    conf = folder / "fonts-without-chinese.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{folder / 'fc-cache'}</cachedir>
</fontconfig>
""", encoding="utf-8")
    return conf


def docx_to_pdf(docx_files: list[Path], folder: Path, fontconfig: Path | None = None) -> list[Path]:
    """Convert ``docx_files`` with LibreOffice headless; return the PDFs (in ``folder``).
    ``fontconfig``: the fonts LibreOffice sees (default: the system's and the bundled ones)."""
    return convert(docx_files, folder, "pdf", fontconfig)


def laid_out(documents: dict, folder: Path) -> dict:
    """Key → DOCX bytes in, key → the PDF LibreOffice makes of it out (one LibreOffice run)."""
    files = []
    for index, data in enumerate(documents.values()):
        target = folder / f"document-{index}.docx"
        target.write_bytes(data)
        files.append(target)
    return {key: pdf.read_bytes() for key, pdf in zip(documents, docx_to_pdf(files, folder))}
