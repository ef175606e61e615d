"""Titles and the last chrome of pages copied as a search index keeps their browser text: a
范文 site's intro under the title, ...  The pages are written for the test."""

from __future__ import annotations

import docgen

FANWEN_PAGE = """- ·上一篇文章:学校停课通知书
- ·下一篇文章:学校开学返校通知
学校停水通知怎么写
学校停水通知怎么写呢,小编为大家整理了关于学校停水的几个通知范本。以下这篇是学校停水通知怎么写文章,供大家参考。
学校停水通知怎么写:
一、全校停水通知
一般是因为管网检修等原因,才会有此类停水。需要写明停水的原因、停水的范围和停水的时间。
由于全校停水,影响面较广,应提前数天通知,以便师生作好储水准备,通知的格式应当规范。
二、临时停水通知
各类小型检修、突发故障排除,可发公告或通知,格式与上面相同,但要求不严格。
更多学校的通知范文请点击:学校通知大全
"""


def _read(text: str) -> tuple[str | None, list[str]]:
    speech = docgen.parse_text(text)
    return speech.meta.title, [b.text for b in speech.blocks]


def test_a_fanwen_sites_intro_under_the_title_leaves_the_title():
    title, printed = _read(FANWEN_PAGE)
    assert title == "学校停水通知怎么写"
    assert not any("小编" in text for text in printed), printed
    assert "二、临时停水通知" in printed or any("临时停水通知" in t for t in printed), printed
