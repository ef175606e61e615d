"""Chrome of forums, portals and account mirrors as a browser's text of the page keeps it, in
half-width punctuation as often as in full width: a post's tools and poster's line, a board's
counters and footer, a breadcrumb with arrows, an account post's header and follow prompt, rights
notes, a 范文 site's links and review credits, a site's title bar text, a paper's name alone, a
European date.  The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

import docgen

BODY = ("今年以来,某某县坚持以人民为中心的发展思想,扎实推进各项民生工程,群众获得感明显增强。\n\n"
        "下一步,该县将继续完善公共服务体系,努力为群众办好更多实事。\n")
BODY_LINES = [line for line in BODY.splitlines() if line]



def body_only(texts: list[str], title: str) -> bool:
    """Are ``texts`` the two paragraphs of BODY, under the title (which a whole page's
    cleaning may have taken out as its title), nothing else?"""
    rest = texts[1:] if texts and texts[0] == title else texts
    return len(rest) == 2 and rest[0].startswith("今年以来") and rest[1].startswith("下一步")


def test_a_forum_posts_tools_counters_and_footer_are_dropped():
    page = ("【首页】→ 【新闻资讯】→ 主题:某某县民生工程见实效\n"
            "切换为不分页显示\n"
            "某某县民生工程见实效\n\n"
            "[复制链接]\n"
            "发表于 2030-3-1 09:12:45 | 显示全部楼层 |阅读模式\n"
            "abc(2030/3/1 9:12:45)  点击:1024  回复:3\n"
            "字体:    回复\n"
            + BODY +
            "使用道具 举报\n"
            "回复\n"
            "导航:[上一篇下一篇] - [返回]\n"
            "[本主题共3回复 | 每页显示20回复]\n"
            "图示说明: 24小时新发主题  最近被编辑的主题\n"
            "免责申明 |版规 |页面执行时间:12.5毫秒 | 当前论坛在线人数:10 今日访问人数:20\n")
    texts = kept(page)
    assert body_only(texts, "某某县民生工程见实效"), texts
    assert docgen.parse(page.encode("utf-8"), input_format="text").meta.title == "某某县民生工程见实效"


def test_an_account_posts_header_and_prompts_are_dropped():
    page = ("某某县民生工程见实效\n\n"
            "要闻   2030-03-01 11:45   某省\n\n"
            + BODY +
            "\n记录身边变化,欢迎关注某某观察!\n"
            "微信二维码扫一扫关注我们\n"
            "• 某某协会微信公众号\n"
            "微信扫一扫在手机阅读、分享本文\n"
            "微信订阅号\n"
            "联系客服\n")
    texts = kept(page)
    assert body_only(texts, "某某县民生工程见实效"), texts
    assert docgen.parse(page.encode("utf-8"), input_format="text").meta.title == "某某县民生工程见实效"


def test_rights_notes_and_a_fanwen_sites_links_are_dropped():
    page = ("某某县民生工程见实效\n"
            "小編精心推薦\n"
            "终审:某某\n"
            "用户登录\n"
            + BODY +
            "作者原创,不允许二次传播,一经发现收回会员权益,追究法律责任。\n"
            "某某书著作权归作者所有，任何形式的转载都请联系作者获得授权并注明出处。\n")
    assert body_only(kept(page), "某某县民生工程见实效"), kept(page)


def test_a_sites_title_a_papers_name_and_a_european_date_are_dropped():
    page = ("某某传媒网_中国某某产业综合性门户网站\n"
            "某某晚報\n"
            "某某县民生工程见实效\n"
            "03.02.2030  11:18\n"
            + BODY)
    assert body_only(kept(page), "某某县民生工程见实效"), kept(page)


def test_text_that_names_the_same_things_stays():
    lines = ["回复群众来信是我们的职责,我们要认真办理每一件来信。",
             "欢迎大家关注这一问题。",
             "该作品的著作权归作者所有。这是法律的规定,我们要尊重。",
             "用户登录系统后即可查询办理进度。"]
    texts = kept("某某县民生工程见实效\n\n" + BODY + "\n".join(lines) + "\n")
    assert len([t for t in texts if t != "某某县民生工程见实效"]) == 2 + len(lines), texts


def test_a_sites_title_run_on_after_each_paragraph_is_removed():
    stamp = "某某传媒网_中国某某产业综合性门户网站"
    page = "某某县民生工程见实效\n\n" + "\n".join(line + stamp for line in BODY.splitlines()) + "\n"
    texts = kept(page)
    assert body_only(texts, "某某县民生工程见实效"), texts
    assert all(text.endswith("。") for text in texts[1:]), texts


def test_an_accounts_name_alone_goes_with_its_prompt_to_follow_it():
    page = "某某县民生工程见实效\n\n" + BODY + "\n某某观察\n记录身边变化,欢迎关注某某观察!\n"
    texts = kept(page)
    assert body_only(texts, "某某县民生工程见实效"), texts


def test_exclaimed_headlines_under_a_reposts_source_credit_are_dropped():
    page = ("某某县民生工程见实效\n\n" + BODY + "来源:某某都市报\n\n\n"
            "这份重要名单,公布了!\n昨日,某省新增病例清零!\n某地千辆车交通违法,被网友举报!\n")
    texts = kept(page)
    assert body_only(texts, "某某县民生工程见实效"), texts


def test_exclamations_that_are_no_teasers_stay():
    # a single exclamation under the credit, and two not under one, are the text's own
    single = kept("某某县民生工程见实效\n\n" + BODY + "来源:某某都市报\n\n让我们一起努力!\n")
    assert single[-1] == "让我们一起努力！", single
    closing = kept("某某县民生工程见实效\n\n" + BODY + "让我们一起努力!\n为美好生活奋斗!\n")
    assert closing[-2:] == ["让我们一起努力！", "为美好生活奋斗！"], closing
