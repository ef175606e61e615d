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


@pytest.mark.parametrize(
    "line",
    ["当前报纸名称:某某法制报", "某某仪器网中级6", "某某化工网金牌会员3", "请选择您要拨打的电话:"],
)
def test_an_epaper_readers_paper_field_and_a_trade_portals_rows_are_chrome(line: str) -> None:
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize("line", ["当前报纸发行量稳步增长。", "某某网中级工程师", "请选择您要拨打的电话并说明来意。"])
def test_lines_of_text_like_them_are_kept(line: str) -> None:
    assert family_of(line, SCOPES) is None, line


def test_a_member_companys_page_gives_its_notice_title_alone() -> None:
    page = [
        "某某科技有限公司",
        "",
        "某某仪器网中级5",
        "",
        "收藏",
        "",
        "某某科技2031年国庆节放假通知",
        "",
        "时间:2031-09-20      阅读:120",
        "",
        "公司各部门及全体员工:",
        "根据国务院办公厅关于部分节假日安排的通知精神，现将国庆节放假时间通知如下：",
        "10月1日至10月7日放假调休，共7天。请各部门提前做好工作安排，确保节日期间安全。",
        "上一篇:某某科技2031年中秋节放假通知 下一篇:某某科技2031年端午节放假通知",
        "提示",
        "请选择您要拨打的电话:",
    ]
    assert parse_text("\n".join(page)).meta.title == "某某科技2031年国庆节放假通知"
