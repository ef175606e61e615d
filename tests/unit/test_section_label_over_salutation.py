"""A letter shown on a page section (written for the tests): the section's label (``活动信息``)
stands between the letter's title and its salutation — the page's, not the speaker.  A
person's name in the same place stays the speaker."""

from __future__ import annotations

import docgen
from docgen.model import Speech

LETTER = """某某协会“旧衣新用”公益活动倡议书


{line}

各位居民朋友:

为倡导绿色生活,某某协会发起“旧衣新用”公益活动,将收集的旧衣物整理后捐赠给有需要的家庭。
让我们行动起来,把闲置的衣物送到社区回收点,让爱心传递下去。

某某协会
"""


def _parse(line: str) -> Speech:
    return docgen.parse(LETTER.format(line=line).encode("utf-8"), input_format="text")


def _texts(speech: Speech) -> str:
    return "\n".join(block.text for block in speech.blocks if hasattr(block, "text"))


def test_the_sections_label_is_neither_speaker_nor_text() -> None:
    speech = _parse("活动信息")
    assert speech.meta.title == "某某协会“旧衣新用”公益活动倡议书"
    assert speech.meta.speaker is None
    assert "活动信息" not in _texts(speech)
    assert "让爱心传递下去" in _texts(speech)


def test_a_name_over_the_salutation_stays_the_speaker() -> None:
    assert _parse("王晓明").meta.speaker == "王晓明"
