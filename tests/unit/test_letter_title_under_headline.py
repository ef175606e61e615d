"""A site's headline of a letter (``【慰问信】致某某医院全体医师慰问信``) over the letter's own title
of the same kind, set right over its salutation (``第三个“中国医师节”慰问信`` / ``全体医师同仁们：``):
the letter's own title is the document's title, and it is printed once, as the title.  A line
of another kind, or one that no salutation follows, does not take the headline's place.  Made-up
texts."""

from __future__ import annotations

import docgen

BODY = ["今天是第三个中国医师节，医院党政领导班子向全院医师致以节日的问候和衷心的感谢！", "祝大家节日快乐！",
        "", "某某市某某医院", "2031年8月19日"]


def _parsed(lines: list[str]):
    return docgen.parse_text("\n".join(lines))


def test_the_letters_own_title_over_its_salutation_is_the_title():
    speech = _parsed(["【慰问信】致某某医院全体医师慰问信", "", "第三个“中国医师节”慰问信", "", "全体医师同仁们：", *BODY])
    assert speech.meta.title == "第三个“中国医师节”慰问信"
    assert all("慰问信" not in getattr(block, "text", "") for block in speech.blocks)


def test_a_line_of_another_kind_under_the_headline_does_not_take_its_place():
    speech = _parsed(["致某某医院全体医师慰问信", "", "第三个“中国医师节”活动安排", "", "全体医师同仁们：", *BODY])
    assert speech.meta.title == "致某某医院全体医师慰问信"


def test_a_letter_title_that_no_salutation_follows_does_not_take_its_place():
    speech = _parsed(["致某某医院全体医师慰问信", "", "第三个“中国医师节”慰问信", "", *BODY])
    assert speech.meta.title == "致某某医院全体医师慰问信"
