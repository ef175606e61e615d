"""Saved pages the density test alone would misread: a short official text whose sentences are
long (a 决议 of one paragraph), an article with code listings, a heading standing in a part of
the page that is cut as chrome, a summary between the title and the main text, the cells of an
index table there.  Each page is written for the test in the shape real pages have."""

from __future__ import annotations

import pytest

import docgen
from docgen.readers import read_bytes

RESOLUTION = ("第十四届全国人民代表大会常务委员会第六次会议审议了国务院关于提请审议增加发行国债支持灾后恢复重建"
              "和提升防灾减灾救灾能力的议案和全国人民代表大会财政经济委员会关于审查国务院增发国债议案的报告"
              "决定批准国务院增加发行国债支持灾后恢复重建和提升防灾减灾救灾能力的议案。")


def page(body: str, title: str = "某某网") -> bytes:
    return (f"<html><head><title>{title}</title></head><body>"
            "<div class=nav><a href=/>首页</a> <a href=/a>政务公开</a> <a href=/b>政策文件</a></div>"
            f"{body}<div class=footer>版权所有 © 某某网 京ICP备00000000号</div></body></html>").encode()


def test_a_one_paragraph_resolution_is_read_not_refused():
    title = "全国人民代表大会常务委员会关于批准国务院增发国债议案的决议"
    html = page(f"<h1>{title}</h1><p>（2023年10月24日第十四届全国人民代表大会常务委员会第六次会议通过）</p>"
                f"<div><p>{RESOLUTION}</p></div>", title=title)
    source = read_bytes(html, "resolution.html")
    assert RESOLUTION in source.lines
    speech = docgen.parse(html, input_format="html")
    assert speech.meta.title == title
    assert speech.meta.date == "2023年10月24日"


def test_text_after_a_stray_end_of_html_is_read_as_a_browser_shows_it():
    # a site template that closes </html> after its header: browsers ignore the end tag and
    # show what follows as part of the body; the text must not be refused as missing
    title = "某某市人民代表大会常务委员会关于批准某某市预算调整方案的决议"
    html = ("<html><head><title>某某市人大</title></head><body>"
            "<div class=nav><a href=/>首页</a> | <a href=/a>人大公报</a></div></body></html>\n"
            f"<div class=content><h1>{title}</h1><p>（2023年10月24日某某市第十六届人民代表大会常务委员会第九次会议通过）</p>"
            f"<p>{RESOLUTION}</p></div><div class=footer>版权所有 © 某某市人大 京ICP备00000000号</div>").encode()
    source = read_bytes(html, "stray-end.html")
    assert RESOLUTION in source.lines
    assert not any("版权所有" in line or line == "首页" for line in source.lines)
    assert docgen.parse(html, input_format="html").meta.title == title


def test_a_decision_of_two_sentences_without_commas_on_an_xhtml_page_is_read():
    title = "全国人民代表大会常务委员会关于授权国务院提前下达部分新增地方政府债务限额的决定"
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f"<title>关于某事的决定_政府信息公开</title></head><body><div class=nav><a href=/>首页</a></div>"
            f"<h1>{title}</h1><div id=UCAP-CONTENT>"
            "<p>（2018年12月29日第十三届全国人民代表大会常务委员会第七次会议通过）</p>"
            "<p>第十三届全国人民代表大会常务委员会第七次会议决定授权国务院在2019年以后年度在当年新增地方政府"
            "债务限额的百分之六十以内提前下达下一年度新增地方政府债务限额。</p><p>本决定自公布之日起施行。</p>"
            "</div></body></html>").encode()
    speech = docgen.parse(html, input_format="html")
    assert speech.meta.title == title and speech.meta.date == "2018年12月29日"
    assert [b.text for b in speech.blocks][-1] == "本决定自公布之日起施行。"


def test_a_resolution_whose_bills_name_is_a_link_is_read_not_refused():
    # the name of the bill linked to its text: more than half of the one sentence is link text,
    # which the density test takes for a list of links
    title = "全国人民代表大会常务委员会关于批准国务院增发国债议案的决议"
    linked, rest = RESOLUTION[:80], RESOLUTION[80:]
    related = "".join(f"<li><a href=/r{i}>关于某某事项的决定（第{i}号）</a></li>" for i in range(10))
    html = page(f"<h1>{title}</h1><p><a href=/bill>{linked}</a>{rest}</p><ul>{related}</ul>", title=title)
    assert RESOLUTION in read_bytes(html, "resolution.html").lines


def test_a_resolution_in_an_element_named_like_chrome_is_read_too():
    # many portals wrap the text in a print area (``printContent``); with a sentence of prose in
    # the footer, the density test alone would take the name at its word
    title = "全国人民代表大会常务委员会关于批准国务院增发国债议案的决议"
    html = page(f"<h1>{title}</h1><div id=printContent><p>{RESOLUTION}</p></div>"
                "<div>本网站由某某办公厅主办，建议使用新版浏览器，以获得更好的浏览效果。</div>", title=title)
    assert RESOLUTION in read_bytes(html, "resolution.html").lines


COMMENT_RULES = ["本网站对留言系统使用者发布的文字、图片或档案保有修改或移除的权利，使用者使用留言服务即表示同意下述规定：",
                 "请勿重复刊登一样的文章，或大意内容相同、类似的文章，也不要刊登与主题无关的内容。",
                 "发言涉及攻击、侮辱或其他有违公序良俗的内容，本网站将直接移除，并限制发言权限。",
                 "请勿以发文、回文等方式进行商业广告、骚扰网友等行为，一经发现，将封锁账号。"]


def test_a_comment_area_under_a_short_article_is_cut_however_much_prose_it_holds():
    # its rules (or its comments) are prose, more than the one paragraph of the news above it:
    # the share of the page's prose that keeps an element named like chrome does not keep it
    story = "某某区一处民宅昨日下午发生火灾，消防部门接报后派出多辆消防车赶往现场，火势在半小时内被扑灭，无人员伤亡。"
    rules = "".join(f"<li>{rule}</li>" for rule in COMMENT_RULES)
    html = page(f"<h1>某某区民宅起火 消防半小时扑灭</h1><article><p>{story}</p></article>"
                f"<div id=comments><h4>发表意见</h4><ul>{rules}</ul></div>", title="某某区民宅起火")
    lines = read_bytes(html, "fire.html").lines
    assert story in lines
    assert not any(rule in lines for rule in COMMENT_RULES)
    # an article wrapped in an element whose name only contains the word is still read
    wrapped = page(f"<h1>某某区民宅起火</h1><div class=commentary><p>{story}</p>{''.join(f'<p>{r}</p>' for r in COMMENT_RULES)}</div>")
    assert story in read_bytes(wrapped, "commentary.html").lines


def test_code_listings_count_as_text_of_the_article_not_as_chrome():
    prose = ["学过这门语言的人都知道，它有一种写法可以把清理工作推到最后。", "我们来看一个例子，代码如下：",
             "这样写，每一步都要重复同样的清理代码。", "换一种写法，代码就清楚多了。"]
    code = "<pre><code>" + "<br>".join(f"line_{i} = call_{i}()" for i in range(30)) + "</code></pre>"
    html = page("<h1>编程小技巧：把清理推到最后</h1><div class=content>"
                f"<p>{prose[0]}</p><p>{prose[1]}</p>{code}<p>{prose[2]}</p>{code}<p>{prose[3]}</p></div>"
                "<ol><li><p>后登记的清理工作先做，先登记的后做。</p></li></ol>")
    lines = read_bytes(html, "code.html").lines
    assert all(p in lines for p in prose) and "line_0 = call_0()" in lines


def test_a_heading_in_a_part_of_the_page_cut_as_chrome_is_kept_as_the_first_line():
    title = "某某游戏再按照这个速度更新下去 玩家都要跟不上了！"
    body = "".join(f"<p>这周四，玩家发现游戏里有了一批可以自由写字的新门牌，官方也写了一批对联{i}。</p>" for i in range(4))
    html = page(f"<header><h1>{title}</h1></header><div class=art>{body}</div>", title=f"{title}_某某网")
    assert read_bytes(html, "t.html").lines[0] == title
    assert docgen.parse(html, input_format="html").meta.title == title


def test_the_lead_between_title_and_main_text_is_kept_but_not_an_index_table():
    summary = "摘要：5月10日，某某县第三届读书节开幕，全县三十多所学校的师生参加了开幕式。"
    body = "".join(f"<p>开幕式上，多位老师分享了读书心得，讨论了如何培养阅读习惯{i}。</p>" for i in range(4))
    html = page(f"<h1>某某县第三届读书节开幕</h1><div class=summary>{summary}</div><div class=con>{body}</div>",
                title="某某县第三届读书节开幕")
    assert summary in read_bytes(html, "s.html").lines
    table = ("<table><tr><td>制定机关</td><td>某某省人民代表大会常务委员会</td></tr>"
             "<tr><td>时效性</td><td>有效</td></tr></table>")
    html = page(f"<h1>某某省城市供水条例</h1>{table}<div class=con>{body}</div>", title="某某省城市供水条例")
    lines = read_bytes(html, "t.html").lines
    assert "制定机关" not in lines and "有效" not in lines


ARTICLE = ["某某市召开全市安全生产工作会议，会议强调，各地各部门要压紧压实安全生产责任，坚决防范重特大事故。",
           "会议指出，今年以来，全市安全生产形势总体平稳，但一些领域风险隐患依然突出，必须时刻绷紧安全这根弦。"]
HEADLINE = "某某市召开全市安全生产工作会议"


def portal(head: str, title_tag: str) -> bytes:
    """A portal's page: the site's name as a heading linked to the home page, the article's
    title in an element of its own."""
    related = "".join(f"<li><a href=/r{i}>某某县召开第{i}次工作推进会</a></li>" for i in range(6))
    return (f"<html><head>{head}</head><body><div class=header><h1><a href='/'>某某市人民政府</a></h1>"
            "<ul class=nav><li><a href=/a>政务公开</a></li><li><a href=/b>政务服务</a></li></ul></div>"
            f"<div class=article>{title_tag}<div class=info>发布时间：2024-05-13</div><div class=content>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE)
            + f"</div></div><ul>{related}</ul><div class=footer>版权所有：某某市人民政府</div></body></html>").encode()


@pytest.mark.parametrize("head", ["<title>某某市人民政府</title>", "<title>工作动态-某某市人民政府</title>", "",
                                  f'<title>某某市人民政府</title><meta name="ArticleTitle" content="{HEADLINE}">'])
@pytest.mark.parametrize("title_tag", [f"<div class=article-title>{HEADLINE}</div>", f"<h2>{HEADLINE}</h2>"])
def test_the_sites_name_as_a_heading_linked_home_is_no_title(head, title_tag):
    speech = docgen.parse(portal(head, title_tag), input_format="html")
    assert speech.meta.title == HEADLINE
    assert [b.text for b in speech.blocks] == ARTICLE


def test_an_article_set_in_a_label_with_line_breaks_is_read_and_a_forms_labels_are_not():
    paragraphs = ["各位来宾：", "欢迎访问某某物流有限公司的网站，希望这里成为我们与各位朋友交流的桥梁。",
                  "公司成立三十年来，始终坚持诚信经营，在各界朋友的支持下不断发展壮大，服务网络遍及全省。",
                  "感谢您对公司的关注和支持，欢迎提出宝贵的意见和建议。"]
    form = ("<form><label for=q>关键词</label><input id=q><label><input type=checkbox>记住我的选择，"
            "下次访问本站时不再询问，也不再显示这条提示</label></form>")
    html = page(f"{form}<div class=box><label style='color: black'>{'<br><br>'.join(paragraphs)}"
                "<p align=right>总经理：</p></label></div>")
    lines = read_bytes(html, "label.html").lines
    assert [line for line in lines if line in paragraphs] == paragraphs
    assert not any("关键词" in line or "记住我的选择" in line for line in lines)


def test_a_passage_written_a_phrase_a_paragraph_stays_in_the_main_text():
    lead = ("春风送暖，万物复苏。在植树节到来之际，某某小学组织全校师生走进城郊林场，"
            "开展了一场别开生面的义务植树活动，为家乡再添一抹新绿！")
    phrases = ["3月12日上午，", "师生们扛起铁锹", "来到城郊林场，", "挖坑、扶苗、培土、浇水。",
               "大家还在树苗上挂起了", "写着心愿的小卡片：", "一份美好期盼、", "一句真诚祝福、", "一片青青绿意"]
    side = "".join(f"<li><a href=/n{i}>某某小学开展春季运动会</a><span>2024.03.0{i}</span></li>" for i in range(6))
    html = page(f"<div class=detail><h2>植树添新绿 共建美家园</h2><div class=art>{lead}</div>"
                "<div class=art>" + "".join(f"<p>{p}</p>" for p in phrases) + "</div></div>"
                f"<div class=trends><h2>最新动态</h2><ul>{side}</ul></div>")
    lines = read_bytes(html, "phrases.html").lines
    assert lead in lines and all(p in lines for p in phrases)


def test_the_heading_over_the_main_text_is_the_title_not_a_side_columns_that_the_page_title_names():
    body = "".join(f"<p>公司始终坚持以客户为中心，不断创新服务方式，努力为客户创造更大的价值{i}。</p>" for i in range(3))
    html = ("<html><head><title>某某科技有限公司-公司简介</title></head><body>"
            "<div class=main><div class=main_left><h1>公司简介</h1><ul><li><a href=/a>关于我们</a></li>"
            "<li><a href=/b>董事长致辞</a></li><li><a href=/c>联系我们</a></li></ul>"
            "<div class=kefu><h2>客服中心</h2><p>+ 电话：010-00000000</p><p>+ 邮箱：a@example.com</p></div></div>"
            f"<div class=main_right><h1>董事长致辞</h1><div class=txt>{body}</div></div></div></body></html>").encode()
    speech = docgen.parse(html, input_format="html")
    assert speech.meta.title == "董事长致辞"
    assert not any("公司简介" in b.text for b in speech.blocks)
    # the heading the page's title names, right over the text, stays the title
    named = html.replace("<h1>董事长致辞</h1>".encode(), b"").replace("<h1>公司简介</h1>".encode(), b"")
    named = named.replace(b"<div class=txt>", "<h1>公司简介</h1><div class=txt>".encode())
    assert docgen.parse(named, input_format="html").meta.title == "公司简介"


def test_a_side_menu_of_news_columns_over_the_headline_is_no_lead():
    # a page without <title>: the site's hotline, a banner naming the column and a side menu
    # of its columns (each a menu item of the column-menu chrome family) stand above the headline
    html = ("<html><body><div class=top><ol><li><a href=/x>学车</a></li><li>/</li><li><a href=/y>考试</a></li></ol>"
            "<p>咨询电话：<span>0000-0000000</span></p></div>"
            "<div class=banner><h5>新闻中心</h5><p>News Center</p></div>"
            "<div class=side><ul><h4>新闻中心</h4><li><a href=/a>公司动态</a></li><li><a href=/b>行业新闻</a></li>"
            f"<li><a href=/c>考试公告</a></li></ul></div><div class=content><h3>{HEADLINE}</h3>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</div></body></html>").encode()
    assert docgen.parse(html, input_format="html").meta.title == HEADLINE
    lines = read_bytes(html, "m.html").lines
    assert "News Center" not in lines and "咨询电话：0000-0000000" not in lines


def test_the_fields_of_a_pages_template_beside_its_date_are_no_lead():
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    metas = ("<div class=metas><div>学校: <span>某某第一中学</span></div><span>|</span>"
             "<div>日期: <span>2017年09月29日 09:22</span></div></div>")
    html = page(f"<h1>{HEADLINE}</h1>{metas}<div class=con>{body}</div>", title=HEADLINE)
    lines = read_bytes(html, "m.html").lines
    assert not any("某某第一中学" in line for line in lines) and ARTICLE[0] in lines
    # a field alone, with no date field beside it, is left to the cleaner
    html = page(f"<h1>{HEADLINE}</h1><div>学校: 某某第一中学</div><div class=con>{body}</div>", title=HEADLINE)
    assert "学校: 某某第一中学" in read_bytes(html, "n.html").lines


HOME_PAGE_ARTICLE = (
    "<div class=block><p><strong>馆长致辞</strong></p><div class=content><div class=left><ul><li><img src=a.jpg></li>"
    "</ul></div><article class=right>"
    "<p class=center><a href=speech.html><b>馆长在某某纪念馆开馆仪式上的致辞</b></a></p>"
    "<p>各位来宾：</p>"
    "<p>今天，我们在这里隆重集会，庆祝纪念馆正式开馆，向所有关心支持展馆建设的朋友表示衷心的感谢。</p>"
    "<p>纪念馆的建成，凝聚了社会各界的心血，也寄托了人们对先辈的深切怀念，我们一定把它办好。</p>"
    "</article></div></div>"
    "<div class=cards><p><b>英模风采</b></p>"
    "<h2>某某某</h2><p>某某某在一次抢险中冲在最前面，为保护群众的生命财产献出了年轻的生命，年仅二十岁。</p>"
    "<h2>某某乙</h2><p>某某乙在洪水中连续奋战三天三夜，先后救出群众四十余人，被授予荣誉称号。</p>"
    "<h2>某某丙</h2><p>某某丙扎根山村小学三十年，培养了一批又一批学生，从来没有一句怨言，令人敬佩。</p></div>"
    "<table><tr><td>1950年10月2日</td><td>某某纪念馆开始筹建，各方纷纷捐款捐物，支持建设。</td></tr>"
    "<tr><td>1951年1月4日</td><td>纪念馆主体工程开工，施工队伍克服重重困难，按期完成任务。</td></tr></table>")


def test_the_one_article_element_of_a_home_page_is_its_main_text_and_its_linked_heading_its_title():
    """A home page of several blocks (a text, cards, a table) that marks its text with the one
    ``<article>`` element: the article is the main text, not the blocks around it, and the
    bold line linked to the whole text that opens it is its heading, not a list of links."""
    html = page(HOME_PAGE_ARTICLE, title="首页")
    lines = read_bytes(html, "home.html").lines
    assert "纪念馆的建成，凝聚了社会各界的心血，也寄托了人们对先辈的深切怀念，我们一定把它办好。" in lines, lines
    assert not any("某某乙" in line or "施工队伍" in line for line in lines), lines
    speech = docgen.parse(html, input_format="html")
    assert speech.meta.title == "馆长在某某纪念馆开馆仪式上的致辞"


def test_a_caption_that_introduces_only_a_picture_left_out_is_left_out_too():
    page = ("<html><body><div><h1>某某学院简介</h1>"
            "<p>某某学院创办于1959年，是全省最早举办成人教育的高校之一，办学经验丰富，师资力量雄厚。</p>"
            "<p>学院目前开设有业余、函授两种学习形式，专业设置齐全，教学质量稳步提升。</p>"
            "<div><h4>证书样本：</h4> <img src='a.jpg'></div>"
            "<div><p>报名须知：</p><p>请携带身份证原件。</p></div></div></body></html>")
    lines = [line for line in read_bytes(page.encode("utf-8"), "a.html").lines if line.strip()]
    assert "证书样本：" not in lines and "报名须知：" in lines, lines
