"""docgen against Typst on real texts: batch docs/s side by side, cleaning and PDF writing per
document, output size.

    python bench/realtext.py                      # 100 documents, 1 and 2 workers, 3 rounds
    python bench/realtext.py --count 1000 --jobs 2 --rounds 1
    python bench/realtext.py --stages             # cleaning and PDF writing per document only
    python bench/realtext.py --cluster            # also `docgen batch --cluster` on a local Dask cluster

The corpus is built from the real official texts and reports in ``../shared/corpus/txt``
(read from there, never copied) and from the examples.  Each text is decoded by docgen's
reader and cut into its paragraphs as they stand in the file — hard-wrapped lines, mixed
straight and curly quotes, stray spaces and all — and each document takes a title and
paragraphs from a shuffled deck of all of them up to about 5,000 characters: no two of the
first documents share a paragraph, and every document is different.

Typst (the ``typst`` package: ``pip install typst``) typesets the same paragraphs with a
minimal GB/T 9704-like template: A4, the same margins, 16 pt on a 28.95 pt pitch, justified,
first lines indented, page numbers, and the fonts docgen bundles (FandolFang for the body,
the same title, heading, Latin and page-number fonts).  Typst gets the text as it is, with no
cleaning and no structure to find.  Both run as fresh processes with a pool of workers,
docgen and Typst alternating in each round, so other work on the machine disturbs both alike.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = (ROOT.parent / "shared" / "corpus" / "txt", Path("/work/shared/corpus/txt"))
TARGET_CHARS = 5000
#: Paragraphs shorter than this (page headers, lone numbers) are left out of the deck.
MIN_PARAGRAPH = 8
SEED = 9704
#: Titles beside those the parser finds in the texts (one longer than MAX_TITLE is left out).
TITLES = ("关于推进数据专区建设的指导意见", "关于加快推进工业互联网发展的通知",
          "关于印发数字经济发展实施方案的通知", "关于进一步做好当前重点工作的通知")
MAX_TITLE = 40


def corpus_folder() -> Path:
    for folder in CORPUS:
        if folder.is_dir():
            return folder
    sys.exit("the real-text corpus (../shared/corpus/txt) is not there")


def paragraphs_of(lines: list[str]) -> Iterator[str]:
    """The paragraphs of a text as the file has them: lines up to a blank line or up to a line
    that ends a sentence, joined with the line ends kept (so cleaning sees the breaks)."""
    from docgen.chars import ends_sentence

    block: list[str] = []
    for line in lines:
        if line.strip():
            block.append(line)
        if block and (not line.strip() or ends_sentence(line)):
            yield "\n".join(block)
            block = []
    if block:
        yield "\n".join(block)


def deck() -> tuple[list[str], list[str]]:
    """Titles and paragraphs of the real texts and the examples."""
    import docgen
    from docgen.readers import read_path

    titles, paras = list(TITLES), []
    sources = sorted(corpus_folder().glob("*.txt")) + sorted((ROOT / "examples").glob("[0-9]*.txt"))
    for path in sources:
        title = docgen.parse(path).meta.title or ""
        if 6 <= len(title) <= MAX_TITLE and "【" not in title and title not in titles:
            titles.append(title)
        paras.extend(p for p in paragraphs_of(read_path(path).lines) if len(p.replace("\n", "")) >= MIN_PARAGRAPH)
    return titles, paras


def documents(count: int) -> Iterator[str]:
    """``count`` different documents of about TARGET_CHARS characters."""
    titles, paras = deck()
    rng = random.Random(SEED)
    order: list[str] = []
    for i in range(count):
        out = [titles[i % len(titles)], "各有关单位："]
        size = 0
        while size < TARGET_CHARS:
            if not order:
                order = paras[:]
                rng.shuffle(order)
            text = order.pop()
            out.append(text)
            size += len(text)
        out.append(f"本文是第{i + 1}号文稿，编号{i * 7919 % 100000:05d}。")
        yield "\n".join(out) + "\n"


def build_corpus(folder: Path, count: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i, text in enumerate(documents(count)):
        chars += len(text)
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    return chars // count


# --------------------------------------------------------------------------- Typst

TYPST_FONTS = ("FandolFang-Regular.ttf", "NotoSerifSC-Bold.ttf", "NotoSansSC-Medium.ttf",
               "FandolKai-Regular.ttf", "NotoSerifSC-Regular.ttf", "LiberationSerif-Regular.ttf")

#: A4, 37/35/28/26 mm margins, 16 pt text on a 28.95 pt pitch (the line box is 1 em, the
#: leading the rest), justified with 2-character first-line indents, the page number in
#: 14 pt 宋体 on the outer side.
TYPST_TEMPLATE = r"""
#let latin = (name: "Liberation Serif", covers: "latin-in-cjk")
#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm),
  footer: context {
    let n = counter(page).get().first()
    align(if calc.odd(n) { right } else { left },
      text(font: (latin, "Noto Serif SC"), size: 14pt)[— #n —])
  })
#set text(font: (latin, "FandolFang R"), size: 16pt, lang: "zh", top-edge: 0.8em, bottom-edge: -0.2em)
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 12.95pt, spacing: 12.95pt)
#let title(t) = align(center, text(font: (latin, "Noto Serif SC"), weight: "bold", size: 22pt, t)) + v(28.95pt)
#let h1(t) = text(font: (latin, "Noto Sans SC"), weight: "medium", t)
#let h2(t) = text(font: (latin, "FandolKai"), t)
"""


def typst_source(text: str) -> str:
    """The Typst markup of one document: its first line the title, headings in their fonts,
    every other paragraph as it is."""
    import re

    h1 = re.compile(r"^[一二三四五六七八九十]+、")
    h2 = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
    lines = [p.replace("\n", "") for p in text.split("\n") if p.strip()]
    out = [TYPST_TEMPLATE, f"#title({_string(lines[0])})"]
    for line in lines[1:]:
        role = "h1" if h1.match(line) else "h2" if h2.match(line) else ""
        out.append(f"#{role}({_string(line)})" if role else f"#{_string(line)}")
    return "\n\n".join(out) + "\n"


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_compiler = None


def _typst_init(fonts: str) -> None:
    import typst

    global _compiler
    _compiler = typst.Compiler(font_paths=[fonts], ignore_system_fonts=True)


def _typst_one(task: tuple[str, str]) -> None:
    source, target = task
    text = Path(source).read_text(encoding="utf-8")
    assert _compiler is not None
    Path(target).write_bytes(_compiler.compile(input=typst_source(text).encode("utf-8")))


def typst_batch(corpus: Path, out: Path, jobs: int) -> None:
    """Every document of ``corpus`` to a PDF in ``out`` with Typst, in ``jobs`` processes (run
    as a fresh process by :func:`run_typst`)."""
    import multiprocessing

    fonts = out / ".fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    for name in TYPST_FONTS:
        (fonts / name).symlink_to(ROOT / "fonts" / name)
    tasks = [(str(p), str(out / (p.stem + ".pdf"))) for p in sorted(corpus.glob("*.txt"))]
    if jobs == 1:
        _typst_init(str(fonts))
        for task in tasks:
            _typst_one(task)
        return
    with multiprocessing.get_context("fork").Pool(jobs, _typst_init, (str(fonts),)) as pool:
        for _ in pool.imap_unordered(_typst_one, tasks):
            pass


# --------------------------------------------------------------------------- runs

#: Runs one command and prints the peak resident memory of the largest of its processes in KB.
_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def _timed(command: list[str], corpus: Path, out: Path) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, *command], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    files = list(out.rglob("*.pdf")) + list(out.rglob("*.docx"))
    count = len(list(corpus.glob("*.txt")))
    return {"seconds": seconds, "docs_s": count / seconds, "rss_mb": int(done.stdout.split()[-1]) / 1024,
            "mb": sum(p.stat().st_size for p in files) / 1e6}


def run_docgen(corpus: Path, out: Path, jobs: int, fmt: str = "pdf", cluster: str = "") -> dict[str, float]:
    command = [sys.executable, "-m", "docgen", "batch", str(corpus), "-o", str(out), "-f", fmt, "-q"]
    command += ["--cluster", cluster] if cluster else ["-j", str(jobs)]
    return _timed(command, corpus, out)


def run_typst(corpus: Path, out: Path, jobs: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--typst-batch", str(corpus), str(out), str(jobs)]
    return _timed(command, corpus, out)


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.1f} ({min(values):.1f}–{max(values):.1f})"


def compare(corpus: Path, tmp: Path, jobs_list: list[int], rounds: int, docx: bool) -> None:
    print(f"{'jobs':>4} {'docgen docs/s':>22} {'Typst docs/s':>22} {'ratio':>18} "
          f"{'docgen MB':>9} {'Typst MB':>8} {'RSS MB d/T':>11}")
    for jobs in jobs_list:
        runs: dict[str, list[dict[str, float]]] = {"docgen": [], "typst": [], "docx": []}
        for r in range(rounds):
            first, second = (run_docgen, run_typst) if r % 2 == 0 else (run_typst, run_docgen)
            for run in (first, second):
                name = "docgen" if run is run_docgen else "typst"
                runs[name].append(run(corpus, tmp / "out", jobs))
            if docx:
                runs["docx"].append(run_docgen(corpus, tmp / "out", jobs, "docx"))
        d = [x["docs_s"] for x in runs["docgen"]]
        t = [x["docs_s"] for x in runs["typst"]]
        ratios = [a / b for a, b in zip(d, t)]
        print(f"{jobs:>4} {_spread(d):>22} {_spread(t):>22} {_spread(ratios):>18} "
              f"{runs['docgen'][-1]['mb']:>9.1f} {runs['typst'][-1]['mb']:>8.1f} "
              f"{max(x['rss_mb'] for x in runs['docgen']):>5.0f}/{max(x['rss_mb'] for x in runs['typst']):<5.0f}",
              flush=True)
        if docx:
            print(f"{jobs:>4} DOCX {_spread([x['docs_s'] for x in runs['docx']]):>17} docs/s, "
                  f"peak RSS {max(x['rss_mb'] for x in runs['docx']):.0f} MB", flush=True)


def cluster_rates(corpus: Path, tmp: Path, workers_list: list[int], rounds: int) -> None:
    """`docgen batch --cluster` on a Dask cluster of this machine: a scheduler and N worker
    processes of one thread each, started once, with the local pool alongside."""
    from distributed import LocalCluster

    for workers in workers_list:
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=None) as cluster:
            dask = [run_docgen(corpus, tmp / "out", workers, cluster=cluster.scheduler_address)
                    for _ in range(rounds)]
        pool = [run_docgen(corpus, tmp / "out", workers) for _ in range(rounds)]
        print(f"{workers} Dask worker(s): {_spread([x['docs_s'] for x in dask])} docs/s;  "
              f"local pool of {workers}: {_spread([x['docs_s'] for x in pool])} docs/s", flush=True)


# --------------------------------------------------------------------------- stages

def stages(corpus: Path, rounds: int) -> None:
    """Cleaning and the PDF (layout and writing) per document in a warm process, as a batch
    worker runs them: every document of the corpus, the best of ``rounds`` CPU times for each
    (the least disturbed by other work), scaled to 5,000 characters."""
    from docgen.cleaner import clean, punctuation
    from docgen.parser import parse_lines
    from docgen.readers import read_path
    from docgen.renderers.pdf import render_pdf
    from docgen.style import load_style

    style = load_style("gbt9704")
    sources = [(path.name, read_path(path)) for path in sorted(corpus.glob("*.txt"))]
    speeches = [parse_lines(clean(src.lines).lines, src.meta, ()) for _, src in sources]
    for speech in speeches[:5]:
        render_pdf(speech, style)  # fonts loaded, glyphs compressed: a warm worker
    caches = _text_caches()
    first, cleaning, pdf, passes = [], [], [], []
    for (name, src), speech in zip(sources, speeches):
        scale = TARGET_CHARS / sum(len(line) for line in src.lines)
        before = punctuation.WORK.characters
        clean(src.lines)
        passes.append((punctuation.WORK.characters - before) * scale / TARGET_CHARS)
        first.append((_best(lambda src=src: clean(src.lines), rounds, before=lambda: _forget(caches)) * scale, name))
        cleaning.append((_best(lambda src=src: clean(src.lines), rounds) * scale, name))
        pdf.append((_best(lambda speech=speech: render_pdf(speech, style), rounds) * scale, name))
    print(f"per document of {len(sources)}, warm process, best of {rounds} (CPU), ms per {TARGET_CHARS} characters:")
    for label, values in (("cleaning, first look", first), ("cleaning, same text again", cleaning),
                          ("PDF (layout + writing)", pdf)):
        values.sort()
        ms = [v for v, _ in values]
        print(f"  {label:<24} median {statistics.median(ms):5.2f}  90th {ms[len(ms) * 9 // 10]:5.2f}  "
              f"max {ms[-1]:5.2f} ({values[-1][1]})")
    print(f"  punctuation steps: characters passed over per character of input, median "
          f"{statistics.median(passes):.2f}, max {max(passes):.2f}")


def _text_caches() -> list:
    """The caches docgen keeps of answers about a line's text (bounded LRU caches; the
    unbounded ones hold data loaded once, such as the patterns).  A batch sees each document
    once: emptied before each run, cleaning is timed as on a document it has never seen."""
    found = {}
    for name, module in list(sys.modules.items()):
        if name == "docgen" or name.startswith("docgen."):
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper) and value.cache_parameters()["maxsize"] is not None:
                    found[id(value)] = value
    return list(found.values())


def _forget(caches: list) -> None:
    """Empty the LRU caches and the punctuation normaliser's remembered pieces and cuts."""
    from docgen.cleaner import punctuation

    for cache in caches:
        cache.cache_clear()
    punctuation.forget()


def _best(work, rounds: int, before=None) -> float:
    """The least CPU milliseconds ``work`` took in ``rounds`` runs (``before`` is called, untimed,
    before each)."""
    best = float("inf")
    for _ in range(rounds):
        if before is not None:
            before()
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of batches (the stages take 3 × as many)")
    parser.add_argument("--stages", action="store_true", help="only cleaning and PDF writing per document")
    parser.add_argument("--no-docx", action="store_true", help="leave out the DOCX batches")
    parser.add_argument("--cluster", action="store_true",
                        help="also `docgen batch --cluster` on a local Dask cluster (needs docgen[cluster])")
    parser.add_argument("--keep", type=Path, help="build the corpus in this folder and keep it")
    parser.add_argument("--typst-batch", nargs=3, metavar=("CORPUS", "OUT", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.typst_batch:
        typst_batch(Path(args.typst_batch[0]), Path(args.typst_batch[1]), int(args.typst_batch[2]))
        return
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        corpus = args.keep or tmp / "corpus"
        chars = build_corpus(corpus, args.count)
        print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; {args.count} documents "
              f"of {chars} characters on average")
        if args.stages:
            stages(corpus, 3 * args.rounds)
            return
        jobs = [int(j) for j in args.jobs.split(",")]
        compare(corpus, tmp, jobs, args.rounds, not args.no_docx)
        if args.cluster:
            cluster_rates(corpus, tmp, jobs, args.rounds)
        stages(corpus, 3 * args.rounds)
        print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
