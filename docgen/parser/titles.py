"""Titles: which lines can be a title, and which lines broken apart make one title together.

Used for the document's own title (in the header) and for the title of a document printed
inside the text (a 印发 notice's measures, after its signature).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from .. import chars
from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.chrome import PINYIN_GLOSS, Family, family_of, fold, unglossed
from ..shapes.titles import site_name, strip_site_suffix, title_like
from . import patterns as P


def complete(text: str, genre: re.Pattern[str] = P.GENRE) -> bool:
    """Does ``text`` end like a whole title — with its genre word (通知, 办法, 讲话 …; for an
    attachment also 表, 名单 …) near the end?  In either script: 批復 ends a title as 批复 does."""
    tail = fold(P.compact(text)[-P.GENRE_NEAR_END:])
    return bool(genre.search(tail))


def no_headline(text: str) -> bool:
    """A line that is never a Chinese text's headline, even with no other line above the body:
    a label in English set in small letters alone (``media center``: a headline in English is
    capitalised, ``Annual Report``) or one English word alone (``News``), a column's label with its English name (``党建工作 Party
    Building``), a series note in brackets (``（……系列报道之五）``), a photo's caption
    (``图为……``, ``……现场``), lines of verse run together with slashes (``长亭外/古道边/……``)
    or a table's row of three or more cells (``公开目录 | 乡镇信息 | 发布日期``), its site's name
    after it taken off, an event's date, time or place row (``日期 | Date:2020.6.27``), or a
    host's cue with its stage direction (``颁奖（由于……，……）``)."""
    return bool(S.EVENT_ROW.fullmatch(text.strip()) or P.LOWERCASE_LABEL.fullmatch(text.strip()) or P.LATIN_WORD_LABEL.fullmatch(text.strip())
                or P.PHOTO_CAPTION.match(text)
                or P.BILINGUAL_COLUMN_LABEL.fullmatch(text) or P.SERIES_NOTE.fullmatch(text)
                or P.SLASHED_VERSE.fullmatch(text) or P.BARRED_CELLS_ROW.fullmatch(strip_site_suffix(text))
                or P.STAGE_DIRECTION.fullmatch(text.strip()))


def plausible(text: str) -> bool:
    """Could ``text`` be a title on its own: it names a genre or starts a 关于…… title."""
    flat = P.compact(text)
    return bool(P.GENRE.search(flat) or P.TITLE_ABOUT.match(flat))


def glossed_number(text: str) -> tuple[str, str] | None:
    """A document number that starts ``text`` read without a converter's pinyin glosses
    (``成府發(fā)〔2003〕61號(hào)《……》``), ``(number, rest)``: the number and the rest of the
    line as they stand, glosses kept; or None when the line does not start with one."""
    plain = unglossed(text)
    number = P.DOCUMENT_NUMBER.match(plain)
    if number is None:
        return None
    end = number.end()  # the number's end in ``plain``: past every gloss that stands before it
    for gloss in PINYIN_GLOSS.finditer(text):
        if gloss.start() > end:  # (a gloss right at the end is the number's last character's)
            break
        end += gloss.end() - gloss.start()
    return text[:end], text[end:]


def split_number(text: str) -> tuple[str, str] | None:
    """A title with its document number run in, ``(title, number)``: the number in brackets
    at the end, or after a space, or straight after the genre word that ends the title."""
    bracketed = P.TITLE_WITH_NUMBER.match(text)
    if bracketed:
        return bracketed.group("title"), bracketed.group("number")
    for start in range(1, len(text)):
        number = _trailing_number(text, start)
        if number is None:
            continue
        title = text[:start].rstrip(" \u3000")
        spaced = len(title) < start
        if title and (spaced or complete(title)):
            return title, number
    return None


def _trailing_number(text: str, start: int) -> str | None:
    """The document number that ``text`` ends with from ``start`` on, as it stands — also
    with a converter's pinyin glosses after its characters (``……公告 某選公〔2021〕第2號(hào)``)."""
    number = P.TRAILING_NUMBER.fullmatch(text, start)
    if number is None and PINYIN_GLOSS.search(text, start):
        number = P.TRAILING_NUMBER.fullmatch(unglossed(text[start:]))
    return text[start:] if number else None


def _starts_anew(previous: str, text: str) -> bool:
    """Does ``text`` start a title of its own instead of continuing ``previous``: it starts
    with a body's name, and ``previous`` names no body (joint issuers name one each) — or
    names the body that ``text``'s issuer belongs to (:func:`owner_above`) — or ``previous`` is
    only the name of a site (``某某纪念网``), or ``text`` opens with a tag in brackets, or is
    letter-spaced under a line set solid that reads as whole (``放 假 通 知`` under a page's
    headline: a heading set for display on its own) — not under a line broken off where the
    title goes on (``……文书的`` over ``指  导  意  见``)?"""
    if (P.LETTER_SPACED.match(text.strip()) and not P.LETTER_SPACED.match(previous.strip())
            and not previous.rstrip().endswith(P.TITLE_LINE_GOES_ON)):
        return True
    if site_name(P.compact(previous)):
        return True  # a site's name alone over a title is the page's banner, never the title's start
    if P.BRACKETED_PREFIX.match(text):
        return True  # a tag in brackets (``【温馨提示】……``) opens a headline, never goes on with one
    return bool(P.STARTS_WITH_BODY.match(P.compact(text))) and (owner_above(previous, text) or not (
        P.BODY_SUFFIX.search(P.compact(previous)) or previous.rstrip().endswith(("、", "，", ","))))


def group_label(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` the label of the first of several groups of a list (``一年级活动`` over
    ``1、……``, then ``二年级活动`` over ``1、……``): a line that opens a list numbered from one,
    when another line further down, without sentence punctuation, opens one numbered from one
    again?  Such a line is an item of the text, not its title."""
    def opens_list(k: int) -> bool:
        following = next((line.text for line in lines[k + 1:] if line.text), "")
        number = P.match_number(following)
        return number is not None and number[1].strip("（()）、.．﹒ ") in P.FIRST_NUMBERS
    if not opens_list(i):
        return False
    return any(opens_list(k) for k in range(i + 1, len(lines))
               if lines[k].text and title_like(lines[k].text) and not P.match_number(lines[k].text)
               and not any(c in chars.PUNCTUATION for c in lines[k].text))


def with_issuer(title: str, short: str) -> bool:
    """Is ``title`` the title ``short`` with its issuer's name before it (``某某委员会关于……的通知``
    for ``关于……的通知``, ``某某委员会关于对……的决定`` for ``对……的决定``) — the document's own title
    of which a page heading or an index prints the short form?"""
    flat, end = P.compact(title), P.compact(short)
    prefix = flat[: len(flat) - len(end)].removesuffix("关于")
    return len(flat) > len(end) > 0 and flat.endswith(end) and bool(P.BODY_SUFFIX.search(prefix))


def with_place(headline: str, title: str) -> bool:
    """Is ``headline`` the whole official title ``title`` (its issuer first, ``某某镇人民政府关于……
    的通告``) with a place's name before it, as a city portal prefixes the items it reposts?"""
    flat, head = P.compact(title), P.compact(headline)
    prefix = head[: len(head) - len(flat)]
    return (head.endswith(flat) and not flat.startswith("关于") and bool(P.FORMAL_ABOUT.match(flat))
            and bool(P.PLACE_PREFIX.fullmatch(prefix)))


def with_short_issuer(headline: str, title: str) -> bool:
    """Is ``headline`` the whole official title ``title`` (``某某县人民政府关于……的通告``) with
    its issuer cut to the name it begins with (``某某县关于……的通告``), as a portal shortens the
    notices it reposts: the document's own title, the headline the site's?"""
    flat, head = fold(P.compact(title)), fold(P.compact(headline))
    at = flat.find("关于")
    if at <= 0 or not P.FORMAL_ABOUT.match(flat) or not head.endswith(flat[at:]):
        return False
    short = head[: len(head) - len(flat) + at]
    return bool(short) and len(short) < at and flat.startswith(short)


def renamed_in_headline(title: str, headline: str) -> bool:
    """Is ``headline`` a portal's retelling of the whole official title ``title``
    (``某某县人民政府关于某某县禁止……的通告``): its matter after ``关于`` whole, a short place's
    lead before it and a name of a kind after it (``某市某某县禁止……的通知``)?"""
    flat, head = fold(P.compact(title)), fold(P.compact(headline))
    at, cut = flat.find("关于"), flat.rfind("的")
    if at < 0 or cut <= at + 2 or not P.FORMAL_ABOUT.match(flat) or not complete(flat):
        return False
    matter = flat[at + 2: cut]
    lead, _, rest = head.partition(matter)
    return (bool(rest) and head != flat and "关于" not in lead and len(lead) <= P.ISSUER_MAX_CHARS
            and bool(P.RENAMED_KIND.fullmatch(rest)))


def held_in_headline(title: str, headline: str) -> bool:
    """Is ``title`` a whole ``关于……`` title that an aggregator's ``headline`` holds with a
    place's or a body's name before it and the issuer in brackets after it
    (``某某市关于……的通告（某某局）`` over ``关于……的通告``): the document's own title, the
    headline the site's?"""
    flat, head = P.compact(title), P.compact(headline)
    at = head.find(flat)
    if at < 0 or not P.TITLE_ABOUT.match(flat) or not complete(flat) or head == flat:
        return False
    rest = head[at + len(flat):]
    return bool(rest) and rest[0] in "（(【[" and rest[-1] in "）)】]" and at <= P.ISSUER_MAX_CHARS


def restated_in_headline(title: str, headline: str) -> bool:
    """Is ``headline`` a portal's restatement of the whole official title ``title``
    (``某某镇关于……的公告``): the same words with the ``的`` before the genre word dropped and a
    short lead before them (``2031年某某市发布某某镇关于……公告``), or the same words whole with
    the day of the news before them (``3月21日某某镇关于……的公告``, see
    :data:`~docgen.shapes.patterns.MONTH_DAY`)?"""
    flat, head = P.compact(title), P.compact(headline)
    found = P.FORMAL_ABOUT.match(flat)
    cut = flat.rfind("的")
    if not found or cut < 0 or not complete(flat):
        return False
    key = flat[:cut] + flat[cut + 1:]
    if head.endswith(key) and 0 < len(head) - len(key) <= P.ISSUER_MAX_CHARS:
        return True
    return head.endswith(flat) and bool(P.MONTH_DAY.fullmatch(head[: len(head) - len(flat)]))


def signed_in_headline(title: str, headline: str) -> bool:
    """Is ``headline`` a site's listing of the letter whose own title is ``title``
    (``致某某协会成立大会贺信``): the sender's name before its ``致`` (``某某研究会致……``), the
    same kind of letter at its end, and the words between them the title's or a shortening of
    them, each word kept in order (``某某总会`` for ``某某联谊总会``)?  A letter's own title names
    whom it is to; the site puts who sent it in front."""
    flat, head = fold(P.compact(title)), fold(P.compact(headline))
    kind = P.LETTER_KIND_END.search(flat)
    if not flat.startswith("致") or kind is None or not head.endswith(kind.group()):
        return False
    at = head.find("致")
    sender = head[:at]
    if at < 0 or not P.SENDER_BEFORE_LETTER_MIN_CHARS <= len(sender) <= P.ISSUER_MAX_CHARS or not P.BODY_SUFFIX.search(sender):
        return False
    said, own = head[at + 1: len(head) - len(kind.group())], flat[1: len(flat) - len(kind.group())]
    return (len(said) >= max(P.SENDER_BEFORE_LETTER_MIN_CHARS, P.SIGNED_HEADLINE_MIN_SHARE * len(own))
            and _kept_in_order(said, own))


def _kept_in_order(short: str, whole: str) -> bool:
    """Is every character of ``short`` in ``whole``, in the same order (``某某总会`` in
    ``某某联谊总会``): ``whole`` shortened by leaving words out?"""
    rest = iter(whole)
    return all(c in rest for c in short)


def listed_under_badge(title: str, headline: str) -> bool:
    """Is ``headline`` a paid site's listing of the document whose own title is ``title``: its
    member badge before it (``VIP 某某比赛主持稿``, see :data:`~docgen.parser.patterns.MEMBER_BADGE_PREFIX`)
    and the same kind of text at its end as the title (``某某县第二届某某比赛主持稿``)?  The site
    names the item for its shelf; the document prints its own title under it."""
    badge = P.MEMBER_BADGE_PREFIX.match(headline.strip())
    if badge is None:
        return False
    listed, flat = fold(P.compact(headline.strip()[badge.end():])), fold(P.compact(title))
    kind = P.TITLE_GENRE_END.search(flat)
    return kind is not None and listed.endswith(kind.group()) and listed != flat


def place_swapped_in_headline(title: str, headline: str) -> bool:
    """Is ``headline`` the whole title ``title`` (``某某县公共场所……须知``) with another place's
    name in the place of the one it opens with (``某市高新区公共场所……须知``), as a content site
    heads a reposted notice with the name of a place it files it under: the document's own title
    names its own place, the headline is the site's?"""
    flat, head = P.compact(title), P.compact(headline)
    for k in range(2, min(P.ISSUER_MAX_CHARS, len(flat) - P.SWAPPED_PLACE_MIN_CHARS) + 1):
        place, rest = flat[:k], flat[k:]
        lead = head[: len(head) - len(rest)]
        if (head.endswith(rest) and lead != place and P.LEADING_PLACE.fullmatch(place)
                and P.LEADING_PLACE.fullmatch(lead)):
            return True
    return False


def owner_above(previous: str, text: str) -> bool:
    """Is ``previous`` a body's name alone that the issuer at the start of ``text`` belongs to
    or repeats (``中华人民共和国某某部`` over ``某某部办公厅关于……``): a site's banner or the
    owner's name, never a joint issuer of the title — a body issues no title jointly with its
    own office."""
    above, flat = P.compact(previous), P.compact(text)
    if not P.BODY_SUFFIX.search(above) or "关于" in above or not P.TITLE_ABOUT.match(flat):
        return False
    return any(flat.startswith(above[-k:]) for k in range(P.OWNER_MIN_CHARS, len(above) + 1))


def starts_title(lines: tuple[Line, ...], index: int) -> bool:
    """Does a title that starts with a body's name (``平凉市……人民政府工作规则``) start at the
    first non-blank line from ``index`` on?"""
    following = next((i for i in range(index, len(lines)) if lines[i].text), None)
    return (following is not None and bool(P.STARTS_WITH_BODY.match(P.compact(lines[following].text)))
            and join_title(lines, following) is not None)


def join_title(lines: tuple[Line, ...], start: int,
               genre: re.Pattern[str] = P.GENRE,
               removed: Mapping[int, str] = MappingProxyType({})) -> tuple[str, int] | None:
    """The title starting at ``lines[start]``, possibly broken over up to
    :data:`~docgen.parser.patterns.TITLE_MAX_LINES` lines (blank lines between them allowed),
    and the index just after its last line; None when no title starts there.

    The shortest run of lines that ends with a genre word (of ``genre``) wins
    (``……关于加强普通高等学校`` + ``毕业生就业工作的通知``); failing that, a single line that is
    plausible on its own.  An order's number (``……令第444号``) is a line of the order over the
    title, never part of it, and so is a table's row of fields (``栏目 | 通知公告 | 日期``,
    ``| 地址： | …… |``) and a
    line of a family of site chrome (a blog's date header with its weekday, ``2012年9月5日 星期三``),
    and so is a deck that says what someone did with a genre word as its verb (``某某主持会议并讲话``).
    A 范文 page's heading closed by its count of pieces (``……开幕词（一篇）``) goes on on no line
    under it, and no title goes on under a line that stands between a title and its body (its
    date row ``[2031-03-02]``) which cleaning took out (``removed``, by source number).
    """
    parts: list[tuple[str, int]] = []
    index = start
    while index < len(lines) and len(parts) < P.TITLE_MAX_LINES:
        text = lines[index].text
        if text:
            if (not title_like(text) or P.PAGE_FURNITURE.match(text) or P.CONTACT_LINE.match(text)
                    or P.ORDER_NUMBER.match(text) or P.BARRED_CELLS_ROW.fullmatch(strip_site_suffix(text))
                    or P.BARRED_FIELD_ROW.fullmatch(text) or (parts and _starts_anew(parts[-1][0], text))
                    or (parts and P.PIECE_COUNT_END.search(parts[-1][0].rstrip()))
                    or (parts and any(map(stands_under_headline, removed_between(
                        removed, lines[parts[-1][1] - 1].number, lines[index].number))))
                    or (family_of(text.strip(), ("line", "page")) is not None
                        and not (parts and _kind_after_broken_line(parts[-1][0], text)))):
                break
            if parts and P.GENRE_AS_VERB_END.search(P.compact(text)):
                break  # a deck under the headline (``某某主持会议并讲话``): its 讲话 is a verb, no kind
            parts.append((text, index + 1))
            if complete("".join(t for t, _ in parts), genre) or _kind_closes(lines, parts, index):
                return "".join(t for t, _ in parts), index + 1
            if not S.HAN.search(text):
                break  # a word in Latin letters alone (a logo's text) begins no title broken over lines
        index += 1
    if parts and plausible(parts[0][0]):
        return parts[0]
    return None


def _kind_closes(lines: tuple[Line, ...], parts: list[tuple[str, int]], index: int) -> bool:
    """Is line ``index``, the second of ``parts``, a kind of writing named alone (``倡议书``, see
    :data:`~docgen.parser.patterns.WRITING_KIND`) under a line of a headline's words, with the
    text starting under it (no line of a title there): the title's last line, its kind set apart
    (``禁止燃放烟花爆竹`` / ``倡议书``)?"""
    following = next((line.text for line in lines[index + 1:] if line.text), "")
    return (len(parts) == 2 and bool(P.WRITING_KIND.fullmatch(P.compact(parts[1][0])))
            and bool(following) and not title_like(following))


def removed_between(removed: Mapping[int, str], low: int, high: int) -> list[str]:
    """The texts of the lines cleaning took out (``removed``, by source number) strictly between
    source lines ``low`` and ``high`` (source lines are numbered from 1: ``low`` 0 for all above
    ``high``)."""
    return [text for n, text in removed.items() if low < n < high]


def removed_family(text: str) -> Family | None:
    """The family of site chrome of a line cleaning took out, as the header reads it: any
    family of a line or of a page."""
    return family_of(text.strip(), ("line", "page"))


def stands_under_headline(text: str) -> bool:
    """Is ``text`` a line of a family that stands between a title and its body (a date row, a
    byline, a credit, the page's tools)?"""
    family = removed_family(text)
    return family is not None and family.in_header


def _kind_after_broken_line(previous: str, text: str) -> bool:
    """Is ``text`` a genre word alone (``公告``) under a title line broken off after its ``的``
    (``关于……项目的``): the title's last line, though a site's menu may name a column so?"""
    return P.compact(text) in P.GENRE_WORDS and previous.rstrip().endswith("的")


def unstopped(title: str) -> str:
    """A title without the full stop a page closed it with (``……再創榮景。`` → ``……再創榮景``):
    GB/T 9704 sets no full stop after a title.  Only the full stop goes — a closing quotation
    mark or bracket before it stays, and so does a title's ``？`` or ``！``."""
    bare = title.rstrip()
    return bare[:-1] if bare.endswith("。") and len(bare) > 1 else title


def unled(title: str) -> str:
    """A title without the colon a page left before it with no label in front
    (``：某报某年新年献词``): a label's colon whose label the page dropped leads nothing, and
    GB/T 9704 opens no title with punctuation.  A colon inside the title stays."""
    bare = title.lstrip()
    return bare[1:].lstrip() if bare[:1] in ("：", ":") and len(bare.strip("：: ")) > 0 else title


def unspaced(title: str) -> str:
    """A title the web set letter-spaced (``2013 新 年 致 辞``, a space after each character)
    without the spaces: a 公文 title is set solid.  So is a genre word spaced out alone
    (``贺 电``, ``通 知``)."""
    solid = P.WHITESPACE_RUN.sub("", title)
    return solid if P.LETTER_SPACED.match(title) or solid in P.GENRE_WORDS else title
