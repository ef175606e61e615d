"""Real-world inputs, read and cleaned: saved pages of 范文 sites, news portals, government
portals and legal databases, texts in GBK, Big5, UTF-16 and with CRLF line ends, text from
Word extractors and PDFs, a Word file, and the five examples.

Each fixture in ``tests/fixtures/input/`` has a ``.body.txt`` beside it, written by hand
from reading the page or text: its title and body as a reader sees them.  The kept text must
equal it up to the documented normalisations (:func:`comparable`), so no body sentence is
lost and no chrome is kept; the table adds must-keep and must-drop lines and the metadata.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers.documents import FIXTURES, SEEDS, seed

import docgen
from docgen.cleaner import clean
from docgen.readers import read_bytes, read_path

INPUT = FIXTURES / "input"


@dataclass(frozen=True)
class Case:
    name: str
    encoding: str                         # as the diagnostics state it
    title: str | None
    keep: tuple[str, ...] = ()            # lines (or parts of lines) that must be kept
    drop: tuple[str, ...] = ()            # text that must not survive anywhere
    meta: dict[str, str] = field(default_factory=dict)


CASES = (
    Case("fanwen-site.html", "utf-8", "在全县乡村振兴工作推进会上的讲话",
         keep=("同志们：", "一、提高政治站位，深刻认识做好乡村振兴工作的重大意义", "谢谢大家！",
               "以“时时放心不下”的责任感"),
         drop=("设为首页", "您的位置", "VIP", "下载本文", "温馨提示", "上一篇", "相关范文",
               "网友评论", "写得很好", "热门范文", "免责声明", "侵权", "ICP", "阅读：", "统计代码"),
         meta={"author": "笔杆子", "published": "2024-07-12"}),
    Case("news-portal-gbk.html", "gb18030 (as the page declares: gbk)", "全省优化营商环境大会召开",
         keep=("“一网通办”事项达到1,286项", "做到发现一起、查处一起、通报一起。"),
         drop=("分享到", "责任编辑", "关键词", "相关新闻", "网友评论", "办事真方便", "排行榜",
               "版权所有", "Copyright", "许可证", "某某网首页"),
         meta={"source": "某某日报", "author": "王五", "published": "2024年03月05日 18:20"}),
    Case("gov-portal-lying-charset.html", "utf-8 (the page declares gb2312, wrongly)",
         "某某市人民政府办公室关于进一步做好城市内涝防治工作的通知",
         keep=("（一）压实防治责任。各县（市、区）人民政府是本行政区域城市内涝防治的"
               "责任主体，主要负责同志是第一责任人。", "做到“一处一策”。", "2．城市内涝防治工作联系人名单",
               "联系人：张三，联系电话：0000-12345678。", "（此件公开发布）"),
         drop=("当前位置", "索引号", "发文字号", "字体", "打印本页", "关闭窗口", "扫一扫", "相关文件", "网站地图",
               "网站标识码", "ICP", "公网安备", "分辨率", "中国政府网", "长者模式"),
         meta={"source": "市政府办公室", "published": "2024-04-28 16:30",
               "document_number": "某政办发〔2024〕12号"}),
    Case("gov-layout-table-gb2312.html", "gb18030 (as the page declares: gb2312)",
         "关于开展2024年度全县森林防火专项检查的通知",
         keep=("各乡镇人民政府，县直有关单位：", "一、检查时间", "某某县人民政府办公室", "2024年2月18日"),
         drop=("网站首页", "栏目导航", "县政府文件", "发布者", "点击数", "打印本页", "版权所有", "ICP"),
         meta={"published": "2024-2-19"}),
    Case("legal-database.html", "utf-8", "某某省城市供水条例",
         keep=("第一章　总则", "第一条　为了加强城市供水管理", "第六条　本条例自2024年10月1日起施行。"),
         drop=("地方性法规", "司法解释", "制定机关", "下载Word", "打印", "相关法规", "主办单位", "ICP")),
    Case("fanwen-copy-gbk.txt", "gb18030, LF line ends", "在全市安全生产工作会议上的讲话",
         keep=("我们必须保持“时时放心不下”的警醒，绝不能有丝毫松懈。",),
         drop=("好范文网", "www.", "首页 >", "浏览次数", "……", "相关范文", "讲话（二）", "安全生产表态发言",
               "本文由", "下载本文", "上一篇", "下一篇"),
         meta={"source": "好范文网", "published": "2023-02-15 09:21:07"}),
    Case("wrapped-crlf.txt", "utf-8, CRLF line ends", "关于加强机关作风建设的意见",
         keep=("为进一步转变机关作风，提高工作效能，打造忠诚干净担当的干部队伍，结合我局实际，现就加强机关作风"
               "建设提出如下意见。", "一、总体要求", "（二）提升服务效能。全面推行首问负责、限时办结、一次性告知等"
               "制度，", "某某市某某局", "2024年3月8日"),
         drop=("— 1 —",)),
    Case("traditional-big5.txt", "big5, CRLF line ends", "市長在年度市政會議上的致詞",
         keep=("我們推動社會住宅、改善交通路網，並強化長者照顧與幼兒托育服務，讓市民的生活更加便利。", "謝謝大家！")),
    Case("word-extract-utf16.txt", "utf-16-le, CRLF line ends", "在全县教育工作会议上的讲话",
         keep=("同志们：", "新增学位3,600个，“双减”工作扎实推进", "这一目标……着力抓好三件事：",
               "部署今年的重点任务。"),
         drop=("bookmark", "image1", "第1页", "第2页", "...")),
    Case("gov-disclosure-copy.txt", "utf-8, LF line ends", "某某县人民政府办公室关于做好2024年政务公开工作的通知",
         keep=("各单位要按照“首页 > 政务公开”的栏目设置，统一规范公开目录，方便群众查找。",
               "报送信息时，请注明文号、发布机构和发布日期。索引号由县政务公开办统一编制。",
               "报名表下载地址：www.example.gov.cn/bmb", "某政办发〔2024〕8号"),
         drop=("当前位置", "首页>>", "索引号：", "发布机构：", "主题分类", "有效性", "成文日期", "2024年03月15日",
               "字号", "视力保护色", "打印", "关闭", "分享到", "下载地址：点击", "字体"),
         meta={"document_number": "某政办发〔2024〕8号", "published": "2024-03-18"}),
    Case("entities-utf8-bom.txt", "utf-8-sig, LF line ends", "在XX镇党建工作推进会上的讲话",
         keep=("坚持“抓党建、促发展”的工作思路", "王**同志、××同志", "一是要抓好支部标准化建设；",
               "2024年X月X日", "____"),
         drop=("&nbsp;", "&ldquo;", "<br", "\x07", "\u200b")),
)


# --------------------------------------------------------------------------- the comparison


#: The documented normalisations: full/half width, quote and bracket forms, ellipsis and dash
#: spellings, and all whitespace (indentation, line breaks, inner spaces) are not content.
_SAME = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "。": ".", "、": ","})


def comparable(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_SAME)
    text = re.sub(r"\.{3,}|…+", "…", text)
    text = re.sub(r"[-—─]{2,}", "—", text)
    return re.sub(r"\s+", "", text)


def cleaned(source) -> tuple[str, object]:
    result = clean(source.lines)
    return "\n".join(line.text for line in result.lines), result


def body_of(name: str) -> str:
    return (INPUT / name).with_suffix(".body.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the table


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_kept_text_is_the_body(case):
    text, _ = cleaned(read_path(INPUT / case.name))
    assert comparable(text) == comparable(body_of(case.name))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_must_keep_and_must_drop(case):
    source = read_path(INPUT / case.name)
    text, _ = cleaned(source)
    lines = text.split("\n")
    for wanted in case.keep:
        assert any(wanted in line for line in lines), wanted
    for unwanted in case.drop:
        assert unwanted not in text, unwanted


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_title_meta_and_encoding(case):
    speech = docgen.parse(INPUT / case.name)
    assert speech.meta.title == case.title
    for key, value in case.meta.items():
        assert getattr(speech.meta, key) == value, key
    encodings = [d.message for d in speech.diagnostics if d.code == "encoding"]
    assert encodings == [f"decoded as {case.encoding}"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_cleaning_twice_changes_nothing_on_fixtures(case):
    once, _ = cleaned(read_path(INPUT / case.name))
    twice = clean(once.split("\n"))
    assert "\n".join(line.text for line in twice.lines) == once


def test_every_fixture_is_in_the_table():
    named = {c.name for c in CASES} | {"no-main-text.html"}
    assert {p.name for p in INPUT.iterdir() if not p.name.endswith(".body.txt")} == named
    assert {p.name.removesuffix(".body.txt") for p in INPUT.glob("*.body.txt")} == {
        Path(c.name).stem for c in CASES}


# --------------------------------------------------------------------------- the five examples

#: What cleaning must remove from each example (source line numbers), and the text it must
#: strip from a kept line — read off the files.
SEED_BOILERPLATE = {
    "000": ((), ()),
    "001": ((), ()),
    "002": ((), ()),
    "003": ((), ()),
    "004": ((1, 3, 4, 5), ("[bookmark: _Toc1]",)),
}


@pytest.mark.parametrize("key", sorted(SEED_BOILERPLATE))
def test_examples_lose_only_their_boilerplate(key):
    path = seed(key)
    lines, strip = SEED_BOILERPLATE[key]
    source = path.read_text(encoding="utf-8").splitlines()
    body = "\n".join(line for number, line in enumerate(source, 1) if number not in lines)
    for junk in strip:
        body = body.replace(junk, "")
    text, result = cleaned(read_path(path))
    assert comparable(text) == comparable(body)
    assert sorted(line.number for line in result.removed) == list(lines)
    assert clean(text.split("\n")).lines == tuple(
        type(line)(line.number, line.text) for line in clean(text.split("\n")).lines)


def test_every_example_is_covered():
    assert sorted(p.name[:3] for p in SEEDS) == sorted(SEED_BOILERPLATE)


# --------------------------------------------------------------------------- a Word file


def _png() -> bytes:
    """A 1 × 1 PNG, written out so that the test needs no image file."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


def _messy_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("[bookmark: _Toc1]在全县审计工作会议上的讲话")
    document.add_paragraph("　　同志们:")
    p = document.add_paragraph("　　今天召开会议,主要是总结审计工作")
    p.add_run().add_break()
    p.add_run("的经验,部署下一步任务.")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "序号"
    table.cell(0, 1).text = "单位"
    document.add_paragraph().add_run().add_picture(io.BytesIO(_png()))
    document.add_paragraph("一、提高认识")
    document.add_paragraph("审计监督是党和国家监督体系的重要组成部分,我们要切实担负起职责使命。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_input_is_read_cleaned_and_reports_what_it_leaves_out():
    source = read_bytes(_messy_docx(), "讲话.docx")
    text, _ = cleaned(source)
    assert comparable(text) == comparable(
        "在全县审计工作会议上的讲话\n同志们：\n今天召开会议，主要是总结审计工作的经验，部署下一步任务。\n"
        "一、提高认识\n审计监督是党和国家监督体系的重要组成部分，我们要切实担负起职责使命。")
    assert "今天召开会议，主要是总结审计工作的经验，部署下一步任务。" in text.split("\n")
    notes = {d.code: d for d in source.diagnostics}
    assert "2 row(s) × 3 column(s) after line 4" in notes["docx-table-dropped"].message
    assert "序号" in notes["docx-table-dropped"].message
    assert notes["docx-images-dropped"].message.startswith("1 image(s) not carried over")
    assert notes["docx-images-dropped"].level == "warning"


def test_docx_through_the_pipeline_and_the_changes_report():
    from docgen.report import changes_report

    speech = docgen.parse(_messy_docx(), name="讲话.docx")
    assert speech.meta.title == "在全县审计工作会议上的讲话"
    report = changes_report(speech)
    assert "table of 2 row(s)" in report and "image(s) not carried over" in report
    assert "[markers]" in report and "[broken-lines]" in report
