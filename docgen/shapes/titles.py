"""Title-likeness: could a line be (part of) a title?  Three questions, asked at three places
with three strictnesses, so kept side by side here with their thresholds:

* :func:`title_like` — the parser's question, strictest: could this line be a title line of
  the document (or of a document printed inside it)?
* :func:`header_line_like` — the cleaner's joining: is this line still part of the title
  block at the top, which is joined only on the strongest evidence?  Looser, because a
  heading or a date under the title still belongs to that block.
* :func:`repeat_candidate` — the cleaner's search for a title repeated at the top of the
  body: a title copied with its site's suffix or its document number runs longer, so the
  length bound is wider, and only a line that ends like a sentence or goes on is excluded.
"""

from __future__ import annotations

import re
import unicodedata

from .. import chars
from . import patterns as S

#: A title line is at most this long (characters): titles run to two or three lines of the
#: 28-character grid, and a longer line is a paragraph.
TITLE_MAX_CHARS = S.TITLE_MAX_CHARS
#: A line repeating the title at the top of a body is at most this long: a page title with the
#: site's name or a document number after it.
REPEAT_MAX_CHARS = 120
#: The heading mark of a text saved from Markdown (``# 标题``): a line of its own, never the
#: rest of the line above.
MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}[ \t]+\S")


def markdown_heading(text: str) -> bool:
    """Is the line a heading of a text saved from Markdown (``# ……``, ``## ……``)?"""
    return bool(MARKDOWN_HEADING.match(text))


def title_like(text: str) -> bool:
    """Short, without sentence punctuation, not a salutation, a heading, a date or a subtitle."""
    return (bool(text) and len(text) <= TITLE_MAX_CHARS and not chars.ends_sentence(text)
            and text[-1] not in "，,；;：:、" and "。" not in text
            and not S.SALUTATION.match(text) and not S.ADDRESS_EXCLAIMED.match(text)
            and S.match_number(text) is None and not S.ARTICLE.match(text) and not S.DATE_LINE.match(text)
            and not S.SUBTITLE.match(text) and not S.DATE.fullmatch(text))


def header_line_like(text: str) -> bool:
    """Could the line be part of the title block at the top?  The header ends with the first
    line that is not: one with a full stop (or a ！？ that is no headline's), a long one, or
    the salutation.  A blank line does not end it."""
    return (not text or (len(text) <= TITLE_MAX_CHARS and "。" not in text
                         and (not any(c in "！？!?" for c in text) or _headline(text))
                         and not S.SALUTATION.match(text)))


def _headline(text: str) -> bool:
    """Could the line's ！ and ？ be a news headline's (``……突破3000亿美元！魏少军：……``)?"""
    return len(text) >= HEADLINE_MIN_CHARS


#: A headline is at least this long (``谢谢！`` is no headline).
HEADLINE_MIN_CHARS = 8


def repeat_candidate(text: str) -> bool:
    """Could the line be (part of) a title that the text repeats at its top: not longer than
    :data:`REPEAT_MAX_CHARS`, not a finished sentence (a headline may end with ？ or ！, never
    with 。), not a line that goes on (ending with a colon, a semicolon, a comma or an opening
    bracket)."""
    return (0 < len(text) <= REPEAT_MAX_CHARS and "。" not in text
            and not (chars.ends_sentence(text) and not headline_end(text))
            and text[-1] not in "：:；;" and text[-1] not in S.CONTINUING_END)


def headline_end(text: str) -> bool:
    """Does the line end like a news headline may: with ？ or ！ (no 。 anywhere)?"""
    stripped = text.rstrip().rstrip("".join(chars.CLOSING))
    return bool(stripped) and stripped[-1] in "？！?!" and "。" not in text


#: A site's name after the last separator of a page title: ``… - 中国科普网``,
#: ``…_新浪新闻``, ``…|人民网``, ``…_某某头条`` (a news feed's name), ``…-CSDN.NET``, ``… -- 某某港0514.cc!`` (a doubled separator, an
#: exclamation mark a site puts after its name; a name this long at most, ending like the name of
#: a site, a paper or a station, or written as a host name).
SITE_SUFFIX = re.compile(
    r"\s*(?:\s[-–—－|｜_]{1,2}\s|[-–－|｜_])\s*(?P<site>[^-–—－|｜_]{2,16}?(?:网|网站|官网|门户|频道|在线|日报|晚报|时报|"
    r"周刊|报|通讯社|社|电视台|台|头条|客户端|APP|App|公众号|官方网站|\.(?:com|cn|net|org|gov\.cn|cc|NET|COM|CN|CC))|"
    r"[A-Za-z][\w.-]{1,30}\.(?:com|cn|net|org|cc|NET|COM|CN|CC))\s*[!！]?\s*$")


#: A line that is only the name of a site, a paper, a station or an account (``新华网``,
#: ``手机客户端``, ``人民日报``, ``某某发布``, ``新华社``): the name endings of :data:`SITE_SUFFIX`
#: (a bare 报 or 台 only after 日, 晚, 电视: ``通报`` and ``舞台`` end titles), and the names of apps
#: and accounts.
SITE_NAME = re.compile(r"^[^\s，。；！？,;!?]{0,16}?(?:网|网站|官网|门户|频道|在线|日报|晚报|时报|周刊|通讯社|新闻社|"
                       r"电视台|客户端|APP|App|app|公众号|官方网站|官方微博|官方微信|发布|之家)$"
                       r"|^[\u4e00-\u9fff]{1,3}社$")  # 新华社, 中新社


def site_name(text: str) -> bool:
    """Is the line only the name of a site, a paper, a station, an app or an account?"""
    return bool(SITE_NAME.match(text.strip()))


def strip_site_suffix(text: str) -> str:
    """A page title without the site names after it: ``标题 - 中国科普网`` → ``标题``,
    ``标题_新闻中心_新浪网`` → ``标题_新闻中心`` (a column's name is no site's)."""
    while True:
        m = SITE_SUFFIX.search(text)
        if m is None or m.start() == 0:
            return text
        text = text[: m.start()].rstrip()


#: The date or time a site prints after a headline, in brackets: ``……活动之四 （11-29）``,
#: ``……（2013-01-08）``, ``……[02-28]``, ``…… (07:35)`` (not a span of years: ``（2019-2021）``).
DATE_SUFFIX = re.compile(r"\s*[（(\[［【]\s*(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}|\d{1,2}[:：]\d{2})\s*[)）\]］】]\s*$")


def strip_date_suffix(text: str) -> str:
    """A headline without the date a site prints after it in brackets (``…… （11-29）``)."""
    m = DATE_SUFFIX.search(text)
    return text[: m.start()].rstrip() if m and m.start() > 0 else text


#: What two spellings of one title may differ in: spaces, quote and bracket forms, marks.
_TITLE_KEY_DROP = re.compile(r"[\s\u3000\u00a0《》〈〉“”\"'‘’「」『』.。…·•\-—–!！?？,，:：、]+")


def title_key(text: str) -> str:
    """What two spellings of one title have in common (widths, spaces, quotes and marks
    left out)."""
    return _TITLE_KEY_DROP.sub("", unicodedata.normalize("NFKC", text))
