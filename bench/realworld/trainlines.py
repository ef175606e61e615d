"""Learn the weights of docgen's line score (``docgen/shapes/linescore.json``) from the labels.

    python bench/realworld/trainlines.py                 # write the package's weights
    python bench/realworld/trainlines.py --exclude fresh20 --out /tmp/w.json   # leave a set out

The lines labelled as chrome (``drop``) are the positive examples; the title, the headings
and the lines of the passages labelled to keep are the negative ones, each weighed
``--keep-weight`` times (a text line scored as chrome costs more than a chrome line missed).
The held-back set is never learned from, nor are the sets given with ``--exclude``; the sets
learned from are written into the file.  A logistic regression by stochastic gradient descent
with a fixed seed over the examples in a fixed order: the same labels give the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import rwlib  # noqa: E402

from docgen.shapes.linescore import DATA_FILE, features  # noqa: E402

OUT = HERE.parents[1] / "docgen" / "shapes" / DATA_FILE
NEVER = ("held",)


def examples(labels: list[rwlib.Label]) -> list[tuple[str, int]]:
    """(line, 1 for chrome / 0 for text) of the labels, each distinct line of a label once."""
    out: list[tuple[str, int]] = []
    for label in labels:
        seen: set[tuple[str, int]] = set()
        text = [x for passage in label.keep for x in passage.splitlines()]
        text += [label.title] if label.title else []
        text += [h.text for h in label.headings]
        for line, y in [(x, 0) for x in text] + [(x, 1) for _, x in label.drop]:
            line = rwlib.strip(line)
            if line and (line, y) not in seen:
                seen.add((line, y))
                out.append((line, y))
    return out


def train(samples: list[tuple[str, int]], *, keep_weight: float, epochs: int, rate: float,
          l2: float, seed: int) -> dict[str, float]:
    rows = [(sorted(features(text)), y, 1.0 if y else keep_weight) for text, y in samples]
    rows = [r for r in rows if r[0]]
    weights: dict[str, float] = {}
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for epoch in range(epochs):
        rnd.shuffle(order)
        step = rate / (1 + epoch)
        for i in order:
            found, y, cost = rows[i]
            z = sum(weights.get(f, 0.0) for f in found)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * cost * step
            for f in found:
                w = weights.get(f, 0.0)
                weights[f] = w - g - l2 * w
    return weights


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exclude", nargs="*", default=[], help="sets not to learn from (held never is)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--keep-weight", type=float, default=3.0)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--rate", type=float, default=0.2)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min-weight", type=float, default=0.25, help="weights smaller than this are left out")
    args = ap.parse_args(argv)
    excluded = set(NEVER) | set(args.exclude)
    labels = sorted((rwlib.load_label(p) for p in rwlib.all_labels()), key=lambda lab: lab.id)
    used = [lab for lab in labels if lab.set not in excluded]
    samples = examples(used)
    weights = train(samples, keep_weight=args.keep_weight, epochs=args.epochs, rate=args.rate,
                    l2=args.l2, seed=args.seed)
    kept = {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= args.min_weight}
    sets = sorted({lab.set for lab in used}, key=rwlib.SETS.index)
    data = {
        "about": "Weights of docgen's line score (docgen/shapes/linescore.py), learned from the "
                 "hand-labelled pages of bench/realworld by bench/realworld/trainlines.py.",
        "learned_from": sets,
        "documents": len(used),
        "lines": {"chrome": sum(y for _, y in samples), "text": sum(1 - y for _, y in samples)},
        "settings": {"keep_weight": args.keep_weight, "epochs": args.epochs, "rate": args.rate,
                     "l2": args.l2, "seed": args.seed, "min_weight": args.min_weight},
        "weights": kept,
    }
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n",
                   encoding="utf-8")
    tmp.replace(args.out)
    print(f"{args.out}: {len(kept)} weights from {len(used)} documents of {len(sets)} sets "
          f"({data['lines']['chrome']} chrome lines, {data['lines']['text']} text lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
