"""A government portal's box of attached files left empty under a notice's date (相关文件: alone
on its line, half- or full-width colon) is the page's, not the text's (written for the tests)."""

from __future__ import annotations

import pytest

import docgen

LETTER = """致全镇居民的一封信

尊敬的全镇居民:

你们好,我镇将于下月起改造供水管网,施工期间部分路段通行受限,敬请谅解。

某某镇人民政府

2031年3月2日

{label}

回到顶部
"""


@pytest.mark.parametrize("label", ["相关文件:", "相關附件：", "关联文件"])
def test_an_empty_attachment_label_under_the_date_is_dropped(label: str) -> None:
    speech = docgen.parse(LETTER.format(label=label).encode("utf-8"), input_format="text")
    joined = "\n".join(b.text for b in speech.blocks if hasattr(b, "text"))
    assert label.rstrip(":：") not in joined
    assert "改造供水管网" in joined


def test_a_sentence_about_the_files_stays() -> None:
    text = LETTER.format(label="相关文件要及时归档,请各村于月底前报送。")
    speech = docgen.parse(text.encode("utf-8"), input_format="text")
    joined = "\n".join(b.text for b in speech.blocks if hasattr(b, "text"))
    assert "相关文件要及时归档" in joined
