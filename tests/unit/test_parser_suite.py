"""The structure suite: real documents against expectations written by hand (see
tests/fixtures/structure/README.md), and the bars the parser must meet on them."""

from __future__ import annotations

import sys

import pytest
from helpers.documents import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import structure


def test_the_suite_has_thirty_documents_of_every_kind_with_the_examples_among_them():
    suite = structure.load_suite()
    names = [e.name for e in suite]
    assert len(suite) >= 30
    for kind in ("speech", "report", "notice", "opinion", "measures", "regulation", "seed"):
        assert any(n.startswith(kind) for n in names), kind
    assert sorted(e.input.name[:3] for e in suite if e.name.startswith("seed")) == \
        ["000", "001", "002", "003", "004"]
    assert 6 <= sum(e.set == "holdout" for e in suite) <= 10
    for e in suite:
        assert e.input.is_file(), e.name


@pytest.fixture(scope="module")
def tally():
    return structure.run()


def test_the_suite_meets_the_bars(tally):
    figures = tally.figures()
    failing = {k: round(figures[k], 3) for k, bar in structure.BARS.items() if figures[k] < bar}
    assert not failing, "\n".join(tally.differences)


def test_the_parser_matches_every_expectation_of_the_suite(tally):
    # Beyond the bars: every field of every document as expected (title, headings, leads,
    # header fields, signature, notes, attachments, distribution, issued titles, articles).
    assert tally.differences == []


def test_every_expected_item_is_counted(tally):
    # The figures are not vacuous: the suite expects many headings and leads.
    assert tally.heading_expected >= 60 and tally.runin_expected >= 80
    assert tally.scs_checks == 3 * tally.docs


def test_a_wrong_expectation_is_caught(tmp_path, monkeypatch):
    """The scorer fails a document whose expectation differs from what was parsed."""
    import docgen

    text = "在全县大会上的讲话\n同志们：\n一、抓好落实\n正文。\n谢谢大家！\n"
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    (tmp_path / "x.expected").write_text(
        "title: 在全县大会上的讲话\nsalutation: 同志们：\nh2: 一、抓好落实\n", encoding="utf-8")
    expectation = structure.load_expectation(tmp_path / "x.expected")
    tally = structure.Tally()
    structure.score(expectation, docgen.parse(tmp_path / "x.txt"), tally)
    figures = tally.figures()
    assert figures["title"] == 1.0
    assert figures["heading_recall"] == 0.0 and figures["heading_precision"] == 0.0
    assert figures["salutation_closing_signature"] == pytest.approx(2 / 3)  # closing not expected
    assert any("missed h2" in d for d in tally.differences)


def test_an_unknown_key_in_an_expectation_is_refused(tmp_path):
    (tmp_path / "y.expected").write_text("headline: x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="known key"):
        structure.load_expectation(tmp_path / "y.expected")
