"""An address a notice gives as a channel of its own (under its label set apart, under a sentence
sending the reader there, inside its contact block) stays; a page's own address still goes."""

from __future__ import annotations

from docgen.cleaner import clean


def kept(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines]


def test_an_address_under_its_label_set_apart_stays():
    lines = ["公示期间如有异议，可向某某区委组织部反映。", "监督网址：", "https://www.example-jubao.cn",
             "通信地址：某某市某某路8号", "某某区委组织部"]
    assert "https://www.example-jubao.cn" in kept(lines)


def test_an_address_under_a_sentence_sending_the_reader_there_stays():
    lines = ["报名工作于5月10日开始。", "考生请登录以下网站填报信息：", "http://www.example-kaoshi.cn", "特此公告。"]
    assert "http://www.example-kaoshi.cn" in kept(lines)


def test_an_address_inside_a_contact_block_stays():
    lines = ["如有疑问，请与我们联系。", "联系电话：0000-1234567", "www.example-xiehui.org.cn",
             "通信地址：某某市某某路9号", "某某市某某协会"]
    assert "www.example-xiehui.org.cn" in kept(lines)


def test_a_pages_own_address_under_its_link_label_or_a_plain_line_still_goes():
    under_link = ["会议于昨日召开。", "原文链接：", "https://www.example.com/news/2030/1.html", "责任编辑：张三"]
    assert "https://www.example.com/news/2030/1.html" not in kept(under_link)
    under_text = ["会议于昨日召开，与会人员进行了交流。", "www.example-site.com"]
    assert "www.example-site.com" not in kept(under_text)
    mobile = ["会议于昨日召开。", "手机访问：", "m.example-site.com"]
    assert "m.example-site.com" not in kept(mobile)
