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
from dataclasses import dataclass, field

from bs4 import Comment, NavigableString, Tag

from . import htmlpatterns as P

_SPACES = re.compile(r"[ \t\r\n\f]+")
_SKIPPED_STRINGS = ("Comment", "Doctype", "Declaration", "CData", "ProcessingInstruction")


@dataclass(eq=False)
class Block:
    """One text block: its text, how much of it is link text, and the elements around it."""

    text: str
    link_chars: int
    ancestors: tuple[Tag, ...]

    @property
    def size(self) -> int:
        return len(self.text.replace(" ", "").replace("\u3000", "").replace("\xa0", ""))

    @property
    def prose(self) -> bool:
        own = self.size - self.link_chars
        if own < 2 or self.link_chars > self.size * P.PROSE_MAX_LINK_SHARE:
            return False
        marks = sum(1 for ch in self.text if ch in P.PROSE_MARKS)
        return marks >= 1 and marks * P.PROSE_CHARS_PER_MARK >= own


@dataclass
class Tally:
    prose: int = 0
    chrome: int = 0
    links: int = 0
    total: int = 0
    first: int = -1   # index of the element's first block
    count: int = 0    # number of blocks inside the element

    @property
    def score(self) -> float:
        return self.prose - P.CHROME_WEIGHT * self.chrome


@dataclass
class Blocks:
    """The page's text blocks in reading order, and each element's tally."""

    items: list[Block] = field(default_factory=list)
    tallies: dict[int, Tally] = field(default_factory=dict)

    def tally(self, tag: Tag) -> Tally:
        return self.tallies.get(id(tag), Tally())

    @property
    def prose_chars(self) -> int:
        return sum(b.size for b in self.items if b.prose)

    def inside(self, tag: Tag) -> list[Block]:
        return [b for b in self.items if any(a is tag for a in b.ancestors)]


def text_blocks(root: Tag) -> Blocks:
    """Cut ``root`` into text blocks and tally them per element."""
    found = Blocks()
    parts: list[str] = []
    links = [0]
    stack: list[Tag] = []

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(parts)).strip()
        if text:
            found.items.append(Block(text, links[0], tuple(stack)))
        parts.clear()
        links[0] = 0

    def walk(node: Tag, in_link: bool) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child).__name__ not in _SKIPPED_STRINGS:
                    parts.append(str(child))
                    if in_link:
                        links[0] += len(str(child).strip())
            elif isinstance(child, Tag):
                block = child.name in P.BLOCK_TAGS
                if block:
                    flush()
                stack.append(child)
                walk(child, in_link or (child.name == "a" and child.has_attr("href")))
                if block:
                    flush()
                stack.pop()

    stack.append(root)
    walk(root, False)
    flush()
    _tally(found)
    return found


def _tally(found: Blocks) -> None:
    for index, block in enumerate(found.items):
        prose = block.prose
        for tag in block.ancestors:
            t = found.tallies.setdefault(id(tag), Tally(first=index))
            t.total += block.size
            t.count += 1
            t.links += block.link_chars
            if prose:
                t.prose += block.size
            else:
                t.chrome += block.size


def main_container(root: Tag, blocks: Blocks) -> Tag | None:
    """The element holding the main text, or None when the page has no prose."""
    best, best_score = None, float("-inf")
    for tag in [root, *root.find_all(P.CONTAINER_TAGS)]:
        t = blocks.tally(tag)
        if t.prose and t.score > best_score:
            best, best_score = tag, t.score
    if best is None or blocks.tally(best).prose < P.MIN_MAIN_CHARS:
        return None
    return best


def prune_link_lists(container: Tag, blocks: Blocks) -> int:
    """Remove link lists inside the container (上一篇/下一篇, related articles); return how
    many elements were removed."""
    removed = 0
    for tag in container.find_all(P.BLOCK_TAGS - {"br", "hr"}):
        if tag.parent is None or tag.decomposed:
            continue
        t = blocks.tally(tag)
        if (t.total and not t.prose and t.links >= t.total * P.LINK_LIST_SHARE
                and not _attachment(tag)):
            tag.decompose()
            removed += 1
    return removed


def _attachment(tag: Tag) -> bool:
    """Attachment lines of a document: ``附件：…`` or links to document files."""
    if P.ATTACHMENT_START.match(tag.get_text(strip=True)):
        return True
    return any(P.FILE_LINK.search(str(a.get("href", ""))) for a in tag.find_all("a"))


def chrome_named(tag: Tag) -> bool:
    """Is the element named as page chrome by its class or id?"""
    values = []
    for attr in ("class", "id"):
        value = tag.get(attr)
        if value:
            values.append(" ".join(value) if isinstance(value, list) else str(value))
    if not values:
        return False
    joined = " ".join(values)
    lowered = joined.lower()
    if any(sub in lowered for sub in P.CHROME_SUBSTRINGS):
        return True
    return any(word.lower() in P.CHROME_WORDS for word in P.ATTRIBUTE_WORD.findall(joined))


def hidden(tag: Tag) -> bool:
    style = tag.get("style")
    return (tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
            or bool(style and P.HIDDEN_STYLE.search(str(style))))


def remove_comments(root: Tag) -> None:
    for comment in root.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
