"""The tail a mainland mirror leaves under a copied post, in half-width punctuation: the
account's teaser links after a pointing hand, the post's credits each closed by a ``;``, a
prompt to a link below ending in down-pointing hands and the site's takedown contact.  The
page is written for the test."""

from __future__ import annotations

import docgen

MIRROR_POST = """某某小区居民朋友们:
为提升小区供水管网运行水平,保障居民用水安全,我局将对小区供水管道进行改造。
施工期间将采取有效措施减少噪音和粉尘,给您带来的不便敬请谅解。
如有疑问,请拨打联系电话:12345678900。
某某区水务局
2025年3月1日
☞某某提醒!事关每位居民!
☞春暖花开,注意防火!
来源:某某区水务局、某某街道;
监制:某某某;
「点击下面查看原网页 领取某某报告☟☟☟☟」
侵权及不良内容联系邮箱:someone@example.com,一经核实,本站将立刻删除。
"""

BODY = [
    "为提升小区供水管网运行水平，保障居民用水安全，我局将对小区供水管道进行改造。",
    "施工期间将采取有效措施减少噪音和粉尘，给您带来的不便敬请谅解。",
    "如有疑问，请拨打联系电话：12345678900。",
]

CHROME = ["☞", "事关每位居民", "注意防火", "来源", "监制", "☟", "侵权"]


def test_a_mirrors_teasers_credits_prompt_and_takedown_contact_are_dropped():
    speech = docgen.parse_text(MIRROR_POST)
    printed = [block.text for block in speech.blocks]
    for passage in BODY:
        assert passage in printed, (passage, printed)
    for piece in CHROME:
        assert not any(piece in text for text in printed), (piece, printed)


BAR_POST = """某某村吧 关注:3贴子:21
  • 0回复贴,共1

防汛防台风安全常识 | 致全镇广大群众的一封信

只看楼主收藏回复

全镇广大群众们:汛期即将来临,为保障大家生命财产安全,现将防汛防台风安全常识告知如下。
一是做好防汛防台风安全常识的学习,了解预警信号的含义。
二是主动宣传防汛防台风安全常识,提醒家人远离危险地带。
某某镇人民政府2024年5月9日
"""


def test_a_forum_bars_header_and_post_tools_go_and_a_campaign_tag_leaves_the_title():
    speech = docgen.parse_text(BAR_POST)
    printed = [block.text for block in speech.blocks]
    assert speech.meta.title == "致全镇广大群众的一封信"
    assert "一是做好防汛防台风安全常识的学习，了解预警信号的含义。" in printed
    for piece in ("关注", "只看楼主", "收藏回复"):
        assert not any(piece in text for text in printed), (piece, printed)


def test_a_headlines_own_first_half_before_a_bar_stays():
    speech = docgen.parse_text(BAR_POST.replace("防汛防台风安全常识 | ", "守护平安家园美好生活 | "))
    assert speech.meta.title is not None and speech.meta.title.startswith("守护平安家园美好生活"), speech.meta.title
