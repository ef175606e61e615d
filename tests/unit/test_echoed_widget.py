"""A weather widget's short value left as the text's first line after the widget's dropped run
that held it again and again (普通 after districts' air-quality readings) is the page's; a short
title over the text that no dropped line repeats stays (written for the tests)."""

from __future__ import annotations

import docgen
from docgen.model import Speech

READINGS = "".join(f"  • {name}\n    AQI\n    AQI\n    {value}\n    空氣品質指標\n    普通\n"
                   for name, value in (("甲區", 60), ("乙區", 54), ("丙區", 59)))
BODY = "\n主旨:公告周知某某道路拓寬工程公聽會會議紀錄,請各界人士踴躍參閱,並提出意見。\n\n依據:某某作業要點辦理。\n"


def _parse(text: str) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def _joined(text: str) -> str:
    return "\n".join(b.text for b in _parse(text).blocks if hasattr(b, "text"))


def test_a_widgets_value_left_over_the_text_is_dropped() -> None:
    joined = _joined("跳到主要內容區塊\n晴天\n今日氣溫\n24 ~ 27\n" + READINGS + "  • AQI\n    丁區\n    50\n    普通\n" + BODY)
    assert "普通" not in joined
    assert joined.startswith("主旨")


def test_a_short_title_no_dropped_line_repeats_stays() -> None:
    speech = _parse("公告\n" + BODY)
    joined = "\n".join(b.text for b in speech.blocks if hasattr(b, "text"))
    assert "公告" in (speech.meta.title or "") + joined.split("主旨")[0]
