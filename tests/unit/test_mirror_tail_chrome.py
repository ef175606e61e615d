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
