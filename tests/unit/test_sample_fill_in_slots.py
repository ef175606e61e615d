"""A 范文 sample's slots for its signer and date, each alone in brackets under its closing
(``[你的名字]``, ``[具体日期]``) or in a template's doubled brackets (``[[单位名称]]``, ``{{日期}}``,
two lines, never one bracket going on into the next): the sample's own text, printed for the user to fill in like
``XXX`` — never weighed as a page's furniture at the text's edge, while a page's buttons in
brackets there (``[打印]``, ``[关闭]``) still go.  Made-up samples."""

from __future__ import annotations

import pytest

from docgen.cleaner import clean

SAMPLE = ["敬爱的老师们、同学们:",
          "秋天是收获的季节,也是读书的好时光。为了让书香充满校园,我向全校同学发出读书倡议。",
          "每天读书半小时,每月读完一本好书,把读过的好句子抄在摘录本上,和同学们一起分享。",
          "让我们捧起书本,在阅读中成长,在书香中进步!",
          "此致", "敬礼!"]


def _texts(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines]


@pytest.mark.parametrize("slots", [("[你的名字]", "[具体日期]"), ("【您的姓名】", "【日期】"),
                                   ("[学校名称]", "（具体日期）")])
def test_a_samples_slots_for_signer_and_date_stay(slots: tuple[str, str]) -> None:
    out = _texts([*SAMPLE, *slots])
    assert all(slot in out for slot in slots)


def test_a_pages_buttons_in_brackets_below_the_text_still_go() -> None:
    out = _texts([*SAMPLE, "[打印]", "[关闭]"])
    assert "[打印]" not in out and "[关闭]" not in out
    assert "敬礼！" in out


@pytest.mark.parametrize("slots", [("[[倡议单位名称]]", "[[日期]]"), ("{{学校名称}}", "{{日期}}")])
def test_a_templates_slots_in_doubled_brackets_stay_each_on_its_line(slots: tuple[str, str]) -> None:
    out = _texts([*SAMPLE, *slots])
    assert out[-2:] == list(slots)


def test_buttons_in_doubled_brackets_below_the_text_still_go() -> None:
    out = _texts([*SAMPLE, "[[打印]]", "[[关闭]]"])
    assert "[[打印]]" not in out and "[[关闭]]" not in out
    assert "敬礼！" in out
