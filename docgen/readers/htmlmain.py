"""Finding the main text of a saved web page by the density of its prose.

The page is cut into *text blocks* — the runs of text between block-level boundaries
(``<p>``, ``<br>``, ``<div>`` …), the lines a reader sees.  A block is *prose* when it has
punctuation at the density of running text (at least one ``，。；！？、`` per 50 characters)
and little of it is link text; everything else (menus, link lists, labels, dates, copyright
lines) is *chrome*.  Every element gets the prose and chrome characters of the blocks inside
it, and the main text is the element with the largest ``prose − chrome``: a container grows
to take in more paragraphs only while the chrome it takes in with them is smaller.  This is
the idea of text- and punctuation-density scoring (as in GeneralNewsExtractor) in the form
of a best-subtree search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from bs4 import Comment, NavigableString, PageElement, Tag

from ..limits import Counter
from . import htmlpatterns as P

_SPACES = re.compile(r"[ \t\r\n\f]+")
_ANY_SPACE = re.compile(r"\s+")
_SKIPPED_STRINGS = ("Comment", "Doctype", "Declaration", "CData", "ProcessingInstruction")


@dataclass(eq=False)
class Block:
    """One text block: its text and how much of it is link text."""

    text: str
    link_chars: int
    #: Judge prose by its sentences, not its density (see :func:`text_blocks`).
    lenient: bool = False
    #: Is the block a line of a code listing (inside ``<pre>``)?  Such lines are text of the
    #: document, neither prose nor chrome.
    listing: bool = False

    @property
    def size(self) -> int:
        return len(self.text.replace(" ", "").replace("\u3000", "").replace("\xa0", ""))

    @property
    def prose(self) -> bool:
        own = self.size - self.link_chars
        if self.lenient and own >= P.LENIENT_MIN_SENTENCE and self.text.rstrip()[-1] in P.SENTENCE_END:
            return self.link_chars <= self.size * P.LENIENT_MAX_LINK_SHARE  # a sentence, a law's name linked
        if own < 2 or self.link_chars > self.size * P.PROSE_MAX_LINK_SHARE:
            return False
        marks = sum(1 for ch in self.text if ch in P.PROSE_MARKS)
        if self.lenient:
            return own >= P.LENIENT_MIN_CHARS and marks >= 1
        return marks >= 1 and marks * P.PROSE_CHARS_PER_MARK >= own


@dataclass
class Tally:
    prose: int = 0
    chrome: int = 0
    links: int = 0
    total: int = 0
    first: int = -1   # index of the element's first block
    count: int = 0    # number of blocks inside the element
    file_links: bool = False  # does the element hold a link to a document file?

    @property
    def score(self) -> float:
        return self.prose - P.CHROME_WEIGHT * self.chrome


@dataclass
class Blocks:
    """The page's text blocks in reading order, and where each element's blocks lie.

    The blocks inside an element are those cut while the walk was inside it: a run of
    consecutive blocks, ``items[first:end]``.  Its tally is read from running sums over the
    blocks, so asking for the tally or the blocks of any element costs the same for a page of
    ten elements or of a hundred thousand, nested or not."""

    items: list[Block] = field(default_factory=list)
    spans: dict[int, tuple[int, int, bool]] = field(default_factory=dict)  # id → (first, end, file link)
    _sums: tuple[list[int], list[int], list[int], list[int]] = field(default_factory=lambda: ([0], [0], [0], [0]))
    # running sums over the blocks of their size, prose size, link characters and the size of
    # the blocks that are neither prose nor chrome (code listings, short lines between prose)

    def tally(self, tag: Tag) -> Tally:
        span = self.spans.get(id(tag))
        if span is None or span[0] == span[1]:
            return Tally(file_links=bool(span and span[2]))
        first, end, files = span
        sizes, prose, links, listing = self._sums
        total, in_prose = sizes[end] - sizes[first], prose[end] - prose[first]
        chrome = total - in_prose - (listing[end] - listing[first])
        return Tally(in_prose, chrome, links[end] - links[first], total, first, end - first, files)

    @property
    def prose_chars(self) -> int:
        return self._sums[1][-1]

    def prose_before(self, tag: Tag) -> int:
        """The prose characters of the blocks before ``tag``'s first block."""
        t = self.tally(tag)
        return self._sums[1][t.first] if t.count else 0

    def prose_between(self, first: int, end: int) -> int:
        """The prose characters of blocks ``first`` to ``end`` (not included)."""
        return self._sums[1][end] - self._sums[1][first] if end > first >= 0 else 0

    def inside(self, tag: Tag) -> list[Block]:
        t = self.tally(tag)
        return self.items[t.first:t.first + t.count] if t.count else []

    def contains(self, tag: Tag, index: int) -> bool:
        """Is block ``index`` inside ``tag``?"""
        t = self.tally(tag)
        return t.count > 0 and t.first <= index < t.first + t.count

    def _summed(self) -> None:
        sizes = [b.size for b in self.items]
        prose = [b.prose for b in self.items]
        neutral = [(b.listing or _bridge(self.items, prose, i)) and not prose[i] for i, b in enumerate(self.items)]
        self._sums = (list(accumulate(sizes, initial=0)),
                      list(accumulate((n if p else 0 for p, n in zip(prose, sizes)), initial=0)),
                      list(accumulate((b.link_chars for b in self.items), initial=0)),
                      list(accumulate((n if k else 0 for k, n in zip(neutral, sizes)), initial=0)))


def _bridge(items: list[Block], prose: list[bool], i: int) -> bool:
    """Is block ``i`` a short line of the text between two lines of prose — a phrase of an
    article written a phrase a paragraph (``校领导们分别走访`` between ``9月8日一早，`` and
    ``每一间办公室，``): no link text, at most :data:`~docgen.readers.htmlpatterns.BRIDGE_MAX_CHARS`,
    a prose block right before it that ends a sentence or a clause (the phrase goes on from
    it) and one right after it?  Such a block counts as neither prose nor chrome.  (The items
    of a list of choices — ``重复、旧闻`` / ``文章质量差`` — end no clause.)"""
    block = items[i]
    return (0 < i < len(items) - 1 and block.link_chars == 0 and block.size <= P.BRIDGE_MAX_CHARS
            and prose[i - 1] and prose[i + 1] and items[i - 1].text.rstrip()[-1:] in P.CLAUSE_END)


def text_blocks(root: Tag, lines: Counter | None = None, lenient: bool = False) -> Blocks:
    """Cut ``root`` into text blocks and note where each element's blocks lie; ``lines``
    counts the blocks against the ``lines`` limit as they are cut.  The walk keeps its own
    stack: nesting costs no recursion.  ``lenient``: a block is prose when it has a sentence
    in it at all, however long its sentences (a short official text, a 决议 of one long
    sentence, is too sparse in commas for the density test)."""
    found = Blocks()
    parts: list[str] = []
    links = files = 0
    in_pre = int(root.name == "pre")  # how many <pre> the walk is inside
    starts: dict[int, tuple[int, int]] = {id(root): (0, 0)}

    def flush() -> None:
        nonlocal links
        text = _SPACES.sub(" ", "".join(parts)).strip()
        if text:
            found.items.append(Block(text, links, lenient, in_pre > 0))
            if lines is not None:
                lines.add()
        parts.clear()
        links = 0

    stack: list[tuple[Tag, Iterator[PageElement], bool, bool]] = [(root, iter(root.children), False, True)]
    while stack:
        node, children, in_link, block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if block:
                flush()
            in_pre -= node.name == "pre"
            first, files_before = starts.pop(id(node))
            found.spans[id(node)] = (first, len(found.items), files > files_before)
        elif isinstance(child, NavigableString):
            if type(child).__name__ not in _SKIPPED_STRINGS:
                text = str(child)
                if in_link:
                    links += len(text.strip())
                if in_pre and "\n" in text:  # a <pre> keeps its line breaks, as a browser shows it
                    *ended, text = text.split("\n")
                    for line in ended:
                        parts.append(line)
                        flush()
                parts.append(text)
        elif isinstance(child, Tag):
            is_block = child.name in P.BLOCK_TAGS
            if is_block:
                flush()
            link = child.name == "a" and child.has_attr("href")
            files += link and bool(P.FILE_LINK.search(str(child.get("href", ""))))
            in_pre += child.name == "pre"
            starts[id(child)] = (len(found.items), files)
            stack.append((child, iter(child.children), in_link or link, is_block))
    found._summed()
    return found


def outermost(tags: Iterable[Tag], blocks: Blocks) -> Iterator[Tag]:
    """Of ``tags`` (in document order), those not inside another one given before them —
    told by their blocks, so tags without blocks count as outermost."""
    end = -1
    for tag in tags:
        t = blocks.tally(tag)
        if t.count and t.first < end:
            continue
        if t.count:
            end = t.first + t.count
        yield tag


def remove(elements: Iterable[PageElement]) -> int:
    """Take ``elements`` (in document order; some may lie inside others) out of the tree and
    destroy them; returns how many.  One element at a time, bs4 finds an element's place among
    its siblings by a scan, which makes removing thousands of siblings quadratic: here each
    parent's children are indexed once, and elements are removed last first, so that the
    indexes of those still to go stay right."""
    chosen = [e for e in elements if not getattr(e, "decomposed", False)]
    places: dict[int, dict[int, int]] = {}
    for element in chosen:
        parent = element.parent
        if parent is not None and id(parent) not in places:
            places[id(parent)] = {id(child): i for i, child in enumerate(parent.contents)}
    for element in reversed(chosen):
        parent = element.parent
        if parent is not None:
            element.extract(_self_index=places[id(parent)][id(element)])
        element.decompose()
    return len(chosen)


def main_container(root: Tag, blocks: Blocks) -> Tag | None:
    """The element holding the main text, or None when the page has no prose."""
    best, best_score = None, float("-inf")
    for tag in [root, *root.find_all(P.CONTAINER_TAGS)]:
        t = blocks.tally(tag)
        if t.prose and t.score > best_score:
            best, best_score = tag, t.score
    if best is None or blocks.tally(best).prose < P.MIN_MAIN_CHARS:
        return None
    return _sole_article(best, blocks) or best


def _sole_article(container: Tag, blocks: Blocks) -> Tag | None:
    """The one ``<article>`` element inside the container, when it holds a good share of the
    container's prose (:data:`~docgen.readers.htmlpatterns.ARTICLE_MIN_SHARE`): the page marks
    its document so, and the prose around it is the page's other blocks (a home page's cards
    and tables).  None when there is none, or several (a list of teasers)."""
    articles = container.find_all("article", limit=2)
    if len(articles) != 1:
        return None
    prose = blocks.tally(articles[0]).prose
    return articles[0] if prose >= max(P.MIN_MAIN_CHARS, blocks.tally(container).prose * P.ARTICLE_MIN_SHARE) else None


def closing_after(container: Tag, blocks: Blocks) -> list[Block]:
    """The signature and date that close the main text from just outside its element (a text
    that sets them apart, ``<div class="text-right">``): a bare date in the block right after
    it, or a short line without a mark and a bare date in the next two — none a link."""
    t = blocks.tally(container)
    if not t.count:
        return []
    following = [b for b in blocks.items[t.first + t.count:t.first + t.count + 2] if not b.link_chars]
    if following and _closing_date(following[0]):
        return following[:1]
    if len(following) == 2 and _closing_signature(following[0]) and _closing_date(following[1]):
        return following
    return []


def _closing_date(block: Block) -> bool:
    return bool(P.CLOSING_DATE.fullmatch(block.text.strip(" \u3000\xa0")))


def _closing_signature(block: Block) -> bool:
    text = block.text.strip(" \u3000\xa0")
    return (0 < len(text) <= P.CLOSING_SIGNATURE_MAX_CHARS and not P.CLOSING_DATE.search(text)
            and not any(c in P.CLOSING_SIGNATURE_MARKS for c in text))


def prune_link_lists(container: Tag, blocks: Blocks) -> int:
    """Remove link lists inside the container (上一篇/下一篇, related articles); return how
    many elements were removed."""
    top = blocks.tally(container).first
    lists = (tag for tag in container.find_all(P.BLOCK_TAGS - {"br", "hr"}) if _link_list(tag, blocks, top))
    return remove(outermost(lists, blocks))


def _link_list(tag: Tag, blocks: Blocks, top: int = -1) -> bool:
    t = blocks.tally(tag)
    return bool(t.total and not t.prose and t.links >= t.total * P.LINK_LIST_SHARE
                and not _attachment(t, blocks) and not _line_among_paragraphs(tag, t, blocks)
                and not (t.first == top and _linked_heading(tag, t, blocks)))


def _linked_heading(tag: Tag, t: Tally, blocks: Blocks) -> bool:
    """Is the element one line in bold or a heading, linked (to the whole text), of a title's
    length and without a sentence's end — the heading that opens the main text, not a list
    of links?"""
    text = blocks.items[t.first].text.strip() if t.count == 1 else ""
    if not P.LINKED_HEADING_CHARS[0] <= len(text) <= P.LINKED_HEADING_CHARS[1] or text[-1] in P.SENTENCE_END:
        return False
    return tag.name in P.LINKED_HEADING_TAGS or tag.find(P.LINKED_HEADING_TAGS) is not None


def _line_among_paragraphs(tag: Tag, t: Tally, blocks: Blocks) -> bool:
    """Is the element a single linked line set as a paragraph of the text, with words of its
    own besides the link, that ends a sentence (``。``) or has prose of its parent before and after it (the cases a digest's item announces, ``▶ 典型案例丨…`` each a
    ``<div>`` among the item's paragraphs)?  A list of links has an element of its own around
    its lines (``<ul>``, a box), which holds no prose."""
    if t.count != 1 or tag.parent is None or t.total - t.links < P.LINE_OWN_CHARS:
        return False
    if blocks.items[t.first].text.rstrip().endswith("。"):
        return True  # a sentence of the text that gives an address (``网址：<a>…</a>。``)
    around = blocks.tally(tag.parent)
    return (blocks.prose_between(around.first, t.first) > 0
            and blocks.prose_between(t.first + 1, around.first + around.count) > 0)


def _attachment(t: Tally, blocks: Blocks) -> bool:
    """Attachment lines of a document: ``附件：…`` or links to document files."""
    return t.file_links or bool(t.count and P.ATTACHMENT_START.match(blocks.items[t.first].text))


def _name_of(tag: Tag) -> str:
    """The element's class and id, as one text (empty when it has neither)."""
    values = []
    for attr in ("class", "id"):
        value = tag.get(attr)
        if value:
            values.append(" ".join(value) if isinstance(value, list) else str(value))
    return " ".join(values)


def _named_by(name: str, words: frozenset[str]) -> bool:
    """Is one of ``words`` a whole word of the element's ``name``?"""
    return any(word.lower() in words for word in P.ATTRIBUTE_WORD.findall(name))


def chrome_named(tag: Tag) -> bool:
    """Is the element named as page chrome by its class or id?"""
    name = _name_of(tag)
    if not name:
        return False
    lowered = name.lower()
    if any(sub in lowered for sub in P.CHROME_SUBSTRINGS):
        return True
    return _named_by(name, P.CHROME_WORDS)


def comment_named(tag: Tag) -> bool:
    """Is the element named as a comment area by its class or id (a whole word of it:
    ``id="comments"``, ``class="gc-comment"``; not ``commentary``)?"""
    return _named_by(_name_of(tag), P.COMMENT_AREA_WORDS)


def form_label(tag: Tag) -> bool:
    """Is the ``<label>`` the caption of a form's control (see
    :data:`~docgen.readers.htmlpatterns.FORM_LABEL_MAX_CHARS`), not text set in a label?"""
    if tag.has_attr("for") or tag.find(P.FORM_CONTROLS) is not None:
        return True
    return len(_ANY_SPACE.sub("", tag.get_text())) <= P.FORM_LABEL_MAX_CHARS


def lost_picture_caption(tag: Tag) -> bool:
    """Is the element a short caption ending in a colon whose only following content in its
    parent is a picture (``<h4>毕业证样本：</h4><img …>``) — introducing nothing once the picture
    is left out?"""
    after = (s for s in tag.next_siblings if not (isinstance(s, NavigableString) and not s.strip()))
    pictures = 0
    for sibling in after:  # stops at the first that is no picture
        if not (isinstance(sibling, Tag) and _picture_only(sibling)):
            return False
        pictures += 1
    if not pictures:
        return False
    text = _ANY_SPACE.sub("", tag.get_text())
    return text.endswith(("：", ":")) and len(text) <= P.PICTURE_CAPTION_MAX_CHARS


def _picture_only(tag: Tag) -> bool:
    """Is the element a picture, or one holding a picture and no text?"""
    return tag.name == "img" or (tag.find("img") is not None and not tag.get_text(strip=True))


def hidden(tag: Tag) -> bool:
    style = tag.get("style")
    return (tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
            or bool(style and P.HIDDEN_STYLE.search(str(style))))


def remove_comments(root: Tag) -> None:
    remove(root.find_all(string=lambda s: isinstance(s, Comment)))
