"""Rewrite the heading levels of label files by the document's own hierarchy.

The labelling convention (README, "headings"): the first numbering family a document uses for
its headings is level 1, the next new family level 2, and so on — as GB/T 9704 §7.3.3 assigns the
fonts by layer (第一层, 第二层 …), not by the kind of number.  ``一、`` / ``（一）`` / ``1.`` /
``（1）`` are levels 1–4 only in a document that uses all four, in that order; a document whose
first layer is ``1.`` has it at level 1, and ``1、`` directly under ``一、`` is level 2.

The families are read from each heading's own number (written here, independent of docgen's
parser); the order is the order of the headings in the reference text (line numbers, or the
line a text entry is found on).  Only the ``level = N`` of each heading entry is rewritten; every
other byte of the file stays as it is.  What changed is printed, one line per heading::

    python bench/realworld/relevel.py bench/realworld/labels/*.toml
    python bench/realworld/relevel.py --dry-run LABEL.toml …

A label whose headings include a number of no known family, or that cannot be put in text order,
is left as it is and named in a warning: review it by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rwlib

_CN = "一二三四五六七八九十百零〇○两"
#: Numbering families of headings, in no particular order (the order of first appearance in a
#: document decides the levels).  ``1.`` ``1．`` ``1、`` ``1﹒`` are one family.
FAMILIES = (
    ("di-part", re.compile(rf"^第[{_CN}]+(?:部分|篇)")),
    ("di-chapter", re.compile(rf"^第[{_CN}]+章")),
    ("di-section", re.compile(rf"^第[{_CN}]+节")),
    ("di-ordinal", re.compile(rf"^第[{_CN}]+[，,、：:]")),
    ("cn-comma", re.compile(rf"^[{_CN}]+、")),
    ("cn-paren", re.compile(rf"^[（(][{_CN}]+[）)]")),
    ("decimal-3", re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}(?![\d.])")),
    ("decimal-2", re.compile(r"^\d{1,2}\.\d{1,2}(?![\d.])")),
    ("arabic-dot", re.compile(r"^\d{1,2}[.．、﹒](?!\d)")),
    ("arabic-paren", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("circled", re.compile(r"^[①-⑳]")),
    ("decimal-1", re.compile(r"^\d{1,2}[\s　]+\S")),
    ("padded", re.compile(r"^\d{2}(?=[^\d\s.．、])")),
)


def family_of(text: str) -> str | None:
    text = rwlib.strip(text)
    return next((name for name, pattern in FAMILIES if pattern.match(text)), None)


def levels_by_order(families: list[str]) -> list[int]:
    """Level of each heading, given its family, for headings in text order."""
    order: list[str] = []
    for family in families:
        if family not in order:
            order.append(family)
    return [order.index(family) + 1 for family in families]


def _position(entry: dict, text: str, lines: list[str] | None, reference: str) -> int | None:
    """The heading's line in the reference text (None when it cannot be placed)."""
    if "line" in entry and entry.get("in", reference) == reference:
        return int(entry["line"])
    if lines is None:
        return None
    key = rwlib.norm(text)
    return next((i + 1 for i, line in enumerate(lines) if key and rwlib.norm(line).startswith(key)), None)


def relevel(path: Path, write: bool) -> int:
    """Rewrite one label; returns how many headings changed level."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = data.get("lists", {}).get("headings", [])
    if not entries:
        return 0
    try:
        label = rwlib.load_label(path)
    except (OSError, rwlib.LabelError) as e:
        print(f"WARNING {path.name}: cannot be read ({e}); label left as it is")
        return 0
    try:
        lines: list[str] | None = rwlib.form_lines(label.forms[label.reference])
    except (OSError, KeyError):
        lines = None
    texts = [h.text for h in label.headings]
    families = [family_of(t) for t in texts]
    positions = [_position(e, t, lines, label.reference) for e, t in zip(entries, texts, strict=True)]
    unknown = [t for t, f in zip(texts, families, strict=True) if f is None]
    unplaced = [t for t, p in zip(texts, positions, strict=True) if p is None]
    if unknown or unplaced:
        for t in unknown:
            print(f"WARNING {label.id}: no numbering family known for {t!r}; label left as it is")
        for t in unplaced:
            print(f"WARNING {label.id}: {t!r} not found in the reference text; label left as it is")
        return 0
    order = sorted(range(len(entries)), key=lambda i: (positions[i], i))
    new_levels = [0] * len(entries)
    for i, level in zip(order, levels_by_order([families[i] for i in order]), strict=True):
        new_levels[i] = level
    old_levels = [int(e["level"]) for e in entries]
    changed = [(i, old, new) for i, (old, new) in enumerate(zip(old_levels, new_levels, strict=True))
               if old != new]
    for i, old, new in changed:
        print(f"{label.id}: L{old} -> L{new}  {texts[i]}")
    if changed and write:
        path.write_text(_rewrite(path.read_text(encoding="utf-8"), new_levels), encoding="utf-8")
    return len(changed)


_LEVEL = re.compile(r"(\blevel\s*=\s*)(\d+)")


def _rewrite(source: str, levels: list[int]) -> str:
    """``source`` with the ``level = N`` of its heading entries replaced, in order."""
    start = re.search(r"^headings\s*=\s*\[", source, re.M)
    assert start, "no headings array"
    end = source.index("\n]", start.end())
    block = source[start.end():end]
    found = _LEVEL.findall(block)
    assert len(found) == len(levels), (len(found), len(levels))
    it = iter(levels)
    block = _LEVEL.sub(lambda m: f"{m.group(1)}{next(it)}", block)
    return source[:start.end()] + block + source[end:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("labels", nargs="+", type=Path)
    ap.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    args = ap.parse_args(argv)
    total = files = 0
    for path in args.labels:
        n = relevel(path, write=not args.dry_run)
        total += n
        files += bool(n)
    print(f"{total} heading level(s) changed in {files} of {len(args.labels)} label(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
