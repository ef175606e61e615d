"""Line shapes: what a line of a document can be — a numbered heading, a salutation, a date
line, a closing, a document number, a title — as the cleaner and the parser both recognise
them.  Defined once here, below both; every threshold is named and commented.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .. import chars

CN_DIGITS = "一二三四五六七八九十百零〇两"
#: One Chinese numeral character, as headings and articles number with them.
CN_NUMERAL = f"[{CN_DIGITS}]"
#: … and in the 第X章 / 第X条 numbers of a charter or a regulation, also the old contracted tens
#: (廿 = 20, 卅 = 30, 卌 = 40: ``第卅一條``), each numeral perhaps a space apart as a page printed
#: it a character apart (``第 五 章``, ``第 卅 條``).
_DI_NUMBER = f"第(?:[ \u3000]?[{CN_DIGITS}廿卅卌])+[ \u3000]?"
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
#: Words that start with one of :data:`_UNITS` but are nouns, not a unit after a number
#: (``2.1项目概况``, ``3.2人员要求``, ``4.1时间安排``, ``2.2 天气因素``, ``1.3 人口状况``).
_UNIT_NOUNS = "项目|人员|时间|条件|期限|名称|位置|天气|年度|人才|人口|家庭"
#: After a decimal heading number: spaces, then Chinese text, quote or bracket — not a unit.
_DECIMAL_TAIL = rf"(?![\d.．])(?![\s　]*(?!{_UNIT_NOUNS})[{_UNITS}])(?=[\s　]*[\u4e00-\u9fff（(《“])"

#: A month and a day written as a decimal and run on to the name of the day they mark, the
#: whole line (``5.12国际护士节``, ``3.15世界消费者权益日``, ``9.18纪念日``): a date naming a
#: festival or a memorial day, no heading ``5.12``.  The name follows the figures without a space
#: and is a festival's (ends on 节, not a word such as 环节/细节/季节), a world or national day's
#: (国际/世界/全国/全民/国家/中国……日) or a memorial day's (……纪念日), so
#: ``2.3 节日安排``, ``3.3宣传工作日`` and ``2.1关键环节`` stay headings.
_FESTIVAL_NAME = (r"(?:[\u4e00-\u9fff]{0,12}(?<![环细章季调情关礼音])节"
                  r"|(?:国际|世界|全国|全民|国家|中国)[\u4e00-\u9fff]{0,10}日|[\u4e00-\u9fff]{0,10}纪念日)")
_DAY_NAME_DATE = rf"(?!(?:0?[1-9]|1[0-2])[.．](?:0?[1-9]|[12]\d|3[01]){_FESTIVAL_NAME}[!！]?$)"

#: Numbering families, tried in this order (more specific forms first).
FAMILIES: tuple[Family, ...] = (
    # 第一部分 / 第一篇, 第一章, 第一节 — parts, chapters and sections of long texts, each a
    # family of its own (a 节 is part of a 章).
    _family("di-part", rf"^(?P<number>第{CN_NUMERAL}+(?:部分|篇))" + _DI_TAIL, "heading"),
    _family("di-chapter", rf"^(?P<number>{_DI_NUMBER}章)" + _DI_TAIL, "heading"),
    _family("di-section", rf"^(?P<number>第{CN_NUMERAL}+节)" + _DI_TAIL, "heading"),
    # 第一， / 第一、 / 第一： — "first, …" used as a top-level heading in speeches.
    _family("di-ordinal", rf"^(?P<number>第{CN_NUMERAL}+[，,、：:])", "heading"),
    # 一、 — level 1 of GB/T 9704 §7.3.3.
    _family("cn-comma", rf"^(?P<number>{CN_NUMERAL}+、)", "heading"),
    # 一： — the same numeral with a colon for its separator, as some pages write it (never a
    # ratio or a score: a numeral or a figure after the colon).
    _family("cn-colon", rf"^(?P<number>{CN_NUMERAL}{{1,3}}[：:])(?![\s　]*[\d{CN_DIGITS}])", "heading"),
    # （一） — level 2.
    _family("cn-paren", rf"^(?P<number>[（(]{CN_NUMERAL}+[）)])", "heading"),
    # 1.1.1 / 1.1 / 1 — the decimal numbering of plans and emergency plans (应急预案): each
    # depth is a family of its own.  ``1.5亿元`` and ``3 个乡镇`` are numbers in a sentence.
    _family("decimal-3", r"^(?P<number>\d{1,2}\.\d{1,2}\.\d{1,2})" + _DECIMAL_TAIL, "heading"),
    _family("decimal-2", r"^" + _DAY_NAME_DATE + r"(?P<number>\d{1,2}\.\d{1,2})" + _DECIMAL_TAIL, "heading"),
    _family("decimal-1", r"^(?P<number>\d{1,2})(?=[\s　]+[\u4e00-\u9fff])" + _DECIMAL_TAIL, "heading",
            requires="decimal-2"),
    # 1. / 1． / 1、 / 1﹒ (the small full stop of some typesetting) — level 3 (a digit followed
    # by a digit is a decimal number or a date, not a label: ``1.8月30日`` is no item 1).
    _family("arabic-dot", r"^(?P<number>\d{1,2}(?:[.．﹒](?!\d)|、(?!\d{1,2}、)))\s*", "heading"),
    # （1） — level 4.
    _family("arabic-paren", r"^(?P<number>[（(]\d{1,2}[）)])", "heading"),
    # 1) / 1） — a figure and a closing bracket alone, as web pages number short sections.
    _family("arabic-half-paren", r"^(?P<number>\d{1,2}[）)])", "heading"),
    # ①
    _family("circled", r"^(?P<number>[①-⑳])", "heading"),
    # 一是 / 二是 — enumeration leads of speeches.
    _family("cn-shi", rf"^(?P<number>{CN_NUMERAL}{{1,3}}是)(?![的否])", "enumeration"),
    # 一要 / 二要.
    _family("cn-yao", rf"^(?P<number>{CN_NUMERAL}{{1,3}}要)(?![求素点闻])", "enumeration"),
    # 首先， / 其次， / 再次， / 最后，
    _family("sequence", r"^(?P<number>首先|其次|再次|最后)(?=[，,])", "enumeration"),
)

#: Section numbers of two digits run on to a short standalone heading without a separator
#: (``01综合`` / ``02农业`` … ``12资源、环境和应急管理``, as statistical bulletins on the web number
#: their parts; feature articles number theirs so too, with a headline-like title that may hold
#: a comma or a question mark: ``02某某的变化，从这里开始`` / ``03《某某》为什么火？``).  Not in
#: :data:`FAMILIES`: a family only in a text where at least PADDED_MIN_LINES such lines stand
#: and one of them is numbered PADDED_FIRST — elsewhere ``24小时自助图书馆`` is a headline and
#: ``20世纪80年代`` the start of a sentence.  The title is one line of at most 29 characters and
#: holds no full stop, semicolon or colon (a sentence is no part title).
PADDED = _family("padded", rf"^(?P<number>0[1-9]|[1-9]\d)(?![{_UNITS}])"
                           r"(?=[\u4e00-\u9fff《“][^\s。；：;:]{0,28}$)", "heading")
PADDED_FIRST = "01"
PADDED_MIN_LINES = 2


def padded_numbering(texts: Iterable[str]) -> bool:
    """Does a text number its parts ``01综合`` / ``02农业`` (see :data:`PADDED`)?"""
    numbers = [m.group("number") for text in texts if (m := PADDED.pattern.match(text))]
    return len(numbers) >= PADDED_MIN_LINES and PADDED_FIRST in numbers

#: 第一条 — an article of a regulation; the article text follows, with or without a space.
ARTICLE = re.compile(rf"^(?P<number>{_DI_NUMBER}[条條])(?:[\s　]+|(?=[^\s　]))(?P<text>.*)$")
#: … and an article's number alone on its line, its text on the lines under it (``第卅條``).
ARTICLE_ALONE = re.compile(rf"^{_DI_NUMBER}[条條]$")

#: The traditional forms of the characters of a speech's salutation, greeting and closing words
#: (``親愛的老師們、同學們：``, ``謝謝大家！``) and of the field labels of a notice (``一、管制時間：``): pages of Hong Kong, Macao and Taiwan and the copies of
#: converters write them so.
_TRADITIONAL = dict(zip("们师学亲爱宾贵领导来员职干长书记专总统乡侨会众读业艺观东负责脑区县谢讲这里场欢迎协"
                        "时间点对条内围范题项须说费额数办单门机构党镇体儿园爷妈",
                        "們師學親愛賓貴領導來員職幹長書記專總統鄉僑會眾讀業藝觀東負責腦區縣謝講這裡場歡迎協"
                        "時間點對條內圍範題項須說費額數辦單門機構黨鎮體兒園爺媽", strict=True))


def both_scripts(pattern: str) -> str:
    """``pattern`` with each character of :data:`_TRADITIONAL` outside a character class made a
    class of its simplified and traditional forms (``们`` → ``[们們]``)."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif in_class:
            out.append(ch)
            in_class = ch != "]"
        elif ch == "[":
            out.append(ch)
            in_class = True
        else:
            out.append(f"[{ch}{_TRADITIONAL[ch]}]" if ch in _TRADITIONAL else ch)
    return "".join(out)


#: 称呼 / 主送: starts with a form of address (尊敬的, 敬爱的, 亲爱的, 各位 …), or is a list of bodies ending
#: in a colon.
SALUTATION = re.compile(both_scripts(
    r"^(?:尊敬的|敬爱的|亲爱的|各位|同志们|女士们|先生们|朋友们|老师们|同学们|全体|大家)"
    r"[^。！？!?]{0,60}[：:]$"
    r"|^各[^。！？!?]{1,150}[：:]$"
))
#: Each name of such a salutation ends in a word for people addressed (``……副省长``, ``各位来宾``,
#: ``同志们``; the kin one calls elders and children by, ``爷爷``, ``阿姨``): ``各位代表要做到以下三点：一是……``
#: is a sentence, not a salutation.
ADDRESSEE_END = re.compile(both_scripts(
    r"(?:们|爷爷|奶奶|叔叔|阿姨|伯伯|爸爸|妈妈|兄弟|姐妹|领导|同志|代表|委员|来宾|嘉宾|贵宾|朋友|家长|专家|学者|院士|教授|老师|同学|校友|同仁|同行|"
    r"员工|职工|同事|干部|群众|同胞|乡亲|亲友|家属|家人|前辈|股东|客人|负责人|理事|会员|长|书记|主任|主席|总理|总统|元首|首脑|总|士|生|女士|先生|"
    r"企业家|艺术家|科学家|作家|员|观众|听众|读者|网友|战友|伙伴|市民|村民|居民|选手|评委|志愿者)$"))
#: The first lines of a salutation set over several: a form of address and the names of the
#: people addressed, ending in a comma (``尊敬的某某总统，`` over ``尊敬的各国同事，`` over
#: ``女士们，先生们，朋友们：``).  Never glued to the line before or after.
OPEN_SALUTATION = re.compile(both_scripts(r"^(?:尊敬的|敬爱的|亲爱的)(?P<names>[^。！？!?：:；;]{1,40})[，,]$"))


#: What parts the names of a salutation's list (``各位领导、同志们``).
ADDRESSEE_SEPARATORS = re.compile(r"[，,、；;]")


#: A name masked for the reader to fill in (``尊敬的**，``, ``尊敬的××，``): a model speech's
#: placeholder for the person addressed, so a name of the list like any other.
MASKED_NAME = re.compile(r"^(?:尊敬的|敬爱的|亲爱的)?(?:\*{2,}|＊{2,}|[XＸ×]{2,}|某某)$")


def addressed(names: str) -> bool:
    """Does every name of a list end in a word for people addressed (``……副省长``, ``各位来宾``)
    or stand masked for the reader to fill in (``**``)?"""
    return all(ADDRESSEE_END.search(part.strip()) or MASKED_NAME.match(part.strip())
               for part in ADDRESSEE_SEPARATORS.split(names))


#: What parts the names of a salutation line: commas, 、 and 和/及/与 (``老师和学生：``,
#: ``各单位、各部门：``).
ADDRESSEE_PARTS = re.compile(r"[，,、；;]|和|及|与")
#: The longest line read as a salutation by the names in it alone (without a form of address).
SALUTATION_LINE_MAX_CHARS = 90


def salutation_line(text: str) -> bool:
    """Is ``text`` a salutation line: a form of address (``各位……：``, see SALUTATION), or a short
    line closed by a colon whose every name ends in a word for people addressed
    (``全区广大妇女同志们：``, ``老师和学生：``), no sentence in it?  A counter's label
    (``日均访问：``) or a lead into a list (``主要内容：``) names nobody."""
    text = text.rstrip()
    if SALUTATION.match(text):
        return True
    return (text[-1:] in ("：", ":") and len(text) <= SALUTATION_LINE_MAX_CHARS
            and not any(c in text for c in "。！？!?；;")
            and all(ADDRESSEE_END.search(part) for part in ADDRESSEE_PARTS.split(text[:-1]) if part))


def open_salutation(text: str) -> bool:
    """Is ``text`` a first line of a salutation set over several (see OPEN_SALUTATION)?"""
    m = OPEN_SALUTATION.match(text)
    return m is not None and addressed(m["names"])


#: A form of address said aloud, closed by ！ instead of a colon (``尊敬的各位领导、各位来宾！``):
#: the opening of a speech or a host's words, never a title.  Only names of those addressed,
#: joined by 、 or spaces (a comma would make it a headline's clause: ``亲爱的你，生日快乐！``).
ADDRESS_EXCLAIMED = re.compile(both_scripts(r"^(?:尊敬的|敬爱的|亲爱的|各位)[^。，,；;：:！？!?]{1,60}[！!]$"))
#: The same form of address with its names apart by commas (``尊敬的来宾，家长们！``): one when every
#: name is a word for people addressed (see :func:`exclaimed_address`).
ADDRESS_EXCLAIMED_LISTED = re.compile(both_scripts(r"^(?:尊敬的|敬爱的|亲爱的|各位)(?P<names>[^。；;：:！？!?]{1,60})[！!]$"))


def exclaimed_address(text: str) -> bool:
    """Is ``text`` a form of address said aloud, closed by ！ (see ADDRESS_EXCLAIMED) — its names
    apart by commas too when each ends in a word for people addressed (``尊敬的来宾，家长们！``;
    ``亲爱的你，生日快乐！`` is a headline's two clauses)?"""
    if ADDRESS_EXCLAIMED.match(text):
        return True
    m = ADDRESS_EXCLAIMED_LISTED.match(text)
    return m is not None and addressed(m["names"])
#: A greeting said aloud at the start of a speech (``大家下午好！``, ``同学们好！``): the body's first
#: words, never a title.
GREETING = re.compile(both_scripts(r"^(?:大家|各位|你们|同学们|老师们|同志们|朋友们|亲爱的\S{1,10})?(?:上午|下午|晚上|早上|新年)?好[！!]*$"))

#: A salutation with its greeting run on after a comma, the colon left out (``各位家长、老师们，大家好``,
#: ``某某会长暨全体校友们，大家好！``): the names of the people addressed, a comma, a greeting.
GREETED_ADDRESS = re.compile(r"^(?P<names>[^。！？!?：:；;]{1,60})[，,](?P<greeting>[^，,]{1,12})$")


#: A speaker's cue opening a line of a script for several voices (a host script's ``合：``,
#: ``甲：``, ``A：``, ``男：``, ``女2：``; a role numbered among the voices, ``老师1：``,
#: ``主持人2：`` — a role word alone, ``老师：``, may be the person addressed): who says the line,
#: no part of what is said.
SPEAKER_CUE = re.compile(r"^(?:(?:合|齐|甲|乙|丙|丁|男|女|男女|[A-DＡ-Ｄ])[1-9１-９]?"
                         r"|(?:[男女]?主持人?|主讲人|老师|教师|师|学生|[男女]生|[男女]声)[1-9１-９])\s*[：:]\s*")


def uncued(text: str) -> str:
    """``text`` without the speaker's cue that opens it (``合：尊敬的……`` → ``尊敬的……``)."""
    return SPEAKER_CUE.sub("", text, count=1)


def greeted_address(text: str) -> bool:
    """Is ``text`` a salutation with its greeting after a comma (see GREETED_ADDRESS), every name
    one of people addressed?"""
    m = GREETED_ADDRESS.match(text)
    return m is not None and bool(GREETING.match(m["greeting"])) and addressed(m["names"])


#: 结束语: the speaker's last words.
CLOSING = re.compile(both_scripts(r"^(?:[^。！？]{0,16}[，,])?(?:谢谢(?:大家|各位|你们)?|我就讲(?:这些|到这里)|就讲到这里)[。！!…]*$"))

#: A date: ``2023年6月12日``, ``二〇二三年六月十二日``, ``二○一一年八月九日`` (○ for 〇).
DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    rf"|[{_CN_ZERO}一二三四五六七八九]{{4}}年[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日"
)

#: A day in figures, its year perhaps left out (``2030年1月13日``, ``3月21日``), where a line opens
#: with it: a news paragraph's date (``3月5日，……``), or the day a news site sets before a notice's
#: title in its headline (``3月21日某某县公安局关于……的通告``).
MONTH_DAY = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")

#: The date/occasion line under a title: ``（2023年6月12日）``, ``（2023年6月12日在……上）``,
#: ``（2005年11月25日……会议通过）``, ``（1991年3月26日……令19号发布）``.
DATE_LINE = re.compile(r"^[（(](?P<inner>[^（）()]*?(?:" + DATE.pattern + r")[^（）()]*)[）)]$")

#: The same line without its brackets, as law databases print it:
#: ``1949年10月18日……第一次会议通过``.
UNBRACKETED_DATE_LINE = re.compile(
    r"^(?P<inner>(?:" + DATE.pattern + r")[^（）()。，,；;]{2,60}?(?:通过|公布|发布|施行|修订|修正|批准|印发))$")

#: A subtitle under the title: ``——在全县……会议上的讲话``.
SUBTITLE = re.compile(r"^(?:——|--|—)\s*(?P<text>\S.*)$")

#: The date and occasion line under a speech's or a report's title as some pages print it,
#: without brackets or dash: ``2024年3月5日在某某省第十四届人民代表大会第二次会议上``, also
#: with the speaker run on after a space (``…会议上 某某省省长 张三``).
OCCASION_LINE = re.compile(r"^(?P<occasion>(?:\d{4}|[〇一二三四五六七八九零]{4})\s*年[^。！？ \u3000]{1,12}日\s*在"
                           r"[^。！？ \u3000]{2,60}上(?:的讲话)?)(?:[ \u3000]+(?P<speaker>\S.{1,30}))?$")

#: A speaker line: office and name separated by spaces (``县委书记 张三``), or a name alone
#: spaced out (``张　三``).
#: A speaker's office alone on a line, over the name (``县委书记`` / ``张三``): a body's name and a
#: post, or the post alone.
#: Characters of the Private Use Area: on a page copied as text, the glyphs of an icon font (an
#: eye before a count of readers).  A line is judged without them; they are never removed from
#: the text (a rare character of a name may be encoded there).
ICON_GLYPHS = re.compile("[\ue000-\uf8ff]")

#: A Chinese character (of the common block).
HAN = re.compile(r"[\u4e00-\u9fff]")

#: A person's name: two to four characters, a space inside at most (``张三``, ``王　五``).
PERSON_NAME = r"[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3}"

_POSTS = (r"(?:书记|县长|市长|省长|区长|镇长|乡长|主任|校长|园长|院长|馆长|局长|部长|厅长|处长|所长|总理|主席|委员长|秘书长|"
          r"会长|理事长|董事长|总经理|总裁|行长|社长|台长|司令员|政委)")
POST_LINE = re.compile(r"^[\u4e00-\u9fff、]{0,20}" + _POSTS + "$")
#: A speaker line with the name run on after the post, no space between (``某某分管副总裁张三``):
#: a body's name and a post, then a name of two or three characters.
SPEAKER_RUN_IN = re.compile(r"^(?P<office>[\u4e00-\u9fff、]{0,16}" + _POSTS + r")(?P<name>[\u4e00-\u9fff]{2,3})$")
SPEAKER = re.compile(r"^(?P<office>[\u4e00-\u9fff、]{2,20})[ \u3000]+(?P<name>" + PERSON_NAME + ")$")
#: Speakers on one line, each office with a post and a name (``校长 张三 校党委书记 李四``), or a
#: post and a name behind a colon (``总经理：张三``).
SPEAKERS = re.compile(r"^(?:[\u4e00-\u9fff、]{0,16}" + _POSTS + r"[ \u3000]+[\u4e00-\u9fff]{2,3}[ \u3000]+){1,3}"
                      r"[\u4e00-\u9fff、]{0,16}" + _POSTS + r"[ \u3000]+[\u4e00-\u9fff]{2,3}$"
                      r"|^[\u4e00-\u9fff、]{0,16}" + _POSTS + r"[：:][ \u3000]*[\u4e00-\u9fff]{2,3}$")
#: 发文字号: ``湘政办发〔2009〕24号``, ``瑞政办(2011)129号`` (brackets of any kind, also
#: the ``[2018]`` of a scraped text).
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[（(【]\s*\d{4}\s*[〕\]）)】]\s*(?:第\s*)?\d{1,4}\s*[号號]")
#: The year of a document number in brackets of any kind: GB/T 9704 §7.2.5 writes it in
#: 六角括号 〔〕, which pages and copies replace with what a keyboard has (``(2011)``, ``[2018]``).
NUMBER_YEAR = re.compile(r"[〔\[（(【]\s*(?P<year>\d{4})\s*[〕\]）)】]")

#: A line of a passage set a phrase a line (as posts set their text): it breaks off inside a
#: sentence (a comma, an enumeration comma, a particle ``的`` at its end) or holds a clause's comma
#: inside — a menu's or a list's items are names, never clauses cut off.
BROKEN_CLAUSE = re.compile(r"[，,、的]$|[^，,、]+[，,][^，,、]")

#: Words that end (or name) the kind of a text: a line containing one of them, or 关于, can be
#: a title; a title broken over lines is complete when its last line ends with one.
GENRE_WORDS = (
    "通知", "通报", "通告", "公告", "意见", "决定", "决议", "办法", "规定", "条例", "规则", "细则",
    "章程", "方案", "规划", "计划", "纲要", "要点", "报告", "请示", "批复", "函", "纪要", "讲话",
    "致辞", "发言", "演讲", "说明", "总结", "汇报", "倡议书", "公开信", "贺信", "开场白", "主持词",
    "讲稿", "指引", "标准", "制度", "守则", "准则", "措施", "建议", "议案", "命令", "令",
    "预案",
    # a speech's words of welcome, thanks and greeting (欢迎辞, 答谢词, 新年贺词)
    "欢迎辞", "欢迎词", "答谢辞", "答谢词", "贺词", "致词",
    # a message of congratulation sent by wire (贺 电 over its addressee)
    "贺电",
    # the speech genres in traditional characters (a page kept in them: 歡迎辭, 講話)
    "講話", "致辭", "致詞", "發言", "演講", "歡迎辭", "歡迎詞", "答謝辭", "答謝詞", "賀詞", "賀信", "賀電",
)
GENRE = re.compile("(?:" + "|".join(sorted(GENRE_WORDS, key=len, reverse=True)) + ")")
#: Where the genre word may sit: within this many characters of the end (``……的讲话范文``,
#: ``……实施方案（2023—2025年）``).
GENRE_NEAR_END = 14
#: ``关于`` near the start marks a 公文 title (``关于……的通知``) even when the genre word is on a
#: line of its own.
TITLE_ABOUT = re.compile(r"^.{0,30}关于")

#: A title line is short and ends without sentence punctuation.
TITLE_MAX_CHARS = 100
TITLE_MAX_LINES = 3

#: Marks that never start a line: a line starting with one continues the line before.
CONTINUING_START = frozenset("。，、；：？！…,;:?!%％℃") | chars.CLOSING
#: Marks a line never ends with when its sentence goes on.
CONTINUING_END = frozenset("，、,") | chars.OPENING

#: The name of a body ends in one of these: 国务院, 化工部, 县人民政府, 中央军委, 省人大常委会 ….
BODY_SUFFIX = re.compile(r"(?:部|院|委|会|局|厅|署|办|室|府|处|所|中心|政府|委员会|法院|检察院|党组|支部|公司|集团|"
                         r"政治协商会议)$")

#: A row of short items apart by spaces, without a clause mark — a menu or a list of links
#: pasted as one line (``丝路中国 文明中华 中国湖北 新山东 中部纵览``): at least ITEM_ROW_MIN_ITEMS
#: items of ITEM_ROW_MEAN_CHARS characters or fewer on average.  Never prose, never a title.
ITEM_ROW_MIN_ITEMS = 5
ITEM_ROW_MEAN_CHARS = 8
_CLAUSE_MARKS = frozenset("，。；、,;！？!?")


def item_row(text: str) -> bool:
    """Is ``text`` a row of short items apart by spaces (see :data:`ITEM_ROW_MIN_ITEMS`)?"""
    items = text.split()
    return (len(items) >= ITEM_ROW_MIN_ITEMS and sum(map(len, items)) <= ITEM_ROW_MEAN_CHARS * len(items)
            and not any(c in _CLAUSE_MARKS for c in text))


#: 附件说明: ``附件：1. ……``, also shortened to ``附：`` over a numbered list of the files
#: attached (``附：1、……方案`` / ``2、……调查表``).
ATTACHMENT = re.compile(r"^附\s*件\s*\d*\s*[：:]|^附\s*[：:]\s*\d{1,2}\s*[.．、﹒]")

#: 附件标识 (GB/T 9704 §7.3.7): "附件" and the attachment's number alone on a line —
#: ``附件`` / ``附件1`` / ``附件 1`` / ``附件一`` / ``附件1：`` — at the head of an attachment
#: printed after the main text.  With a name after it (``附件：1. ……``) it is a note instead.
ATTACHMENT_START = re.compile(rf"^附\s*件\s*(?P<number>\d{{1,2}}|{CN_NUMERAL}{{1,3}})?\s*[：:]?$")

#: The caption of a table or a figure (``表9 2023年各类学校招生人数``, ``图2-1 全县地区生产总值``)
#: and the unit line under it (``单位：万人``): lines of their own, never glued to a neighbour.
CAPTION = re.compile(r"^(?:[表图]\s*\d{1,2}(?:[-－.．]\d{1,2})?[\s\u3000]+[^。，；！？,;!?]{2,40}"
                     r"|单\s*位\s*[：:]\s*[^\s。，；]{1,12})$")

#: 附注: a short remark in parentheses under the date — ``（此件公开发布）``.
NOTE = re.compile(r"^[（(](?P<text>[^（）()]{2,40})[）)]$")



#: The characters a line of any family of :data:`FAMILIES` starts with (with the decimal digits):
#: a line that starts with another is tried against none of them.
NUMBER_STARTS = frozenset("第（(首其再最" + CN_DIGITS + "".join(map(chr, range(ord("①"), ord("⑳") + 1))))


def match_number(text: str) -> tuple[Family, str] | None:
    """The numbering family and number a line starts with, if any."""
    if not text or not (text[0] in NUMBER_STARTS or text[0].isdecimal()):
        return None
    return _match_number(text)


@lru_cache(maxsize=4096)
def _match_number(text: str) -> tuple[Family, str] | None:
    """:func:`match_number` past its look at the first character (the cleaner and the parser
    ask for the same lines many times: the answers are kept)."""
    for family in FAMILIES:
        m = family.pattern.match(text)
        if m:
            return family, m.group("number")
    return None


#: The values of the Chinese digits of heading numbers (十 and 百 count apart).
_CN_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}


def number_value(number: str | None) -> int | None:
    """The integer a heading number stands for: ``（三）`` → 3, ``12.`` → 12, ``第十一，`` → 11,
    ``1.2.3`` → 3."""
    if not number:
        return None
    digits = re.findall(r"\d+", number)
    if digits:
        return int(digits[-1])
    if number[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(number[0]) + 1
    cn = "".join(ch for ch in number if ch in _CN_VALUES or ch in "十百")
    return _chinese_value(cn) if cn else None


#: In :func:`number_series`, an entry that closes every open series (a document title, an
#: attachment's label: the numbering starts afresh under it).
SERIES_BREAK = None


def number_series(entries: Iterable[tuple[int, Hashable, bool] | None]) -> list[list[int]]:
    """Numbered lines cut into series: each entry is (its index, its key — the numbering family,
    perhaps with its parent —, whether its number is one), or SERIES_BREAK.  An entry joins the
    open series of its key, or starts a new one when its number is one or its key has none; the
    series are returned in the order they start, each as its entries' indexes."""
    open_series: dict[Hashable, list[int]] = {}
    found: list[list[int]] = []
    for entry in entries:
        if entry is SERIES_BREAK:
            open_series = {}
            continue
        index, key, first = entry
        if first or key not in open_series:
            open_series[key] = []
            found.append(open_series[key])
        open_series[key].append(index)
    return found


def _chinese_value(text: str) -> int | None:
    if text in ("首先",):
        return 1
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_VALUES[ch]
    return total + current


def compact(text: str) -> str:
    """``text`` without spaces (``指  导  意  见`` → ``指导意见``), for matching only."""
    return re.sub(r"[\s\u3000]+", "", text)


# --------------------------------------------------------------------------- 版头 and 版记

#: 份号 (GB/T 9704 §7.2.1): six Arabic digits alone on a line, or after the label 份号.
COPY_NUMBER = re.compile(r"^(?:份\s*号\s*[：:]?\s*)?(?P<value>\d{6})$")
#: 密级和保密期限 (§7.2.2): 绝密, 机密 or 秘密, with ★ and the period where it has one
#: (``机密★1年``, ``秘密★6个月``, ``绝密★长期``); also after the label 密级.
SECRECY = re.compile(r"^(?:密\s*级\s*[：:]\s*)?(?P<value>(?:绝密|机密|秘密)(?:\s*[★☆*＊]\s*(?:\d{1,2}\s*(?:年|个月)|长期))?)$")
#: 紧急程度 (§7.2.3): 特急 or 加急 (telegrams: 特提, 平急); also after a label.
URGENCY = re.compile(r"^(?:紧\s*急\s*程\s*度\s*[：:]\s*)?(?P<value>特急|加急|特提|平急)$")
#: 签发人 (§7.2.6): ``签发人：张三`` (several names apart by spaces or 、).
SIGNER = re.compile(r"^签\s*发\s*人\s*[：:]\s*(?P<names>[\u4e00-\u9fff·][\u4e00-\u9fff·、 \u3000]{0,40})$")
#: The 发文字号 of a 上行文 with its 签发人 on the same line (§7.2.5–7.2.6).
NUMBER_WITH_SIGNER = re.compile(rf"^(?P<number>{DOCUMENT_NUMBER.pattern})[\s\u3000]*"
                                r"签\s*发\s*人\s*[：:]\s*(?P<names>[\u4e00-\u9fff·][\u4e00-\u9fff·、 \u3000]{0,40})$")
#: The number of an order (令号, §10.2) or of minutes (``第12号``, ``第5期``): alone on the
#: line under the mark it counts for a document number.
SERIAL_NUMBER = re.compile(rf"^第\s*(?:\d{{1,4}}|{CN_NUMERAL}{{1,6}})\s*[号期]$")
#: The number of a 公告, 通告 or 公报 under its title: ``第1号``, ``（第5号）`` and a standing
#: committee's ``〔十四届〕第5号`` with its term in brackets — the document's number, never its
#: text, and no 发文字号 of a 版头 (it has no year).
TITLE_SERIAL_NUMBER = re.compile(
    rf"^[（(]?\s*(?:[〔\[（(【]\s*{CN_NUMERAL}{{1,3}}\s*届\s*[〕\]）)】]\s*)?"
    rf"第\s*(?:\d{{1,4}}|{CN_NUMERAL}{{1,6}})\s*[号號]\s*[）)]?$")
#: The word after the issuing body's name in the marks of §7.2.4 and §10: 文件 (下行文 and
#: 上行文), 命令 or 令 (orders), 纪要 (minutes).  A 信函's mark is the name alone.
MARK_SUFFIXES = ("文件", "命令", "令", "纪要")

#: 抄送 (§7.4.2): ``抄送：……。``; the names as ``names``.
COPIES_TO = re.compile(r"^抄\s*送\s*[：:]\s*(?P<names>\S.*)$")
#: 印发机关和印发日期 (§7.4.3): ``某某县人民政府办公室　　2024年3月1日印发`` — the office
#: and the date apart by spaces, or run together.
PRINT_LINE = re.compile(r"^(?P<by>[^\s，。；：,;:！？]{2,40}?)[\s\u3000]*(?P<date>" + DATE.pattern + r")\s*印\s*发$")
#: 版记 lines other than 抄送 and 印发: addressees moved down (主送), the 抄报 and 分送 of older
#: documents, and their print count (``共印60份``).
OTHER_DISTRIBUTION = re.compile(r"^(?:主\s*送|分\s*送|抄\s*报)\s*[：:]|^[（(]?\s*共印\s*\d+\s*份\s*[）)]?$")
#: Any line of the 版记.
DISTRIBUTION = re.compile("|".join(f"(?:{p.pattern})" for p in (COPIES_TO, PRINT_LINE, OTHER_DISTRIBUTION)))

#: A body's name and a date on one line, apart by spaces (``某某县人民政府办公室　　2024年3月5日``):
#: under the mark of minutes, the office that issues them and when (practice; the standard
#: leaves it to each body).
OFFICE_AND_DATE = re.compile(r"^[^\s，。；：,;:！？]{2,30}[\s\u3000]+(?:" + DATE.pattern + r")$")
#: A line of the attendance of minutes (纪要, §10.3): ``出席：……``, ``请假：……``, ``列席：……``.
ATTENDANCE = re.compile(r"^(?P<label>出\s*席|请\s*假|列\s*席|缺\s*席)\s*[：:]\s*(?P<names>\S.*)$")


def masthead_field(text: str) -> tuple[str, str] | None:
    """The 版头 field a short line at the top is (份号, 密级, 紧急程度, 签发人) as
    (meta field, value), or None."""
    flat = text.strip()
    for key, pattern, group in (("copy_number", COPY_NUMBER, "value"), ("secrecy", SECRECY, "value"),
                                ("urgency", URGENCY, "value"), ("signer", SIGNER, "names")):
        found = pattern.match(flat)
        if found:
            return key, found.group(group).strip()
    return None


def mark_names(issuer: str) -> tuple[list[str], str]:
    """The names of an issuing body's mark as the model keeps it, and the word after them:
    ``中共某某县委、某某县人民政府文件`` → ``(["中共某某县委", "某某县人民政府"], "文件")``."""
    suffix = next((s for s in MARK_SUFFIXES if issuer.endswith(s) and len(issuer) > len(s)), "")
    body = issuer[: len(issuer) - len(suffix)] if suffix else issuer
    return [name for name in body.split("、") if name], suffix


#: The label of a title in a portal's index table (``标题：国务院办公厅关于……的意见``), in a
#: form's fields (``信件标题：……``, ``主题：……``), an encyclopedia's entry label (``词条 ……``), or in
#: the fields a scraper writes over the text it saved (``title: ……``).
TITLE_LABEL = re.compile(r"^(?:(?:[\u4e00-\u9fff]{0,4}[标標]\s*[题題]|[题題]\s*目|主\s*[题題]|[\u4e00-\u9fff]{0,4}名\s*[称稱]|[Tt]itle)"
                         r"\s*[:：﹕]"  # a form's field before it: 信件标题：, 文章标题：, 主题：
                         r"|(?:词条|詞條|条目|條目)(?:\s*[:：﹕]|\s+)"  # an encyclopedia's entry label: 词条 ……
                         r"|(?:标题|標題)\s*(?=[\[【［])"  # a post's header: the label glued on, a board's tag after it
                         r"|【(?:法规|文件)?(?:标题|名称)】)\s*")

#: Common Chinese surnames, in simplified and traditional characters: a line of two to four
#: characters that opens with one can be a name alone (a signature), one that does not is not.
COMMON_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
    "肖萧蕭田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范石廖贾賈夏韦韋付傅方白邹鄒"
    "孟熊秦邱尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬覃武钱錢戴严嚴莫孔向汤湯常温溫康施文牛樊葛"
    "邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅"
    "童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆"
    "农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應"
    "臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡"
    "鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權"
    "强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏"
    "鹿薄邸雍辜羊阿乌烏母裘亓修邰赫杭况況那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀亢嵇公哈湛宾賓戎勾茅利于呼居揭"
)

#: A row of an event's details: a date, time or place label (either script, its English after a
#: bar or not), a colon and a value (``時間 | Time:9:00~10:10``, ``地点：礼堂``). Group ``kind``
#: names the label; a block of rows of two kinds or more is the text's own, never furniture.
EVENT_ROW = re.compile(
    r"(?:(?P<date>日期|Date)|(?P<time>時間|时间|Time)|(?P<place>地點|地点|Venue|Place))"
    r"(?:\s*[|｜]\s*[A-Za-z]{2,8})?\s*[:：]\s*\S.*")
#: A line that goes on with the times of the row above it (``10:10~11:25a.m.(…)``).
EVENT_ROW_MORE = re.compile(r"\d{1,2}[:：]\d{2}\s*[~～\-－—至到]\s*\d{1,2}[:：]\d{2}.*")
