"""How long one `docgen convert` takes as a fresh process, and where that time goes.

    python bench/cold.py [--runs 7] [--input examples/004_03ac6da94b10d2cb.txt]
    python bench/cold.py --report 20000     # a real report of 20,000 characters from ../shared/corpus

Measured like a user's installed copy: the package's bytecode is compiled first, and one
convert runs before the timed ones so that the parsed fonts are in the cache folder.  Each
timed run is a new process; the best run is the one least disturbed by other work on the
machine, the median shows how much it was disturbed, and the CPU time (user + system) is
less sensitive to it than the wall time.  The breakdown runs the steps of a PDF convert in a
fresh process with a clock around each (best of the runs for each step).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT / "examples" / "004_03ac6da94b10d2cb.txt"
#: The real report --report cuts: the longest of the shared corpus (read from there).
REPORT = "15_20th_congress_report_blanklines.txt"

#: The steps of `docgen convert INPUT -o OUT.pdf`, each timed, in a fresh process; prints
#: the milliseconds of each step as JSON.
_STEPS = """
import json, sys, time
marks = [time.perf_counter()]
import docgen.cli, docgen.api, docgen.cleaner, docgen.parser, docgen.readers
import docgen.renderers.pdf
marks.append(time.perf_counter())
from docgen.style import load_style
style = load_style("gbt9704")
marks.append(time.perf_counter())
speech = docgen.api.parse(sys.argv[1])
marks.append(time.perf_counter())
from docgen.fonts import FontSet
from docgen.renderers.pdf.glyphs import font_runs
fonts = FontSet(style)
for ch, typeface, bold, latin in font_runs(speech, style):
    fonts.choose(ch, typeface, bold, latin)
marks.append(time.perf_counter())
from docgen.renderers.pdf import render_pdf
data = render_pdf(speech, style, fonts=fonts).data
marks.append(time.perf_counter())
from docgen.files import write_atomic
write_atomic(sys.argv[2], data)
marks.append(time.perf_counter())
render_pdf(speech, style, fonts=fonts)
marks.append(time.perf_counter())
print(json.dumps([(b - a) * 1000 for a, b in zip(marks, marks[1:])]))
"""
_STEP_NAMES = ("imports", "preset", "read, clean, parse", "fonts (load, choose)",
               "PDF render", "file written")


def docgen_command() -> list[str]:
    """The installed `docgen` script next to this Python, else `python -m docgen`."""
    script = Path(sys.executable).with_name("docgen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "docgen"]


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(label: str, runs: list[tuple[float, float]]) -> None:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    print(f"  {label:<28} wall best {min(walls):.3f} s  median {statistics.median(walls):.3f} s"
          f"   CPU best {min(cpus):.3f} s  median {statistics.median(cpus):.3f} s")


def real_report(target: Path, chars: int) -> Path:
    """The first ``chars`` characters of the corpus's longest report, cut after a paragraph."""
    sys.path.insert(0, str(ROOT / "bench"))
    from realtext import corpus_folder

    from docgen.readers import read_path

    kept, size = [], 0
    for line in read_path(corpus_folder() / REPORT).lines:
        if size >= chars:
            break
        kept.append(line)
        size += len(line)
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"{target.name}: the first {size} characters of {REPORT}")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--report", type=int, metavar="CHARS",
                        help="convert the first CHARS characters (whole paragraphs) of a real report instead")
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "docgen"), quiet=1)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # what an installed copy would do
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        if args.report:
            args.input = real_report(out / "report.txt", args.report)
        print(f"cold `docgen convert {args.input.name} -o OUT -q`, {args.runs} runs each, "
              f"bytecode compiled, font cache warm; load average {os.getloadavg()[0]:.2f}")
        for fmt in ("pdf", "docx"):
            command = [*docgen_command(), "convert", str(args.input), "-o", str(out / f"x.{fmt}"), "-q"]
            timed(command)  # fills the font cache if needed
            report(fmt.upper(), [timed(command) for _ in range(args.runs)])
        report("Python start (python -c pass)", [timed([sys.executable, "-c", "pass"])
                                                 for _ in range(args.runs)])
        steps = [json.loads(subprocess.run(
            [sys.executable, "-c", _STEPS, str(args.input), str(out / "steps.pdf")],
            check=True, capture_output=True, text=True).stdout) for _ in range(args.runs)]
        shutil.rmtree(out, ignore_errors=True)
    print(f"where a cold PDF convert spends its time, in-process (best of {args.runs} processes):")
    for i, name in enumerate(_STEP_NAMES):
        print(f"  {name:<22} {min(s[i] for s in steps):6.1f} ms")
    print(f"  {'(the same render again)':<22} {min(s[-1] for s in steps):6.1f} ms  "
          "(the rest of the first render is first-time work: glyphs compressed, memos filled)")


if __name__ == "__main__":
    main()
