"""A short line naming a day under a notice's title (``5月8日起``: from when it applies) is the
notice's own line, never a byline taken out of the text as its author.  The texts are written
for the tests."""

from __future__ import annotations

import pytest

import docgen

BODY = ["广大市民朋友:", "为做好防疫工作,全县公共场所将开展查验,请大家配合。", "某某县防疫办公室", "2030年5月7日"]


def _parse(*head: str):
    text = "\n".join(["某某县公共场所查验须知", "2030-05-07", "更新时间:2030-05-07 10:00 作者:未知", *head, *BODY])
    return docgen.parse(text.encode("utf-8"), input_format="text")


@pytest.mark.parametrize("day", ["5月8日起", "2030年5月8日起实行"])
def test_a_day_under_the_title_stays_in_the_text(day: str) -> None:
    speech = _parse(day)
    assert speech.meta.author == "未知"
    assert any(block.text == day for block in speech.blocks)


def test_a_site_name_under_the_title_is_still_its_byline() -> None:
    speech = _parse("某某之家")
    assert not any(block.text == "某某之家" for block in speech.blocks)
