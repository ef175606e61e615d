"""Reading: encodings decided by plausibility, files that are not text refused at once and by
name, huge inputs refused before they are read, pages without main text, and no network."""

from __future__ import annotations

import io
import socket

import pytest
from helpers.documents import FIXTURES

import docgen
from docgen.errors import InputError
from docgen.readers import MAX_INPUT_BYTES, read_bytes, read_path
from docgen.readers.encoding import decode, plausibility
from docgen.readers.exportheader import export_header

SIMPLIFIED = "同志们：今天我们召开全县经济工作会议，主要任务是总结去年工作，部署今年任务。我们要坚定信心，真抓实干。\n"
TRADITIONAL = "各位同仁：今天我們召開年度工作會議，回顧過去一年的成果，展望未來的發展方向。我們要堅定信心，共同努力。\n"


@pytest.mark.parametrize("text, encoding, expected", [
    (SIMPLIFIED, "utf-8", "utf-8"),
    (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (SIMPLIFIED, "gb2312", "gb18030"),
    (SIMPLIFIED + "𠀀镕", "gb18030", "gb18030"),
    (TRADITIONAL, "big5", "big5"),
    (TRADITIONAL, "gb18030", "gb18030"),     # traditional characters written in GB18030
    (SIMPLIFIED, "utf-16", "utf-16-le"),    # Python writes a BOM
    (SIMPLIFIED, "utf-16-be", "utf-16-be"),  # no BOM: recognised by its zero bytes and its text
])
def test_encodings(text, encoding, expected):
    data = text.encode(encoding)
    decoded = decode(data, "x.txt")
    assert decoded.encoding == expected and decoded.text.lstrip("\ufeff") == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_whose_bytes_are_all_ascii_letters_and_line_ends_is_read_as_utf16(encoding):
    text = "不丢两严並丧个丫中三上丰"   # low bytes \r " $ % & ' * + - \t \n 0, high bytes all N
    data = text.encode(encoding)
    assert data.isascii() and "\n" in data.decode("ascii")
    decoded = decode(data, "x.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize("data", [b"abcdefgh", b"mnopqrstuvwxyz\n", b"hello world\r\n", b"README.md"])
def test_ascii_text_stays_ascii_even_when_half_its_bytes_could_be_han_high_bytes(data):
    assert decode(data, "x.txt").encoding == "utf-8"


def test_big5_that_also_decodes_as_gb18030_is_read_as_big5():
    data = TRADITIONAL.encode("big5")
    assert data.decode("gb18030") != TRADITIONAL              # decodes, into nonsense
    assert plausibility(data.decode("gb18030")) < 0.6 < 0.95 < plausibility(TRADITIONAL)


def test_a_few_broken_bytes_are_replaced_and_reported():
    data = (SIMPLIFIED * 50 + "干").encode("utf-8")[:-1]        # last character cut in half
    source = read_bytes(data, "cut.txt")
    assert source.lines[-1].endswith("\ufffd")
    assert any(d.code == "encoding-damaged" for d in source.diagnostics)


@pytest.mark.parametrize("data, fragment", [
    (b"\x89PNG\r\n\x1a\n" + bytes(300), "PNG image"),
    (b"\xff\xd8\xff\xe0" + bytes(300), "JPEG image"),
    (b"GIF89a" + bytes(300), "GIF image"),
    (b"%PDF-1.7\n" + bytes(300), "PDF file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(300), "save it as .docx"),
    (b"{\\rtf1\\ansi hello}", "RTF file"),
    (b"\x7fELF\x02\x01\x01" + bytes(300), "program"),
    (bytes(range(256)) * 8, "binary data"),
])
def test_files_that_are_not_text_are_refused_by_name(data, fragment):
    with pytest.raises(InputError) as err:
        read_bytes(data, "x.txt")
    assert "not a text file" in str(err.value) and fragment in str(err.value)
    assert err.value.problem.count("not a text") == 1   # said once, not again by the description


def test_an_image_is_refused_with_one_plain_sentence():
    with pytest.raises(InputError) as err:
        read_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300), "x.txt")
    assert str(err.value) == "x.txt: not a text file: a PNG image"


def test_an_excel_file_is_named():
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="Excel"):
        read_bytes(out.getvalue(), "x.xlsx")


def test_a_50_mb_input_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)                       # sparse: nothing written
    from pathlib import Path

    def never(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", never)
    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(InputError, match=r"50\.0 MB; docgen reads at most 20 MB"):
        read_path(big)


def test_standard_input_is_read_no_further_than_the_limit(monkeypatch):
    class Endless(io.RawIOBase):
        asked = 0

        def read(self, n=-1):
            assert n != -1, "asked to read everything"
            Endless.asked += n
            return b"a" * n

    monkeypatch.setattr("sys.stdin", type("In", (), {"buffer": Endless()})())
    with pytest.raises(InputError, match="larger than 20 MB"):
        read_path("-")
    assert Endless.asked == MAX_INPUT_BYTES + 1


def test_a_page_without_main_text_says_so():

    page = FIXTURES / "input" / "no-main-text.html"
    with pytest.raises(InputError, match="no main text found on the page"):
        read_path(page)


NETWORK_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好防汛工作的通知_某某县</title>
<link rel="stylesheet" href="http://cdn.example.com/a.css"><link rel="icon" href="https://example.com/i.ico">
<script src="http://cdn.example.com/a.js"></script><script src="https://example.com/b.js"></script>
<style>@import url("http://example.com/c.css");</style></head>
<body><iframe src="http://example.com/frame.html"></iframe>
<h1>关于做好防汛工作的通知</h1>
<div class="content"><p>各乡镇：</p><p>当前已进入主汛期，各地要落实防汛责任，加强隐患排查，确保安全度汛。</p>
<p><img src="http://example.com/photo.jpg" srcset="http://example.com/p2.jpg 2x"></p>
<p>请各乡镇于7月1日前报送工作情况。</p></div>
<object data="http://example.com/x.swf"></object><video src="http://example.com/v.mp4"></video>
</body></html>"""


def test_nothing_is_fetched_from_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    import docgen

    speech = docgen.parse(NETWORK_PAGE.encode("utf-8"), name="page.html")
    assert speech.meta.title == "关于做好防汛工作的通知"
    assert [b.text for b in speech.blocks][-1] == "请各乡镇于7月1日前报送工作情况。"
    assert any(d.code == "html-images-dropped" for d in speech.diagnostics)


def test_a_text_file_holding_a_web_page_is_read_as_one():
    source = read_bytes(NETWORK_PAGE.encode("utf-8"), "saved.txt", hint="text")
    assert source.format == "html" and "当前已进入主汛期" in "".join(source.lines)


def test_docx_paragraph_text_comes_from_the_xml():
    """Tracked insertions and hyperlinks are text; tracked deletions are not."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    p = document.add_paragraph("各单位要")
    ins = OxmlElement("w:ins")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "认真"
    run.append(t)
    ins.append(run)
    p._p.append(ins)
    deleted = OxmlElement("w:del")
    drun = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = "马虎"
    drun.append(dt)
    deleted.append(drun)
    p._p.append(deleted)
    p.add_run("落实。")
    p.paragraph_format.element.get_or_add_pPr()
    numbered = document.add_paragraph("提高认识")
    num = numbered._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    numpr.append(OxmlElement("w:numId"))
    numpr[0].set(qn("w:val"), "1")
    num.append(numpr)
    out = io.BytesIO()
    document.save(out)
    source = read_bytes(out.getvalue(), "x.docx")
    assert source.lines == ("各单位要认真落实。", "提高认识")
    assert any(d.code == "docx-auto-numbering" and d.line == 2 for d in source.diagnostics)


def _numbered_page(title_block: str) -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>瑞安市人民政府办公室关于转发某某意见的通知_瑞安市人民政府</title></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="article">{title_block}
<div class="info">发布日期：2011-09-01　来源：市政府办公室</div>
<div class="content"><p>市政府直属各单位：</p>
<p>现将《温州市推行说理性行政处罚文书指导意见》转发给你们，请结合实际，认真贯彻执行。</p>
<p>瑞政办〔2010〕12号文件同时废止。</p><p>瑞安市人民政府办公室</p><p>2011年8月9日</p></div></div>
<div class="related"><p>瑞政办〔2011〕130号</p></div>
<div class="footer">版权所有 瑞安市人民政府</div></body></html>""".encode()


@pytest.mark.parametrize("title_block", [
    # the number between the title and the main text, outside both
    "<h1>瑞安市人民政府办公室关于转发某某意见的通知</h1><div class=wh>瑞政办〔2011〕129号</div>",
    # the number in the title's element, under the title
    "<div class=title><h1>瑞安市人民政府办公室关于转发某某意见的通知</h1><p>瑞政办〔2011〕129号</p></div>",
    # the number above the title, as GB/T 9704 prints it
    "<p class=wh>瑞政办〔2011〕129号</p><h1>瑞安市人民政府办公室关于转发某某意见的通知</h1>",
])
def test_the_document_number_around_a_page_title_is_kept_as_the_number(title_block):
    import docgen

    page = _numbered_page(title_block)
    lines = read_bytes(page, "page.html").lines
    assert "瑞政办〔2011〕129号" in lines and "瑞政办〔2011〕130号" not in lines
    speech = docgen.parse(page, name="page.html")
    assert speech.meta.title == "瑞安市人民政府办公室关于转发某某意见的通知"
    assert speech.meta.document_number == "瑞政办〔2011〕129号"
    assert speech.meta.published == "2011-09-01"
    texts = [b.text for b in speech.blocks]
    assert texts[0] == "市政府直属各单位：" and "瑞政办〔2010〕12号文件同时废止。" in texts
    assert not any("129号" in t for t in texts)


@pytest.mark.parametrize("closing", [["某某县文化馆", "2024-09-28"], ["2024年9月28日"]])
def test_the_closing_block_a_page_sets_apart_from_the_text_is_kept(closing):
    """A signature and a date (or a date alone) that a page sets in their own element right
    after the main text's are the text's closing block: they are read with it; a link after
    them is not."""
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "各位游客：", "本馆定于国庆假期照常开放，开放时间为上午九时至下午五时，请合理安排参观时间。",
        "参观时请携带有效身份证件，团体参观请提前三天预约，馆内严禁吸烟，请保持安静。", "特此通知。"))
    page = ("<html><body><div class='menu'><a href='/'>首页</a> <a href='/n'>通知公告</a></div>"
            "<div class='card'><h2>关于国庆假期开放时间的通知</h2>"
            f"<div class='content'>{paragraphs}</div>"
            f"<div class='text-right'><p>{'<br>'.join(closing)}</p></div>"
            "<div><a href='/'>返回上一页</a></div></div></body></html>")
    lines = [line for line in read_bytes(page.encode(), "notice.html").lines if line.strip()]
    assert lines[-len(closing):] == closing, lines


def test_linked_lines_set_among_the_paragraphs_are_read_a_list_of_links_is_not():
    """The cases a digest's item announces, each a linked line with words of its own set as a
    paragraph between paragraphs, are read with the text; the related links in a box of their
    own are not."""
    cases = [f"▶ 典型案例丨<a href='/c/{i}.html'>某某地区{name}问题突出 整改落实不力</a>" for i, name in
             enumerate(("违法取水", "砂石开采", "大气污染"))]
    paragraphs = ["<b>1.某某部召开常务会议</b>",
                  "4月12日，某某部召开常务会议，审议并原则通过两项国家标准，部党组书记出席会议并讲话。" * 3,
                  "<b>2.督察组集中通报典型案例</b>",
                  "督察组深入一线、深入现场，查实了一批突出问题，为发挥警示作用，集中公开通报了一批典型案例。",
                  *cases, "<b>3.监测卫星成功发射</b>",
                  "4月16日，我国成功将大气环境监测卫星发射升空，该卫星能够对气态污染物、云和气溶胶进行监测。" * 3]
    related = "".join(f"<li><a href='/r/{i}.html'>某某相关新闻标题第{i}条</a></li>" for i in range(4))
    page = ("<html><body><h1>每周要闻</h1><div class='text'>"
            + "".join(f"<div>{p}</div>" for p in paragraphs)
            + f"<ul>{related}</ul></div></body></html>")
    lines = read_bytes(page.encode(), "digest.html").lines
    for name in ("违法取水", "砂石开采", "大气污染"):
        assert f"▶ 典型案例丨某某地区{name}问题突出 整改落实不力" in lines, lines
    assert not any("相关新闻" in line for line in lines)


def test_the_heading_right_over_the_text_is_the_title_when_the_page_title_names_only_the_site():
    """A page template whose ``<title>`` is the site's name, with a heading over its side menu
    and one over the text (the breadcrumb beside it): the heading over the text is the title."""
    menu = "".join(f"<li><a href='/a{i}.html'>{name}</a></li>" for i, name in
                   enumerate(("公司简介", "总裁致辞", "组织机构", "发展历程", "企业文化")))
    page = ("<html><head><title>某某集团</title></head><body>"
            f"<div class='others'><h2>公司概况</h2><div class='menu'><ul>{menu}</ul></div></div>"
            "<div class='main'><div class='heads'><h2>总裁致辞</h2>"
            "<div class='location'><a href='/'>首页</a> – <a href='/a0.html'>公司概况</a> – 总裁致辞</div></div>"
            "<div id='text'><p>公司始终秉承“为职工谋福祉，为社会做贡献”的责任，把质量和信誉融入生产经营的每一个环节，</p>"
            "<p>把诚信做人、诚实做事作为立业之本。严以修身，俭以养德，用真情服务每一位客户。</p>"
            "<p>总裁 某某某</p></div></div></body></html>")
    assert docgen.parse(page.encode("utf-8"), input_format="html").meta.title == "总裁致辞"


def test_a_title_element_inside_the_body_is_not_read_as_text():
    """A page pasted into another one's markup (a preview window in a ``<pre>``) brings its own
    ``<title>`` into the body; a browser does not show it, and it is no line of the text."""
    inner = ("<html><head><title>预览窗口</title></head><body><pre>"
             "某某区人民法院公告\n本院定于2024年5月10日公开拍卖下列财产，有意者请按规定办理竞买手续，逾期不予受理。\n"
             "一、拍卖标的：某某牌小型轿车一辆，起拍价五万元，竞买保证金一万元。\n</pre></body></html>")
    page = f"<html><head><title>查询系统</title></head><body><pre>\n{inner}</pre></body></html>"
    lines = [line for line in read_bytes(page.encode(), "preview.html").lines if line.strip()]
    assert "预览窗口" not in lines and lines[0].startswith("某某区人民法院公告"), lines


def test_the_title_field_of_a_record_over_the_text_is_the_title():
    """A legal database's record over the text gives the title in the cell after its label
    (``【法规标题】``); the page's ``<title>`` names only the viewer."""
    page = ("<html><head><title>查看法规</title></head><body><div><table>"
            "<tr><td><table><tr><td>【法规标题】</td><td><b>关于印发《某某管理暂行办法》的通知</b></td></tr></table></td></tr>"
            "<tr><td>【发布日期】2010-06-13</td><td>【文号】某会[2010]14号</td></tr>"
            "<tr><td>【发文机关】财政部</td><td>【行业分类】</td></tr>"
            "<tr><td>【效力状态】现行有效</td><td>【效力级别】</td></tr>"
            "<tr><td>【主题分类】财务管理</td><td>【地域分类】全国</td></tr></table>"
            "<div>各有关单位：</div><div>为了规范某某单位的财务管理，优化内部治理，根据有关法律法规，我部制定了《某某管理暂行办法》，"
            "现予印发，自2011年1月1日起施行。</div><div>各单位要结合实际，认真贯彻执行，执行中有何问题，请及时反馈。</div>"
            "</div></body></html>")
    assert docgen.parse(page.encode("utf-8"), input_format="html").meta.title == "关于印发《某某管理暂行办法》的通知"


def test_a_closing_sentence_that_gives_an_address_as_a_link_is_read_with_the_text():
    """The text's last sentence gives the site's address as a link (``网址：<a>…</a>。``): it ends
    a sentence, so it is the text's, not a list of links — though nothing follows it."""
    paragraphs = ["一、学校概况", "1.学校位于某某市某某区，是一所以工为主、多学科协调发展的省属重点大学，办学历史悠久。" * 2,
                  "二、咨询方式", "2.学校招生办公室电话：0000-00000000。",
                  "招生网址:<a href='http://zs.example.edu.cn'>http://zs.example.edu.cn</a>。"]
    page = ("<html><head><title>招生章程</title></head><body><div class='con'>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></body></html>")
    lines = read_bytes(page.encode(), "rules.html").lines
    assert "招生网址:http://zs.example.edu.cn。" in lines, lines


def test_a_title_named_element_with_a_run_on_class_word_is_the_title_not_the_sites_banner():
    """A page built of two templates: the banner's own ``<title>`` and text (``某某开放日``) inside
    the body, the page's ``<title>`` naming its column (``招生章程`` / ``媒体关注``); the text's
    title is in an element whose class runs a word on after ``title`` (``titlecon``)."""
    for head, headline in (("招生章程", "某某大学2030年本科招生章程"), ("媒体关注", "某某大学怎样培养应用型人才")):
        page = (f"<html><head><title>{head}</title></head><body><div class='s_header'>"
                "<html><head><title>2030网上校园开放日</title></head>"
                "<p class='kaifang'>2030网上校园开放日</p><p class='kaifangtime'>时间：6月23日-6月28日</p></div>"
                f"<div class='mainleft'><p class='colunomin'><a href='index.jsp'>首页</a>>>{head}</p>"
                f"<div class='content'><p class='titlecon_y'>{headline}</p>"
                "<p>学校坚持以人才培养为中心，不断深化教育教学改革，着力提高人才培养质量，取得了明显成效。</p>"
                "<p>学校面向社会需求设置专业，推进产学研合作，学生的实践能力和创新精神不断增强。</p>"
                "</div></div></body></html>")
        assert docgen.parse(page.encode("utf-8"), input_format="html").meta.title == headline


def test_a_templates_placeholder_heading_is_no_title():
    """A shop system's news view heads every item with the placeholder ``新闻标题`` (“news
    title”), not a headline: the document has no title, and the placeholder is no line of it."""
    page = ("<html><head><title>新闻详情</title></head><body><div class='news'><h3 class='page_title'>新闻标题</h3>"
            "<p>作者：小白 2030-8-31 15:20</p>"
            "<p>近日，在某档综艺节目中，两位嘉宾之间的互动十分有意思，吸引了不少观众的围观，节目关注度颇高。</p>"
            "<p>节目中，嘉宾不断感叹自己演戏遇到难题，原来演戏并没有想象中那么简单，真的是有很多难处的。</p>"
            "</div></body></html>")
    speech = docgen.parse(page.encode("utf-8"), input_format="html")
    assert not speech.meta.title, speech.meta.title
    assert not any(getattr(b, "text", "") == "新闻标题" for b in speech.blocks)


def test_a_sections_header_holds_the_title():
    """A blog template: the site's name as a heading in the logo's box (``<div id="logo"><h1>``)
    and the author's name beside it; the article's title in the ``<header>`` of its
    ``<section>``, which is the section's, not the page's header: it is read, and the title."""
    page = ("<html><head><title>某某博客</title></head><body><div id='header'><div id='logo'>"
            "<h1><a href='#'>某某博客</a></h1><span>by SomeAuthor</span></div></div>"
            "<div id='content'><section><header><h2>坚持正确的政治方向与舆论导向</h2></header>"
            "<p>总书记在讲话中对广大新闻工作者提出希望：坚持正确政治方向，坚持正确舆论导向，坚持正确新闻志向。</p>"
            "<p>要掌握正确的舆论导向，就要提高记者的自身素质，熟练运用各种新闻体裁，把新闻写活，让读者爱不释手。</p>"
            "</section></div></body></html>")
    speech = docgen.parse(page.encode("utf-8"), input_format="html")
    assert speech.meta.title == "坚持正确的政治方向与舆论导向"


def test_the_title_named_element_over_the_text_is_the_title_when_the_page_title_names_the_view():
    """A company template: ``<title>`` names the view (``新闻详情页``), title-named elements head
    the side column and the footer's menus, and the one right over the text — only the date
    line between them — holds the headline."""
    foot = "".join(f"<p class='foot_nav_title'>{name}</p>" for name in ("关于我们", "新闻中心", "项目案例"))
    page = ("<html><head><title>新闻详情页</title></head><body>"
            "<div class='left_title'><p class='left_title_1'>新闻中心</p><p class='left_title_2'>NEWS CENTER</p></div>"
            "<div class='right_title'><span>公司新闻</span><p>您当前的位置：新闻中心 > 公司新闻</p></div>"
            "<div class='news_title'>某某公司承建的超高层公共建筑顺利封顶</div>"
            "<div class='news_time'>更新时间：2030-11-11</div><div class='news_p'>"
            "<p>11月10日，由某某公司承建的某某中心主体结构顺利封顶，标志着工程建设进入新的阶段，各方代表出席了仪式。</p>"
            "<p>该项目总建筑面积约二十万平方米，建成后将成为当地新的地标建筑，为区域经济发展注入新的活力。</p>"
            f"</div><div class='foot'>{foot}</div></body></html>")
    assert docgen.parse(page.encode("utf-8"), input_format="html").meta.title == "某某公司承建的超高层公共建筑顺利封顶"


def test_the_heading_that_opens_the_text_is_the_title_not_the_columns_heading_over_it():
    """A column's heading (``<h1>新闻中心</h1>``) right over a text that opens with its own
    ``<h1>`` headline, the page's ``<title>`` naming only the service: the text's heading is the title."""
    page = ("<html><head><title>某某车票预订系统</title></head><body>"
            "<section class='banner'><h1>新闻中心 <span>NEWS CENTER</span></h1></section>"
            "<div class='news-detail'><h1>购买暑假学生火车票的同学们注意啦！</h1><p>发布时间：2030-6-28</p>"
            "<p>暑假将至，学生购买火车票须持有效的学生证，乘车区间须与学生证上的区间一致，请同学们提前核对。</p>"
            "<p>学生票每学年可购买四次单程票，购票时请按照车站工作人员的指引办理优惠资质核验手续。</p>"
            "</div></body></html>")
    assert docgen.parse(page.encode("utf-8"), input_format="html").meta.title == "购买暑假学生火车票的同学们注意啦！"


def test_a_scrapers_record_over_a_text_gives_its_title_and_no_lines():
    """``title:`` / ``url:`` / ``author:`` / ``content:`` over a text a scraper exported: the
    title is the title: value, the other fields are the record's, not the document's; the
    line numbers stay those of the file."""
    lines = ["title: 某某县关于做好防汛工作的通知", "url: http://www.example.gov.cn/a/1.htm", "author: 某某县人民政府网",
             "content: ", "各乡镇人民政府：", "现将有关事项通知如下。"]
    record = export_header(lines)
    assert record.title == "某某县关于做好防汛工作的通知"
    assert record.lines == ("某某县关于做好防汛工作的通知", "", "", "", "各乡镇人民政府：", "现将有关事项通知如下。")
    speech = docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")
    assert speech.meta.title == "某某县关于做好防汛工作的通知"
    printed = " ".join(getattr(b, "text", "") for b in speech.blocks)
    assert "author" not in printed and "某某县人民政府网" not in printed and "content" not in printed
    # a text that only opens with a field line or two is no record
    plain = ["时间：2030年1月2日", "地点：某某会议室", "会议由张三主持。"]
    assert export_header(plain).title is None and export_header(plain).lines == tuple(plain)
