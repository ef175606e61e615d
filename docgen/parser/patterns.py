"""Every pattern the parser uses to recognise the parts of a document, named in one place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .. import chars

CN_DIGITS = "一二三四五六七八九十百零〇两"
_CN = f"[{CN_DIGITS}]"


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


def _family(name: str, regex: str, kind: Literal["heading", "enumeration"]) -> Family:
    return Family(name, re.compile(regex), kind)


#: Numbering families, tried in this order (more specific forms first).
FAMILIES: tuple[Family, ...] = (
    # 第一部分 / 第一章 / 第一节 / 第一篇 — part and chapter headings of long texts.
    _family("di-part", rf"^(?P<number>第{_CN}+(?:部分|章|节|篇))(?=[\s　：:，,]|[^\x00-\x7f])", "heading"),
    # 第一， / 第一、 / 第一： — "first, …" used as a top-level heading in speeches.
    _family("di-ordinal", rf"^(?P<number>第{_CN}+[，,、：:])", "heading"),
    # 一、 — level 1 of GB/T 9704 §7.3.3.
    _family("cn-comma", rf"^(?P<number>{_CN}+、)", "heading"),
    # （一） — level 2.
    _family("cn-paren", rf"^(?P<number>[（(]{_CN}+[）)])", "heading"),
    # 1. / 1． / 1、 — level 3 (a digit followed by a digit is a decimal number, not a label).
    _family("arabic-dot", r"^(?P<number>\d{1,2}[.．、](?!\d))", "heading"),
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

#: Enumeration leads inside a paragraph start right after a sentence ends: ``。二要……``.
INLINE_ENUMERATION = re.compile(rf"(?:^|(?<=[。！？；]))(?P<number>{_CN}{{1,2}}[是要])(?![的否求素点闻])")

#: Longest standalone heading, in characters.  Headings are one line of at most 28 字 as a
#: rule; two-line headings exist, three-line ones are paragraphs.
HEADING_MAX_CHARS = 60

#: 称呼 / 主送: starts with a form of address, or is a list of bodies ending in a colon.
SALUTATION = re.compile(
    r"^(?:尊敬的|亲爱的|各位|同志们|女士们|先生们|朋友们|老师们|同学们|全体|大家)"
    r"[^。！？!?]{0,60}[：:]$"
    r"|^各[^。！？!?]{1,80}[：:]$"
)

#: 结束语: the speaker's last words.
CLOSING = re.compile(r"^(?:[^。！？]{0,16}[，,])?(?:谢谢(?:大家|各位|你们)?|我就讲(?:这些|到这里)|就讲到这里)[。！!…]*$")

#: A date written on its own line: ``2023年6月12日`` or ``二〇二三年六月十二日``.
DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)

#: The date/occasion line under a title: ``（2023年6月12日）`` or ``（2023年6月12日在……上）``.
DATE_LINE = re.compile(r"^[（(](?P<inner>[^（）()]*?(?:" + DATE.pattern + r")[^（）()]*)[）)]$")

#: A subtitle under the title: ``——在全县……会议上的讲话``.
SUBTITLE = re.compile(r"^(?:——|--|—)\s*(?P<text>\S.*)$")

#: A speaker line: office and name separated by spaces (``县委书记 张三``), or a name alone
#: spaced out (``张　三``).
SPEAKER = re.compile(r"^(?P<office>[\u4e00-\u9fff、]{2,20})[ \u3000]+(?P<name>[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3})$")

#: 附件说明: ``附件：1. ……``.
ATTACHMENT = re.compile(r"^附\s*件\s*[：:]")

#: A title line is short and ends without sentence punctuation.
TITLE_MAX_CHARS = 60
TITLE_MAX_LINES = 3

#: The issuing body in a signature block: a short name without punctuation.
SIGNATURE_MAX_CHARS = 30


def match_number(text: str) -> tuple[Family, str] | None:
    """The numbering family and number a line starts with, if any."""
    for family in FAMILIES:
        m = family.pattern.match(text)
        if m:
            return family, m.group("number")
    return None


def starts_like_block(text: str) -> bool:
    """Does ``text`` start a block of its own (a heading or a salutation)?  Used by the
    cleaner so that it never glues such a line to its neighbour."""
    return match_number(text) is not None or bool(SALUTATION.match(text))


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
