"""Pages copied as text (written for the tests): a search box's and a clock's labels over the
headline, a category row, a page's date field in figures, an e-paper's issue row with its view
count, a login prompt, a credit of the report's words, a credit of the contributing body and the
day in brackets, a paper's registration number and a generator's note on what it compiled — each
dropped, while lines of the same look that are the text's own stay."""

from __future__ import annotations

import re

import pytest

import docgen
from docgen.model import Speech

NEWS = """{top}
某某区召开春季植树活动动员会

{under}

3月2日,某某区召开春季植树活动动员会,部署今年的国土绿化工作。
会议要求,各街道要落实责任,确保完成全年植树任务。
{bottom}
"""


def _parse(text: str, skip: tuple[str, ...] = ()) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text", skip_rules=skip)


def _joined(speech: Speech) -> str:
    return "\n".join(block.text for block in speech.blocks if hasattr(block, "text"))


CHROME = [
    ("top", "当前时间\n站内搜索:"),
    ("top", "某某报 国内统一刊号 CN-35(Q)第0012号"),
    ("under", "日期:2031-03-02"),
    ("under", "所属分类:地方资讯"),
    ("under", "期次:第12期    作者:某某   查看:60"),
    ("bottom", "文字报道:张某某"),
    ("bottom", "(某某区融媒体中心/2031年3月2日)"),
    ("bottom", "(阅读全部图文内容,您需要先登录!)"),
    ("bottom", "以上就是今天的讲话稿汇编。希望对大家有所帮助,让我们继续努力!"),
]


@pytest.mark.parametrize(("where", "line"), CHROME)
def test_a_pages_fields_widgets_and_notes_are_dropped(where: str, line: str) -> None:
    slots = {"top": "", "under": "", "bottom": ""} | {where: line}
    # dropped by its own shape, wherever it stands, not by the score of lines at a text's edges
    speech = _parse(NEWS.format(**slots), skip=("edge-chrome",))
    assert speech.meta.title == "某某区召开春季植树活动动员会"
    joined = _joined(speech)
    words = re.sub(r"[^\u4e00-\u9fff]", "", joined)
    for part in line.splitlines():
        assert re.sub(r"[^\u4e00-\u9fff]", "", part)[:4] not in words, part
    assert "确保完成全年植树任务" in joined


@pytest.mark.parametrize("line", [
    "时间：2031-03-12",
    "日期：2031年3月12日",
    "（2031年3月2日）",
    "期次：第3期",
    "文字报道：要真实准确。",
    "以上汇编的材料请各街道认真学习。",
    "当前时间紧、任务重。",
])
def test_lines_of_the_same_look_in_the_text_stay(line: str) -> None:
    text = ("某某区关于开展春季植树活动的通知\n\n各街道:\n\n"
            f"现将有关事项通知如下。\n\n{line}\n\n请各街道认真组织,按时完成植树任务。\n")
    joined = _joined(_parse(text))
    assert line.rstrip("。")[:6] in joined.replace(":", "：")
    assert "按时完成植树任务" in joined
