"""Batch throughput: docs/s, seconds, peak RSS per worker and output size of `docgen batch`.

    python bench/batch.py                 # 100 and 1,000 documents; PDF, DOCX and both; 1 and 2 workers
    python bench/batch.py --sizes 100 --jobs 2 --formats pdf
    python bench/batch.py --stages        # per-stage timings of one document only
    python bench/batch.py --docx          # per-stage timings of the DOCX path, read to file written

The corpus is built from the example texts: every document gets a title, then paragraphs
taken from all the examples in a rotating order, numbered headings and a line of its own, up
to about 5,000 characters — so each document is different and nothing can be reused from one
document to the next.  Each run is a fresh `docgen batch` process (its start-up included).
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

ROOT = Path(__file__).resolve().parent.parent
TARGET_CHARS = 5000
NUMERALS = "一二三四五六七八九十"


def paragraphs() -> tuple[list[str], list[str]]:
    """Titles and body paragraphs of the examples (long lines only: no headers or signatures)."""
    import docgen

    titles, body = [], []
    for path in sorted((ROOT / "examples").glob("[0-9]*.txt")):
        speech = docgen.parse(path)
        titles.append(speech.meta.title or "关于做好当前工作的讲话")
        body.extend(b.full_text for b in speech.blocks if b.type_name == "paragraph" and len(b.full_text) >= 60)
    return titles, body


def document(i: int, titles: list[str], body: list[str]) -> str:
    out = [titles[i % len(titles)], f"（2024年{i % 12 + 1}月{i % 28 + 1}日，第{i + 1}次会议）", "同志们："]
    size, k, heading = 0, 0, 0
    while size < TARGET_CHARS:
        if k % 4 == 0 and heading < len(NUMERALS):
            out.append(f"{NUMERALS[heading]}、关于第{i + 1}项重点工作的第{heading + 1}个方面")
            heading += 1
        text = body[(i * 7 + k * 3) % len(body)]
        out.append(text)
        size += len(text)
        k += 1
    out.append(f"本文是第{i + 1}号测试文稿，编号{i * 7919 % 100000:05d}。谢谢大家！")
    return "\n".join(out) + "\n"


def build_corpus(folder: Path, count: int) -> int:
    titles, body = paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i in range(count):
        text = document(i, titles, body)
        chars += len(text)
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    return chars // count


#: Runs one command and prints the peak resident memory of the largest of its processes (the
#: batch's parent or one of its workers), in KB: a fresh measurement for every run.
_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def run_batch(corpus: Path, out: Path, fmt: str, jobs: int) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "docgen", "batch", str(corpus), "-o", str(out), "-f", fmt,
               "-j", str(jobs), "-q"]
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, *command], check=True, capture_output=True,
                          text=True)
    seconds = time.perf_counter() - start
    files = [p for p in out.rglob("*") if p.suffix in (".pdf", ".docx")]
    count = len(list(corpus.glob("*.txt")))
    return {"seconds": seconds, "docs_s": count / seconds, "rss_mb": int(done.stdout.split()[-1]) / 1024,
            "kb": sum(p.stat().st_size for p in files) / max(len(files), 1) / 1024}


#: Rounds of the per-stage timings; the best round is the figure least disturbed by other
#: work on the machine, the mean shows how much it was disturbed.
ROUNDS = 20


def stages(formats: tuple[str, ...] = ("pdf", "docx")) -> None:
    """Where the time of one document goes, in a warm process: best and mean of the rounds,
    over a few different documents of the corpus."""
    from docgen.cleaner import clean
    from docgen.files import write_atomic
    from docgen.fonts import FontSet
    from docgen.parser import parse_lines
    from docgen.readers import read_path
    from docgen.renderers import render
    from docgen.renderers.pages import paginate
    from docgen.renderers.paragraphs import paragraphs as to_paragraphs
    from docgen.style import load_style

    style = load_style("gbt9704")
    timings: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_corpus(folder, 5)
        paths = sorted(folder.glob("*.txt"))
        warm = len(paths)  # one round per document warms up (fonts, word list) and is not counted
        for r in range(warm + ROUNDS):
            path = paths[r % len(paths)]
            marks = [("", time.perf_counter())]
            src = read_path(path)
            marks.append(("read", time.perf_counter()))
            cleaned = clean(src.lines)
            marks.append(("clean", time.perf_counter()))
            speech = parse_lines(cleaned.lines, src.meta, ())
            marks.append(("parse", time.perf_counter()))
            if "pdf" in formats:
                paginate(to_paragraphs(speech, style), style, FontSet(style))
                marks.append(("layout", time.perf_counter()))
                render(speech, style, "pdf")
                marks.append(("PDF (layout + write)", time.perf_counter()))
            if "docx" in formats:
                data = render(speech, style, "docx").data
                marks.append(("DOCX render", time.perf_counter()))
                write_atomic(str(folder / "out.docx"), data)
                marks.append(("DOCX file written", time.perf_counter()))
            if r >= warm:
                for (_, a), (name, b) in zip(marks, marks[1:]):
                    timings.setdefault(name, []).append(b - a)
    print(f"per-stage timings, one document (~{TARGET_CHARS} characters), warm process, "
          f"best / mean of {ROUNDS} rounds:")
    for name, seconds in timings.items():
        print(f"  {name:<22} {min(seconds) * 1000:7.1f} / {sum(seconds) / len(seconds) * 1000:5.1f} ms")
    if "docx" in formats and "pdf" not in formats:
        rounds = [sum(t[i] for t in timings.values()) for i in range(ROUNDS)]
        print(f"  {'read to DOCX written':<22} {min(rounds) * 1000:7.1f} / {sum(rounds) / ROUNDS * 1000:5.1f} ms"
              f"  ({1 / min(rounds):.0f} documents/s per worker at best)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--formats", default="pdf,docx,pdf+docx")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--stages", action="store_true", help="only the per-stage timings")
    parser.add_argument("--docx", action="store_true",
                        help="only the per-stage timings of the DOCX path, read to file written")
    args = parser.parse_args()
    if args.stages or args.docx:
        stages(("docx",) if args.docx else ("pdf", "docx"))
        return
    print(f"{os.cpu_count()} cores; documents of about {TARGET_CHARS} characters")
    print(f"{'docs':>5} {'format':>9} {'jobs':>4} {'seconds':>8} {'docs/s':>7} {'peak RSS MB':>12} {'KB/file':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in map(int, args.sizes.split(",")):
            corpus = Path(tmp) / f"corpus{size}"
            build_corpus(corpus, size)
            for fmt in args.formats.split(","):
                for jobs in map(int, args.jobs.split(",")):
                    r = run_batch(corpus, Path(tmp) / "out", fmt.replace("+", ","), jobs)
                    rss = f"{r['rss_mb']:.0f}"
                    print(f"{size:>5} {fmt:>9} {jobs:>4} {r['seconds']:>8.2f} {r['docs_s']:>7.1f} "
                          f"{rss:>12} {r['kb']:>8.0f}", flush=True)
    stages()


if __name__ == "__main__":
    main()
