"""Where LibreOffice breaks the pages of docgen's DOCX, against docgen's own PDF.

    python bench/docx_pages.py [--only 004]

For every example (and the 下行文 example) the DOCX is converted to PDF by LibreOffice
(headless) under three font setups, and each page of the result is compared with the PDF's:

- ``mapped``: the system's fonts plus docgen's bundled fonts under the official names (the
  private fontconfig file of :mod:`docgen.check.office`: 仿宋_GB2312 → FandolFang …) — the
  same glyphs as the PDF; what the layout tests use;
- ``system``: the system's fonts alone, no alias (a Linux desktop without the official fonts:
  LibreOffice picks its own substitutes);
- ``embedded``: no Chinese font at all (only Liberation Serif) and the DOCX written with
  ``--embed-fonts`` (each file in a LibreOffice process of its own: LibreOffice keeps the first
  embedded font of a name for its whole session).

Printed per example and setup: the pages; how many of the pages after the first start at the
same character of the text as the PDF's page of that number (``same``), and how many within
one line of it, 28 characters (``±line``); and the largest difference in characters.  A page
starts where the Chinese characters of 16 pt text (body and headings) inside the text block of
the pages before it end: the title (2号), page numbers (4号), the 版头's mark, punctuation,
Latin letters and digits are not counted.
Where the pages agree in count but start at different characters, the two break the lines of
a paragraph differently (docgen compresses punctuation to keep 28 characters on a line where
LibreOffice pushes a character over or lets a mark hang), and a page then ends a few
characters earlier or later in the same paragraph.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber

import docgen
from docgen.check.office import fontconfig_file
from docgen.resources import fonts_dir
from docgen.style import load_style

ROOT = Path(__file__).resolve().parent.parent
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
MM = 72 / 25.4
TOP, BOTTOM = 37 * MM, 262 * MM      # the text block, from the top of the page (pt)
BODY = (15.5, 16.5)                  # pt: body and headings
LINE = 28                            # characters of a full line
SETUPS = ("mapped", "system", "embedded")


def examples() -> list[Path]:
    return [*sorted((ROOT / "examples").glob("[0-9][0-9][0-9]_*.txt")), ROOT / "examples" / "notice-downward.txt"]


def han(text: str) -> bool:
    """A Chinese character (punctuation is left out: LibreOffice's PDF does not always give a
    mark that hangs past the line's end as text)."""
    return "\u4e00" <= text <= "\u9fff"


def page_starts(data: bytes) -> list[int]:
    """Where each page starts: the number of Chinese characters of body-size text (inside the
    text block) on the pages before it."""
    starts, count = [], 0
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        with pdfplumber.open(tmp.name) as pdf:
            for page in pdf.pages:
                starts.append(count)
                count += sum(1 for c in page.chars if BODY[0] <= c["size"] <= BODY[1]
                             and TOP - 2 <= c["top"] <= BOTTOM and han(c["text"]))
    return starts


def no_chinese_fontconfig(folder: Path) -> Path:
    own = folder / "latin-only"
    own.mkdir(parents=True)
    shutil.copy(fonts_dir() / "LiberationSerif-Regular.ttf", own)
    conf = folder / "latin-only.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{own}</dir>'
                    f'<cachedir>{folder / "fc-cache-latin"}</cachedir></fontconfig>\n', encoding="utf-8")
    return conf


def system_fontconfig(folder: Path) -> Path:
    conf = folder / "system.conf"
    conf.write_text('<?xml version="1.0"?>\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf'
                    f'</include><cachedir>{folder / "fc-cache-system"}</cachedir></fontconfig>\n',
                    encoding="utf-8")
    return conf


def office(files: list[Path], folder: Path, conf: Path) -> list[bytes]:
    """LibreOffice's PDF of each file, all converted in one LibreOffice process."""
    folder.mkdir()
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), HOME=str(folder))
    assert SOFFICE is not None
    subprocess.run([SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
                   env=env, check=True, capture_output=True, timeout=600)
    return [(folder / f"{f.stem}.pdf").read_bytes() for f in files]


def agreement(own: list[int], theirs: list[int]) -> tuple[int, int, int, int]:
    """Pages after the first starting at the PDF's character, within a line of it, of how
    many, and the largest difference in characters."""
    pairs = [(a, b) for a, b in zip(own[1:], theirs[1:])]
    differences = [abs(a - b) for a, b in pairs]
    return (sum(d == 0 for d in differences), sum(d <= LINE for d in differences), len(own) - 1,
            max(differences, default=0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="examples whose name starts with this")
    args = parser.parse_args()
    if SOFFICE is None:
        sys.exit("LibreOffice (soffice) is not installed")
    plain, embedding = load_style("gbt9704"), load_style("gbt9704", ("docx.embed_fonts=true",))
    paths = [p for p in examples() if p.name.startswith(args.only)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain_files, embedded_files, pdfs = [], [], []
        for path in paths:
            speech = docgen.parse(path)
            pdfs.append(page_starts(docgen.render(speech, plain, "pdf", invariant=True)))
            plain_files.append(folder / f"{path.stem}.docx")
            plain_files[-1].write_bytes(docgen.render(speech, plain, "docx", invariant=True))
            embedded_files.append(folder / f"{path.stem}.embedded.docx")
            embedded_files[-1].write_bytes(docgen.render(speech, embedding, "docx", invariant=True))
        results = {
            "mapped": office(plain_files, folder / "mapped", fontconfig_file(folder)),
            "system": office(plain_files, folder / "system", system_fontconfig(folder)),
            "embedded": [office([f], folder / f"embedded-{i}", no_chinese_fontconfig(folder / f"fonts-{i}"))[0]
                         for i, f in enumerate(embedded_files)],
        }
        lines = {setup: [page_starts(data) for data in results[setup]] for setup in SETUPS}
    version = subprocess.run([SOFFICE, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"{version}; pages, pages after the first that start at the PDF's character (same) or within "
          f"a line of it (±line), the largest difference (characters)")
    print(f"{'example':<18} {'PDF':>4}" + "".join(f" | {s:<8} {'pages':>5} {'same':>5} {'±line':>5} {'max':>4}"
                                               for s in SETUPS))
    totals = {s: [0, 0, 0, 0, 0] for s in SETUPS}
    for index, path in enumerate(paths):
        row = f"{path.stem[:18]:<18} {len(pdfs[index]):>4}"
        for setup in SETUPS:
            theirs = lines[setup][index]
            same, near, of, most = agreement(pdfs[index], theirs)
            total = totals[setup]
            total[0] += len(theirs) == len(pdfs[index])
            total[1] += same
            total[2] += near
            total[3] += of
            total[4] = max(total[4], most)
            row += f" | {'':<8} {len(theirs):>5} {f'{same}/{of}':>5} {f'{near}/{of}':>5} {most:>4}"
        print(row)
    print(f"{'all (pages: count equal)':<23}" + "".join(
        f" | {'':<8} {f'{t[0]}/{len(paths)}':>5} {f'{t[1]}/{t[3]}':>5} {f'{t[2]}/{t[3]}':>5} {t[4]:>4}"
        for t in totals.values()))


if __name__ == "__main__":
    main()
