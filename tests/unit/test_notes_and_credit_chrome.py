"""Credits, preview notes and page rows that news and 范文 sites print around a text: an
office's credit without a day (``某某办 供稿``), a review chain in brackets whose first role
stands for two, a note of photos with their photographer, a preview's note on the part it left
out and on the share it shows, a site's name with its welcome, an e-paper's page as a field, a
page's date under the label 内容时间 and the label a Flash movie left.  The texts are made up
for the test in those shapes."""

from __future__ import annotations

import pytest

from docgen import parse_text
from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")


@pytest.mark.parametrize(
    "line",
    [
        "某某县政府办 供稿",
        "某某学院宣传部供稿",
        "(撰稿/初审:张某;复审:李某某;终审:王某。)",
        "附某某活动现场照片数张。摄影:王某某",
        "……(开头部分已省略300字)",
        "仅展示800字,全文共4200字",
        "某某书画在线 欢迎您!",
        "版次:5  2031年03月02日",
        "内容时间:2031-03-02",
        "Flash动画",
    ],
)
def test_credits_notes_and_page_rows_are_chrome(line: str) -> None:
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "请各学院宣传部供稿",
        "各单位办公室供稿",
        "（撰稿：按要求提交。）",
        "附现场照片数张。",
        "（以下部分已省略）",
        "美丽某某欢迎您！",
        "版次：第三版修订",
        "Flash动画制作",
    ],
)
def test_text_alike_is_kept(line: str) -> None:
    assert family_of(line, SCOPES) is None, line


def test_a_preview_note_under_the_title_is_no_part_of_it() -> None:
    page = [
        "某某市2031年村干部培训班讲话",
        "……(开头部分已省略180字)",
        "一、提高认识，增强做好工作的责任感",
        "做好新时期农村工作，关键在于建设一支政治过硬、本领高强的村干部队伍，这是全市上下的共同任务。",
        "（一）这是推动发展的现实需要。近年来，全市农村发展取得明显成效，但仍有不少短板弱项需要补齐。",
        "仅展示500字,全文共2600字",
    ]
    doc = parse_text("\n".join(page))
    assert doc.meta.title == "某某市2031年村干部培训班讲话"
    printed = [b.text for b in doc.blocks]
    assert not any("省略" in text or "仅展示" in text for text in printed), printed


def test_a_sites_welcome_over_the_headline_is_not_the_title() -> None:
    page = [
        "某某书画在线 欢迎您!",
        "某某市书画协会成立",
        "3月2日，某某市书画协会成立大会在市文化馆召开，来自全市各地的八十余名会员参加了会议。",
        "会议审议通过了协会章程，选举产生了第一届理事会，并为协会揭牌，与会人员进行了现场书画交流。",
    ]
    assert parse_text("\n".join(page)).meta.title == "某某市书画协会成立"
