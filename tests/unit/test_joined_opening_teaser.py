"""A page's summary line over a text that repeats its first paragraphs run together (no dots,
broken off inside the second) is no part of it; a first line that only begins like the text
stays.  Made-up pages, with half-width punctuation as a search index keeps them."""

from __future__ import annotations

import docgen

FIRST = "新春佳节即将到来,我代表县委县政府向全县老年朋友致以节日的问候,祝大家身体健康,节日愉快!"
SECOND = "尊老敬老是中华民族的传统美德,我们要让老年人老有所养,老有所医,老有所乐,共享发展成果。"


def _printed(text: str) -> list[str]:
    speech = docgen.parse_text(text)
    return [t for t in (speech.meta.title,) if t] + [b.text for b in speech.blocks]


def test_a_first_line_repeating_two_paragraphs_run_together_goes():
    teaser = FIRST + " " + SECOND[:30] + "。"
    printed = _printed(f"{teaser}\n{FIRST}\n{SECOND}\n")
    assert sum("我代表县委县政府" in t for t in printed) == 1, printed
    assert any("共享发展成果" in t for t in printed), printed


def test_a_first_line_repeating_only_the_next_one_stays_for_other_rules():
    printed = _printed(f"{FIRST}\n{SECOND}\n")
    assert any("我代表县委县政府" in t for t in printed), printed
    assert any("共享发展成果" in t for t in printed), printed


def test_a_wish_over_many_clauses_that_exclaims_is_no_title():
    speech = docgen.parse_text(f"{FIRST}\n{SECOND}\n")
    assert speech.meta.title is None, speech.meta.title


def test_a_headline_that_exclaims_stays_the_title():
    speech = docgen.parse_text("热烈庆祝某某学校建校六十周年!\n" + SECOND + "\n")
    assert speech.meta.title == "热烈庆祝某某学校建校六十周年！", speech.meta.title
