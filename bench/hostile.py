"""Time and memory of every case of the reliability suite (``tests/e2e/test_reliability.py``).

    python bench/hostile.py [-k ZIP]        # only the cases whose name holds ZIP
    python bench/hostile.py --at-the-limits # the largest inputs the limits let through

Each case runs as the suite runs it — a fresh ``docgen`` process under the suite's resource
limits — driven from a process of its own, whose children are only that case's docgen
processes: their CPU seconds (user + system) and largest resident size are read with
``getrusage``; the wall seconds include building the case's files.  The suite asserts the
limits; this prints how far below them each case stays.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def _suite():
    spec = importlib.util.spec_from_file_location("reliability", ROOT / "tests" / "e2e" / "test_reliability.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def run_one(index: int) -> None:
    """Drive case ``index`` as the suite does, and print its exit code and what the docgen
    processes it started used (this process has no other children)."""
    import json
    import resource

    suite = _suite()
    case = suite.CASES[index]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "work"
        folder.mkdir()
        argv = case.setup(folder)
        drive = case.drive or (lambda a, f, e: suite.run_limited(a, f, bounds=suite.BOUNDS, env=e))
        result = drive(argv, folder, case.env)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"code": result.returncode, "cpu": usage.ru_utime + usage.ru_stime,
                      "peak": usage.ru_maxrss / 1024}))


def _at_the_limits(folder: Path) -> list[tuple[str, list[str]]]:
    """The largest inputs the limits let through: just under the ``lines`` limit as a text
    and as a Word file, just under ``html-elements`` as a page of short paragraphs."""
    from docgen.limits import value

    lines = value("lines") - 10
    text = "\n".join(["关于做好工作的通知", "各单位："] + [f"{i}、这是第{i}行，内容很短。" for i in range(lines - 2)])
    (folder / "lines.txt").write_text(text, encoding="utf-8")
    items = value("html-elements") // 3 - 100
    page = "".join(f"<div class=item><p>第{i}条，内容很短。</p></div>" for i in range(items))
    (folder / "elements.html").write_text(f"<html><head><title>通知</title></head><body>{page}</body></html>",
                                          encoding="utf-8")
    subprocess.run([sys.executable, "-m", "docgen", "convert", "lines.txt", "-o", "lines.docx", "-q"], cwd=folder,
                   check=True)
    return [(f"text of {lines:,} lines → PDF", ["convert", "lines.txt", "-o", "out.pdf"]),
            (f"Word file of {lines:,} paragraphs → PDF", ["convert", "lines.docx", "-o", "out2.pdf"]),
            (f"page of {items * 3:,} elements → PDF", ["convert", "elements.html", "-o", "out3.pdf"])]


def at_the_limits() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, argv in _at_the_limits(folder):
            start = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "docgen", *argv, "-q"], cwd=folder)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            print(f"{name:<52} {os.waitstatus_to_exitcode(status):>4} {wall:>7.2f} "
                  f"{usage.ru_utime + usage.ru_stime:>6.2f} {usage.ru_maxrss / 1024:>8.1f}")


def main() -> None:
    import json

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", default="", help="only cases whose name holds this")
    parser.add_argument("--at-the-limits", action="store_true",
                        help="the largest inputs the limits let through, instead of the suite's cases")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        run_one(args.one)
        return
    if args.at_the_limits:
        print(f"{'input':<52} {'exit':>4} {'wall s':>7} {'cpu s':>6} {'peak MB':>8}")
        at_the_limits()
        return
    suite = _suite()
    print(f"{'case':<52} {'exit':>4} {'wall s':>7} {'cpu s':>6} {'peak MB':>8}")
    most_cpu = most_memory = 0.0
    for index, case in enumerate(suite.CASES):
        if args.k.lower() not in case.name.lower():
            continue
        start = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, "--one", str(index)], capture_output=True, text=True,
                             check=True).stdout
        wall = time.perf_counter() - start
        found = json.loads(out.strip().splitlines()[-1])
        most_cpu, most_memory = max(most_cpu, found["cpu"]), max(most_memory, found["peak"])
        print(f"{case.name[:52]:<52} {found['code']:>4} {wall:>7.2f} {found['cpu']:>6.2f} {found['peak']:>8.1f}")
    print(f"\nmost CPU: {most_cpu:.2f} s of {suite.BOUNDS.cpu_seconds} s; largest resident size: "
          f"{most_memory:.0f} MB (address space allowed: {suite.BOUNDS.memory_mb} MB)")


if __name__ == "__main__":
    main()
