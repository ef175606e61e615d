"""A government or news page copied as text keeps its chrome in the text: a disclosure page's
index with the colons of a keyboard, several fields on a line, labels the index tables of other
pages do not use; the site's link run into the fields; the font-size tool; the label of the
attachment widget and its file; a bulleted link to the next article; a share tool between
dashes; a portal's link, time and source over an article.  Made-up text in those shapes; the
body stays whole, in both widths of punctuation."""

from __future__ import annotations

import pytest

from docgen.cleaner import clean
from docgen.shapes.meta import meta_fields

BODY = ["为切实做好某某工作，保障人民群众生命财产安全，根据有关法律法规，决定发布本令。",
        "一、时间:自即日起至次年4月30日。",
        "二、区域:全县所有山林及其周边100米范围内的野外区域。"]


def texts(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def kept(lines: list[str]) -> str:
    return "\n".join(texts(lines))


@pytest.mark.parametrize("line", [
    "索引号:  000012345/2022-00100 统一登记号: ABDR—2022—00001",
    "公开责任部门:  县某某局 公布日期: 2022-09-11",
    "签署日期:2012-09-20 登记日期:2012-09-20 所属机构:",
    "所属主题:综合政务 发文日期:2012-09-20 公开责任部门:县政府某某办",
    "信息时效期：2023-04-30　公开方式：政府网站",
])
def test_the_fields_of_a_disclosure_index_make_a_metadata_line(line):
    assert meta_fields(line) is not None


def test_the_index_block_of_a_disclosure_page_goes_and_the_body_stays():
    lines = ["某某县人民政府禁火令", "", "日期:2022-09-11   来源:  某某县司法局", "字体大小:",
             "索引号:  000012345/2022-00100 统一登记号: ABDR—2022—00001",
             "公开责任部门:  县某某局 公布日期: 2022-09-11", "", *BODY]
    out = kept(lines)
    for gone in ("字体大小", "统一登记号", "公开责任部门"):
        assert gone not in out
    assert "为切实做好某某工作" in out and "二、区域" in out


def test_the_sites_link_run_into_its_metadata_line_goes():
    lines = ["某某县发布森林防火令", "", " http://www.example.gov.cn/ 时间:2022-10-27 10:14 信息来源:", "", *BODY]
    out = kept(lines)
    assert "example" not in out and "信息来源" not in out
    assert "为切实做好某某工作" in out


def test_a_portals_link_time_and_source_over_an_article_go():
    lines = ["某某领导会见某某代表团", "http://www.example.com.cn 2011年10月25日21:58 某某网", "", *BODY]
    out = kept(lines)
    assert "example" not in out
    assert "为切实做好某某工作" in out


def test_the_attachment_widget_and_its_file_go_below_a_page():
    lines = ["某某县人民政府禁火令", "", *BODY, "", "某某县人民政府", "2022年9月11日", "", "相关附件下载:",
             "1_ABDR—2022—00001某某县人民政府禁火令(某县政发〔2022〕6号).docx", "扫一扫在手机打开当前页",
             "分享到 :", "主办:某某县人民政府", "备案号:某ICP备11013490号"]
    out = kept(lines)
    assert "附件" not in out and ".docx" not in out
    assert "2022年9月11日" in out


def test_bulleted_links_to_other_articles_and_a_dashed_share_tool_go():
    lines = ["某某区发布禁放通告", "—分享—", *BODY, "",
             "  • 上一篇:走近某某老兵:满腔热血写忠诚", "  • 下一篇:某某区出新招 “某某席”摆进“新家”"]
    out = kept(lines)
    assert "分享" not in out and "上一篇" not in out and "下一篇" not in out
    assert "二、区域" in out


def test_the_closing_headline_and_article_number_of_a_page_go():
    lines = ["某某县发布森林防火令", "", *BODY, "", "某某县发布森林防火令", "", "29132150"]
    out = texts(lines)
    assert out[0] == "某某县发布森林防火令" and out.count("某某县发布森林防火令") == 1
    assert "29132150" not in out and out[-1].startswith("二、区域")


def test_a_signature_that_repeats_the_title_stays_without_a_number_under_it():
    lines = ["某某县人民政府", "", *BODY, "", "某某县人民政府"]
    assert texts(lines).count("某某县人民政府") == 2


def test_a_related_articles_teaser_cut_off_with_dots_goes():
    lines = ["关于禁燃禁放烟花爆竹的通告", *BODY, "某某市人民政府", "2021年3月10日", "新闻推荐",
             "闹元宵某某街道志愿者开展服务活动2月26日,传统农历元宵节,因为下过了一场雪,天气有些冷,某某办事处..."]
    out = texts(lines)
    assert not any("闹元宵" in line for line in out)
    assert out[-1] == "2021年3月10日"


def test_a_speech_line_with_a_date_and_a_writers_ellipsis_stays():
    lines = ["在某某大会上的讲话", "同志们：", "我们永远记得10月1日，那天全城的人都走上街头……", *BODY]
    assert "我们永远记得10月1日，那天全城的人都走上街头……" in texts(lines)
