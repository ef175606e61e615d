"""A news item's kicker (引题) naming the occasion it marks — ``纪念某某成立五十周年`` — set over a
headline that says who held what (``某某协会举行纪念大会``), no mark between them: the headline is
the title, the kicker no line of it.  A title broken before its event (``纪念……周年`` over
``座谈会在京举行``) stays whole.  The texts are written for the tests."""

from __future__ import annotations

import docgen

BODY = ("本报讯 某某协会今天举行大会,回顾协会五十年来走过的道路。\n"
        "会长某某在讲话中说,协会将继续为会员服务,为社会作出新的贡献。\n"
        "出席大会的还有有关部门负责人和会员代表一百余人。\n")


def title_of(text: str) -> str | None:
    return docgen.parse(text.encode("utf-8"), input_format="text").meta.title


def test_an_occasion_kicker_over_a_headline_that_says_who_held_what_is_passed_over():
    assert title_of("纪念某某协会成立五十周年\n某某协会举行纪念大会\n" + BODY) == "某某协会举行纪念大会"


def test_a_celebration_kicker_over_a_headline_with_a_genre_word():
    assert title_of("庆祝某某市建市七十周年\n某某市召开工作报告会\n" + BODY) == "某某市召开工作报告会"


def test_a_title_broken_before_its_event_stays_whole():
    # the event comes first on the second line and its verb last: the line goes on from the one above
    title = title_of("纪念某某协会成立五十周年\n座谈会在京举行\n" + BODY)
    assert title != "座谈会在京举行"
    assert title is not None and title.startswith("纪念某某协会成立五十周年")


def test_a_line_that_is_no_occasion_is_no_kicker():
    assert title_of("某某协会成立五十周年\n某某协会举行纪念大会\n" + BODY) != "某某协会举行纪念大会"
