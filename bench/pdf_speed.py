"""How fast the PDF renderer typesets: the example texts rendered repeatedly in one process.

    python bench/pdf_speed.py [ROUNDS]

Parsing is done once; the figure is for rendering alone (line breaking, pagination, drawing,
font subsetting and compression), in a warm process as a batch run would be.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import docgen
from docgen.renderers.pdf import render_pdf
from docgen.style import load_style

ROOT = Path(__file__).resolve().parent.parent


def main(rounds: int) -> None:
    style = load_style("gbt9704")
    speeches = [docgen.parse(p) for p in sorted((ROOT / "examples").glob("*.txt"))]
    pages = sum(render_pdf(s, style, invariant=True).pages for s in speeches)  # warm up fonts
    start = time.perf_counter()
    for _ in range(rounds):
        for speech in speeches:
            render_pdf(speech, style, invariant=True)
    elapsed = time.perf_counter() - start
    documents = rounds * len(speeches)
    print(f"{documents} documents ({rounds * pages} pages) in {elapsed:.2f} s: "
          f"{documents / elapsed:.1f} documents/s, {rounds * pages / elapsed:.0f} pages/s on one core")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
