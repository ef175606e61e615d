"""The cleaning rules, one small function each, applied in the order of :data:`RULES`.

Every rule takes the current lines and a :class:`Context`, returns the new lines, and records
each line it removed or changed in the context.  Each docstring shows what the rule does with
an ``Example::`` (lines before, ``→``, lines after) that the tests run.  The rules that remove
whole lines are here; those that change characters are in :mod:`.textrules`, and the joining
of broken lines in :mod:`.joining`.
"""

from __future__ import annotations

from functools import cache

from .. import chars
from .. import diagnostics as C
from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.chrome import bare, family_of, fold, unglossed
from ..shapes.meta import CHROME_TOKEN, meta_fields
from ..shapes.titles import strip_date_suffix, title_key
from . import patterns as P
from . import textrules
from .context import Context, Rule
from .crumbs import breadcrumb_headings
from .edges import edge_chrome
from .insertedlinks import inserted_links
from .joining import blank_lines, broken_lines
from .metalines import meta_lines
from .newslead import news_lead
from .pagebody import page_body
from .pagejudge import is_prose, row_above, row_below, text_above, text_below
from .pagetail import bare_date, closing_date, date_slot, dated_table_end, notice_field, own_sentence_end
from .repeats import contents, repeated_title, teasers
from .runin import run_in_headings
from .textrules import settled


def extractor_markers(lines: list[Line], ctx: Context) -> list[Line]:
    """Remove markers that text extractors leave behind (``[bookmark: …]``, ``[image: …]``,
    ``[图片]``).

    Example::

        [bookmark: _Toc1]在全区党政办公室主任会议上的讲话
        [image: 图片1.png]
        →
        在全区党政办公室主任会议上的讲话
    """
    out = []
    for line in lines:
        text = P.EXTRACTOR_MARKER.sub("", line.text).strip()
        if text == line.text:
            out.append(line)
        elif not text:
            ctx.drop(line, "text-extractor marker")
        else:
            out.append(ctx.change(line, text, C.MARKER_REMOVED, "text-extractor marker removed"))
    return out


def site_title_tails(lines: list[Line], ctx: Context) -> list[Line]:
    """Remove a site's title (its name and slogan joined by ``_``) that a page runs on after a
    paragraph's last sentence, an e-paper's jump note (``(下转第二版)``) at a paragraph's end, and,
    inside a line, a document site's page marker with its format note (``第2页共2页本文格式为Word版
    下载后可任意编辑和复制``), a site's name and address set between two sentences, and tag links
    closed by a bar after a line's last sentence.

    Also the page's tools printed after a date alone on its line (``2030年01月02日 【字号:``, the
    font-size tool cut off after its label, ``【打印】``): the date stays, as a date alone would.

    Example::

        会议今天下午举行。某某传媒网_中国某某产业综合性门户网站
        →
        会议今天下午举行。

    Example::

        某某村举行迎新春活动
        2030年01月02日 【字号:
        →
        某某村举行迎新春活动
        2030年01月02日
    """
    out = []
    for line in lines:
        found = P.RUN_ON_SITE_TITLE.search(line.text) if "_" in line.text else None
        jump = P.RUN_ON_JUMP_NOTE.search(line.text) if line.text.endswith((")", "）")) else None
        dated = _date_without_tools(line.text) if line.text[:1].isdigit() else None
        if dated is not None and line.number not in ctx.keep:
            out.append(ctx.change(line, dated, C.MARKER_REMOVED, "the page's tools after its date removed"))
        elif found is not None:
            text = line.text[:found.start()].rstrip()
            out.append(ctx.change(line, text, C.MARKER_REMOVED, "site title run on after the text removed"))
        elif jump is not None and jump.start() > 0:
            text = line.text[:jump.start()].rstrip()
            out.append(ctx.change(line, text, C.MARKER_REMOVED, "an e-paper's jump note after the text removed"))
        else:
            out.append(_without_run_in_chrome(line, ctx))
    return out


def _date_without_tools(text: str) -> str | None:
    """The date alone when ``text`` is a date (in words or figures) with only the page's tools
    after it (``2030年01月02日 【字号:``, ``2030-01-02 【打印】【关闭】``), else None."""
    found = P.LEADING_PAGE_DATE.match(text)
    if found is None or found.end() == len(text):
        return None
    rest = text[found.end():]
    if CHROME_TOKEN.search(fold(rest)) is None or bare(fold(rest)):
        return None
    return found.group().strip()


def _without_run_in_chrome(line: Line, ctx: Context) -> Line:
    """``line`` without a document site's page marker and format note, a site's name and
    address set between two sentences, the page's own address after its last sentence, the page's tag links (closed by a bar) after its
    last sentence, a forum's anti-copy noise after its last sentence or before its first, or a
    portal's and its channel's names or a reporter's credit in brackets before its first — all
    run into the text."""
    text = line.text
    if "下载后" in text:
        text = P.RUN_IN_FORMAT_NOTE.sub("", text)
    if "://" in text:
        text = P.RUN_IN_SITE_LINK.sub("", text)
        text = P.RUN_ON_SOURCE_LINK.sub("", text)
    if text.endswith(("|", "｜")):
        text = _without_tag_links(text)
    text = _without_run_in_credit(_without_run_on_credit(text))
    if text.count(" ") >= P.RUN_IN_NOISE_SPACES:
        text = P.RUN_IN_NOISE_HEAD.sub("", P.RUN_IN_NOISE_TAIL.sub("", text, count=1))
    head = text[:P.RUN_IN_CHANNEL_REACH]
    if "频道" in head or "頻道" in head:
        text = P.RUN_IN_CHANNEL.sub("", text)
    if text == line.text or line.number in ctx.keep:
        return line
    return ctx.change(line, text.strip(), C.MARKER_REMOVED,
                      "a site's page marker, link or anti-copy noise run into the text removed")


def _without_tag_links(text: str) -> str:
    """``text`` without the tag links run on after its last sentence and closed by a bar; a
    tail that ends in a date is the text's signature and date (``……的法律責任。 某某區人民政府
    2025年1月8日 |``): only the bar goes."""
    found = P.RUN_ON_TAG_LINKS.search(text)
    if found is None:
        return text
    if S.DATE.search(found.group()):
        return text.rstrip()[:-1].rstrip()
    return text[:found.start()]


def _without_run_in_credit(text: str) -> str:
    """``text`` without a reporter's credit in brackets run into its start
    (``【某报记者某某/台南报导】今年以来，……``); a bracket that is not wholly a credit stays."""
    if not text.startswith(("（", "(", "【", "[", "［")):
        return text
    found = P.RUN_IN_CREDIT.match(text)
    if found is None:
        return text
    family = family_of(found.group("head"), ("line",))
    if family is None or family.name not in P.RUN_IN_CREDIT_FAMILIES:
        return text
    return text[found.end():]


def _without_run_on_credit(text: str) -> str:
    """``text`` without a credit run on after its last sentence (``……万事如意！ 来源：某某 |``);
    a credit in brackets (``……参观了展览。 （张某/文 李某/摄）``) is the item's own and stays."""
    if " " not in text[-P.RUN_ON_CREDIT_REACH:] and "\u3000" not in text[-P.RUN_ON_CREDIT_REACH:]:
        return text
    found = P.RUN_ON_CREDIT.search(text, max(0, len(text) - P.RUN_ON_CREDIT_REACH - 1))
    if found is None:
        return text
    family = family_of(found.group("tail"), ("line",))
    if family is None or family.name not in P.RUN_ON_CREDIT_FAMILIES:
        return text
    if text[found.start() - 1] == "日" and family.name not in P.RUN_ON_AFTER_DATE_FAMILIES:
        return text
    # a whole line of chrome (a picture's caption with its credit) is left to the chrome rule
    return text if family_of(text, ("line", "page")) is not None else text[:found.start()]


def site_banners(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop lines that are only a web address, or a short site name with its address; a
    contact line (``网址：…``, ``联系人：… Email-…``) stays.

    Example::

        中词库 / www.zciku.com
        原文链接：https://www.example.com/a/1.html
        网址：www.example.gov.cn
        →
        网址：www.example.gov.cn
    """
    out = []
    for at, line in enumerate(lines):
        if (line.text and _is_banner(settled(line.text)) and not _inside_items(lines, at)
                and not _notice_channel(lines, at) and not _signer_over_date(lines, at)):
            ctx.drop(line, "site banner or address")
        else:
            out.append(line)
    last = _site_mailbox_tail(out)
    if last is not None:
        ctx.drop(out[last], "the site's mailbox under an article")
        del out[last]
    return out


def _site_mailbox_tail(lines: list[Line]) -> int | None:
    """The index of a bare mailbox line (``電子信箱:someone@example.com``) that ends the text
    right under a paragraph of prose that ends a sentence and says nothing of mail or contact:
    a news site's address under its article.  A notice's own mailbox stands in its contact block
    (beside a phone, over its signature and date) or under a sentence that sends the reader to it
    (``请将报名表发送至以下邮箱。``), and stays."""
    rows = [i for i, line in enumerate(lines) if line.text.strip()]
    if len(rows) < 2:
        return None
    last, above = settled(lines[rows[-1]].text), settled(lines[rows[-2]].text)
    if not P.SITE_MAILBOX_LINE.fullmatch(last):
        return None
    if len(above) < P.SITE_MAILBOX_PARAGRAPH_MIN or not chars.ends_sentence(above):
        return None
    return None if P.MAIL_MENTION.search(above) else rows[-1]


def _inside_items(lines: list[Line], at: int) -> bool:
    """Does the line at ``at`` stand between two items of a numbered list (``二、……`` above,
    ``三、……`` below, blank lines aside)? A labelled address there (``線上祭拜:https://…``) is
    an item's own field, not the site's banner."""
    return all(any(P.BANNER_ITEM_LEAD.match(text) for text in _near(lines, at, step)[:1]) for step in (-1, 1))


def _signer_over_date(lines: list[Line], at: int) -> bool:
    """Does the site's name with its address at ``at`` sign the text: one of at most
    :data:`~docgen.cleaner.patterns.PAGE_SIGNATURE_LINES_MAX` lines set between the text's last
    paragraph (a sentence ended above them) and a date in words alone that ends the text (only
    chrome under it)?  A site that issues an appeal with others signs it so, under its items
    (``某某网 (www.example.com)`` over ``2030年4月3日``).  An address alone, with no name
    before it, is the page's own."""
    found = P.URL.search(settled(lines[at].text))
    if found is None or found.start() == 0:
        return False
    below, above = _rows(lines, at, 1), _rows(lines, at, -1)
    date = next((n for n, i in enumerate(below[:P.PAGE_SIGNATURE_LINES_MAX])
                 if S.DATE.fullmatch(settled(lines[i].text))), None)
    if (date is None or not all(_signature_row(lines[i].text) for i in below[:date])
            or not _only_chrome(lines, below[date + 1:])):
        return False
    room = P.PAGE_SIGNATURE_LINES_MAX - 1 - date  # how many signer lines may stand above this one
    over = next((n for n, i in enumerate(above[:room + 1]) if not _signature_row(lines[i].text)), None)
    if over is None:
        return False
    closing = settled(lines[above[over]].text)
    return len(closing) >= P.SIGNER_PARAGRAPH_MIN and chars.ends_sentence(closing)


def _rows(lines: list[Line], at: int, step: int) -> list[int]:
    """The indexes of the non-empty lines from line ``at`` in the direction ``step``, the nearest first."""
    ahead = range(at + step, len(lines)) if step > 0 else range(at - 1, -1, -1)
    return [i for i in ahead if lines[i].text]


def _signature_row(text: str) -> bool:
    """A signer's line: short, without a sentence mark (a name, a name with its address)."""
    text = settled(text)
    return 0 < len(text) <= P.PAGE_SIGNATURE_MAX_CHARS and not any(c in text for c in "。！？；，")


def _only_chrome(lines: list[Line], rows: list[int]) -> bool:
    """Are the lines ``rows`` all of chrome families (a footer), or none at all?"""
    return all(family_of(settled(lines[i].text), ("line", "page")) is not None for i in rows)


def _notice_channel(lines: list[Line], at: int) -> bool:
    """Does a notice give the address at ``at`` as a channel of its own: under its label set
    apart by a copy (``举报网址：`` over it), under a sentence that sends the reader there
    (``……请登录以下网站：``), or among the lines of its contact block (a phone above, a postal
    address below)?  A page's own address (a link, a share or source line) stands under none."""
    above = _near(lines, at, -1)[:1]
    if not above or len(above[0]) > P.CHANNEL_LEAD_MAX:
        return False
    lead = above[0]
    if lead.endswith(("：", ":")):
        label = lead[:-1].rstrip()
        return _contact_label(label) or P.CHANNEL_SENTENCE.search(label) is not None
    below = _near(lines, at, 1)[:1]
    return bool(P.CONTACT_FIELD.match(lead) and below and P.CONTACT_FIELD.match(below[0]))


def _contact_label(label: str) -> bool:
    """Is ``label`` (its colon off) a contact line's label: ``联系电话``, ``举报网站``, ``申报系统网址``?"""
    if label.startswith(P.CONTACT_LEAD_LABELS):
        return True
    key = fold(P.BANNER_SEPARATORS.sub("", label)).casefold()
    return any(key.endswith(k) and len(key) - len(k) <= P.CONTACT_MAX_PREFIX for k in _contact_keys())


def _is_banner(text: str) -> bool:
    found = P.URL.search(text) if _may_hold_url(text) else None
    if found is None or _address_note(text[:found.start()]) or P.BANNER_ITEM_LEAD.match(text):
        return False
    # the labels in either script: a page in traditional characters prints ``郵箱：``
    rest = fold(P.BANNER_SEPARATORS.sub("", P.URL.sub("", P.EMAIL.sub("", text))))
    if rest.startswith(P.CONTACT_LEAD_LABELS):
        return False
    key = rest.casefold()  # ``E-Mail：`` / ``e-mail：`` / ``EMAIL：`` are one label
    if any(key.endswith(label) and len(key) - len(label) <= P.CONTACT_MAX_PREFIX
           for label in _contact_keys()):
        return False
    if found.start() == 0 and P.OFFICE_AFTER_ADDRESS.fullmatch(rest):
        return False  # a signature whose body's name a copy site replaced by its address: 某某.com办公室
    return len(rest) <= P.BANNER_MAX_NAME and not any(c in rest for c in P.SENTENCE_MARKS)


@cache
def _contact_keys() -> frozenset[str]:
    """The contact labels as a banner line is compared with them: without the separators a
    banner drops, in one case (``E-mail`` → ``email``)."""
    return frozenset(P.BANNER_SEPARATORS.sub("", label).casefold() for label in P.CONTACT_LABELS)


def _address_note(before: str) -> bool:
    """Do the words ``before`` an address give it as a note in brackets, longer than a site's
    name (``考生须到指定网站报名 （http://…）``): a sentence of the text, no banner?"""
    before = before.rstrip()
    return before.endswith(P.BANNER_NOTE_OPEN) and len(before[:-1].strip()) > P.BANNER_NOTE_NAME_MAX


def _may_hold_url(text: str) -> bool:
    """Could ``text`` hold an address at all: every address has a dot (``www.``, ``.cn``) or
    ``://``."""
    return "." in text or "://" in text


def chrome_lines(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop the lines of site chrome wherever they stand: navigation, breadcrumbs, page tools,
    sharing rows, bylines and credits, related-article lists, comments, copyright/ICP lines,
    site trailers and page counters — the families of ``shapes/chrome.toml``.

    Example::

        您当前的位置：首页 > 政务公开 > 通知公告
        首页>>信息公开>>县政府办文件
        字号：大 中 小　　视力保护色：
        上一篇：关于做好春节期间工作的通知
        【打印本页】【关闭窗口】
        打印本页 关闭窗口
        下载地址：点击此处下载
        相关范文：
        在全市经济工作会议上的讲话
        第1页 共3页
        — 2 —
        版权所有 © 2024 某某市人民政府 京ICP备12345678号
        →

    Example::

        原标题：这个地方为何让人流连忘返？
        公园里活跃着各个年龄层的市民。
        长按二维码关注
        →
        公园里活跃着各个年龄层的市民。
    """
    reasons: dict[int, str] = {}
    in_list = False
    texts = [settled(line.text) for line in lines]
    tables = _dated_tables(texts)
    for i, text in enumerate(texts):
        family = family_of(text)
        if family is not None and notice_field(texts, i):
            family = None  # a notice's own field (``承办单位：…`` among its label lines)
        if family is not None and i in tables:
            family = None  # a row of a notice's table of dates under its lead (``日期 | 星期 | 安排 |``)
        if family is not None and family.name == P.DATED_ITEM_FAMILY and _dated_headline(lines, i, ctx.title_hint):
            family = None
        if family is not None and family.name == P.DATED_ITEM_FAMILY and _dated_signature(texts, i):
            family = None  # a body's signature with its date in brackets under the text (``某某办(2031-4-30)``)
        if family is not None and bare_date(text) and closing_date(texts, i, spaced=True):
            family = None  # the document's own date at its end, not the page's
        if family is not None and family.name == P.SITE_TRAILER_FAMILY and _over_closing(texts, i):
            family = None  # a sentence of the text over its last paragraph, signature and date
        if family is not None and date_slot(texts, i):
            family = None  # a template's empty date under its empty signer (``签名：`` / ``日期：``)
        if family is not None and _signature_over_date(texts, i):
            family = None  # the signature between a notice's closing formula and its date (``院 办``)
        if family is not None and family.name == P.BREADCRUMB_FAMILY and _cross_head(texts, i):
            family = None  # ``>>链接·某某情况`` between two paragraphs: the text's own cross-head
        reason = family.reason if family else None
        if not text:  # a list goes on over blank lines
            continue
        if not reason and P.POSTER_ROW.fullmatch(text):
            reason = "a poster's name after a bar (| 某某)"
        if (not reason and in_list and _list_item(text) and not _opens_document(lines, i)
                and not _headline_over_byline(lines, texts, i, ctx.removed) and not _own_link_repeated(texts, reasons, i)):
            reason = P.RELATED_ITEM_REASON
        elif not reason and in_list and _item_teaser(texts, reasons, i):
            reason = "teaser of an item of a related-articles list, cut off"
        in_list = bool(family and family.starts_list) or (in_list and reason is not None)
        if reason:
            reasons[i] = reason
        if family and family.page_break:  # the blank lines of a page break go with its number
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and not lines[j].text:
                    reasons.setdefault(j, "blank line of a page break")
    for i, why in _site_name_banner(texts).items():
        reasons.setdefault(i, why)
    last = _trailing_site_name(texts, reasons)
    if last is not None:
        reasons[last] = "the site's name or a writer's user name alone under the text"
    for i in _account_names(texts, reasons, ctx.removed):
        reasons[i] = "the account's name alone, as its prompt to follow it names it"
    for i in _footer_menu(lines, texts, ctx.removed):
        reasons.setdefault(i, "an item of the site's footer menu, as the menu above the title has it")
    for i in _column_under_date(lines, texts, ctx.removed):
        reasons.setdefault(i, "the site's column label under the text's closing date, as above the title")
    for i in _appended_blurb(texts):
        reasons[i] = "a platform's blurb appended under the document's closing date"
    for i in _occasion_blurb(texts, reasons):
        reasons.setdefault(i, "a site's blurb on the festival appended under a holiday notice")
    for i in _occasion_blurb_above(texts, reasons):
        reasons.setdefault(i, "a site's blurb on the festival set above a holiday notice")
    for i in _headline_date_rows(texts):
        reasons.setdefault(i, "the page's date row under the headline; the text's own date stands under it")
    for i in _posted_date_over_counter(texts, reasons):
        reasons.setdefault(i, "the page's post date between the headline and its counter or byline row")
    for i in _replies_under_date(texts):
        reasons.setdefault(i, "a forum thread's replies under the post's closing date (a reply quoting a post 发表于 …)")
    for i in _split_pager(texts):
        reasons.setdefault(i, "a forum archive's pager, its label over its page numbers (页: / [1])")
    for i in _questions_over_placeholder(texts, reasons):
        reasons.setdefault(i, "a Q&A page's question, over its placeholder for the details")
    for i in _byline_dates(texts, reasons):
        reasons.setdefault(i, "the byline row's date field right under it")
    for i in _appended_translation(texts):
        reasons.setdefault(i, "a site's translation into a Latin-script language under the Chinese text")
    for i in _teasers_under_credit(lines, texts, reasons, ctx.removed):
        reasons[i] = "headline of another article under the source credit"
    for i in _split_credits(texts):
        reasons.setdefault(i, "a credit set label over value at the text's end (编辑 / 某某)")
    count = _trailing_count(texts)
    if count is not None:
        reasons.setdefault(count, "a view count alone under the text's last sentence")
    for i in _headlines_under_date(texts):
        reasons.setdefault(i, "headline of another article under the text's closing date")
    for i in sorted(reasons):
        ctx.drop(lines[i], reasons[i])
    return [line for i, line in enumerate(lines) if i not in reasons]


def _dated_tables(texts: list[str]) -> set[int]:
    """The indexes of the lines of the notices' own tables of dates under their leads
    (:func:`~docgen.cleaner.pagetail.dated_table_end`), whose header row reads as a menu bar."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if text[-1:] in P.PAGE_INTRO_END:
            found.update(range(i + 1, dated_table_end(texts, i + 1)))
    return found


def _footer_menu(lines: list[Line], texts: list[str], removed: list[Line]) -> list[int]:
    """The lines of a site's footer menu that end the text: a run of short items with no
    blank line between them, the first of which an earlier rule removed above the text's
    first line (the page's menu there holds it too); none when it is otherwise."""
    end = len(texts)
    while end and not texts[end - 1]:
        end -= 1
    start = end
    while start and texts[start - 1] and P.FOOTER_MENU_ITEM.fullmatch(texts[start - 1]):
        start -= 1
    if end - start < P.FOOTER_MENU_MIN_ITEMS or not start or texts[start - 1] or not lines:
        return []
    return list(range(start, end)) if texts[start] in _removed_above(lines, removed) else []


def _removed_above(lines: list[Line], removed: list[Line]) -> set[str]:
    """The settled texts of the lines an earlier rule removed above the text's first line (the
    page's menu and column labels there)."""
    first = lines[0].number
    return {settled(line.text) for line in removed if line.number < first}


def _column_under_date(lines: list[Line], texts: list[str], removed: list[Line]) -> list[int]:
    """A short line right under the text's closing date (blank lines apart) that an earlier rule
    removed above the text's first line as well (``后勤处``, the column's label the page prints over
    the headline and again in its footer): no signature stands under the date."""
    if not lines:
        return []
    above = _removed_above(lines, removed)
    found = []
    shown = [k for k, text in enumerate(texts) if text]
    for before, k in zip(shown, shown[1:]):
        if texts[k] in above and P.FOOTER_MENU_ITEM.fullmatch(texts[k]) and bare_date(texts[before]):
            found.append(k)
    return found


def _split_credits(texts: list[str]) -> list[int]:
    """The lines of the credits that end a page set label over value (``审核`` over ``李某``),
    read up from the end in pairs; the topmost role may stand run on after a caption
    (:data:`~docgen.cleaner.patterns.SPLIT_CREDIT_LEAD`); none when fewer pairs stand there."""
    lines = [k for k in range(len(texts)) if texts[k]][-2 * P.SPLIT_CREDIT_MIN_PAIRS - 6:]
    found: list[int] = []
    while len(lines) >= 2 and P.SPLIT_CREDIT_NAMES.fullmatch(texts[lines[-1]]):
        role, name = lines[-2], lines.pop()
        lines.pop()
        if P.SPLIT_CREDIT_ROLE.fullmatch(texts[role]):
            found += [role, name]
            continue
        if P.SPLIT_CREDIT_LEAD.fullmatch(texts[role]):
            found += [role, name]
        break
    return found if len(found) >= 2 * P.SPLIT_CREDIT_MIN_PAIRS else []


def _questions_over_placeholder(texts: list[str], reasons: dict[int, str]) -> list[int]:
    """The lines of a Q&A page's question: the line right above its placeholder for details
    asked with none (``如题所述``, a line of :data:`~docgen.cleaner.patterns.
    QUESTION_PLACEHOLDER_FAMILY`), when it is short and states nothing (no full stop or
    exclamation: ``什么是某某 小学``, ``某某怎么写？``).  The question is the page's heading, not
    the document an answer holds — its title is never the question."""
    found = []
    for i, text in enumerate(texts):
        family = family_of(text) if i in reasons else None
        if family is None or family.name != P.QUESTION_PLACEHOLDER_FAMILY:
            continue
        above = row_above(texts, i)
        if (above is not None and above not in reasons and len(texts[above]) <= P.QUESTION_MAX_CHARS
                and not texts[above].endswith(("。", "！", "!", "；", ";", "：", ":"))):
            found.append(above)
    return found


def _trailing_count(texts: list[str]) -> int | None:
    """The index of the text's last line when it is a bare count (:data:`~docgen.cleaner.
    patterns.TRAILING_COUNT`) right under a line that ends a sentence; None otherwise."""
    lines = [k for k in range(len(texts)) if texts[k]][-2:]
    if len(lines) == 2 and P.TRAILING_COUNT.fullmatch(texts[lines[1]]) and texts[lines[0]].endswith(("。", "！", "？")):
        return lines[1]
    return None


def _appended_blurb(texts: list[str]) -> list[int]:
    """The lines of a blurb a platform appends under a document's closing date: a label
    ``关于某某：`` right under the date (blank lines apart) and the few lines of prose after
    it that end the text; none when anything else stands there."""
    for i, text in enumerate(texts):
        if not P.APPENDED_BLURB_LABEL.fullmatch(text):
            continue
        above = row_above(texts, i)
        below = [k for k in range(i + 1, len(texts)) if texts[k]]
        if (above is not None and P.PAGE_BARE_DATE.fullmatch(texts[above]) and 0 < len(below) <= P.APPENDED_BLURB_MAX_LINES
                and all(is_prose(texts[k]) for k in below)):
            return [i, *below]
    return []


def _occasion_blurb(texts: list[str], reasons: dict[int, str]) -> list[int]:
    """The lines of a site's blurb on the festival appended under a holiday notice: from a head
    naming the festival's lore (``什么是端午节``), or from a paragraph of that lore right under the
    notice's closing formula (``特此通知！`` / ``……春节是中华民族最隆重的传统佳节……``), to the end of
    the text — none when anything but prose and such heads stands below (a signature, a date:
    the notice goes on)."""
    shown = [k for k, text in enumerate(texts) if text and k not in reasons]
    if not any(P.HOLIDAY_NOTICE.search(texts[k]) for k in shown[:P.HOLIDAY_NOTICE_SEARCH_LINES]):
        return []
    for n in range(2, len(shown)):
        text = texts[shown[n]]
        head = P.OCCASION_LORE_HEAD.fullmatch(text) is not None
        if head or (P.PAGE_CLOSING_FORMULA.fullmatch(texts[shown[n - 1]]) and is_prose(text)
                    and P.OCCASION_LORE.search(text)):
            rest = shown[n + 1:]
            if all(is_prose(texts[k]) or P.OCCASION_LORE_HEAD.fullmatch(texts[k]) for k in rest):
                return shown[n:]
            return []
    return []


def _occasion_blurb_above(texts: list[str], reasons: dict[int, str]) -> list[int]:
    """The lines of a site's blurb on the festival set between a page's headline and the
    holiday notice's own title (``清明节，又称踏青节……`` / ``清明节兼具……`` over ``放 假 通 知``):
    read up from the notice's title while each line is prose naming the festival, one of them
    its lore (``……又称……``, ``……起源于……``) — none when the run reaches the text's first line
    (a text that opens with the festival is the notice's own), unless the title under it is the
    notice's whole headline (see :func:`_headline_under_lore`).  A notice with no title is found
    by its opening sentence (``……现将端午节放假安排通知如下：``); the lore above it may then reach
    the first line when that line opens cut inside the blurb (``午”字有……``): the copy began in
    the site's text, not the notice's.  None when a line above the lore wishes the readers well
    (``……恭祝大家端午节快乐！``): the lore is then the notice's own, under its greeting.  The lines
    are read in either script, through a converter's pinyin glosses (``春節(jié)``)."""
    shown = [k for k, text in enumerate(texts) if text and k not in reasons]
    for n, k in enumerate(shown[:P.HOLIDAY_NOTICE_SEARCH_LINES]):
        compact = S.compact(_plain(texts[k]))
        titled = P.HOLIDAY_NOTICE_TITLE.fullmatch(compact) is not None
        if n and (titled or P.HOLIDAY_NOTICE_LEAD.fullmatch(compact)):
            run: list[int] = []
            for m in range(n - 1, -1, -1):
                text = _plain(texts[shown[m]])
                if P.READER_WISH.search(text):
                    return []
                if not (is_prose(text) and P.FESTIVAL.search(text)):
                    break
                run.append(shown[m])
            else:
                lore = [_plain(texts[i]) for i in run]
                if not (_headline_under_lore(compact, lore) if titled else _opens_cut(texts[shown[0]])):
                    return []
            return run if any(P.OCCASION_LORE.search(_plain(texts[i])) for i in run) else []
    return []


def _plain(text: str) -> str:
    """``text`` as the festival's patterns read it: in simplified characters, without a
    converter's pinyin glosses (``春節(jié)`` → ``春节``)."""
    return fold(unglossed(text))


def _headline_under_lore(title: str, lore: list[str]) -> bool:
    """Is ``title`` a holiday notice's whole headline under lore that opens the text: it names
    the festival the lore speaks of (``2020春节放假通知`` under ``……春节是中华民族隆重的传统佳节……``),
    and no line of the lore speaks of days off or work (a notice's own sentence would)?  A
    headline stands first in its text: the prose above it is the site's.  A bare heading
    (``放 假 通 知``) names no festival, and the lore over it may be the notice's own opening."""
    festivals = {m.group() for m in P.FESTIVAL.finditer(title)}
    return (any(m.group() in festivals for text in lore for m in P.FESTIVAL.finditer(text))
            and not any(P.HOLIDAY_WORDS.search(text) for text in lore))


def _opens_cut(text: str) -> bool:
    """Does the line open inside a sentence, the copy cut above it: with a mark no line starts
    with (``，``, ``”``), or closing a quotation or bracket before it opens one (``端”字有……``)?"""
    if not text or text[0] in chars.NO_LINE_START:
        return True
    for opening, closing in P.BRACKET_PAIRS:
        close = text.find(closing)
        if close >= 0 and not 0 <= text.find(opening) < close:
            return True
    return False


def _byline_dates(texts: list[str], reasons: dict[int, str]) -> list[int]:
    """The date fields (:data:`~docgen.cleaner.patterns.BYLINE_DATE_FIELD`) right under a
    dropped byline row (``报道：媒体中心`` / ``日期：2019年5月23日``), blank lines apart at most."""
    found: list[int] = []
    for i in list(reasons):
        if texts[i] and (family := family_of(texts[i])) is not None and family.name == P.BYLINE_ROW_FAMILY:
            below = row_below(texts, i)
            field = P.BYLINE_DATE_FIELD.fullmatch(texts[below]) if below is not None else None
            if below is not None and field and bare_date(field["date"]):
                found.append(below)
    return found


def _appended_translation(texts: list[str]) -> list[int]:
    """The paragraphs that end a Chinese text wholly in Latin script (a site's machine
    translation, ``Ladies and gentlemen, …``): read up from the text's last line while each is
    a long Latin-script paragraph (:data:`~docgen.cleaner.patterns.TRANSLATION_PARAGRAPH`),
    kept only when a line of Chinese text stands right above them; none otherwise, so that
    Latin text between Chinese paragraphs stays, and so does a page's own English version:
    one that labels its fields in both languages (``日期 | Date:``), and a bilingual text that
    renders its lines one by one (see :func:`_renders_line_by_line`)."""
    filled = [k for k in range(len(texts)) if texts[k]]
    found: list[int] = []
    while filled and _latin_paragraph(texts[filled[-1]]):
        found.append(filled.pop())
    if not found or not filled or any(P.BILINGUAL_LABEL.match(texts[k]) for k in filled):
        return []
    if _renders_line_by_line(texts, filled):
        return []
    above = texts[filled[-1]]
    return found if sum(chars.is_cjk(ch) for ch in above) >= P.TRANSLATION_HAN_ABOVE else []


def _renders_line_by_line(texts: list[str], filled: list[int]) -> bool:
    """Does a text give each of its lines with its English under it — a line of Chinese, then its
    rendering wholly in Latin script (``亲爱的同事们：`` over ``Dear colleagues:``) — above the
    Latin-script paragraphs that end it? Then those paragraphs render its last Chinese line (a
    bilingual sample cut off in its English), not a site's translation appended under it."""
    pairs = zip(filled, filled[1:])
    return sum(1 for above, k in pairs if _latin_paragraph(texts[k], P.RENDERING_MIN_WORDS)
               and sum(chars.is_cjk(ch) for ch in texts[above]) >= P.RENDERED_LINE_MIN_HAN) >= P.RENDERED_LINES_MIN


def _headline_date_rows(texts: list[str]) -> list[int]:
    """The page's date rows (``日期: 2020年12月16日``) right under a headline — a short line
    with no colon and no sentence's end — over a text with a date alone lower down (its own,
    under its signature); none where the row stands among a memo's fields."""
    rows = [i for i, text in enumerate(texts) if "日期" in text and P.HEADLINE_DATE_ROW.fullmatch(text)]
    if not rows:
        return []
    last_date = next((k for k in range(len(texts) - 1, rows[0], -1) if texts[k] and bare_date(texts[k])), -1)
    return [i for i in rows if i < last_date and _headline_over(text_above(texts, i))]


def _headline_over(above: str) -> bool:
    """Could ``above`` be a headline over a page's date row: short, no colon, no sentence's end?"""
    return (bool(above) and len(above) <= P.HEADLINE_DATE_ROW_MAX_ABOVE and not any(c in ":：" for c in above)
            and not chars.ends_sentence(above))


def _split_pager(texts: list[str]) -> list[int]:
    """The two lines of a forum archive's pager set label over numbers (``页:`` over ``[1]``),
    blank lines apart at most; none where either stands alone."""
    found: list[int] = []
    for i, text in enumerate(texts):
        if P.SPLIT_PAGER_LABEL.fullmatch(text):
            below = row_below(texts, i)
            if below is not None and P.SPLIT_PAGER_NUMBERS.fullmatch(texts[below]):
                found += [i, below]
    return found


def _replies_under_date(texts: list[str]) -> list[int]:
    """The lines of a forum thread's replies under its first post, a document that ends with its
    date: from the line right under a bare date (blank lines apart) that quotes an earlier post
    by its poster and stamp (``某某网友 发表于 2030-1-2 18:57``,
    :data:`~docgen.cleaner.patterns.QUOTED_POST_STAMP`) to the end of the text — the replies and
    the answers under them.  None when no such line stands right under a date: a document's own
    text never quotes a post by its stamp."""
    for i, text in enumerate(texts):
        if text and P.QUOTED_POST_STAMP.search(text):
            above = row_above(texts, i)
            if above is not None and P.PAGE_BARE_DATE.fullmatch(texts[above]):
                return [k for k in range(i, len(texts)) if texts[k]]
            return []
    return []


def _latin_paragraph(text: str, least: int = P.TRANSLATION_MIN_WORDS) -> bool:
    """Is ``text`` a paragraph wholly in Latin script of at least ``least`` words — by default
    long enough to be a translation; a line's rendering may be a few words (``Good afternoon!``)?"""
    return bool(P.TRANSLATION_PARAGRAPH.fullmatch(text)) and len(text.split()) >= least


def _cross_head(texts: list[str], i: int) -> bool:
    """Is line ``i`` — one step of a path after ``>>`` (``>>链接·6种自动投案情况``) — a cross-head of
    the text, standing between a paragraph that ends a sentence and text under it, where no
    breadcrumb stands?"""
    if not P.SINGLE_STEP_PATH.fullmatch(texts[i]):
        return False
    above, below = text_above(texts, i), text_below(texts, i)
    return chars.ends_sentence(above) and is_prose(above) and (is_prose(below) or S.match_number(below) is not None)


def _over_closing(texts: list[str], i: int) -> bool:
    """Does line ``i``, a sentence (``……微信公众平台。``), stand over the text's own closing: its
    date (:func:`closing_date`) within :data:`~docgen.cleaner.patterns.TRAILER_CLOSING_REACH`
    lines under it, only prose and a signature line between?"""
    if not own_sentence_end(texts[i]):
        return False
    rows = [k for k in range(i + 1, len(texts)) if texts[k]][:P.TRAILER_CLOSING_REACH]
    for n, k in enumerate(rows):
        if closing_date(texts, k):
            return n > 0
        if not is_prose(texts[k]) and not (n > 0 and len(texts[k]) <= P.PAGE_SIGNATURE_MAX_CHARS):
            return False
    return False


def _signature_over_date(texts: list[str], i: int) -> bool:
    """Is line ``i`` a signature: a short line without a mark or a bracket, between a notice's
    closing formula (``特此通知。``) right above it and a date alone right under it?"""
    text = texts[i]
    if len(text) > P.PAGE_SIGNATURE_MAX_CHARS or any(c in chars.PUNCTUATION or c in "()（）[]【】" for c in text):
        return False
    above, below = text_above(texts, i), text_below(texts, i)
    return bool(P.PAGE_CLOSING_FORMULA.fullmatch(above)) and bool(
        P.PAGE_BARE_DATE.fullmatch(below) or S.DATE.fullmatch(below))


def _site_name_banner(texts: list[str]) -> dict[int, str]:
    """The site's name and its column's banner over the text: among the short lines the text
    starts with (before its first line of prose), a line that is another one above it with a
    column's name before or after it (``某某协会`` … ``新闻资讯某某协会``) — both, by index, with
    the reason each goes; none when there is no such pair."""
    head: list[int] = []
    for i, text in enumerate(texts):
        if not text:
            continue
        if is_prose(text) or len(head) == P.SITE_BANNER_HEAD_LINES:
            break
        head.append(i)
    found: dict[int, str] = {}
    for n, j in enumerate(head):
        for i in head[max(0, n - P.SITE_BANNER_REACH):n]:
            name, banner = texts[i], texts[j]
            if not P.SITE_BANNER_NAME_MIN <= len(name) < len(banner) or chars.ends_sentence(name):
                continue
            column = banner[len(name):] if banner.startswith(name) else banner[:-len(name)] if banner.endswith(name) else ""
            family = family_of(column.strip(), ("line", "page")) if column.strip() else None
            if family is not None and family.name == P.PAGE_MENU_ITEM_FAMILY:
                found[i] = "the site's name, as the banner of its column under it repeats it"
                found[j] = "the banner of the site's column: its name with the site's"
    return found


def _trailing_site_name(texts: list[str], dropped: dict[int, str]) -> int | None:
    """The last line of the text when it is only the name of the site's system or portal
    (``某某学院教务管理系统``), or a user name in lower-case Latin letters (a blog's writer,
    ``someone88``), right under a line of running text (a paragraph, whatever credit ends it:
    ``……。 来源：某某报``), else None."""
    rest = [i for i, text in enumerate(texts) if text and i not in dropped][-2:]
    if len(rest) < 2 or not (P.TRAILING_SITE_NAME.match(texts[rest[1]]) or P.TRAILING_HANDLE.fullmatch(texts[rest[1]])):
        return None
    return rest[1] if is_prose(texts[rest[0]]) else None


def _account_names(texts: list[str], dropped: dict[int, str], removed: list[Line]) -> list[int]:
    """The lines that are only the name of the account whose prompt to follow it
    (``……，欢迎关注某某风云！``) is among the ``dropped`` lines or those an earlier rule
    ``removed``."""
    prompts = [texts[i] for i in dropped] + [line.text for line in removed]
    names = {found.group(1) for text in prompts if "关注" in text and (found := P.FOLLOW_PROMPT.search(settled(text)))}
    return [i for i, text in enumerate(texts) if names and text in names and i not in dropped]


def _teasers_under_credit(lines: list[Line], texts: list[str], dropped: dict[int, str],
                          removed: list[Line]) -> list[int]:
    """The headlines of other articles right under a source credit (``来源：某某报``, here or
    removed by an earlier rule), over blank lines: a run of short lines each ending in ！ with
    no 。 (see :data:`~docgen.cleaner.patterns.TEASER_RUN_MIN`)."""
    credits = [(line.number, -1) for line in removed if P.SOURCE_CREDIT.fullmatch(settled(line.text))]
    credits += [(line.number, -1) for i, line in enumerate(lines) if P.SOURCE_CREDIT.fullmatch(texts[i])]
    if not credits:
        return []
    found: list[int] = []
    run: list[int] | None = None
    for _, i in sorted(credits + [(line.number, i) for i, line in enumerate(lines) if texts[i]]):
        if i >= 0 and run is not None and i not in dropped and _exclaimed_headline(texts[i]):
            run.append(i)
            continue
        if run is not None and len(run) >= P.TEASER_RUN_MIN:
            found += run
        run = [] if i < 0 else None
    if run is not None and len(run) >= P.TEASER_RUN_MIN:
        found += run
    return found


def _headlines_under_date(texts: list[str]) -> list[int]:
    """The lines that end the text when they are a list of other articles' headlines under its
    closing date (see :data:`~docgen.cleaner.patterns.DATED_HEADLINES_MIN`); none otherwise."""
    rest = [i for i, text in enumerate(texts) if text]
    run: list[int] = []
    while rest and P.DATED_HEADLINE.fullmatch(texts[rest[-1]]):
        run.insert(0, rest.pop())
    if len(run) < P.DATED_HEADLINES_MIN or not rest or not P.DATED_HEADLINES_DATE.fullmatch(texts[rest[-1]]):
        return []
    dashed = sum(1 for i in run if "——" in texts[i])
    return run if dashed >= P.DATED_HEADLINES_DASHED_MIN else []


def _exclaimed_headline(text: str) -> bool:
    """A short line ending in ！ with no 。 that is no salutation (``同志们！``)."""
    return (len(text) <= P.TEASER_MAX_CHARS and text[-1] in "！!" and "。" not in text
            and not S.SALUTATION.match(text))


def _dated_headline(lines: list[Line], i: int, hint: str | None) -> bool:
    """Is line ``i``, an item of a list of articles by its shape (``……（11-29）``), the
    headline with the date its site prints after it: the page's title as the reader found it
    (``hint``), or a line with no other such item near it, no sentence nor list heading above
    it (a headline opens the text) and the text under it (a sentence, a salutation, a byline
    or a date)?"""
    text = settled(lines[i].text)
    if hint and title_key(strip_date_suffix(hint)) == title_key(strip_date_suffix(text)):
        return True
    above, below = _near(lines, i, -1), _near(lines, i, 1)
    if any(_dated_item(t) for t in above + below) or any(_sentence(t) for t in above) or not below:
        return False
    heading = family_of(above[0]) if above else None
    if heading is not None and heading.starts_list:
        return False
    under = below[0]
    return bool(_sentence(under) or S.SALUTATION.match(under) or _header_row(under))


def _dated_signature(texts: list[str], i: int) -> bool:
    """Is line ``i`` the text's signature with its date in brackets on one line
    (:data:`~docgen.cleaner.patterns.PAGE_DATED_SIGNER`): the last line with text, right under
    a line that ends a sentence (the text's last paragraph)?"""
    if not P.PAGE_DATED_SIGNER.fullmatch(texts[i].strip()) or any(text.strip() for text in texts[i + 1:]):
        return False
    above = row_above(texts, i)
    return above is not None and chars.ends_sentence(texts[above])


def _header_row(text: str) -> bool:
    """A line that stands between a headline and its text: a line of a chrome family set there
    (a byline, a date, the page's tools) or a row of the page's metadata fields
    (``作者：某某  发布时间：……``)."""
    family = family_of(text)
    return (family is not None and family.in_header) or meta_fields(text) is not None


def _sentence(text: str) -> bool:
    return "。" in text or chars.ends_sentence(text)


def _near(lines: list[Line], i: int, step: int) -> list[str]:
    """The texts of the nearest :data:`~docgen.cleaner.patterns.DATED_HEADLINE_WINDOW`
    non-empty lines from line ``i`` in the direction ``step``, the nearest first."""
    found: list[str] = []
    k = i + step
    while 0 <= k < len(lines) and len(found) < P.DATED_HEADLINE_WINDOW:
        if lines[k].text:
            found.append(settled(lines[k].text))
        k += step
    return found


def _dated_item(text: str) -> bool:
    family = family_of(text)
    return family is not None and family.name == P.DATED_ITEM_FAMILY


def _headline_over_byline(lines: list[Line], texts: list[str], i: int, removed: list[Line]) -> bool:
    """Is line ``i`` a headline over the page's byline or date row that an earlier rule took out
    right under it, with a sentence of prose next: the article's own headline where a list of
    other articles ends (an e-paper's ``往期回顾`` over it), never a link of the list — a list
    prints no byline row between its links and a paragraph.  The page's own rows under the
    byline (its font-size buttons, a reporter's credit) stand between too."""
    below = _row_below_chrome(texts, i)
    if below is None or not is_prose(texts[below]):
        return False
    low, high = lines[i].number, lines[below].number
    return any(low < line.number < high and _header_row(settled(line.text).strip()) for line in removed)


def _row_below_chrome(texts: list[str], i: int) -> int | None:
    """The index of the first line with text below line ``i`` that is of no chrome family (the
    page's rows passed over), or None."""
    below = row_below(texts, i)
    while below is not None and family_of(texts[below]) is not None:
        below = row_below(texts, below)
    return below


def _opens_document(lines: list[Line], i: int) -> bool:
    """Does a document's header start at line ``i`` — a bracketed date line, or the line
    right above one (its title or issuer: ``某某县统计局`` over ``（2023年5月）``)?"""
    below = _near(lines, i, 1)[:1]
    return any(P.BRACKETED_DATE_LINE.match(t) for t in [settled(lines[i].text), *below])


def _posted_date_over_counter(texts: list[str], reasons: dict[int, str]) -> list[int]:
    """A bare date right under the text's first line (its headline) with a line of the page's
    header chrome right under it (an empty counter ``点击:[]``, a byline row): the page's post
    date, in the header block the page sets around the headline."""
    shown = [k for k, text in enumerate(texts[:P.POSTED_DATE_SEARCH_LINES]) if text][:3]
    if len(shown) < 3 or shown != [shown[0], shown[0] + 1, shown[0] + 2]:
        return []
    title, date, row = shown
    family = family_of(texts[row]) if row in reasons else None
    if family is None or not family.in_header or not bare_date(texts[date]) or is_prose(texts[title]):
        return []
    return [date]


def _own_link_repeated(texts: list[str], reasons: dict[int, str], i: int) -> bool:
    """Does line ``i`` repeat the list's item right above it (blank lines between)?  A list links
    an article once: the same words again under its last link are the page's own headline under
    the sidebar's link to the page, where the text begins."""
    above = row_above(texts, i)
    return above in reasons and title_key(texts[above].strip("|｜")) == title_key(texts[i].strip("|｜"))


def _item_teaser(texts: list[str], reasons: dict[int, str], i: int) -> bool:
    """Is line ``i`` the teaser of the related-list item right above it (blank lines between):
    the start of that other article's text, cut off with dots (``某穴:在……。某穴:位于……第七颈椎棘...``)?
    A list prints each link with its summary so; the text's own paragraphs never break off so,
    and a list's teaser may hold whole sentences, which :func:`_list_item` refuses."""
    above = row_above(texts, i)
    return (above is not None and reasons.get(above) == P.RELATED_ITEM_REASON
            and len(texts[i]) <= P.RELATED_TEASER_MAX and P.TEASER_END.search(texts[i]) is not None)


def _list_item(text: str) -> bool:
    """A link of a list: short, a headline at most (commas, ！ and ？ inside, never a 。 nor a
    mark that goes on at its end), no heading, no salutation."""
    return (0 < len(text) <= P.RELATED_ITEM_MAX and "。" not in text and ";" not in text and "；" not in text
            and text[-1] not in "，,：:、" and S.match_number(text) is None and not S.ARTICLE.match(text)
            and not S.SALUTATION.match(text))


RULES: tuple[Rule, ...] = (
    Rule("entities", textrules.entities),
    Rule("markup", textrules.markup),
    Rule("spaces", textrules.spaces),
    Rule("breadcrumb-headings", breadcrumb_headings),
    Rule("markers", extractor_markers),
    Rule("site-title-tails", site_title_tails),
    Rule("banners", site_banners),
    Rule("meta-lines", meta_lines),
    Rule("page-body", page_body),
    Rule("chrome", chrome_lines),
    Rule("contents", contents),
    Rule("repeated-title", repeated_title),
    Rule("teasers", teasers),
    Rule("news-lead", news_lead),
    Rule("inserted-links", inserted_links),
    Rule("blank-lines", blank_lines),
    Rule("run-in-headings", run_in_headings),
    Rule("broken-lines", broken_lines),
    Rule("edge-chrome", edge_chrome),
    Rule("alphanumerics", textrules.alphanumerics),
    Rule("punctuation", textrules.punctuation),
    Rule("placeholders", textrules.placeholders),
)

#: The last of the line rules: the rules up to it judge, join and (``edge-chrome``, on the joined
#: text) weigh lines; those after it only change characters inside the final lines.  When joining
#: or the edges changed something, the line rules run again on their own output until nothing
#: changes (see :func:`docgen.cleaner.clean`).
LAST_LINE_RULE = "edge-chrome"

#: The first rule whose changes send the line rules over their own output again (a first line
#: split into a title and its text, joining, and the edges taken off after them: see
#: :func:`docgen.cleaner.clean`).
FIRST_RESHAPING_RULE = "run-in-headings"

RULE_NAMES: tuple[str, ...] = tuple(rule.name for rule in RULES)

__all__ = ["RULES", "RULE_NAMES"]
