"""Titles of notices under a news site's headline that is the notice's whole title with the
day of the news before it (``5月9日某某县交通局关于……的通告``), over the notice's own title
line.  The texts are written for the tests."""

from __future__ import annotations

import docgen

OWN = "某某县交通运输局关于对河滨路实施封闭施工的通告"
BODY = ("为加快推进道路改造工程,保障施工安全,现决定对河滨路实施封闭施工。\n\n一、封闭时间\n\n"
        "自2031年5月10日起至工程完工止。\n\n二、绕行路线\n\n过往车辆请经城南大道绕行。\n\n"
        "特此通告。\n\n某某县交通运输局\n\n2031年5月9日\n")


def parse(text: str) -> docgen.Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def test_a_dated_headline_gives_way_to_the_notices_own_title_under_it():
    for day in ("5月9日", "2031年5月9日"):
        parsed = parse(f"{day}{OWN}\n\n{OWN}\n\n{BODY}")
        assert parsed.meta.title == OWN, day


def test_a_headline_with_other_words_before_the_title_is_no_dated_restatement_and_stays():
    lead = "城南片区居民请注意"
    parsed = parse(f"{lead}{OWN}\n\n{OWN}\n\n{BODY}")
    assert parsed.meta.title == lead + OWN
