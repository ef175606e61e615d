"""A page's summary field that prints the body's first sentence whole (no dots) under the
headline, over the document's title printed again, is no part of the document: it goes, and
the title printed again goes with it.  A caption that repeats a sentence without its closing
mark, a first paragraph that a longer one below only begins like, and a sentence that opens
the text stay.  Made-up texts."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean

SENTENCE = "安全重于泰山，责任就是命令，落实就是担当。"
BODY = SENTENCE + "全体会员要坚守岗位，认真履行职责，为群众办实事。"


def _printed(text: str) -> list[str]:
    speech = docgen.parse_text(text)
    return [t for t in (speech.meta.title,) if t] + [b.text for b in speech.blocks]


def test_the_summary_over_the_title_printed_again_goes_and_so_does_the_repeat():
    printed = _printed(f"某某协会致全体会员的倡议书\n\n{SENTENCE}\n\n某某协会\n致全体会员的倡议书\n\n{BODY}\n某某协会\n2031年1月27日\n")
    assert printed[0] == "某某协会致全体会员的倡议书"
    assert printed[1] == BODY, printed
    assert sum(SENTENCE in t for t in printed) == 1, printed


def test_a_caption_without_the_closing_mark_and_the_sentence_under_it_stay():
    text = f"{SENTENCE}\n{SENTENCE[:-1]}\n全体会员要坚守岗位，认真履行职责，为群众办实事。\n"
    cleaned = [line.text for line in clean(text.splitlines()).lines if line.text]
    assert SENTENCE in cleaned, cleaned


def test_a_short_opening_sentence_that_a_paragraph_repeats_is_not_taken_for_a_summary_when_prose_stands_between():
    text = f"某某协会倡议书\n{SENTENCE}\n会员们在各自岗位上认真工作，群众十分满意。\n{BODY}\n"
    cleaned = [line.text for line in clean(text.splitlines()).lines if line.text]
    assert SENTENCE in cleaned, cleaned
