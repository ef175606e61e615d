"""The page's tools printed after a date alone on its line (``2030年01月02日 【字号:``, the
font-size tool cut off after its label): the tools go, the date stays and is read as a date
alone would be.  The texts are written for the tests."""

from __future__ import annotations

import pytest
from helpers.cleaning import kept

from docgen.api import parse

BODY = ("某某村春节前举行送春联活动,为父老乡亲送上新春的问候和祝福。\n\n"
        "活动旨在弘扬中华优秀传统文化,满足群众的精神文化需求。\n")


@pytest.mark.parametrize("row", ["2030年01月02日 【字号:", "2030年01月02日 【字号：大 中 小】", "2030年1月2日 【打印】【关闭】"])
def test_the_date_under_a_headline_stays_without_the_tools(row: str) -> None:
    speech = parse(("某某村举行迎新春活动\n" + row + "\n\n" + BODY).encode("utf-8"), input_format="text")
    assert speech.meta.date == row.split()[0]
    assert not any("字号" in getattr(b, "text", "") or "打印" in getattr(b, "text", "") for b in speech.blocks)


def test_the_documents_closing_date_stays_without_the_tools() -> None:
    texts = kept("某某村举行迎新春活动\n\n" + BODY + "某某村村民委员会\n2030年1月2日 【打印】\n")
    assert texts[-1] == "2030年1月2日"


def test_a_date_with_more_than_tools_after_it_is_left_whole() -> None:
    texts = kept("某某村举行迎新春活动\n\n" + BODY + "2030年1月2日 【打印】 报名截止\n")
    assert texts[-1] == "2030年1月2日 【打印】 报名截止"
