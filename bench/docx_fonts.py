"""The DOCX on a machine without Chinese fonts: page counts in LibreOffice with and without
embedded fonts, against docgen's PDF, and what embedding costs (size, time to write).

    python bench/docx_fonts.py [--fonts DIR_OR_FILE ...]

LibreOffice sees only a private fontconfig whose font folder holds the given Latin fonts (by
default the bundled Liberation Serif; ``--fonts /usr/share/fonts/truetype/dejavu`` stands for
a Linux desktop with DejaVu and no Chinese font).  Every DOCX is converted in a LibreOffice
process of its own (LibreOffice keeps the first embedded font of a name for its whole
session).  The write time is the best of three renders of each example in one process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2

import docgen
from docgen.resources import fonts_dir
from docgen.style import load_style

ROOT = Path(__file__).resolve().parent.parent
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def font_config(folder: Path, fonts: list[Path]) -> Path:
    own = folder / "fonts"
    own.mkdir()
    for source in fonts:
        for path in (sorted(source.glob("*.tt[fc]")) if source.is_dir() else [source]):
            shutil.copy(path, own)
    conf = folder / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{own}</dir>'
                    f'<cachedir>{folder / "fc-cache"}</cachedir></fontconfig>\n', encoding="utf-8")
    return conf


def office_pages(data: bytes, folder: Path, conf: Path) -> int:
    folder.mkdir()
    source = folder / "document.docx"
    source.write_bytes(data)
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), HOME=str(folder))
    subprocess.run([SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   env=env, check=True, capture_output=True, timeout=300)
    return len(pypdfium2.PdfDocument(str(folder / "document.pdf")))


def best_time(speech, style) -> tuple[float, bytes]:
    times, data = [], b""
    for _ in range(3):
        start = time.perf_counter()
        data = docgen.render(speech, style, "docx", invariant=True)
        times.append(time.perf_counter() - start)
    return min(times), data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fonts", nargs="*", type=Path, default=[fonts_dir() / "LiberationSerif-Regular.ttf"])
    args = parser.parse_args()
    if SOFFICE is None:
        sys.exit("LibreOffice (soffice) is not installed")
    plain, embedding = load_style("gbt9704"), load_style("gbt9704", ("docx.embed_fonts=true",))
    print(f"LibreOffice fonts: {', '.join(map(str, args.fonts))} (no Chinese font)")
    print(f"{'example':<8} {'PDF':>4} {'plain':>6} {'embedded':>9} {'size plain':>11} {'size embedded':>14} "
          f"{'write plain':>12} {'write embedded':>15}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        conf = font_config(folder, args.fonts)
        for path in sorted((ROOT / "examples").glob("[0-9][0-9][0-9]_*.txt")):
            speech = docgen.parse(path)
            pdf_pages = len(pypdfium2.PdfDocument(docgen.render(speech, plain, "pdf", invariant=True)))
            plain_time, plain_docx = best_time(speech, plain)
            embed_time, embed_docx = best_time(speech, embedding)
            key = path.name[:3]
            pages = [office_pages(d, folder / f"{key}-{n}", conf) for n, d in (("plain", plain_docx),
                                                                                 ("embedded", embed_docx))]
            print(f"{key:<8} {pdf_pages:>4} {pages[0]:>6} {pages[1]:>9} {len(plain_docx) / 1024:>9.0f} KB "
                  f"{len(embed_docx) / 1024:>11.0f} KB {plain_time * 1000:>9.1f} ms {embed_time * 1000:>12.0f} ms")


if __name__ == "__main__":
    main()
