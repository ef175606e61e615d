"""Rows under a post that blog platforms, comment boards, preview and transcript sites print."""

import pytest

from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")


@pytest.mark.parametrize(
    "line",
    [
        "沒有留言:",
        "2 意見:",
        "張貼留言 (Atom)",
        "訂閱:",
        "电子邮件地址不会被公开。",
        "*本站有權刪除任何含人身攻擊的留言和用戶;留言或將不會即時出現。",
        "本評(píng)論觀點只代表網友個人觀點,不代表某某網立場",
        "ADVERTISEMENT",
        "(未完,全文共900字,当前显示200字)",
        "论文部分内容阅读",
        "j previous post k next post",
        "最後更新日期:111/01/02",
    ],
)
def test_post_rows_are_chrome(line: str) -> None:
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize(
    "line",
    ["没有留言的同志请会后补交。", "本网站有权依法公开政府信息。", "a previous plan", "更新日期为下月初。"],
)
def test_text_alike_is_kept(line: str) -> None:
    assert family_of(line, SCOPES) is None, line


@pytest.mark.parametrize(
    "line",
    [
        "(记者_张某某",
        "轉引自某某日報2010.01.02",
        "某某市某某局 http://www.example.org.cn/ 2019-03-04 08:05:06 【阅读 】",
    ],
)
def test_credits_and_site_bylines_are_chrome(line: str) -> None:
    assert family_of(line, SCOPES) is not None, line


def test_a_last_update_field_under_the_title_leaves_the_title_above_it() -> None:
    """The update field stands between a headline and its text, as a byline's date does: the
    title is looked for above it, not taken from the text's first field."""
    from docgen.api import parse_text

    page = ["瀏覽人數:1234人次", "進階搜尋", "", "公告訊息", "", "某某館春節期間休館事宜", "最後更新日期:112/01/05", "",
            "主旨:本館於春節期間休館事宜", "", "依據:某某機關發布的辦公日曆辦理", "",
            "(1) 春節假日自1月20日至1月29日,計10天,本館休館,敬請見諒。"]
    assert parse_text("\n".join(page)).meta.title == "某某館春節期間休館事宜"
