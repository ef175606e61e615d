"""Chrome of government and portal pages as a browser's text of the page keeps it, in half-width
punctuation as often as in full width: a disclaimer with its label in brackets, a news agency's
picture credit, previous/next links with the page numbers run into them, a Markdown picture whose
address was lost, a page's feedback form, a welcome banner, a drawn rule, page tools in 〖〗, an
operator's line with its label spaced out, share and follow prompts.  The texts are written for
the tests."""

from __future__ import annotations

from helpers.cleaning import kept

import docgen

TITLE = "某某县民生工程见实效"
BODY = ("今年以来,某某县坚持以人民为中心的发展思想,扎实推进各项民生工程,群众获得感明显增强。\n\n"
        "下一步,该县将继续完善公共服务体系,努力为群众办好更多实事。\n")



def body_only(texts: list[str]) -> bool:
    """Are ``texts`` the two paragraphs of BODY, under the title if it is still there?"""
    rest = texts[1:] if texts and texts[0] == TITLE else texts
    return len(rest) == 2 and rest[0].startswith("今年以来") and rest[1].startswith("下一步")


def test_a_bracketed_disclaimer_under_the_text_is_dropped():
    page = TITLE + "\n" + BODY + "某某新闻记者 张三\n【免责声明】某某客户端未标有“来源:某某网”的稿件均为转载稿,如涉及版权请联系删除。\n"
    texts = kept(page)
    assert body_only([t for t in texts if "记者" not in t]), texts


def test_an_agency_picture_credit_and_numbered_prev_next_are_dropped():
    page = (TITLE + "\n\n  新华社发(某某 制图) 资料来源:某某部办公厅\n\n" + BODY
            + "\n3上一篇  下一篇  \n")
    assert body_only(kept(page)), kept(page)
    # the credit stands between the headline and its body: the headline above it is the title
    assert docgen.parse(page.encode("utf-8"), input_format="text").meta.title == TITLE


def test_a_markdown_picture_without_its_address_is_no_title():
    page = "![]() |\n|\n|||\n" + BODY
    assert body_only(kept(page)), kept(page)
    assert docgen.parse(page.encode("utf-8"), input_format="text").meta.title is None


def test_a_pages_feedback_form_is_dropped():
    page = (TITLE + "\n\n" + BODY
            + "\n\n此页面有问题吗?\n\n帮助我们改进某某网\n\n* 必填项\n\n提交\n")
    assert body_only(kept(page)), kept(page)


def test_a_mirrors_welcome_banner_rule_tools_and_operator_are_dropped():
    page = ("欢迎进入某某市某某区人民政府网!\n" + TITLE + "\n───\n" + BODY
            + "\n打印〗〖关闭\n主   办:某某市某某区人民政府       承办单位:某某市某某区政府办公室\n")
    texts = kept(page)
    assert body_only(texts), texts
    assert docgen.parse(page.encode("utf-8"), input_format="text").meta.title == TITLE


def test_share_and_follow_prompts_in_either_script_are_dropped():
    page = (TITLE + "\n" + BODY + "(責編:張三、李四)\n分享讓更多人看到\n\n"
            "第一時間為您推送權威資訊\n關注某某網,傳播正能量\n")
    assert body_only(kept(page)), kept(page)
