"""Every pattern and threshold the parser uses to recognise the parts of a document, named and
commented in one place.  The modules of :mod:`docgen.parser` hold logic only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .. import chars

CN_DIGITS = "一二三四五六七八九十百零〇两"
_CN = f"[{CN_DIGITS}]"
#: Zero as scraped texts write it in dates: 〇, 零, the white circle ○, the letter O, the digit 0.
_CN_ZERO = "〇零○OＯ0"


@dataclass(frozen=True, slots=True)
class Family:
    """A numbering family: how the items of one level are numbered (一、 / （一） / 1. …).

    ``kind`` says whether a paragraph starting with this number is a heading run into its
    paragraph (``heading``) or an enumeration lead (``enumeration``: 一是, 一要, 首先 …).
    Levels are not fixed per family; they follow the order in which families appear.
    """

    name: str
    pattern: re.Pattern[str]
    kind: Literal["heading", "enumeration"]
    #: A family that is a family only in a text that also uses this other one: ``1 总则`` is
    #: the top level of a text numbered ``1.1`` / ``1.1.1``, and elsewhere just a number.
    requires: str | None = None


def _family(name: str, regex: str, kind: Literal["heading", "enumeration"],
            requires: str | None = None) -> Family:
    return Family(name, re.compile(regex), kind, requires)


#: Units and words that follow a number in a sentence (``1.5亿元``, ``3 个乡镇``, ``2 月``): a
#: number followed by one of them is no heading number.
_UNITS = "万亿元%％‰倍个月日年时分秒米吨人户家项次千百十度条件所座台辆名位季周天批轮期届级岁"
#: After a 第X章 number: a space, a colon or comma, Chinese text, or the end of the line.
_DI_TAIL = r"(?=[\s　：:，,]|[^\x00-\x7f]|$)"
#: After a decimal heading number: spaces, then Chinese text, quote or bracket — not a unit.
_DECIMAL_TAIL = rf"(?![\d.．])(?![\s　]*[{_UNITS}])(?=[\s　]*[\u4e00-\u9fff（(《“])"


#: Numbering families, tried in this order (more specific forms first).
FAMILIES: tuple[Family, ...] = (
    # 第一部分 / 第一篇, 第一章, 第一节 — parts, chapters and sections of long texts, each a
    # family of its own (a 节 is part of a 章).
    _family("di-part", rf"^(?P<number>第{_CN}+(?:部分|篇))" + _DI_TAIL, "heading"),
    _family("di-chapter", rf"^(?P<number>第{_CN}+章)" + _DI_TAIL, "heading"),
    _family("di-section", rf"^(?P<number>第{_CN}+节)" + _DI_TAIL, "heading"),
    # 第一， / 第一、 / 第一： — "first, …" used as a top-level heading in speeches.
    _family("di-ordinal", rf"^(?P<number>第{_CN}+[，,、：:])", "heading"),
    # 一、 — level 1 of GB/T 9704 §7.3.3.
    _family("cn-comma", rf"^(?P<number>{_CN}+、)", "heading"),
    # （一） — level 2.
    _family("cn-paren", rf"^(?P<number>[（(]{_CN}+[）)])", "heading"),
    # 1.1.1 / 1.1 / 1 — the decimal numbering of plans and emergency plans (应急预案): each
    # depth is a family of its own.  ``1.5亿元`` and ``3 个乡镇`` are numbers in a sentence.
    _family("decimal-3", r"^(?P<number>\d{1,2}\.\d{1,2}\.\d{1,2})" + _DECIMAL_TAIL, "heading"),
    _family("decimal-2", r"^(?P<number>\d{1,2}\.\d{1,2})" + _DECIMAL_TAIL, "heading"),
    _family("decimal-1", r"^(?P<number>\d{1,2})(?=[\s　]+[\u4e00-\u9fff])" + _DECIMAL_TAIL, "heading",
            requires="decimal-2"),
    # 1. / 1． / 1、 — level 3 (a digit followed by a digit is a decimal number or a date, not
    # a label: ``1.8月30日`` is no item 1).
    _family("arabic-dot", r"^(?P<number>\d{1,2}[.．、](?!\d))\s*", "heading"),
    # （1） — level 4.
    _family("arabic-paren", r"^(?P<number>[（(]\d{1,2}[）)])", "heading"),
    # ①
    _family("circled", r"^(?P<number>[①-⑳])", "heading"),
    # 一是 / 二是 — enumeration leads of speeches.
    _family("cn-shi", rf"^(?P<number>{_CN}{{1,3}}是)(?![的否])", "enumeration"),
    # 一要 / 二要.
    _family("cn-yao", rf"^(?P<number>{_CN}{{1,3}}要)(?![求素点闻])", "enumeration"),
    # 首先， / 其次， / 再次， / 最后，
    _family("sequence", r"^(?P<number>首先|其次|再次|最后)(?=[，,])", "enumeration"),
)

#: A chapter heading without a number (``总　则``, ``附　则``, ``法律责任``) in a text of
#: articles: a short line without punctuation standing right before an article or a 第X节,
#: or right after a 第X章 line that has no title of its own (then the two are one heading).
#: The text must have at least CHAPTER_TITLE_MIN_ARTICLES articles.
#: Not a line naming a body (a signature) or starting ``关于``, nor one ending with a genre word
#: that is longer than CHAPTER_TITLE_GENRE_MAX_CHARS (``某某市城市供水管理办法`` is a title;
#: ``会议制度`` may be a chapter).
CHAPTER_TITLE_MAX_CHARS = 12
CHAPTER_TITLE_GENRE_MAX_CHARS = 6
CHAPTER_TITLE_MIN_ARTICLES = 2

#: The separator after a number (``1.`` / ``1、`` / ``1．``): two in one family is reported.
NUMBER_SEPARATOR = re.compile(r"[.．、，,：:]$")

#: 第一条 — an article of a regulation; the article text follows, with or without a space.
ARTICLE = re.compile(rf"^(?P<number>第{_CN}+条)(?:[\s　]+|(?=[^\s　]))(?P<text>.*)$")

#: Enumeration leads inside a paragraph: ``一是`` / ``二要`` after the start of the text or a
#: clause mark.  A comma is allowed before one (``具体来讲，一要……``) because only runs that
#: count up from the first number are kept (see :mod:`docgen.parser.spans`).
INLINE_ENUMERATION = re.compile(
    rf"(?:^|(?<=[。！？；：，]))(?P<number>(?P<value>{_CN}{{1,2}})(?P<word>[是要]))(?![的否求素点闻])")

#: Words of a 首先/其次/再次/最后 sequence, in their order; inside a paragraph they count only when
#: at least :data:`SEQUENCE_MIN_WORDS` of them follow one another.
SEQUENCE_WORDS = ("首先", "其次", "再次", "最后")
INLINE_SEQUENCE = re.compile(r"(?:^|(?<=[。！？；]))(?P<number>首先|其次|再次|最后)(?=[，,])")
SEQUENCE_MIN_WORDS = 2

#: Longest standalone heading, in characters.  Headings are one line of at most 28 字 as a
#: rule; two-line headings exist, three-line ones are paragraphs.
HEADING_MAX_CHARS = 60

#: A numbered line that is one whole sentence (``一是要绝对忠诚。``) is a heading only when it is
#: this short (characters after the number) and has at most :data:`SENTENCE_HEADING_MAX_COMMAS`
#: commas; longer numbered sentences (``2.各乡镇……要及早安排好……工作。``) are items of a list.
SENTENCE_HEADING_MAX_CHARS = 18
SENTENCE_HEADING_MAX_COMMAS = 1

#: A run-in heading (the first clause of a numbered paragraph, ``一、……。正文``) is at most this
#: long (characters after the number) with at most :data:`LEAD_MAX_COMMAS` commas; a longer first
#: clause is the paragraph's first sentence, and the paragraph is a numbered item.
LEAD_MAX_CHARS = 36
LEAD_MAX_COMMAS = 2
#: A first clause ending in a semicolon is a lead only without commas and this short: list items
#: (``3. 对于……的单位和个人，给予通报表扬；……``) end their first clause with one.
SEMICOLON_LEAD_MAX_CHARS = 16

#: When at least :data:`ITEM_MAJORITY_MIN` and this share of the numbered paragraphs of one
#: family are plain numbered sentences, the rest of them are numbered sentences too.
ITEM_MAJORITY = 2 / 3
ITEM_MAJORITY_MIN = 2

#: 称呼 / 主送: starts with a form of address, or is a list of bodies ending in a colon.
SALUTATION = re.compile(
    r"^(?:尊敬的|亲爱的|各位|同志们|女士们|先生们|朋友们|老师们|同学们|全体|大家)"
    r"[^。！？!?]{0,60}[：:]$"
    r"|^各[^。！？!?]{1,150}[：:]$"
)
#: The first line of the body ending in a colon is the addressee line (主送机关) when it names
#: addressees with one of these words and is no longer than :data:`ADDRESSEE_MAX_CHARS`
#: (``市政府直属各单位：``, ``县人大常委会：``).
ADDRESSEE_WORDS = re.compile(r"单位|部门|机构|政府|委员会|常委会|党委|办公室|办公厅|同志|代表|委员|领导|来宾|局|厅|院")
ADDRESSEE_MAX_CHARS = 150
#: Each name in a salutation or addressee list (between ``，`` ``、`` ``；``) is at most this long;
#: a longer part is a clause of a sentence that happens to end in a colon.
ADDRESSEE_PART_MAX_CHARS = 30
ADDRESSEE_SEPARATORS = re.compile(r"[，,、；;]")

#: 结束语: the speaker's last words.
CLOSING = re.compile(r"^(?:[^。！？]{0,16}[，,])?(?:谢谢(?:大家|各位|你们)?|我就讲(?:这些|到这里)|就讲到这里)[。！!…]*$")

#: A date: ``2023年6月12日``, ``二〇二三年六月十二日``, ``二○一一年八月九日`` (○ for 〇).
DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    rf"|[{_CN_ZERO}一二三四五六七八九]{{4}}年[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日"
)

#: The date/occasion line under a title: ``（2023年6月12日）``, ``（2023年6月12日在……上）``,
#: ``（2005年11月25日……会议通过）``, ``（1991年3月26日……令19号发布）``.
DATE_LINE = re.compile(r"^[（(](?P<inner>[^（）()]*?(?:" + DATE.pattern + r")[^（）()]*)[）)]$")

#: The same line without its brackets, as law databases print it:
#: ``1949年10月18日……第一次会议通过``.
UNBRACKETED_DATE_LINE = re.compile(
    r"^(?P<inner>(?:" + DATE.pattern + r")[^（）()。，,；;]{2,60}?(?:通过|公布|发布|施行|修订|修正|批准|印发))$")

#: A title line with its date line and speaker run into it:
#: ``……的讲话（2024年3月5日在……上）国务院总理 李强``.
MERGED_TITLE = re.compile(
    r"^(?P<title>[^（）()]{4,}?)[（(](?P<inner>[^（）()]*?(?:" + DATE.pattern + r")[^（）()]*)[）)]"
    r"(?P<speaker>[^（）()。，]{0,24})$")

#: A subtitle under the title: ``——在全县……会议上的讲话``.
SUBTITLE = re.compile(r"^(?:——|--|—)\s*(?P<text>\S.*)$")

#: A speaker line: office and name separated by spaces (``县委书记 张三``), or a name alone
#: spaced out (``张　三``).
SPEAKER = re.compile(r"^(?P<office>[\u4e00-\u9fff、]{2,20})[ \u3000]+(?P<name>[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3})$")
#: A personal name alone on the line under a title (``蒋巨峰``): two to four Han characters
#: that do not end like the name of a body (see :data:`BODY_SUFFIX`).
BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")

#: The name of a body ends in one of these: 国务院, 化工部, 县人民政府, 中央军委, 省人大常委会 ….
BODY_SUFFIX = re.compile(r"(?:部|院|委|会|局|厅|署|办|室|府|处|所|中心|政府|委员会|法院|检察院|党组|支部|公司|集团|"
                         r"政治协商会议)$")
#: A line that starts with the name of a government body (``平凉市崆峒区人民政府工作规则``)
#: starts a title of its own: it does not continue a line above that names no body (a site's
#: name such as ``甘肃崆峒``), which is page furniture then.
STARTS_WITH_BODY = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:人民政府|人民代表大会常务委员会|委员会|办公室|办公厅|"
                              r"人民法院|人民检察院)")
#: Longest line above a title that is taken for page furniture that way.
FURNITURE_ABOVE_TITLE_MAX_CHARS = 12

#: Longest line naming the issuing body under a title (characters).
ISSUER_MAX_CHARS = 24

#: 发文机关标志: the red header line ``湖南省人民政府办公厅文件``.
ISSUER_MARK = re.compile(r"^(?P<issuer>[\u4e00-\u9fff（）()、 　]{2,40}文件)$")

#: 发文字号: ``湘政办发〔2009〕24号``, ``瑞政办(2011)129号`` (brackets of any kind, also
#: the ``[2018]`` of a scraped text).
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[（(【]\s*\d{4}\s*[〕\]）)】]\s*(?:第\s*)?\d{1,4}\s*号")
#: The year of a document number in brackets of any kind: GB/T 9704 §7.2.5 writes it in
#: 六角括号 〔〕, which pages and copies replace with what a keyboard has (``(2011)``, ``[2018]``).
NUMBER_YEAR = re.compile(r"[〔\[（(【]\s*(?P<year>\d{4})\s*[〕\]）)】]")

#: A title line ending with its document number in brackets: ``……的通知（岳办发〔2017〕2号）``.
TITLE_WITH_NUMBER = re.compile(r"^(?P<title>.+?)[（(](?P<number>" + DOCUMENT_NUMBER.pattern + r")[）)]$")
#: A document number at the end of a line, after a space or straight after the title's genre
#: word (a page's title and number run together: ``……的通知 瑞政办〔2011〕129号``).
TRAILING_NUMBER = re.compile(r"(?P<number>" + DOCUMENT_NUMBER.pattern + r")$")

#: Words that end (or name) the kind of a text: a line containing one of them, or 关于, can be
#: a title; a title broken over lines is complete when its last line ends with one.
GENRE_WORDS = (
    "通知", "通报", "通告", "公告", "意见", "决定", "决议", "办法", "规定", "条例", "规则", "细则",
    "章程", "方案", "规划", "计划", "纲要", "要点", "报告", "请示", "批复", "函", "纪要", "讲话",
    "致辞", "发言", "演讲", "说明", "总结", "汇报", "倡议书", "公开信", "贺信", "开场白", "主持词",
    "讲稿", "指引", "标准", "制度", "守则", "准则", "措施", "建议", "议案", "命令", "令",
    "预案",
)
GENRE = re.compile("(?:" + "|".join(sorted(GENRE_WORDS, key=len, reverse=True)) + ")")
#: Where the genre word may sit: within this many characters of the end (``……的讲话范文``,
#: ``……实施方案（2023—2025年）``).
GENRE_NEAR_END = 14
#: ``关于`` near the start marks a 公文 title (``关于……的通知``) even when the genre word is on a
#: line of its own.
TITLE_ABOUT = re.compile(r"^.{0,30}关于")

#: A title line is short and ends without sentence punctuation.
TITLE_MAX_CHARS = 60
TITLE_MAX_LINES = 3

#: How many lines from the top the header may take (page furniture included).
HEADER_MAX_LINES = 30

#: Lines of web-page furniture the cleaner may have left around the header: breadcrumbs,
#: ``label：value`` index fields of government portals, download links, bare labels, the
#: values under them and navigation words.
PAGE_FURNITURE = re.compile(
    r"^(?:.*(?:当前位置|您的位置|您现在的位置|所在位置)"
    r"|.*[>»＞].*|.*(?:\s*[|｜]\s*\S+){2,}\s*[|｜]?\s*|.*\s[|｜](?:\s*[|｜])+\s*"
    r"|[•·]?\s*(?:索引号|主题分类|组配分类|信息分类|发文机构|发布机构|发文字号|文号|发文日期|成文日期|生成日期|"
    r"生效时间|废止时间|有效性|发布日期|发布时间|归档时间|内容概述|名称|信息来源|来源|关键词|主题词|公文目录|"
    r"浏览次数|浏览量|访问次数|下载地址|字体|字号|视力保护色|时间|作者|责任编辑)(?:\s*[:：]|\s+\S).*"
    r"|[•·].*|栏目导航|常用范文|返回顶部|打印本页|关闭窗口|首页.*|Top|TOP"
    r"|[\d/\-:： 年月日]+|[\w-]+/\d{4}-\d+)$"
)

#: 附注: a short remark in parentheses under the date — ``（此件公开发布）``.
NOTE = re.compile(r"^[（(](?P<text>[^（）()]{2,40})[）)]$")

#: 附件说明: ``附件：1. ……``.
ATTACHMENT = re.compile(r"^附\s*件\s*\d*\s*[：:]")
#: The label alone, ``附件：`` / ``附件2``, at the head of an attachment printed after the
#: signature (GB/T 9704 §8): the attachment's title follows on the next line.
ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*\d*\s*[：:]?$")
#: A further item of an attachment note, also when its number runs straight into a year
#: (``2.2010年度……计划表``), which is no heading number.
ATTACHMENT_ITEM = re.compile(r"^\d{1,2}\s*[.．、]")
#: One name of an attachment note, with the note's label and its number where it has them:
#: ``附件：1.工作任务分解表`` / ``2.标准清单`` / ``附件：工作须知`` (the name as ``name``).
ATTACHMENT_NOTE_NAME = re.compile(r"^(?:附\s*件\s*[：:]\s*)?(?:(?P<number>\d{1,2})\s*[.．、]\s*)?(?P<name>.*)$")

#: 附件标识 (GB/T 9704 §7.3.7): "附件" and the attachment's number alone on a line —
#: ``附件`` / ``附件1`` / ``附件 1`` / ``附件一`` / ``附件1：`` — at the head of an attachment
#: printed after the main text.  With a name after it (``附件：1. ……``) it is a note instead.
ATTACHMENT_START = re.compile(rf"^附\s*件\s*(?P<number>\d{{1,2}}|{_CN}{{1,3}})?\s*[：:]?$")
#: Words that end the title of an attachment besides the genre words of documents
#: (:data:`GENRE_WORDS`): attachments are often forms, lists and instructions
#: (``……汇总表``, ``……名单``, ``工作须知``).  A title broken over lines is complete with one.
ATTACHMENT_GENRE_WORDS = ("表", "名单", "清单", "名录", "目录", "须知", "指南", "指引", "流程", "样式",
                          "格式", "范本", "模板", "回执", "一览", "承诺书", "申请书", "推荐书", "协议",
                          "合同", "说明书", "任务书", "责任书")
ATTACHMENT_GENRE = re.compile("(?:" + "|".join(sorted(GENRE_WORDS + ATTACHMENT_GENRE_WORDS, key=len, reverse=True)) + ")")
#: A row of a table copied as text (``序号 姓名 单位 职务``): three or more short cells apart by
#: spaces, one of them at least two characters (a title spaced out character by character,
#: ``工 作 须 知``, is no row).  Never an attachment's title.
TABLE_ROW = re.compile(r"^(?=.*\S{2})\S{1,10}(?:[ \u3000\t]+\S{1,10}){2,}$")

#: 版记 lines: ``抄送：……。``, ``主送：……``, ``XX办公室 2023年6月12日印发``, and the print count
#: of older documents, ``共印60份``.
DISTRIBUTION = re.compile(r"^(?:抄\s*送|主\s*送|分\s*送|抄\s*报)\s*[：:]|^.{2,30}\s+" + r"(?:" + DATE.pattern
                          + r")\s*印\s*发$|^[（(]?\s*共印\s*\d+\s*份\s*[）)]?$")

#: The formula that ends the text of a notice, a circular or a reply (``特此通知``, ``此复``): the
#: end of the body, never part of the signature under it.
CLOSING_FORMULA = re.compile(r"^(?:特此|专此|此复|此致)\S{0,4}[。！!]?$")

#: The issuing body in a signature block: a short name without punctuation.
SIGNATURE_MAX_CHARS = 30
SIGNATURE_MAX_LINES = 3


def match_number(text: str) -> tuple[Family, str] | None:
    """The numbering family and number a line starts with, if any."""
    for family in FAMILIES:
        m = family.pattern.match(text)
        if m:
            return family, m.group("number")
    return None


def clause_end(text: str, start: int = 0) -> int | None:
    """Index just after the first clause-ending mark (。！？；：) at bracket depth 0."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in chars.OPENING:
            depth += 1
        elif ch in chars.CLOSING:
            depth = max(0, depth - 1)
        elif ch in chars.CLAUSE_END and depth == 0:
            end = i + 1
            while end < len(text) and text[end] in chars.CLOSING:
                end += 1
            return end
    return None


def commas(text: str) -> int:
    """Number of commas (full or half width) in ``text``."""
    return text.count("，") + text.count(",")


def compact(text: str) -> str:
    """``text`` without spaces (``指  导  意  见`` → ``指导意见``), for matching only."""
    return re.sub(r"[\s\u3000]+", "", text)
