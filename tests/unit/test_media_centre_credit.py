"""A county media centre's credit at the foot of its item: the centre's short name (``某某融媒``,
``某某县融媒体中心``) and its writers' names, apart by spaces, on a line of their own — in either
script.  It goes as a site's credit does; a sentence naming the centre stays.  Made-up texts."""

from __future__ import annotations

import docgen
from docgen.shapes.chrome import family_of

ITEM = ("3月2日，市委宣传部调研组一行到某某县调研融媒体中心建设工作。\n"
        "调研组一行实地察看了中央厨房、演播室，听取了工作汇报。\n"
        "调研组要求，要进一步提高认识，加快推进媒体深度融合。\n")


def _printed(text: str) -> list[str]:
    return [b.text for b in docgen.parse_text(text).blocks]


def test_the_centres_credit_line_under_the_item_goes():
    for credit in ["某某融媒 张某某 李某 王某某", "某某縣融媒體中心 趙某 錢某某"]:
        printed = _printed(ITEM + credit + "\n")
        assert not any("张某某" in t or "趙某" in t for t in printed), printed
        assert any(t.startswith("调研组要求") for t in printed), printed


def test_a_sentence_naming_the_centre_stays():
    for line in ["某某县融媒体中心 张某 表示，将全力做好宣传报道。", "某某融媒体中心正式挂牌成立。"]:
        assert family_of(line, ("line", "page")) is None, line
