"""Page chrome of a few more shapes (texts written for the tests): a print tool named 打印此文, a
font-size row whose label says what it sets (字体显示:【大】【中】【小】) or whose buttons are bare
words (放大 缩小 默认), a comment box's length limit alone (限300 字节), a "recently visited"
panel's label, a related-articles head run on after the piece's own name without 的, and a copied
text's source credit with the disclaimer after it on one line, in traditional characters with a
converter's pinyin glosses — each dropped, while text of the same words stays."""

from __future__ import annotations

import pytest

import docgen
from docgen.model import Speech
from docgen.shapes.chrome import family_of

BODY = "某某街道近日开展环境整治行动,清理杂物二十余处,居民纷纷点赞。"
MORE = "下一步,街道将继续加强巡查,确保整治成果不反弹。"


def _texts(text: str) -> str:
    speech: Speech = docgen.parse(text.encode("utf-8"), input_format="text")
    return "\n".join(block.text for block in speech.blocks if hasattr(block, "text"))


def _page(chrome: str, *, top: bool = False) -> str:
    if top:
        return f"某某街道开展环境整治行动\n\n{chrome}\n\n{BODY}\n{MORE}\n"
    return f"某某街道开展环境整治行动\n\n{BODY}\n{MORE}\n{chrome}\n"


@pytest.mark.parametrize(("chrome", "top"), [
    ("打印此文", False),
    ("字号显示：【大】 【中】 【小】", True),
    ("字体大小:[大] [中] [小]", True),
    ("放大 缩小 默认", True),
    ("限300 字节", False),
    ("还可以输入150字", False),
    ("最近访问", False),
    ("最近瀏覽", False),
    ("街道环境整治工作总结范文相关文章:", False),
    ("來源:網(wǎng)絡(luò)收集 免責(zé)聲明:本文僅供參考,如有侵權(quán)請(qǐng)聯(lián)系刪除。", False),
])
def test_the_line_is_chrome(chrome: str, top: bool) -> None:
    joined = _texts(_page(chrome, top=top))
    assert chrome not in joined
    assert "清理杂物二十余处" in joined and "确保整治成果不反弹" in joined


@pytest.mark.parametrize("text", [
    "打印此文件前请核对页码。",
    "放大 缩小 都要按比例进行。",
    "限300字以内的稿件优先刊用。",
    "最近访问了三个社区。",
    "各单位要收集整理相关文章:",
    "来源：某某局 免责声明的起草由法务部门负责。",
])
def test_text_of_the_same_words_stays(text: str) -> None:
    page = f"某某街道开展环境整治行动\n\n{BODY}\n{text}\n{MORE}\n"
    assert text.replace(" ", "").rstrip("。:") in _texts(page).replace(" ", "")


@pytest.mark.parametrize(("line", "family"), [
    ("打印此文", "page-tools"),
    ("字号显示：【大】 【中】 【小】", "page-tools"),
    ("字体大小:[大] [中] [小]", "page-tools"),
    ("默认 放大 缩小", "page-tools"),
    ("限300 字节", "form-length-hint"),
    ("最近瀏覽", "related"),
    ("街道环境整治工作总结范文相关文章:", "related-articles-of"),
    ("來源:網(wǎng)絡(luò)收集 免責(zé)聲明:本文僅供參考,如有侵權(quán)請(qǐng)聯(lián)系刪除。", "site-operator"),
])
def test_the_line_is_of_its_family_wherever_it_stands(line: str, family: str) -> None:
    found = family_of(line)
    assert found is not None and found.name == family


@pytest.mark.parametrize("text", ["放大缩小", "字体显示：大号仿宋", "请将有关情况和相关文章:一并报送。"])
def test_a_near_miss_is_of_no_family(text: str) -> None:
    assert family_of(text) is None
