"""``docgen check`` on docgen's own output for texts nobody wrote for it: every text of the
shared corpus (``../shared/corpus/txt`` and ``messy``) converted with a preset, the PDF checked,
the DOCX checked from its XML (and with ``--office`` on LibreOffice's pages, in one LibreOffice
run).  docgen's output should pass: every error is a false alarm of the checker (or a fault of
the renderer); the figures are the errors and warnings by id, and the time per page.

    python bench/check.py                  # gbt9704, PDF and DOCX (XML)
    python bench/check.py --style speech --office
    python bench/check.py --tuning         # the examples and fixtures the checker was tuned on
    python bench/check.py --style letter --masthead   # each text with an issuer: a 信函's 版头 and rules

The corpus was not looked at while the checker was written (held back); ``--tuning`` runs on
the examples and test fixtures it was tuned on.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docgen  # noqa: E402
from docgen.check.office import OfficeRendering, convert, soffice, version  # noqa: E402
from docgen.check.run import check_docx_data, check_pdf_data  # noqa: E402
from docgen.errors import DocgenError  # noqa: E402
from docgen.style import load_style  # noqa: E402

CORPUS = ROOT.parent.parent / "shared" / "corpus"
#: --masthead: the header block put in front of each text, so that it gets a 版头 (the corpus
#: texts are web pages and speeches that name no issuer).
MASTHEAD = "---\n发文机关：某某县人民政府办公室\n发文字号：某政办函〔2024〕8号\n---\n"


def inputs(tuning: bool) -> list[Path]:
    if tuning:
        return sorted([*ROOT.glob("examples/*.txt"), *ROOT.glob("tests/fixtures/*.txt")])
    corpus = CORPUS if CORPUS.is_dir() else Path("/work/shared/corpus")
    return sorted([*corpus.glob("txt/*.txt"), *corpus.glob("messy/*.txt")])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--style", default="gbt9704")
    parser.add_argument("--office", action="store_true", help="also check LibreOffice's rendering of each DOCX")
    parser.add_argument("--tuning", action="store_true", help="the examples and fixtures, not the corpus")
    parser.add_argument("--masthead", action="store_true",
                        help="give each text an issuer and a number (a header block), so that it gets a 版头")
    parser.add_argument("-v", "--verbose", action="store_true", help="every error, with its file")
    args = parser.parse_args()
    style = load_style(args.style)
    paths = inputs(args.tuning)
    counts: dict[str, Counter] = {"pdf": Counter(), "docx": Counter()}
    failed: dict[str, list[str]] = {"pdf": [], "docx": []}
    pages, seconds, docx = 0, 0.0, {}
    for path in paths:
        try:
            speech = docgen.parse(MASTHEAD.encode() + path.read_bytes() if args.masthead else path, name=path.name)
            pdf = docgen.render(speech, style, "pdf", invariant=True)
            docx[path] = docgen.render(speech, style, "docx", invariant=True)
        except DocgenError as exc:
            print(f"skipped {path.name}: {exc}")
            continue
        start = time.perf_counter()
        report = check_pdf_data(pdf, path.name, style).report
        seconds += time.perf_counter() - start
        pages += report.pages
        _count(report, counts["pdf"], failed["pdf"], args.verbose)
    renderings = _office(docx) if args.office else {}
    for path, data in docx.items():
        rendering = renderings.get(path)
        office = OfficeRendering(rendering, version()) if rendering else None
        report = check_docx_data(data, path.name, style, office, office is not None).report
        _count(report, counts["docx"], failed["docx"], args.verbose)
    print(f"{len(paths)} texts ({'tuning' if args.tuning else 'held-back corpus'}), preset {args.style}"
          + (", each with an issuer and a number" if args.masthead else ""))
    print(f"PDF: {pages} pages checked in {seconds:.1f} s ({1000 * seconds / max(pages, 1):.0f} ms a page)")
    for kind in ("pdf", "docx"):
        errors = {k: v for k, v in counts[kind].items() if k.startswith("error ")}
        print(f"{kind.upper()}: {len(failed[kind])} of {len(docx)} fail; errors {dict(errors) or 0}; "
              f"warnings {({k: v for k, v in counts[kind].items() if k.startswith('warning ')}) or 0}")
    return 0


def _count(report, counts: Counter, failed: list[str], verbose: bool) -> None:
    for finding in report.findings:
        if finding.level != "note":
            counts[f"{finding.level} {finding.id}"] += 1
            if verbose and finding.level == "error":
                print(f"  {report.file}: {finding.id} {finding.where()}: {finding.message}")
    if not report.passed:
        failed.append(report.file)


def _office(docx: dict[Path, bytes]) -> dict[Path, bytes]:
    if soffice() is None:
        print("LibreOffice is not installed: --office ignored")
        return {}
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        files = []
        for index, data in enumerate(docx.values()):
            files.append(folder / f"d{index}.docx")
            files[-1].write_bytes(data)
        pdfs = convert(files, folder)
        return {path: pdf.read_bytes() for path, pdf in zip(docx, pdfs)}


if __name__ == "__main__":
    sys.exit(main())
