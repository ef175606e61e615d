"""A letter's title that names its kind last (``……的感谢信``, ``……一封信``) set apart from its
addressees by a space only, the text run on after them (a whole letter flattened into one line),
is the title over its salutation; so is a letter's own title run straight into its addressees on
the line under a page's headline.  A phrase that names no kind before a form of address, and a
line under a sentence, are left whole.  Made-up letters."""

from __future__ import annotations

import docgen
from docgen.model import Paragraph, Salutation, Speech

BODY = "今年春节,全市各大医院将照常开放门诊。我们倡议大家就地过年,减少聚集。祝大家新春快乐,阖家幸福!"


def _salutations(speech: Speech) -> list[str]:
    return [b.text for b in speech.blocks if isinstance(b, Salutation)]


def test_a_title_naming_its_kind_a_space_before_its_addressees_is_the_title() -> None:
    s = docgen.parse_text("致环卫工人的感谢信 尊敬的环卫工人朋友们:" + BODY)
    assert s.meta.title == "致环卫工人的感谢信"
    assert _salutations(s) == ["尊敬的环卫工人朋友们："]


def test_a_phrase_naming_no_kind_a_space_before_a_form_of_address_is_no_title() -> None:
    s = docgen.parse_text("春天来了 亲爱的同学们:" + BODY)
    assert s.meta.title is None


def test_a_letters_own_title_run_into_its_addressees_under_the_headline_is_set_apart() -> None:
    s = docgen.parse_text("致全市市民及外来务工人员的一封信\n\n致外来务工人员的一封信各位务工朋友:你们好!" + BODY)
    assert s.meta.title == "致全市市民及外来务工人员的一封信"
    assert _salutations(s) == ["各位务工朋友："]
    assert next(b.text for b in s.blocks if isinstance(b, Paragraph)) == "致外来务工人员的一封信"


def test_words_naming_no_kind_run_into_addressees_under_the_headline_stay_whole() -> None:
    s = docgen.parse_text("致全市市民及外来务工人员的一封信\n\n春节将至各位在外亲友:你们好!" + BODY)
    assert _salutations(s) == []


def test_a_letters_title_run_into_addressees_under_a_sentence_stays_whole() -> None:
    s = docgen.parse_text("春节将至,倡议如下。\n致外来务工人员的一封信各位务工朋友:你们好!" + BODY)
    assert _salutations(s) == []
