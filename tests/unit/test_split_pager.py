"""A forum archive's pager set over two lines under a post (``页:`` over ``[1]``) is chrome;
a bracketed number alone, without the label over it, stays.  Made-up pages."""

from __future__ import annotations

import docgen

NOTICE = ("某某县2020年禁渔公告\n为保护渔业资源,现就禁渔有关事项公告如下。\n"
          "一、禁渔期间严禁在禁渔区内从事捕捞作业。\n某某县农业农村局\n2020年3月1日\n")


def _printed(text: str) -> list[str]:
    return [b.text for b in docgen.parse_text(text).blocks]


def test_a_pager_label_over_its_numbers_goes():
    printed = _printed(NOTICE + "页:\n[1]\n")
    assert not any(t.strip() in ("页:", "页：", "[1]") for t in printed), printed
    assert any("某某县农业农村局" in t for t in printed), printed


def test_a_bracketed_number_alone_stays():
    printed = _printed(NOTICE.replace("一、", "[1]\n一、"))
    assert any(t.strip() == "[1]" for t in printed), printed
