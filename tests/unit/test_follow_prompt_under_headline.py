"""A mirrored account article: the follow prompt over its text lost its blue words or arrow
(``点上方``) and stands alone between the headline's date row and the first paragraph — the
account's chrome, which the header block reaches past up to the headline.  The texts are written
for the tests."""

from __future__ import annotations

import docgen

BODY = ["转眼间，又到了一年一度的植树季。某某镇干部群众来到荒山，挥锹铲土、扶苗培土，干劲十足。",
        "3月12日，某某镇组织机关干部和志愿者两百余人开展义务植树活动，共栽种各类苗木五千余株。",
        "据悉，今年以来该镇已累计完成造林绿化一千余亩，为建设美丽乡村打下了坚实基础。"]


def title_and_texts(*lines: str) -> tuple[str | None, list[str]]:
    speech = docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")
    return speech.meta.title, [getattr(block, "text", "") for block in speech.blocks]


def test_a_headline_over_a_lone_follow_prompt_is_the_title() -> None:
    title, texts = title_and_texts("某某大全", "", "某某大全 > 某某大全", "", "春风吹绿山 植树正当时——某某镇开展义务植树活动",
                                   "", "某某大全 2030-03-13 00:10:01", "相关推荐", "", "点上方", "", *BODY)
    assert title == "春风吹绿山 植树正当时——某某镇开展义务植树活动"
    assert not any(text == "点上方" for text in texts)
    assert all(any(line[:10] in text for text in texts) for line in BODY)


def test_a_sentence_that_points_above_stays() -> None:
    _, texts = title_and_texts("春风吹绿山 植树正当时", "", *BODY, "点上方按钮即可提交报名信息。")
    assert any("点上方按钮" in text for text in texts)
