"""An organisation's name alone over a headline — a society, a company, a government body by the
word its name ends with — is the site's banner, not the title: a headline names what was done.
Alone over the text it stays the title, and a headline that ends with an event (``……动员会``)
is no organisation's name.  The cases are made up in the shape real pages have."""

from __future__ import annotations

import pytest
from helpers.cleaning import title_of

BODY = "经研究决定，现将有关安排通知如下，请各会员单位按时参加并做好准备工作。"


@pytest.mark.parametrize("banner", ["某某市青少年书法协会", "某某科技股份有限公司", "某某县某某镇人民政府"])
def test_an_organisations_name_over_a_headline_is_the_sites_banner(banner: str) -> None:
    headline = "2031年放假安排出炉！春节连休8天！"
    assert title_of(banner, "", headline, "", BODY) == headline


def test_the_name_and_its_column_over_the_headline_are_both_the_sites() -> None:
    lines = ["某某市青少年书法协会", "", "新闻资讯某某市青少年书法协会", "", "会员作品展在市文化馆开幕", "", BODY]
    assert title_of(*lines) == "会员作品展在市文化馆开幕"


def test_an_organisations_name_alone_over_the_text_stays_the_title() -> None:
    assert title_of("某某市青少年书法协会", "", BODY) == "某某市青少年书法协会"


def test_a_headline_ending_with_an_event_is_no_organisations_name() -> None:
    assert title_of("某某县召开秋收工作动员会", "", "做好秋收工作 确保颗粒归仓", "", BODY) == "某某县召开秋收工作动员会"
