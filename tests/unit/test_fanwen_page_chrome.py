"""The chrome of 范文 sites, forums and speech pages as their browser text keeps it — in the
half-width punctuation of the source: a tool row of bracketed buttons round the byline under
the title, a note on the text's length, previous/next links set as list items, the comment
area's heading and disclaimer, a prompt to read on a phone, a preview's end and its offer, a
prompt to contact the site's staff, the site's legal notes (its contact for infringement, its
lawyer, its numbered terms naming it in quotes), a hits/comments counter whose characters carry
pinyin glosses, and a membership advertisement.  The pages are written for the test."""

from __future__ import annotations

import docgen

FANWEN_PAGE = """在某某公司年度表彰大会上的讲话
【以稿换稿】【收藏】 作者: 佚名 来源: 作者原创 阅读 次 【小 中 大】【加入会员】
同志们:
今天,我们在这里召开年度表彰大会,总结过去一年的工作,表彰先进集体和个人,部署今年的重点任务。
过去一年,全体职工团结一心、攻坚克难,各项工作取得了新的进展,这些成绩来之不易,值得倍加珍惜。
【文章共3200字,精选参考范文,仅供学习借鉴】
- 上一篇:在某某座谈会上的发言
- 下一篇:在某某工作会议上的讲话
手机扫码阅读本文
用户评论
(以下评论仅代表网友意见,与本站立场无关)
"""

FANWEN_BODY = [
    "今天，我们在这里召开年度表彰大会，总结过去一年的工作，表彰先进集体和个人，部署今年的重点任务。",
    "过去一年，全体职工团结一心、攻坚克难，各项工作取得了新的进展，这些成绩来之不易，值得倍加珍惜。",
]

FANWEN_CHROME = ["以稿换稿", "加入会员", "文章共", "上一篇", "下一篇", "扫码", "用户评论", "以下评论"]

DOCUMENT_SITE_PAGE = """某某中学开学典礼校长致辞
点(diǎn)击/评论:1234/0
老师们、同学们:
新的学期开始了,我代表学校向全体同学表示热烈的欢迎,向辛勤工作的老师们致以崇高的敬意。
希望同学们珍惜时光,勤奋学习,在新的学期里取得更大的进步,成为全面发展的新时代好少年。
预览结束,免费获取全文或定制代笔此类文章!
请点击👉 abc123 👈联系老师
近300万道试题、10多万套资源、20多万篇范文免费使用
每天仅需0.30元,尊享会员权益
🔗更多内容请下载文档
违法及侵权请联系:TEL:100 0000 0000 E-MAIL:someone@example.com
本站由某某律师事务所某某律师提
1、“某某在线”由某某电台主办。经某某电台授权,某某网络有限公司独家负责“某某在线”网站的市场经营。
2、“某某在线”自有版权信息均由某某网络有限公司统一管理和销售。
已取得某某网络有限公司使用授权的被授权人,应严格在授权范围内使用,不得超范围使用。
"""

DOCUMENT_SITE_BODY = [
    "新的学期开始了，我代表学校向全体同学表示热烈的欢迎，向辛勤工作的老师们致以崇高的敬意。",
    "希望同学们珍惜时光，勤奋学习，在新的学期里取得更大的进步，成为全面发展的新时代好少年。",
]

DOCUMENT_SITE_CHROME = ["diǎn", "评论", "预览结束", "联系老师", "试题", "仅需", "下载文档", "侵权", "律师",
                        "某某在线", "被授权人"]


def _printed(text: str) -> tuple[str | None, list[str]]:
    speech = docgen.parse_text(text)
    return speech.meta.title, [b.text for b in speech.blocks]


def test_a_fanwen_speech_page_keeps_its_title_and_body_and_loses_its_tool_row_and_comment_area():
    title, printed = _printed(FANWEN_PAGE)
    assert title == "在某某公司年度表彰大会上的讲话"
    for passage in FANWEN_BODY:
        assert passage in printed, (passage, printed)
    for piece in FANWEN_CHROME:
        assert not any(piece in text for text in printed), (piece, printed)


def test_a_document_sites_preview_offers_notes_and_glossed_counter_are_dropped():
    title, printed = _printed(DOCUMENT_SITE_PAGE)
    assert title == "某某中学开学典礼校长致辞"
    for passage in DOCUMENT_SITE_BODY:
        assert passage in printed, (passage, printed)
    for piece in DOCUMENT_SITE_CHROME:
        assert not any(piece in text for text in printed), (piece, printed)


FORUM_THREAD = """某某市召开年度工作会议

  • 主题发起人 主题发起人 guest
  • 开始时间 开始时间

guest

Moderator
管理成员
注册
2005-03-12
消息
12,345
荣誉分数
88
声望点数
0
某某市年度工作会议今天上午召开,市长作工作报告。

各位代表:现在,我代表市人民政府,向大会报告工作,请予审议。
\u3000
后退
顶部
"""


def test_a_forum_posters_card_and_the_page_jumps_are_dropped_and_the_thread_title_stays():
    """The card by a post: the poster's role, then its fields a label a line with the count or
    date under it — never the title (a count such as 12,345 was taken for one)."""
    title, printed = _printed(FORUM_THREAD)
    assert title == "某某市召开年度工作会议"
    assert "各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。" in "".join(printed)
    for piece in ["Moderator", "管理成员", "2005-03-12", "12,345", "荣誉分数", "声望点数", "后退", "顶部"]:
        assert not any(piece in text for text in printed), (piece, printed)


def test_a_forum_threads_starter_and_start_rows_are_no_speaker_and_no_text():
    speech = docgen.parse_text(FORUM_THREAD)
    assert speech.meta.speaker is None
    printed = [b.text for b in speech.blocks]
    for piece in ["主题发起人", "开始时间"]:
        assert not any(piece in text for text in printed), (piece, printed)


CATEGORY_COUNTER_PAGE = """当前位置:某某范文网>节日范本>国庆节>
某某小学国庆节放假前安全教育讲话
国庆节 阅读(6.17K)
老师们、同学们:
国庆节即将来临,学校将放假七天,请同学们在假期中注意交通安全,遵守公共秩序。
假期结束后请按时返校,不要在外逗留。
"""


def test_a_fanwen_pages_category_with_its_shortened_read_count_is_dropped():
    """Under a 范文 page's headline, its category beside the count of readers in brackets,
    shortened with a K/W/万 suffix (国庆节 阅读(6.17K)): no text of the speech."""
    title, printed = _printed(CATEGORY_COUNTER_PAGE)
    assert title == "某某小学国庆节放假前安全教育讲话"
    assert not any("阅读" in text for text in printed), printed
    assert any(text.startswith("国庆节即将来临") for text in printed), printed


def test_a_reading_exercise_numbered_in_brackets_is_no_counter():
    from docgen.shapes.chrome import family_of

    assert family_of("国庆节 阅读(6.17K)") is not None
    assert family_of("课外阅读(3)") is None
    assert family_of("每天坚持 阅读(30分钟)") is None
