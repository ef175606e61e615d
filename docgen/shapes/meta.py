"""Metadata fields: the ``label：value`` lines that pages put under an article's title
(``来源：… 作者：… 发布时间：…``) and the index tables of government information-disclosure
pages (索引号, 发布机构, 文号 …).  The HTML reader reads them from a page's head, the cleaner
drops them from the text and keeps their values, the parser's header passes over them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import chars
from . import patterns as S

#: Labels of the metadata lines that pages put under the title, mapped to the ``meta`` field
#: their value goes to (``None``: dropped without keeping the value).  *Strong* labels make
#: a line a metadata line on their own.
META_STRONG: dict[str, str | None] = {
    "来源": "source", "文章来源": "source", "信息来源": "source", "稿件来源": "source",
    "新闻来源": "source", "稿源": "source", "出处": "source", "来源单位": "source",
    "作者": "author", "原作者": "author", "撰稿": "author", "撰稿人": "author",
    "文字作者": "author", "图片作者": None, "文": None, "记者": None,
    "通讯员": None, "供稿": None, "供稿单位": None, "稿件单位": None, "来稿单位": None,
    "发布时间": "published", "发布日期": "published", "更新时间": "published",
    "更新日期": "published", "发表时间": "published", "发表日期": "published",
    "发稿时间": "published", "录入时间": "published", "添加时间": "published",
    "上传时间": "published", "上传日期": "published", "发文日期": "published", "印发日期": "published",
    # 成文日期 is not the date line under a title (meta.date): an official text prints it in its
    # signature, and a portal's index often records another day.
    "成文日期": None,
    "责任编辑": None, "发稿编辑": None, "编辑": None, "责编": None, "初审": None, "复审": None, "终审": None, "浏览次数": None, "阅读次数": None,
    "点击数": None, "点击量": None, "点击次数": None, "访问次数": None, "访问量": None,
    "阅读量": None, "浏览量": None, "发布者": None, "发布人": None, "发布机构": None,
    "信息发布者": None, "信息发布人": None,
    "发布单位": None, "发布部门": None, "录入": None, "录入者": None, "上传者": None,
    "索引号": None, "主题分类": None, "公开目录": None, "发文机关": None, "发文字号": "document_number",
    "文号": "document_number", "文件编号": "document_number",
    "主题词": None, "公开方式": None, "公开范围": None, "公开属性": None, "有效性": None,
    "时效性": None, "效力级别": None, "法规类别": None, "实施日期": None, "施行日期": None,
    "制定机关": None, "体裁分类": None, "组配分类": None, "信息分类": None, "发文机构": None,
    "生成日期": None, "生效日期": None, "生效时间": None, "废止日期": None, "废止时间": None,
    "公开时限": None, "内容概述": None, "归档时间": None, "统一编号": None, "所属机构": None,
    "公开日期": None, "信息名称": None,
    # more fields of a disclosure page's index: its register number, the department answering
    # for it, the day it was published, signed or registered, how long it holds, its theme
    "统一登记号": None, "登记号": None, "公开责任部门": None, "责任部门": None, "公布日期": "published",
    "签署日期": None, "登记日期": None, "信息时效期": None, "时效期": None, "所属主题": None,
    # the kind a news page or a press release files the text under: 文章类型：服务指南, 发布类别：经济类
    "文章类型": None, "文章类别": None, "发布类别": None, "新闻类别": None,
    # a school's or a bureau's news page under its headline: the day of the report and the unit
    # that filed it (報導日期：……, 報導單位：某某國小 教務處)
    "报导日期": "published", "报道日期": "published", "报导单位": None, "报道单位": None,
}
#: *Weak* labels count only next to another label on the same line: ``时间：……`` alone may
#: be a line of a meeting notice.
META_WEAK: dict[str, str | None] = {
    "时间": "published", "日期": "published", "审核": None, "校对": None, "浏览": None,
    "阅读": None, "点击": None, "字号": None, "字体": None, "摄影": None, "图片": None,
    "分类": None, "栏目": None, "标签": None, "关键词": None, "关键字": None, "名称": None,
    "标题": None, "发布": None,
}
META_LABELS: dict[str, str | None] = {**META_WEAK, **META_STRONG}

#: The traditional forms of the characters of the labels (發 for 发, 時 for 时 …): a page in
#: traditional characters prints ``發佈時間：``, and its labels are the same fields.
LABEL_TRADITIONAL: dict[str, str] = {
    "传": "傳", "体": "體", "关": "關", "内": "內", "击": "擊", "单": "單", "发": "發髮", "号": "號",
    "员": "員", "围": "圍", "图": "圖", "处": "處", "实": "實", "对": "對", "属": "屬", "布": "佈",
    "开": "開", "归": "歸", "录": "錄", "摄": "攝", "数": "數", "时": "時", "机": "機", "来": "來",
    "构": "構", "标": "標", "栏": "欄", "档": "檔", "浏": "瀏", "点": "點", "称": "稱", "签": "簽籤",
    "类": "類", "级": "級", "组": "組", "统": "統", "编": "編", "范": "範", "表": "錶", "规": "規",
    "览": "覽", "讯": "訊", "记": "記", "访": "訪", "词": "詞", "读": "讀", "责": "責", "辑": "輯",
    "键": "鍵", "门": "門", "问": "問", "间": "間", "闻": "聞", "阅": "閱", "题": "題", "别": "別",
    "审": "審", "废": "廢", "报": "報", "导": "導",
}
_SIMPLIFIED = str.maketrans({t: s for s, forms in LABEL_TRADITIONAL.items() for t in forms})

#: A reading in pinyin that a script converter put after a character, in brackets: ``發(fā)``,
#: ``數(shù)`` (full width once punctuation is settled).  Tolerated after each character of a
#: label; the text itself is never changed.
PINYIN_GLOSS = r"[(（][a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}[)）]"
_GLOSS = re.compile(PINYIN_GLOSS)
#: A line that may hold a label in traditional characters or glossed: it holds one of those
#: characters or a vowel of pinyin with its tone mark.  Most lines hold neither, and are
#: matched with the plain labels.
OTHER_SCRIPT = re.compile("[" + "".join(LABEL_TRADITIONAL.values()) + "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def _label_pattern(label: str) -> str:
    """The pattern of a label in either script, each character maybe glossed."""
    parts = []
    for c in label:
        forms = c + LABEL_TRADITIONAL.get(c, "")
        parts.append((re.escape(c) if len(forms) == 1 else "[" + forms + "]") + "(?:" + PINYIN_GLOSS + ")?")
    return "".join(parts)


def label_key(raw: str) -> str:
    """The label as :data:`META_LABELS` names it: ``發(fā)布時間`` → ``发布时间``."""
    return _GLOSS.sub("", raw).translate(_SIMPLIFIED)


_LABELS = "|".join(sorted(map(re.escape, META_LABELS), key=len, reverse=True))
_ANY_SCRIPT_LABELS = "|".join(map(_label_pattern, sorted(META_LABELS, key=len, reverse=True)))


def _field_pattern(labels: str) -> re.Pattern[str]:
    return re.compile(r"(?P<label>" + labels + r")\s*[：:]\s*(?P<value>.*?)\s*(?=(?:" + labels + r")\s*[：:]|$)")


#: One ``label：value`` field of a metadata line.  Values run to the next label or the end;
#: spaced-out labels (``来  源：``) are allowed.
META_FIELD = _field_pattern(_LABELS)
#: The same with the labels in either script and glossed (:data:`OTHER_SCRIPT`).
META_FIELD_ANY_SCRIPT = _field_pattern(_ANY_SCRIPT_LABELS)


def field_pattern(text: str) -> re.Pattern[str]:
    """The pattern of the fields of ``text``: labels in either script only where it may hold
    one (the plain labels are quicker to try)."""
    return META_FIELD if OTHER_SCRIPT.search(text) is None else META_FIELD_ANY_SCRIPT


#: The field of the date a page published an item, anywhere in a line (``发布日期：``, ``發佈時間:``).
PUBLISHED_FIELD = re.compile(r"(?:发|發)(?:布|佈)(?:日期|时间|時間)\s*[：:]\s*\d")
#: A first field whose label is none of the table's, before such a field: a label of two to
#: six characters, a short value with no mark of a sentence, a space.
UNKNOWN_LEAD_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[：:]\s*[^\s:：。，；！？,;!?]{1,30}\s+")

#: A date and time written before the first label: ``2024年03月05日 18:20　来源：某某日报``.
META_LEADING_DATE = re.compile(
    r"^\s*(?P<date>\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*")

#: The site's address run into the start of a metadata line, as a page prints its home link
#: beside the fields: ``http://www.example.gov.cn/ 时间：2022-10-27 10:14 信息来源：``.
META_LEADING_URL = re.compile(r"^\s*(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+/?[\w./?=&%-]*\s+")

#: Page tools run into a metadata line: ``关闭 打印责任编辑：裴朝阳``.
LEADING_TOOLS = re.compile(r"^(?:(?:打印|关闭|收藏|分享|返回|纠错)(?:本页|窗口|此页|文章)?[\s|｜]*)+"
                           r"(?=(?:" + _LABELS + r")\s*[：:])")

#: A list mark before a metadata line, as a page's list of fields copied as text prints it:
#: ``- 发布日期: 2016-06-13``.
LIST_MARK = re.compile(r"^[-–*][ \t\u3000]+")

#: One line of a list of an archive's years, each with its bullet: ``• 2018`` / ``• 2019`` …
#: (a year alone under a bullet may head a chronicle's entries: only a run of them is a list).
ARCHIVE_YEAR = re.compile(r"^[•·▪◦*-]\s*(?:19|20)\d{2}\s*年?$")
#: Lines of years a run needs, with nothing but blank lines between them.
ARCHIVE_MIN_YEARS = 3

#: The last lines of a press release: the local time it was issued (``香港时间10时30分``) and,
#: under it as the text's last line, the name of the service that issued it (``即日新闻``).
RELEASE_TIME = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:时间|時間)\s*\d{1,2}\s*(?:[时時]\s*\d{2}\s*分|[:：]\s*\d{2})$")
#: A page's byline set a piece a line: the uploader's bare name, a bullet alone, the time the
#: page was published to the second (``某某某`` / ``•`` / ``2025-03-25 11:22:00``).  A speaker's
#: name under a speech's title has no bullet and no page time under it, and stays.
BYLINE_BULLET = re.compile(r"^[•·▪◦]$")
BYLINE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
#: A news item's writer named alone under its headline, above the dateline of its lead
#: (``某某学校举行……`` / ``王某`` / ``3月23日上午，……``): a name of two or three characters,
#: the lead a paragraph at least HEADLINE_LEAD_MIN_CHARS long that opens with the day.  (A speech
#: puts its date or its salutation under the speaker's name, never a dateline.)
HEADLINE_WRITER = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
HEADLINE_DATELINE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上|凌晨)?[，,]")
HEADLINE_LEAD_MIN_CHARS = 40
#: A news item's lead opening with its paper's or site's wire credit (``本报讯``, ``某某晚报讯（记者
#: 某某）``, ``【本网讯】``): a report's first words, never a speech's nor a notice's.
NEWS_WIRE_LEAD = re.compile(r"^[【\[]?[\u4e00-\u9fff]{1,10}?(?:报|网|台|社|刊)讯[】\]]?")
BYLINE_TIME = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}$")

RELEASE_SERVICE = re.compile(r"^[\u4e00-\u9fff]{2,6}$")

#: A weak label's line holding only a date (and a time): ``日期：2014年03月19日``,
#: ``时间：2008-04-21 10:30``.  Alone it may be a line of a notice; next to a metadata line
#: (``来源：…``) it is one of the page's block of fields.
WEAK_DATE_LINE = re.compile(
    r"^[【\[（(]?\s*(?:时间|日期)\s*[：:]\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[】\]）)]?$")

#: A field of a page's template on a line of its own: a label of who posted the article or
#: when, the colon of a keyboard, a short value (``学校: 某某中学``, ``日期: 2017年09月28日``) —
#: a text writes its colons full-width.  Two or more such lines together, one of them a date,
#: are the page's block of fields under an article.  (Not 时间 / 地点: a notice's lines of
#: its meeting, which stay.)
TEMPLATE_LABELS = ("学校", "单位", "部门", "院系", "学院", "栏目", "供稿", "作者", "来源", "编辑", "发布人",
                   "发布者", "发布单位", "日期", "发布日期", "发布时间", "更新时间")
TEMPLATE_FIELD = re.compile(r"^(?P<label>" + "|".join(sorted(TEMPLATE_LABELS, key=len, reverse=True))
                            + r")[ \t]*:[ \t]*[^\s:：][^。！？；!?;]{0,28}$")
#: The date field of such a block: ``日期: 2017年09月28日 09:22``.
TEMPLATE_DATE = re.compile(r"^(?:日期|发布日期|发布时间|更新时间)[ \t]*:[ \t]*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]"
                           r"\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
#: A line between the fields of such a block: a bar or a dot alone.
FIELD_SEPARATOR = re.compile(r"^[|｜·•/]+$")

#: Longest value a metadata field may have: a longer one is a sentence of the body.
META_MAX_VALUE = 40
#: Marks that make a field value a sentence of the body.
VALUE_SENTENCE_MARKS = frozenset("。！？；…!?;")

#: Brackets, bars and bullets around a metadata line or its fields: ``【来源：新华社】``,
#: ``（来源：…）``, ``• 索引号：``.
META_WRAPPERS = " 　【】[]|｜()（）•·"
#: The border between two cells of a table row copied as text: a bar with spaces around it.
CELL_BORDER = re.compile(r"\s[|｜]\s")

#: Labels of the index table of a government information-disclosure page (政府信息公开).
#: Copied as text, the table loses its colons: ``文号 瑞政办〔2011〕129号 发布机构 …``; a line
#: that starts with one of these labels and has INDEX_MIN_FIELDS of them, each standing apart
#: with spaces, is such a row.
INDEX_LABELS = frozenset((
    "索引号", "主题分类", "组配分类", "体裁分类", "信息分类", "发布机构", "发文机构", "发文机关",
    "文号", "发文字号", "文件编号", "成文日期", "发文日期", "发布日期", "生成日期", "公开日期",
    "生效日期", "生效时间", "废止日期", "废止时间", "有效性", "时效性", "效力级别", "公开方式",
    "公开范围", "公开属性", "公开时限", "主题词", "统一编号", "所属机构", "信息来源", "归档时间",
    "信息名称", "统一登记号", "登记号", "公开责任部门", "责任部门", "公布日期", "签署日期", "登记日期",
    "信息时效期", "时效期", "所属主题", "公开目录", "浏览量",
))
#: A 公文's own 主题词 line in its version record (``主题词：学校 放假 通知``, above 抄送 and the
#: issuing office): a line of this field alone is the text's own, unless a metadata line stands
#: The heading of a work appended to a text (``附《八十叙怀》``, ``附：《某某》``): the author line
#: right under it names the work's author, no byline of the page.
APPENDED_WORK = re.compile(r"附\s*[：:]?\s*《[^》]+》")

#: next to it (then it is a field of the page's index, copied as a column).
OWN_SUBJECT_LINE = re.compile(r"\s*(?:主题词|主題詞)\s*[:：]\s*[^:：]+")
#: The value of a date field (发布日期, 发布时间 …) holds figures or a date in words: an empty
#: date field over a headline does not take the headline as its value.
DATE_VALUE = re.compile(r"\d|[〇○零一二三四五六七八九十]{2,4}年")
#: A 发文字号's year in brackets and the serial after it (``[2018]014``, ``〔2011〕129号``), the
#: closing bracket or the 号 perhaps lost: a line bearing one is a notice's own number line, never
#: the value of a source, author or date field above it (their values are names and days).
NUMBER_IN_VALUE = re.compile(r"[〔\[【]\s*(?:19|20)\d{2}\s*[〕\]】]?\s*(?:第\s*)?\d{1,4}\s*(?:[号號]|$)")
#: The fields whose value is a name or a day, never a document number.
NAME_OR_DAY_FIELDS = frozenset(("source", "author", "published"))
#: The ends of the labels of date fields (成文日期, 生效日期, 签署日期, 归档时间 …), whether or not
#: their day goes to the metadata: their value holds a date too.
DATE_LABEL_ENDS = ("日期", "时间")
#: A row needs two labels — one is enough right under another row of the table.
INDEX_MIN_FIELDS = 2
_INDEX = "|".join(sorted(map(re.escape, INDEX_LABELS), key=len, reverse=True))
#: One label of such a row, standing apart (at the start or after a space, before a space or
#: the end).
INDEX_FIELD = re.compile(r"(?:^|(?<=\s))(?P<label>" + _INDEX + r")(?=\s|$)")
#: The first of two labels joined by a slash before an index label and its colon, as a page's
#: table names one field by both (``备注/文号：某政〔2024〕2号``): the field is the index label's.
JOINED_LABEL_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,4}[/／](?=(?:" + _INDEX + r")\s*[：:])")
#: A label of the index table anywhere in a line.  A line of fields holds at the least a
#: colon or one of these; most lines of a text hold neither, and are no metadata line
#: whatever else they hold (removing chrome tokens puts spaces in their place, so it never
#: makes a colon or a label).  (Looked for apart from the colons: a pattern of both would
#: try every label at every character.)
INDEX_LABEL = re.compile(_INDEX)

#: The record fields of a legal database, each label run into its value with neither colon nor
#: space, a field a line, in either script and maybe glossed (``发文机关国务院办公厅`` /
#: ``發(fā)文日期1986年07月07日`` / ``时效性现行有效``): the index labels and the dates such a
#: record adds.  A line of one is no field alone (``时效性是新闻的生命``): a run of
#: GLUED_MIN_FIELDS of them, one under another, is the record.
GLUED_LABELS = INDEX_LABELS | frozenset(("施行日期", "实施日期", "法规类别", "公布日期"))
GLUED_FIELD = re.compile(
    "(?:" + "|".join(map(_label_pattern, sorted(GLUED_LABELS, key=len, reverse=True))) + r")(?P<value>\S.*)")
#: Field lines a record needs, one under another.
GLUED_MIN_FIELDS = 3
#: The characters a record field's line starts with (a label's first, in either script): most
#: lines start with none, and the labels are not tried on them.
GLUED_STARTS = frozenset(c for label in GLUED_LABELS for c in label[0] + LABEL_TRADITIONAL.get(label[0], ""))


#: Labels of the index of a disclosure page copied as a column, each alone on a line with its
#: value (if any) on the line under it (``索取号`` / ``3589…/2020-00065`` / ``载体类型`` /
#: ``发布机构`` / ``某某委员会`` …): the index labels and the others such a column holds.
COLUMN_LABELS = INDEX_LABELS | frozenset((
    "索取号", "载体类型", "记录形式", "公开类别", "公开形式", "内容描述", "关键词", "关键字", "文种",
    "信息类别", "发布日期", "发文单位",
))
#: The fields of a forum poster's card, copied the same way, a label a line with its count
#: or date under it (``注册`` / ``2002-10-07`` / ``消息`` / ``402,402`` / ``荣誉分数`` / ``76``).
FORUM_CARD_LABELS = frozenset((
    "注册", "注册时间", "消息", "帖子", "主题", "积分", "威望", "精华", "荣誉分数", "声望点数", "在线时间",
    "最后登录",
))
COLUMN_LABELS |= FORUM_CARD_LABELS
#: Label lines such a column needs at the least (two may be a pair of words of a text).
COLUMN_MIN_LABELS = 3

#: Labels whose value a page may put on the next line (``• 发文字号：`` above
#: ``镇政发〔2024〕7号``): that line goes too.  Not the labels of a title or summary
#: (名称, 标题, 内容概述), whose value may be the document's own title.
VALUE_BELOW_LABELS = INDEX_LABELS | frozenset(("来源", "作者", "发布时间", "更新时间"))
#: A line this long naming a genre (通知, 办法 …) or starting ``关于`` is a title, never the
#: value of a field above it.
TITLE_VALUE_MIN_CHARS = 8

#: Chrome tokens that share a line with metadata: ``【字体：大 中 小】`` ``【打印】`` ``[关闭]`` (the
#: font-size buttons also ``放大 正常 缩小``, ``默认 大 超大``).
_SIZE_BUTTON = r"(?:[大中小]|放大|缩小|正常|默认|超大|标准)"
CHROME_TOKEN = re.compile(
    # 【字体：大 中 小】, named 浏览字体 or 设置字号 on some pages
    r"[【\[［(（]\s*(?:浏览|设置|调整)?(?:字体|字号)\s*[:：]?\s*(?:" + _SIZE_BUTTON + r"\s*){2,3}[】\]］)）]"
    r"|(?:字体|字号)\s*[:：]\s*(?:" + _SIZE_BUTTON + r"\s*){2,3}"
    # 字体：【大】【中】【小】, and 字体：[ ] when the buttons were images
    r"|(?:字体|字号)\s*[:：]\s*(?:[【\[［(（]\s*[大中小]?\s*[】\]］)）]\s*){1,3}"
    r"|[【\[［]\s*(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|收藏|纠错|分享|返回顶部|我要纠错|"
    r"保存|推荐|评论)\s*[】\]］]"
    r"|(?:一键分享|分享到|分享)\s*[:：]\s*\S*(?:\s+\S{1,4}){0,6}$"
    r"|视力保护色\s*[:：]?|扫一扫在手机(?:上)?(?:打开|查看)(?:当前页)?"
    # 【 字体: (字体大小:) — the font-size tool whose buttons were images
    r"|[【\[［]?\s*(?<![\u4e00-\u9fff])(?:字体|字号)(?:大小)?\s*[:：]\s*[】\]］]?\s*$"
)


#: A label spaced out character by character before its colon (``来  源：``, ``索 引 号：``,
#: ``标　　题：``), as tables of portals align them.
SPACED_LABEL = re.compile(r"(?:[\u4e00-\u9fff][ \t\u3000]+)+[\u4e00-\u9fff](?=[ \t\u3000]*[：:])")


def meta_fields(text: str, index_fields: int = INDEX_MIN_FIELDS) -> dict[str, str] | None:
    """The fields of a line made only of ``label：value`` pairs (and chrome tokens such as
    ``【打印】``), or of ``index_fields`` or more index fields without colons (``文号
    瑞政办〔2011〕129号 发布机构 …``), or None.  A line of weak labels alone (``时间：…``) is not
    a metadata line.  Labels may be spaced out (``来  源：``).

    Several cleaning rules ask about the same lines, and the line rules look at a text twice
    when lines were joined: the answers are kept (a fresh dict each time)."""
    found = _meta_fields(text, index_fields)
    return None if found is None else dict(found)


#: How many lines' metadata fields are kept (a long document has a few thousand lines).
META_FIELDS_CACHE = 8192


@lru_cache(maxsize=META_FIELDS_CACHE)
def _meta_fields(text: str, index_fields: int) -> tuple[tuple[str, str], ...] | None:
    if "：" not in text and ":" not in text and INDEX_LABEL.search(text) is None:
        return None  # no label at all (a spaced-out label is one only before a colon)
    text = SPACED_LABEL.sub(lambda m: S.compact(m.group()), JOINED_LABEL_HEAD.sub("", LIST_MARK.sub("", text)))
    text = LEADING_TOOLS.sub("", CHROME_TOKEN.sub(" ", META_LEADING_URL.sub("", text)).strip(META_WRAPPERS))
    leading = META_LEADING_DATE.match(text)
    if leading:
        text = text[leading.end():]
    found = _colon_fields(text)
    if found is None and not leading:
        found = _spaced_fields(text, index_fields)
    if found is None and not leading:
        found = _fields_after_lead(text)
    if found is not None and leading:
        found.setdefault("published", leading.group("date"))
    return None if found is None else tuple(found.items())


def _colon_fields(text: str) -> dict[str, str] | None:
    # The first field must start the line (after wrappers, which no label starts with): when
    # none starts there, the fields further on do not matter, and are not looked for.
    pattern = field_pattern(text)
    if pattern.match(text, len(text) - len(text.lstrip(META_WRAPPERS))) is None:
        return None
    matches = list(pattern.finditer(text))
    if not matches or text[: matches[0].start()].strip(META_WRAPPERS):
        return None
    labels = [label_key(m.group("label")) for m in matches]
    if len(labels) < 2 and not any(label in META_STRONG for label in labels):
        return None
    return _values([(label_key(m.group("label")), m.group("value")) for m in matches])


def _fields_after_lead(text: str) -> dict[str, str] | None:
    """The fields of a row whose first label is none of the table's (``征集部门：某某网
    发布日期：2030-01-02 截止日期：2030-01-31``): a page's record of the item when a field of the
    date it was published follows that first field — a text never gives its own publication
    date so.  None otherwise."""
    if PUBLISHED_FIELD.search(text) is None:
        return None
    lead = UNKNOWN_LEAD_FIELD.match(text)
    if lead is None:
        return None
    found = _colon_fields(text[lead.end():])
    return found if found is not None and "published" in found else None


def _spaced_fields(text: str, least: int) -> dict[str, str] | None:
    """Index fields without colons: at least ``least`` labels of the index table of a
    disclosure page, the first at the start, each standing apart with spaces; the text
    between two labels is the first one's value."""
    if INDEX_FIELD.match(text) is None:  # the first label must start the line
        return None
    matches = list(INDEX_FIELD.finditer(text))
    if len(matches) < least or not matches or matches[0].start() != 0:
        return None
    ends = [m.start() for m in matches[1:]] + [len(text)]
    return _values([(m.group("label"), text[m.end():end]) for m, end in zip(matches, ends)])


def _values(fields: list[tuple[str, str]]) -> dict[str, str] | None:
    found: dict[str, str] = {}
    for label, raw in fields:
        value = raw.strip(META_WRAPPERS)
        if len(value) > META_MAX_VALUE or any(c in value for c in VALUE_SENTENCE_MARKS):
            return None  # a sentence, not a field value: this is body text
        key = META_LABELS[label]
        value = _within_cell(value)
        if key and value:
            found.setdefault(key, value)
    return found


def _within_cell(value: str) -> str:
    """A field's value without what runs past its table cell: in a row of a page's document
    table (``| 文号： | 某办发〔2022〕5号 | 文件名称： | …… |``) the value ends at the cell's
    bar — a longer label of the next cell may end in a label of ours (``文件名称`` in ``名称``),
    which leaves that label's first word after the bar (``…… | 文件``)."""
    return CELL_BORDER.split(value, maxsplit=1)[0].strip(META_WRAPPERS)


def index_value_like(text: str) -> bool:
    """Could the line be the value of an index field: short, no sentence, no heading, no
    salutation — and no title of a document (``关于……的通知``), which may follow the index."""
    return (len(text) <= META_MAX_VALUE and not any(c in text for c in VALUE_SENTENCE_MARKS)
            and text[-1] not in "：:" and S.match_number(text) is None
            and not S.ARTICLE.match(text) and not S.SALUTATION.match(text)
            and not (len(text) >= TITLE_VALUE_MIN_CHARS
                     and (S.GENRE.search(text) or S.TITLE_ABOUT.match(text))))


#: The value under a label of a portal's index (``• 发文机构:`` above ``县政府网站``) is no
#: longer than the name of an issuing body.
LABEL_VALUE_MAX_CHARS = 24


def label_value_like(text: str) -> bool:
    """Could the line be the value under a label that ends the line above it (the header's
    question, about the lines around a title): short, not a sentence, not a label itself, not
    numbered, no salutation or article.  Unlike :func:`index_value_like` it may name a genre:
    under a title a short line naming one is still a value."""
    return (len(text) <= LABEL_VALUE_MAX_CHARS and not chars.ends_sentence(text)
            and text[-1] not in "：:" and S.match_number(text) is None
            and not S.SALUTATION.match(text) and not S.ARTICLE.match(text))
