"""The title of a saved page and the metadata in its ``<meta>`` tags.

The article title is the heading (``<h1>``–``<h3>``, or an element whose class names it a
title) that agrees with the page's ``<title>`` or its ``<meta>`` title — a site's logo is
often an ``<h1>`` too.  Without such a heading, the ``<title>`` minus the column and site
names is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag

from ..chars import PUNCTUATION
from ..shapes.patterns import BODY_SUFFIX
from ..shapes.titles import site_name, strip_site_suffix
from . import htmlpatterns as P

_SPACES = re.compile(r"\s+")
_KEY_DROP = re.compile(r"[\s\u3000\xa0《》“”\"'‘’]+")

#: A title is at least this long and at most TITLE_MAX characters.
TITLE_MIN = 4
TITLE_MAX = 100


@dataclass(frozen=True)
class Titles:
    best: str | None
    element: Tag | None = None
    fields: dict[str, str] = field(default_factory=dict)


def page_titles(soup: BeautifulSoup) -> Titles:
    hints = _title_hints(soup)
    element = _title_element(soup, hints) or _labelled_title(soup)
    best: str | None
    if element is not None:
        best = _text(element)
    else:
        best = next((h for h in hints if TITLE_MIN <= len(h) <= TITLE_MAX), None)
    return Titles(best, element, _meta_fields(soup))


def _title_hints(soup: BeautifulSoup) -> list[str]:
    """Candidate titles from ``<meta>`` and ``<title>``, site and column names removed."""
    hints = []
    for meta in soup.find_all("meta"):
        key = str(meta.get("name") or meta.get("property") or "").lower()
        if key in P.META_TITLE_NAMES and meta.get("content"):
            hints.append(strip_site_name(str(meta["content"])))
    if soup.title and soup.title.get_text(strip=True):
        hints.append(strip_site_name(soup.title.get_text(" ", strip=True)))
    return [h for h in hints if h and not _names_the_site(h)]


def _names_the_site(hint: str) -> bool:
    """Is a page's title only the name of its site or of the body that runs it (``某某市人民政府``,
    ``某某网``): no hint for the article's title."""
    flat = re.sub(r"[\s\u3000]+", "", hint)
    return site_name(flat) or (len(flat) <= P.SITE_NAME_MAX_CHARS and bool(BODY_SUFFIX.search(flat))
                               and not any(c in PUNCTUATION for c in flat))


def strip_site_name(title: str) -> str:
    """``标题_栏目_网站`` → ``标题``: the longest of the parts (site and column names are
    shorter than article titles)."""
    parts = [p.strip() for p in P.TITLE_SEPARATOR.split(title.strip()) if p and p.strip()]
    return strip_site_suffix(max(parts, key=len)) if parts else ""


def _title_element(soup: BeautifulSoup, hints: list[str]) -> Tag | None:
    """The heading or title-named element that agrees with a hint (one contains the other)
    most closely — the heading itself rather than a box around it that holds the byline too
    (first in the page among equals) —, else the first element of any text tag whose text is
    a hint exactly; on a page without hints, its only ``<h1>``, else its only heading or
    title-named element."""
    keys = [k for k in map(_key, hints) if k]
    candidates = [(tag, text) for tag in soup.find_all(True) if (text := _title_text(tag)) is not None]
    agreeing = []
    for order, (tag, text) in enumerate(candidates):
        key = _key(text)
        gaps = [abs(len(key) - len(hint)) for hint in keys if key and (key in hint or hint in key)]
        if gaps:
            agreeing.append((min(gaps), order, tag))
    if agreeing:
        return min(agreeing, key=lambda found: found[:2])[2]
    if keys:
        for tag in soup.find_all(_EXACT_TAGS):
            # the innermost such tag only, and its text taken only when it is short
            if not tag.find(_EXACT_TAGS) and (text := _short_text(tag)) is not None and _key(text) in keys:
                return tag
    if hints:  # a hint that names a column (``媒体关注``): the page's one title-named element, if any
        named = [tag for tag, _ in candidates if tag.name not in P.TITLE_HEADINGS]
        return named[0] if len(candidates) == 1 and named else None
    h1 = [tag for tag, _ in candidates if tag.name == "h1"]
    if len(h1) == 1:
        return h1[0]
    return candidates[0][0] if len(candidates) == 1 else None  # the page's one heading or title element


#: Tags that may hold the title as plain styled text (old pages: ``<font><b>标题</b></font>``).
_EXACT_TAGS = ("b", "strong", "font", "span", "p", "div", "td", "center")

#: An element with more descendants than this holds more than a title: its text is not
#: gathered (on a page nested thousands deep, gathering every element's text is quadratic).
TITLE_NODES = 200


def title_named(tag: Tag) -> bool:
    """Is the element named as a title's (``class="news_title"``) and of a title's length —
    not a heading, not the site's logo?"""
    return tag.name not in P.TITLE_HEADINGS and _title_text(tag) is not None


def _title_text(tag: Tag) -> str | None:
    """The text of a heading or a title-named element of a title's length, else None — never
    of the site's logo (:func:`_logo`)."""
    if _logo(tag):
        return None
    if tag.name in ("h1", "h2", "h3"):
        pass
    elif tag.name in ("div", "p", "span", "td", "strong", "b", "font"):
        words = " ".join(str(v) for attr in ("class", "id") for v in _attribute_values(tag, attr))
        if not any(w.lower() in P.TITLE_WORDS or P.TITLE_RUN_ON.fullmatch(w.lower())
                   for w in P.ATTRIBUTE_WORD.findall(words)):
            return None
    else:
        return None
    text = _short_text(tag)
    return text if text is not None and TITLE_MIN <= len(text) <= TITLE_MAX else None


def _logo(tag: Tag) -> bool:
    """Is the element the site's logo or name: named so (``logo``), or all its text a link to
    the home page (``<h1><a href="/">某某市人民政府</a></h1>``)?"""
    words = " ".join(str(v) for attr in ("class", "id") for v in _attribute_values(tag, attr))
    if any(w.lower() in P.LOGO_WORDS for w in P.ATTRIBUTE_WORD.findall(words)):
        return True
    links = tag.find_all("a", href=True, limit=2)
    if len(links) != 1 or not P.HOME_LINK.fullmatch(str(links[0]["href"]).strip()):
        return False
    return _key(_text(links[0])) == _key(_text(tag))


def _short_text(tag: Tag) -> str | None:
    """:func:`_text` of ``tag``, or None when it holds more than a title could: more than
    :data:`TITLE_MAX` characters or :data:`TITLE_NODES` elements and strings."""
    parts: list[str] = []
    size = -1
    for nodes, node in enumerate(tag.descendants):
        if nodes > TITLE_NODES:
            return None
        if isinstance(node, NavigableString) and type(node).__name__ in _TEXT_STRINGS:
            piece = _SPACES.sub(" ", node.strip())
            if piece:
                parts.append(piece)
                size += len(piece) + 1
                if size > TITLE_MAX:
                    return None
    return " ".join(parts)


#: The strings ``get_text`` gathers (not comments, doctypes, scripts or styles).
_TEXT_STRINGS = ("NavigableString", "CData")


def _labelled_title(soup: BeautifulSoup) -> Tag | None:
    """The value of a title field in a record over the text (``<td>【法规标题】</td>``, the title
    in the cell after it): the cell, or item, right after the one holding the label alone."""
    for string in soup.find_all(string=P.TITLE_FIELD_LABEL):
        cell = string.find_parent(P.FIELD_CELLS)
        value = cell.find_next_sibling(P.FIELD_CELLS) if cell is not None else None
        if value is not None and TITLE_MIN <= len(_text(value)) <= TITLE_MAX:
            return value
    return None


def _text(tag: Tag) -> str:
    return re.sub(r"\s+", " ", tag.get_text(" ", strip=True)).strip()


def _key(text: str) -> str:
    return _KEY_DROP.sub("", text)


def _meta_fields(soup: BeautifulSoup) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = str(meta.get("name") or meta.get("property") or "").lower()
        value = str(meta.get("content") or "").strip()
        target = P.META_FIELD_NAMES.get(key)
        if target and value and len(value) <= 60:
            found.setdefault(target, value)
    return found


def _attribute_values(tag: Tag, name: str) -> list[str]:
    """The values of an attribute: a list for ``class``, one value (or none) otherwise."""
    value = tag.get(name)
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value or "")]
