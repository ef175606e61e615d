"""The slowest chrome patterns: every pattern of ``docgen/shapes/chrome.toml`` tried on real
lines and on its own examples run together, timed, the worst reported.

    python bench/chrome_patterns.py                  # patterns whose worst line takes > 1 ms
    python bench/chrome_patterns.py --limit 0.2 --lines 4000

A pattern that backtracks without bound (items and their optional separators repeated, so that a
line splits into them in many ways) costs seconds on one line that nearly matches: this finds it
before a page does.  Each pattern is tried as its family tries it (``fullmatch``, or ``search``
for a family that searches) on folded text, both on every probe line (``raw``) and only on the
lines its family would look at (``as used``: no longer than its ``max_chars``).  The probes are
the longest and a spread of the other lines of the in-repository fixtures, and for each family its
examples and counterexamples run together and cut short of their last character.  Exit status 1
when a pattern takes more than ``--fail`` ms on one line as used.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docgen.shapes.chrome import families, fold  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def real_lines(count: int) -> list[str]:
    """The longest ``count // 2`` distinct lines of the fixtures and ``count // 2`` spread over the rest."""
    seen: set[str] = set()
    for path in sorted(FIXTURES.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line:
                seen.add(fold(line))
    ordered = sorted(seen, key=lambda x: (-len(x), x))
    longest, rest = ordered[: count // 2], ordered[count // 2:]
    step = max(1, len(rest) // max(1, count - len(longest)))
    return longest + rest[::step][: count - len(longest)]


def own_probes(examples: tuple[str, ...]) -> list[str]:
    """A family's lines run together four times (apart by a space, a bar, nothing) and cut
    short of their last character: near matches, where a pattern backtracks most."""
    probes = []
    for text in examples:
        for sep in (" ", " | ", ""):
            joined = sep.join([text] * 4)
            probes += [fold(joined), fold(joined[:-1]), fold(joined + "。")]
    return probes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2000, help="real lines to try (default 2000)")
    parser.add_argument("--limit", type=float, default=1.0, help="report patterns slower than this (ms, one line)")
    parser.add_argument("--fail", type=float, default=50.0, help="exit 1 above this (ms, one line, as used)")
    args = parser.parse_args()
    lines = real_lines(args.lines)
    rows = []
    for family in families():
        probes = lines + own_probes(family.examples + family.counterexamples)
        for source, pattern in zip(family.sources, family.patterns):
            match = pattern.search if family.search else pattern.fullmatch
            worst_raw = worst_used = 0.0
            for text in probes:
                start = time.perf_counter()
                match(text)
                took = (time.perf_counter() - start) * 1000
                worst_raw = max(worst_raw, took)
                if family.max_chars is None or len(text) <= family.max_chars:
                    worst_used = max(worst_used, took)
            rows.append((worst_used, worst_raw, family.name, source))
    rows.sort(reverse=True)
    count = sum(len(f.sources) for f in families())
    print(f"{count} patterns of {len(families())} families on {len(lines)} real lines and their own examples")
    print(f"{'as used':>9} {'raw':>9}  family / pattern (worst line, ms)")
    for used, raw, name, source in rows:
        if max(used, raw) > args.limit:
            print(f"{used:9.2f} {raw:9.2f}  {name}: {source[:90]}")
    worst = rows[0][0] if rows else 0.0
    print(f"slowest as used: {worst:.2f} ms on one line")
    return 1 if worst > args.fail else 0


if __name__ == "__main__":
    sys.exit(main())
