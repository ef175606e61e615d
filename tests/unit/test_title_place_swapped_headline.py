"""Titles of notices under a content site's headline that names another place than the notice's
own title under it (``某市开发区……须知`` over ``某某县……须知``): the document's own title is the
title.  The texts are written for the tests."""

from __future__ import annotations

import docgen

BODY = ("各位居民:\n\n为做好汛期安全防范工作,请大家关注天气预报,远离河道和低洼地带。\n\n"
        "遇到险情请及时拨打应急电话。\n\n某某县防汛抗旱指挥部办公室\n\n2031年6月2日\n")


def parse(text: str) -> docgen.Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def test_a_headline_naming_another_place_gives_way_to_the_documents_own_title():
    own = "某某县居民汛期安全防范须知"
    parsed = parse(f"某市经济开发区居民汛期安全防范须知（6.2）\n\n{own}\n\n{BODY}")
    assert parsed.meta.title == own
    texts = [getattr(b, "text", "") for b in parsed.blocks]
    assert not any(t == own for t in texts)


def test_a_line_under_the_headline_that_names_no_place_is_no_title():
    line = "近期居民汛期安全防范须知"
    parsed = parse(f"某市经济开发区居民汛期安全防范须知\n\n{line}\n\n{BODY}")
    assert parsed.meta.title == "某市经济开发区居民汛期安全防范须知"
