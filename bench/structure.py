"""Structure recognition on the fixture suite: how close the parser comes to the hand-written
expectations in ``tests/fixtures/structure/*.expected``.

    python bench/structure.py            # figures for the whole suite, the tuning and held-out sets
    python bench/structure.py -v         # and every difference, document by document
    python bench/structure.py --set tune # only one set

Each ``.expected`` file is written by hand from reading its input (``NAME.txt`` next to it, or
the file named by an ``input:`` line); the format is described in the folder's README.  Texts
are compared after removing spaces and turning half-width ``,:;()!?`` into full width, so an
expectation does not depend on how cleaning spaces or normalises punctuation.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "tests" / "fixtures" / "structure"

#: The bars the suite must meet (tests/test_parser_suite.py asserts them).
BARS = {"title": 0.95, "heading_precision": 0.98, "heading_recall": 0.98,
        "runin_recall": 0.95, "salutation_closing_signature": 0.95}

META_KEYS = ("title", "subtitle", "date", "speaker", "occasion", "issuer", "document_number",
             "copy_number", "secrecy", "urgency", "signer", "copies_to", "printed_by", "printed_date",
             "format")
HEADING_KEYS = ("h1", "h2", "h3", "h4")
RUNIN_KEYS = ("lead1", "lead2", "lead3", "lead4", "enum", "span")
LIST_KEYS = ("salutation", "closing", "signature", "signature_date", "note", "attachment",
             "distribution", "doctitle", "article", "attachment_label", "attachment_title", "attendance")
KNOWN_KEYS = frozenset(("set", "input", *META_KEYS, *HEADING_KEYS, *RUNIN_KEYS, *LIST_KEYS))

_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})


def norm(text: str | None) -> str | None:
    if text is None:
        return None
    return "".join(text.split()).replace("\u3000", "").translate(_FULL)


@dataclass
class Expectation:
    name: str
    input: Path
    set: str
    values: dict[str, list[str]] = field(default_factory=dict)

    def get(self, key: str) -> list[str]:
        return self.values.get(key, [])


def load_expectation(path: Path) -> Expectation:
    values: dict[str, list[str]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in KNOWN_KEYS:
            raise ValueError(f"{path.name}:{number}: not a 'key: value' line with a known key: {raw!r}")
        values.setdefault(key.strip(), []).append(value.strip())
    source = values.pop("input", [None])[0]
    kind = values.pop("set", ["tune"])[0]
    text = ROOT / source if source else path.with_suffix(".txt")
    return Expectation(path.stem, text, kind, values)


def load_suite(which: str | None = None) -> list[Expectation]:
    found = [load_expectation(p) for p in sorted(SUITE.glob("*.expected"))]
    return [e for e in found if which in (None, "all", e.set)]


def observed(speech) -> dict[str, list[str]]:
    """The parsed model in the expectation's terms."""
    from docgen.model import (
        Article,
        AttachmentLabel,
        AttachmentNote,
        AttachmentTitle,
        Attendance,
        Closing,
        Distribution,
        DocumentTitle,
        Heading,
        Note,
        Paragraph,
        Salutation,
        Signature,
        SignatureDate,
    )

    out: dict[str, list[str]] = {}

    def add(key: str, text: str | None) -> None:
        if text is not None:
            out.setdefault(key, []).append(text)

    for key in META_KEYS:
        add(key, getattr(speech.meta, key))
    simple = {Salutation: "salutation", Closing: "closing", Signature: "signature",
              SignatureDate: "signature_date", Note: "note", AttachmentNote: "attachment",
              Distribution: "distribution", DocumentTitle: "doctitle",
              AttachmentLabel: "attachment_label", AttachmentTitle: "attachment_title"}
    for block in speech.blocks:
        if isinstance(block, Attendance):
            add("attendance", f"{block.label}：{block.text}")
    for block in speech.blocks:
        if type(block) in simple:
            add(simple[type(block)], block.text)
        elif isinstance(block, Heading):
            add(f"h{block.level}", block.text)
        elif isinstance(block, Article):
            add("article", block.number)
        if isinstance(block, (Paragraph, Article)):
            lead = getattr(block, "lead", None)
            if lead is not None:
                add(f"lead{lead.level}" if lead.kind == "heading" else "enum", lead.text)
            for span in block.spans:
                add("span", block.text[span.start:span.end])
    return out


@dataclass
class Tally:
    docs: int = 0
    title_ok: int = 0
    heading_expected: int = 0
    heading_found: int = 0
    heading_matched: int = 0
    runin_expected: int = 0
    runin_found: int = 0
    runin_matched: int = 0
    scs_checks: int = 0
    scs_ok: int = 0
    other_checks: int = 0
    other_ok: int = 0
    differences: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 1.0
        return {
            "title": ratio(self.title_ok, self.docs),
            "heading_precision": ratio(self.heading_matched, self.heading_found),
            "heading_recall": ratio(self.heading_matched, self.heading_expected),
            "runin_precision": ratio(self.runin_matched, self.runin_found),
            "runin_recall": ratio(self.runin_matched, self.runin_expected),
            "salutation_closing_signature": ratio(self.scs_ok, self.scs_checks),
            "other_exact": ratio(self.other_ok, self.other_checks),
        }


def _items(values: dict[str, list[str]], keys: tuple[str, ...]) -> Counter:
    return Counter((k, norm(v)) for k in keys for v in values.get(k, []))


def _compare_counts(name: str, what: str, want: Counter, got: Counter, tally: Tally) -> int:
    matched = sum((want & got).values())
    for key, text in sorted((want - got).elements()):
        tally.differences.append(f"{name}: missed {key}: {text}")
    for key, text in sorted((got - want).elements()):
        tally.differences.append(f"{name}: extra {what} {key}: {text}")
    return matched


def _exact(name: str, key: str, want: list[str], got: list[str], tally: Tally) -> bool:
    ok = [norm(v) for v in want] == [norm(v) for v in got]
    if not ok:
        tally.differences.append(f"{name}: {key}: expected {want} got {got}")
    return ok


def score(expectation: Expectation, speech, tally: Tally) -> None:
    got = observed(speech)
    name = expectation.name
    tally.docs += 1
    tally.title_ok += _exact(name, "title", expectation.get("title"), got.get("title", []), tally)
    want_h, got_h = _items(expectation.values, HEADING_KEYS), _items(got, HEADING_KEYS)
    tally.heading_expected += sum(want_h.values())
    tally.heading_found += sum(got_h.values())
    tally.heading_matched += _compare_counts(name, "heading", want_h, got_h, tally)
    want_r, got_r = _items(expectation.values, RUNIN_KEYS), _items(got, RUNIN_KEYS)
    tally.runin_expected += sum(want_r.values())
    tally.runin_found += sum(got_r.values())
    tally.runin_matched += _compare_counts(name, "lead", want_r, got_r, tally)
    for keys in (("salutation",), ("closing",), ("signature", "signature_date")):
        want = [v for k in keys for v in expectation.get(k)]
        have = [v for k in keys for v in got.get(k, [])]
        tally.scs_checks += 1
        tally.scs_ok += _exact(name, "/".join(keys), want, have, tally)
    for key in (*META_KEYS[1:], "note", "attachment", "distribution", "doctitle", "article",
                "attachment_label", "attachment_title", "attendance"):
        tally.other_checks += 1
        tally.other_ok += _exact(name, key, expectation.get(key), got.get(key, []), tally)


def run(which: str | None = None) -> Tally:
    which = which or "all"
    return run_sets((which,))[which]


def run_sets(sets: tuple[str, ...]) -> dict[str, Tally]:
    """A tally for each set (``all``, ``tune``, ``holdout``), each document parsed once."""
    from docgen.api import parse

    tallies = {which: Tally() for which in sets}
    for expectation in load_suite():
        chosen = [which for which in sets if which in ("all", expectation.set)]
        if chosen:
            speech = parse(expectation.input)
            for which in chosen:
                score(expectation, speech, tallies[which])
    return tallies


def report(label: str, tally: Tally) -> str:
    f = tally.figures()
    return (f"{label:<9} {tally.docs:>3} documents   title {f['title']:6.1%}   "
            f"headings P {f['heading_precision']:6.1%} R {f['heading_recall']:6.1%} "
            f"({tally.heading_expected})   run-in leads R {f['runin_recall']:6.1%} "
            f"P {f['runin_precision']:6.1%} ({tally.runin_expected})   "
            f"salutation/closing/signature {f['salutation_closing_signature']:6.1%}   "
            f"other {f['other_exact']:6.1%}")


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("all", "tune", "holdout"), default=None,
                        help="only this set (default: the whole suite and each set apart)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every difference")
    args = parser.parse_args(argv)
    sets = (args.set,) if args.set else ("all", "tune", "holdout")
    for which, tally in run_sets(sets).items():
        print(report(which, tally))
        if args.verbose and (args.set or which == "all"):
            print("\n".join(f"    {d}" for d in tally.differences))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
