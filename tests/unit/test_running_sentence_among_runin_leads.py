"""A numbered sibling that is one running sentence with no lead of its own, among siblings whose
run-in leads are closed by a full stop (``1.注意用电安全。……`` / ``2.预防感冒。……``), is an
item, not a heading — though nothing follows its sentence on its line.  The texts are written
for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Heading

HEAD = ("各位家长:\n国庆假期即将到来,现将有关事项通知如下:\n一、放假时间\n"
        "10月1日至10月7日放假,10月8日正常入园。\n二、温馨提示\n"
        "1.注意用电安全。假期在家请教育孩子不要触摸插座和电器,外出时关闭电源,防止发生意外。\n"
        "2.预防感冒。秋季早晚温差较大,请根据天气及时为孩子增减衣物,保证充足的睡眠和饮水。\n")
TAIL = "祝大家假期愉快!\n某某幼儿园\n2031年9月28日\n"


def headings(text: str) -> list[str]:
    parsed = docgen.parse(text.encode("utf-8"), input_format="text")
    return [b.text for b in parsed.blocks if isinstance(b, Heading)]


def test_a_running_sentence_among_full_stop_leads_is_no_heading():
    found = headings(HEAD + "3.陪孩子一起读一本好书,聊聊书中的故事,分享阅读的乐趣!\n" + TAIL)
    assert not any(t.startswith("3.") for t in found)


def test_a_short_sentence_with_no_comma_among_them_stays_a_heading():
    found = headings(HEAD + "3.按时返园。\n" + TAIL)
    assert any(t.startswith("3.") for t in found)
