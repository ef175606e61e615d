"""Chrome of blog platforms, press releases and news pages in either script and punctuation width:
a post's permalink footer, a comment form and its closing note, a screenshot's file name, a
release's empty contact fields, a picture's placeholder, credits of words and pictures, a news
search box's placeholder."""

import pytest

from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")


@pytest.mark.parametrize(
    "line",
    [
        "本篇發表於 某某分類 並標籤為 , , 。將永久鍊結加入書籤。",
        "本文发表于 杂谈，将永久链接加入书签。",
        "回應已關閉。",
        "评论已关闭",
        "發佈留言",
        "发表留言必须填写的电子邮件地址不会公开。 必填栏位标示为 *",
        "截圖 2019-05-06 080910.png",
        "聯絡人:無",
        "联系电话：无",
        "文章插圖",
        "文字:王某某 图片:赵某",
        "（文、图/钱某某 审/孙某）",
        "搜尋新聞關鍵字",
    ],
)
def test_blog_and_release_chrome_is_recognised(line: str) -> None:
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "本文发表于某某学报2019年第2期。",
        "评论已关闭的帖子仍可查看。",
        "发表留言的人数逐年增加。",
        "照片保存为 2019 年 5 月的 png 格式。",
        "联系人：王某某",
        "联系电话：12345678",
        "文章插图要清晰。",
        "文字：要简洁明了。",
        "搜索关键词的热度上升了。",
    ],
)
def test_text_alike_is_kept(line: str) -> None:
    assert family_of(line, SCOPES) is None, line


def test_a_bare_picture_placeholder_under_the_title_leaves_the_title_above_it() -> None:
    """The placeholder stands between a headline and its text: the title is looked for above it,
    and the placeholder does not reach the document."""
    from docgen.api import parse_text
    from docgen.cleaner import clean

    page = ["某某医院2021年国庆期间门诊安排", "", "文章插图", "某某医院2021年国庆期间门诊安排:",
            "根据国务院办公厅的通知,结合我院实际情况,国庆假期门诊安排如下:",
            "一、急诊科:24小时开诊。", "二、普通门诊:照常开诊。"]
    assert parse_text("\n".join(page)).meta.title == "某某医院2021年国庆期间门诊安排"
    assert "文章插图" not in [line.text for line in clean(page).lines]
