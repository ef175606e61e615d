"""Rendering DOCX files the way a LibreOffice user on Linux sees them.

The bundled fonts are made visible to LibreOffice through a private fontconfig file that adds
docgen's font folder and its alias file (仿宋_GB2312 → FandolFang …), and a private profile, so
the result does not depend on what is installed on the machine.  :func:`fontconfig_without_chinese`
stands for a machine with no Chinese font at all: its only font folder holds one Latin font
(LibreOffice does not start without any font).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from docgen.resources import fonts_dir

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def fontconfig_file(folder: Path) -> Path:
    conf = folder / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts_dir()}</dir>
  <include>{fonts_dir() / 'fontconfig-aliases.conf'}</include>
  <cachedir>{folder / 'fc-cache'}</cachedir>
</fontconfig>
""", encoding="utf-8")
    return conf


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
    conf = fontconfig or fontconfig_file(folder)
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), HOME=str(folder))
    profile = (folder / "profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, docx_files)],
                   env=env, check=True, capture_output=True, timeout=300)
    return [folder / (p.stem + ".pdf") for p in docx_files]


def laid_out(documents: dict, folder: Path) -> dict:
    """Key → DOCX bytes in, key → the PDF LibreOffice makes of it out (one LibreOffice run)."""
    files = []
    for index, data in enumerate(documents.values()):
        target = folder / f"document-{index}.docx"
        target.write_bytes(data)
        files.append(target)
    return {key: pdf.read_bytes() for key, pdf in zip(documents, docx_to_pdf(files, folder))}
