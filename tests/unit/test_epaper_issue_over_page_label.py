"""An e-paper's article copied as text (written for the tests): the paper's column and the
issue's date stand over the page's label (``第B03版:要闻``), the article's headline under it —
neither the column nor the date is the title.  A short title with its date under it and no
page label between the date and the text stays the title."""

from __future__ import annotations

import docgen
from docgen.model import Speech

EPAPER = """一周要闻
2031年04月09日
新闻正文
第B03版:综合新闻
某某区启动春季植树活动
作者:
阅读次数:

本报讯 4月8日,某某区春季植树活动在河滨公园启动,机关干部和志愿者三百余人参加。
活动现场,大家分工协作,挖坑、栽苗、培土、浇水,共栽下各类苗木两千余株。
"""

DATED = """植树倡议书
2031年04月09日

全区广大居民:
春回大地,正是植树好时节。让我们积极行动起来,为家园增添一抹新绿。
"""


def _parse(text: str) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def _texts(speech: Speech) -> str:
    return "\n".join(block.text for block in speech.blocks if hasattr(block, "text"))


def test_the_headline_under_the_page_label_is_the_title() -> None:
    speech = _parse(EPAPER)
    assert speech.meta.title == "某某区启动春季植树活动"
    assert "一周要闻" not in _texts(speech)
    assert "共栽下各类苗木两千余株" in _texts(speech)


def test_a_title_over_its_date_without_a_page_label_stays_the_title() -> None:
    speech = _parse(DATED)
    assert speech.meta.title == "植树倡议书"
    assert speech.meta.date == "2031年04月09日"
