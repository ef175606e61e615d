"""LibreOffice, headless: a DOCX laid out as a LibreOffice (or WPS) user on Linux sees it.

The fonts it sees are the system's and docgen's bundled ones, with docgen's alias file
(仿宋_GB2312 → FandolFang …), through a private fontconfig file; a private profile keeps the
user's own LibreOffice settings out of the result (and an open LibreOffice from refusing).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..resources import fonts_dir

#: Seconds one conversion may take.
TIMEOUT = 300


@dataclass(frozen=True, slots=True)
class OfficeRendering:
    pdf: bytes
    version: str   # "LibreOffice 7.4.7.2"


def soffice() -> str | None:
    """The LibreOffice program, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


@functools.cache
def version() -> str:
    program = soffice()
    if program is None:
        return ""
    try:
        out = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return "LibreOffice"
    words = out.split()
    return " ".join(words[:2]) if len(words) >= 2 else "LibreOffice"


def fontconfig_file(folder: Path) -> Path:
    """A fontconfig file that adds docgen's bundled fonts and alias file to the system's."""
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


def convert(files: Sequence[Path], folder: Path, to: str = "pdf", fontconfig: Path | None = None) -> list[Path]:
    """Convert ``files`` with LibreOffice into ``folder`` (``to``: pdf, docx …); the outputs,
    in order.  Raises :class:`InputError` when LibreOffice fails or is missing."""
    program = soffice()
    if program is None:
        raise InputError("LibreOffice (soffice) is not installed")
    conf = fontconfig or fontconfig_file(folder)
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), HOME=str(folder))
    profile = (folder / "profile").as_uri()
    try:
        subprocess.run([program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                        "--convert-to", to, "--outdir", str(folder), *map(str, files)],
                       env=env, check=True, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise InputError(f"LibreOffice took more than {TIMEOUT} s", str(files[0])) from None
    except (OSError, subprocess.CalledProcessError) as exc:
        raise InputError(f"LibreOffice failed: {exc}", str(files[0])) from None
    outputs = [folder / f"{Path(f).stem}.{to}" for f in files]
    missing = [str(f) for f, out in zip(files, outputs) if not out.is_file()]
    if missing:
        raise InputError("LibreOffice could not convert it", missing[0])
    return outputs


def render_docx(data: bytes, name: str) -> OfficeRendering | None:
    """The PDF LibreOffice makes of a DOCX (None when LibreOffice is not installed)."""
    if soffice() is None:
        return None
    with tempfile.TemporaryDirectory(prefix="docgen-check-") as temp:
        folder = Path(temp)
        source = folder / "document.docx"
        source.write_bytes(data)
        try:
            (pdf,) = convert([source], folder)
        except InputError as exc:
            raise InputError(exc.problem, name) from None
        return OfficeRendering(pdf.read_bytes(), version())
