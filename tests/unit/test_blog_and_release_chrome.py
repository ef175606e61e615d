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


@pytest.mark.parametrize("line", ["點擊:[]", "浏览次数：（）", "影片", "某某某 2021/03/04 123"])
def test_empty_counters_video_labels_and_name_date_count_bylines_are_chrome(line: str) -> None:
    assert family_of(line, SCOPES) is not None, line


def test_a_release_s_kind_field_is_dropped_with_the_page_s_fields() -> None:
    """The kind a release or an article is filed under is one of the page's fields, alone on its
    line or run on with the source and the date."""
    from docgen.cleaner import clean

    page = ["某某局发布新一季经济数据", "文章类型:通知公告   来源:某某局  发布日期:2021-03-04", "發佈類別: 經濟類",
            "某某局今天发布了第一季度的经济数据,全市生产总值同比增长百分之五。",
            "下一步,某某局将继续做好数据发布工作。"]
    kept = [line.text for line in clean(page).lines if line.text]
    assert not any("类型" in t or "類別" in t for t in kept), kept
    assert any(t.startswith("某某局今天发布") for t in kept), kept


def test_an_empty_counter_under_the_title_leaves_the_title_above_it() -> None:
    from docgen.api import parse_text

    page = ["某某支部召开党员学习会议", "2021年03月04日", "點擊:[]",
            "为庆祝建党纪念日,某某支部于3月4日上午召开党员学习会议。",
            "支部书记组织大家学习了有关文件精神。", "(文、圖/某某某 審/某某某)"]
    assert parse_text("\n".join(page)).meta.title == "某某支部召开党员学习会议"


@pytest.mark.parametrize("line", ["您访问的链接即将离开“某某区人民政府”门户网站,是否", "上一版", "下一版"])
def test_a_leave_site_prompt_and_e_paper_page_buttons_are_chrome(line: str) -> None:
    assert family_of(line, SCOPES) is not None, line


PLACEHOLDER_PAGE = ["首页", "新闻", "体育", "财经", "", "某某镇举办新春游园会：百余群众共迎兔年", "", "2031-01-21 10:28:17",
                    "", "（资料图）", "",
                    "据某某镇政府发布的消息，某某镇今日在文化广场举办新春游园会，百余名群众参加了活动，现场十分热闹。",
                    "", "游园会设置了猜灯谜、写春联、包饺子等项目，吸引了不少外地游客前来体验，大家纷纷表示收获满满。",
                    "", "活动负责人表示，今后还将举办更多贴近群众的文化活动，丰富大家的节日生活，让传统节日更有味道。",
                    "", "关闭窗口", "版权所有 某某网 备案号：某ICP备00000000号"]


def test_a_bracketed_picture_placeholder_under_the_headline_leaves_the_headline_above_it() -> None:
    """A picture's placeholder caption in brackets (``（资料图）``) stands where the picture was,
    between a headline and its text: the title is looked for above it."""
    from docgen.api import parse_text
    from docgen.cleaner import clean

    assert parse_text("\n".join(PLACEHOLDER_PAGE)).meta.title == "某某镇举办新春游园会：百余群众共迎兔年"
    assert "（资料图）" not in [line.text for line in clean(PLACEHOLDER_PAGE).lines]


def test_a_bracketed_picture_placeholder_over_the_body_of_a_menu_still_ends_nothing_else() -> None:
    """Near miss: a placeholder under a column's menu, with no headline between, makes no title
    of the menu's items."""
    from docgen.api import parse_text

    page = PLACEHOLDER_PAGE[:5] + PLACEHOLDER_PAGE[9:]
    assert parse_text("\n".join(page)).meta.title not in {"首页", "新闻", "体育", "财经"}
