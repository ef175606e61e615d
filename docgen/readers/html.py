"""Saved web pages: the main text of the page, with its title and metadata.

Scripts, styles, hidden elements and page chrome (navigation, headers, footers, share and
print links, related-article lists, comments, copyright lines) are dropped; the main text is
found by the density of its prose (:mod:`docgen.readers.htmlmain`); paragraph boundaries
(``<p>``, ``<br>``, block elements) become line boundaries.  Nothing is ever fetched: links,
images and scripts stay references in the markup.
"""

from __future__ import annotations

import warnings

from bs4 import BeautifulSoup, Tag
from lxml import etree

from .. import diagnostics as C
from ..chars import is_cjk
from ..errors import InputError
from ..limits import Counter, exceeded, value
from ..model import Diagnostic, Meta
from ..shapes.chrome import family_of
from ..shapes.meta import TEMPLATE_DATE, TEMPLATE_FIELD, meta_fields
from ..shapes.patterns import DOCUMENT_NUMBER
from . import htmlmain as M
from . import htmlpatterns as P
from .encoding import BOMS, Decoded, best_decoding, decode
from .htmltitle import Titles, page_titles, title_named
from .source import Source
from .text import encoding_notes


def read_html(data: bytes, name: str) -> Source:
    decoded, declared = decode_html(data, name)
    markup = P.BODY_END_TAG.sub("", P.UNKNOWN_VOID_TAG.sub("", decoded.text))
    check_shape(markup, name)
    soup = parse_markup(markup)
    hidden_prose = _dropped_prose(soup, Counter("lines", name, "the page has more than {limit} text blocks"))
    titles, blocks, dropped, container = _main_text(soup, markup)
    if container is None:
        if hidden_prose >= P.DROPPED_PROSE_CHARS:
            raise InputError(f"no main text found on the page, but {hidden_prose} Chinese characters of prose "
                             "inside elements it does not show as text (<noscript>, <template> …)", name)
        raise InputError("no main text found on the page (only navigation, links or short "
                         "items; is it an index page, or is the text an image?)", name)
    titles = _heading_at_main(titles, blocks, container)
    kept = _main_blocks(container, blocks) + M.closing_after(container, blocks)
    lines, title = _with_header(kept, blocks, container, titles)
    meta = Meta(title=title, **_meta_fallbacks(lines, titles))
    notes = (*encoding_notes(decoded, _declared_note(decoded, declared)),
             *_content_notes(container, blocks, kept, dropped, lines))
    if hidden_prose >= P.DROPPED_PROSE_CHARS:
        notes += (C.HTML_TEXT_DROPPED(f"{hidden_prose} Chinese characters of prose inside elements a page does "
                                      "not show as text (<noscript>, <template>, <object> …) left out"),)
    return Source(name=name, format="html", lines=tuple(lines), meta=meta, diagnostics=notes)


# --------------------------------------------------------------------------- parsing under the limits


class _Shape:
    """A target for the HTML parser that builds nothing: it counts elements and nesting as
    the parser meets them, and stops it at a limit."""

    def __init__(self, name: str) -> None:
        self.name, self.depth, self.nesting = name, 0, value("nesting")
        self.elements = Counter("html-elements", name, "the page has more than {limit} elements")

    def start(self, tag: str, attrib: object) -> None:
        self.elements.add()
        self.depth += 1
        if self.depth > self.nesting:
            raise exceeded("nesting", self.name, f"the page nests elements more than {self.nesting} deep")

    def end(self, tag: str) -> None:
        self.depth -= 1

    def close(self) -> None:
        return None


def check_shape(markup: str, name: str) -> None:
    """Refuse a page with more elements, or elements nested deeper, than the limits allow —
    before a tree is built for it (the tree takes about a kilobyte per element)."""
    parser = etree.HTMLParser(target=_Shape(name))
    parser.feed(markup)
    parser.close()


def parse_markup(markup: str) -> BeautifulSoup:
    """The page as a tree; the warnings BeautifulSoup gives about the markup (an XML
    declaration, text that looks like a file name) are not for the user."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return BeautifulSoup(markup, "lxml")


def _dropped_prose(soup: BeautifulSoup, lines: Counter) -> int:
    """Chinese characters of prose inside the elements that can hide a document's text, which
    are about to be dropped (code in a ``<noscript>`` is no prose); the page's blocks are
    counted against the ``lines`` limit."""
    blocks = M.text_blocks(soup, lines)
    hiding = M.outermost(soup.find_all(P.TEXT_HIDING_TAGS), blocks)
    return sum(is_cjk(ch) for tag in hiding for block in blocks.inside(tag) if block.prose for ch in block.text)


_Found = tuple[Titles, M.Blocks, list[str], Tag | None]


def _main_text(soup: BeautifulSoup, markup: str) -> _Found:
    """The page's titles, its text blocks once chrome is removed, the blocks removed as
    chrome by their names, and the element holding the main text (None: no prose).

    A page with little prose by the density test is read again (from ``markup``: reading
    takes chrome out of ``soup``) with prose judged by its sentences
    (:func:`~docgen.readers.htmlmain.text_blocks`): a short official text — a 决议 of one long
    sentence — has too few commas for the density test, and a sentence in the footer would
    otherwise pass for the main text.  The second reading wins when it finds much more prose."""
    found = _read_main(soup, lenient=False)
    prose = _prose_of(found)
    if prose < P.SHORT_PAGE_PROSE and _sentences_at_most(found) >= max(P.MIN_MAIN_CHARS, prose * P.LENIENT_GAIN):
        second = _read_main(parse_markup(markup), lenient=True)
        if _prose_of(second) >= max(P.MIN_MAIN_CHARS, prose * P.LENIENT_GAIN):
            return second
    return found


def _sentences_at_most(found: _Found) -> int:
    """How much prose a reading by sentences could find at most: the text blocks of the page
    (those kept and those cut as chrome by their names) that are prose by their sentences.  A
    page without as much is not read again (a page of twenty thousand share buttons would be
    parsed twice for nothing)."""
    kept = (M.Block(b.text, b.link_chars, lenient=True) for b in found[1].items)
    cut = (M.Block(text, 0, lenient=True) for text in found[2])
    return sum(b.size for b in (*kept, *cut) if b.prose)


def _prose_of(found: _Found) -> int:
    container = found[3]
    return found[1].tally(container).prose if container is not None else 0


def _read_main(soup: BeautifulSoup, lenient: bool) -> _Found:
    titles = page_titles(soup)
    _strip_chrome(soup)
    root = soup.body or soup
    blocks, dropped = _without_chrome_named(root, lenient)
    return titles, blocks, dropped, M.main_container(root, blocks)


# --------------------------------------------------------------------------- decoding


def decode_html(data: bytes, name: str) -> tuple[Decoded, str | None]:
    """Decode by content, not by the declared charset: pages that declare GB2312 but are
    UTF-8 exist, and valid multi-byte UTF-8 is never an accident.  The declared charset is
    preferred only among the encodings that fit."""
    match = P.DECLARED_CHARSET.search(data[:8192])
    declared = None
    if match:
        declared = (match.group(1) or match.group(2)).decode("ascii", "replace").lower()
    if any(data.startswith(bom) for bom, _ in BOMS) or b"\x00" in data[:4096]:
        return decode(data, name), declared
    return best_decoding(data, name, preferred=P.CHARSET_ALIASES.get(declared or "", declared)), declared


def _declared_note(decoded: Decoded, declared: str | None) -> str:
    if declared is None:
        return ""
    codec = P.CHARSET_ALIASES.get(declared, declared).replace("_", "-")
    if codec in (decoded.encoding, decoded.encoding.removesuffix("-sig")):
        return f" (as the page declares: {declared})" if codec != declared else ""
    return f" (the page declares {declared}, wrongly)"


# --------------------------------------------------------------------------- chrome


def _strip_chrome(soup: BeautifulSoup) -> None:
    M.remove_comments(soup)
    M.remove(tag for tag in soup.find_all(P.FORM_LABEL_TAG) if M.form_label(tag))
    M.remove(soup.find_all(P.DROP_TAGS))
    if soup.body is not None:  # a page pasted into another one: its <title> is never shown
        M.remove(soup.body.find_all(P.TITLE_TAG))
    M.remove(soup.find_all(P.CHROME_TAGS))
    in_article: dict[int, bool] = {}
    M.remove(tag for tag in soup.find_all(P.HEADER_TAG) if not _inside(tag, P.ARTICLE_TAGS, in_article))
    M.remove(tag for tag in soup.find_all(True) if M.hidden(tag))
    M.remove([tag for tag in soup.find_all(P.PICTURE_CAPTION_TAGS) if M.lost_picture_caption(tag)])


def _inside(tag: Tag, names: tuple[str, ...], known: dict[int, bool]) -> bool:
    """Does ``tag`` stand inside an element named ``names``?  What is found on the way up is
    kept in ``known``, so that asking for every element of a deep page walks each path once."""
    path: list[Tag] = []
    parent = tag.parent
    found = False
    while parent is not None:
        if id(parent) in known:
            found = known[id(parent)]
            break
        if parent.name in names:
            found = True
            break
        path.append(parent)
        parent = parent.parent
    for element in path:
        known[id(element)] = found
    return found


def _without_chrome_named(root: Tag, lenient: bool = False) -> tuple[M.Blocks, list[str]]:
    """Remove elements whose class or id names them as chrome — unless they hold much of the
    page's prose, in which case the name lies (but not a comment area's under an article:
    :func:`_comment_area`) — and cut the rest into text blocks.  Also returns the text blocks
    removed."""
    blocks = M.text_blocks(root, lenient=lenient)
    total = blocks.prose_chars
    chrome = M.outermost((tag for tag in root.find_all(True)
                          if M.chrome_named(tag) and (blocks.tally(tag).prose < total * P.CHROME_KEEP_SHARE
                                                      or _comment_area(tag, blocks))), blocks)
    removed = list(chrome)
    dropped = [b.text for tag in removed for b in blocks.inside(tag)]
    M.remove(removed)
    return (M.text_blocks(root, lenient=lenient) if dropped else blocks), dropped


def _comment_area(tag: Tag, blocks: M.Blocks) -> bool:
    """Is the element a comment area under an article: named as one, after a paragraph's prose
    outside it (its rules and comments are prose, often more than the article's)?"""
    return M.comment_named(tag) and blocks.prose_before(tag) >= P.COMMENT_AREA_AFTER_PROSE


def _main_blocks(container: Tag, blocks: M.Blocks) -> list[M.Block]:
    if M.prune_link_lists(container, blocks):
        return M.text_blocks(container).items
    return blocks.inside(container)


# --------------------------------------------------------------------------- title and metadata


def _with_header(kept: list[M.Block], blocks: M.Blocks, container: Tag,
                 titles: Titles) -> tuple[list[str], str | None]:
    """The main text's lines, preceded by the title (each of its blocks a line) and the
    lines that stand between the title and the main text and belong to the document: the
    metadata lines (来源/发布时间 …) and the 发文字号 — also one just above the title."""
    lines = [b.text for b in kept]
    start = blocks.tally(container).first
    head: list[str] = []
    first = max(0, start - P.HEAD_BLOCKS)
    element = _title_block_element(titles.element, blocks)
    if element is not None:
        t = blocks.tally(element)
        if t.first < start:
            head += _number_above(blocks.items, t.first)
            head += [b.text for b in blocks.items[t.first:t.first + t.count]]
            first = t.first + t.count
    elif titles.element is not None and titles.best and titles.best not in lines[:P.HEAD_BLOCKS]:
        head.append(titles.best)  # the heading stood in a part of the page cut as chrome
    between = blocks.items[first:start]
    lead = {id(b) for b in _lead_lines(between)}
    head += [b.text for b in between if _header_line(b.text) or id(b) in lead]
    return head + lines, titles.best


def _lead_lines(between: list[M.Block]) -> list[M.Block]:
    """The blocks between the title (or the top of the page) and the main text that may
    belong to the document — a subtitle, a date line, a summary: no links, no line of site
    chrome (the cleaner judges the rest).  None when they are the cells of an index table
    (``制定机关`` | ``某某省人大常委会`` | ``时效性`` | ``有效``): several short labels — a
    short line of a menu (``新闻中心`` / ``公司动态``) counting as one, a short line that
    stands under a title (a page tool, a byline) not.  Nor the fields of the page's template
    beside its date field (``学校: 某某中学`` | ``日期: 2017年09月29日``): the row is the page's."""
    unlinked = [b for b in between if b.link_chars <= b.size * P.LEAD_MAX_LINK_SHARE]
    found = [(b, family_of(b.text, ("line", "page"))) for b in unlinked]
    labels = sum(b.size <= P.LEAD_LABEL_MAX_CHARS and (family is None or not family.in_header)
                 for b, family in found)
    if labels >= P.LEAD_TABLE_LABELS:
        return []
    dated = any(TEMPLATE_DATE.match(b.text.strip()) for b in between)
    return [b for b, family in found if family is None and not (dated and TEMPLATE_FIELD.match(b.text.strip()))]


def _heading_at_main(titles: Titles, blocks: M.Blocks, container: Tag) -> Titles:
    """The heading right over the main text (or opening it) rather than the one the page's
    ``<title>`` pointed to, when that is a heading of the same rank away from the main text:
    a page template's ``<title>`` names a column (``某某公司-公司简介``) whose name heads a
    side column (``<h1>公司简介</h1>`` over its menu), while the ``<h1>`` over the text names
    the page (``<h1>总裁致辞</h1>``)."""
    element = titles.element
    if element is None:
        return _heading_over_main(titles, blocks, container)
    if element.name not in P.TITLE_HEADINGS:
        return titles
    start = blocks.tally(container).first
    found = blocks.tally(element)
    if not found.count or found.first + found.count >= start:
        return titles
    for heading in (container.find(element.name), container.find_previous(element.name)):
        if heading is None or heading is element:
            continue
        t = blocks.tally(heading)
        text = " ".join(b.text for b in blocks.items[t.first:t.first + t.count])
        if t.count == 1 and start in (t.first, t.first + t.count) and len(text) >= P.HEADING_MIN_CHARS:
            return Titles(text, heading, titles.fields)
    return titles


def _heading_over_main(titles: Titles, blocks: M.Blocks, container: Tag) -> Titles:
    """The heading that opens the main text, else the one right over it (one block, nothing
    between them once chrome is out), when no element of the page was found to hold the title
    (a column's heading over a text that opens with its own headline is the column's): a page template whose
    ``<title>`` names only the site, its side column headed as well (``<h2>集团概况</h2>``
    over a menu, ``<h2>总裁致辞</h2>`` over the text) — else the last title-named element
    above the text (``<div class="news_title">``), with only metadata lines between them
    (``更新时间：…``)."""
    start = blocks.tally(container).first
    for heading in (container.find(P.TITLE_HEADINGS), container.find_previous(P.TITLE_HEADINGS)):
        if heading is None:
            continue  # the text's own heading opening it first, else the one right over it
        t = blocks.tally(heading)
        text = " ".join(b.text for b in blocks.items[t.first:t.first + t.count])
        if t.count == 1 and start in (t.first, t.first + t.count) and len(text) >= P.HEADING_MIN_CHARS:
            return Titles(text, heading, titles.fields)
    named = container.find_previous(title_named)
    if named is None:
        return titles
    t = blocks.tally(named)
    between = blocks.items[t.first + t.count:start]
    if t.count == 1 and t.first < start and len(between) <= P.HEAD_BLOCKS and all(_header_line(b.text) for b in between):
        return Titles(blocks.items[t.first].text, named, titles.fields)
    return titles


def _number_above(items: list[M.Block], title: int) -> list[str]:
    """A 发文字号 just above the title — not the value of a ``发文字号：`` label in the
    index table of a portal, which is page furniture."""
    found = []
    for k in range(max(0, title - P.NUMBER_ABOVE_BLOCKS), title):
        labelled = k > 0 and items[k - 1].text.rstrip().endswith(("：", ":"))
        if _document_number(items[k].text) and not labelled:
            found.append(items[k].text)
    return found


def _header_line(text: str) -> bool:
    return meta_fields(text) is not None or _document_number(text)


def _document_number(text: str) -> bool:
    """Is the block a 发文字号 alone (``瑞政办〔2011〕129号``)?"""
    return bool(DOCUMENT_NUMBER.fullmatch(text.strip(" \u3000")))


def _title_block_element(element: Tag | None, blocks: M.Blocks) -> Tag | None:
    """The title element, or the block element around it when the title is inline text
    (``<td><font><b>标题</b></font></td>``) — as long as that holds little else."""
    while element is not None and not element.decomposed:
        t = blocks.tally(element)
        if t.count:
            return element if t.count <= P.TITLE_BLOCKS else None
        element = element.parent
    return None


def _meta_fallbacks(lines: list[str], titles: Titles) -> dict[str, str]:
    """Source/author/date from ``<meta>`` tags, used only when the page shows none itself
    (the visible lines are more reliable: ``<meta name=author>`` often names the site)."""
    shown: dict[str, str] = {}
    for line in lines:
        shown.update(meta_fields(line) or {})
    return {k: v for k, v in titles.fields.items() if k not in shown}


def _content_notes(container: Tag, blocks: M.Blocks, kept: list[M.Block], dropped: list[str],
                   lines: list[str]) -> list[Diagnostic]:
    notes = []
    inside = blocks.inside(container)
    taken = set(lines)
    outside = dropped + [b.text for i, b in enumerate(blocks.items)
                         if not blocks.contains(container, i) and b.text not in taken]
    if outside or len(inside) > len(kept):
        pruned = len(inside) - len(kept)
        notes.append(C.HTML_OUTSIDE_MAIN(f"{len(outside)} text block(s) of the page outside the main text left out"
            + (f", and {pruned} link list block(s) inside it" if pruned > 0 else ""),
            text=" | ".join(outside)[:2000] or None))
    images = len(container.find_all("img"))
    if images:
        notes.append(C.HTML_IMAGES_DROPPED(f"{images} image(s) in the main text not carried over"))
    tables = [t for t in container.find_all("table") if len(t.find_all("tr", limit=2)) > 1]
    if tables:
        notes.append(C.HTML_TABLES_FLATTENED(f"{len(tables)} table(s) in the main text: each cell became a line"))
    return notes
