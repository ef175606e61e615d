"""The title of a saved page and the metadata in its ``<meta>`` tags.

The article title is the heading (``<h1>``–``<h3>``, or an element whose class names it a
title) that agrees with the page's ``<title>`` or its ``<meta>`` title — a site's logo is
often an ``<h1>`` too.  Without such a heading, the ``<title>`` minus the column and site
names is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

from . import htmlpatterns as P

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
    element = _title_element(soup, hints)
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
    return [h for h in hints if h]


def strip_site_name(title: str) -> str:
    """``标题_栏目_网站`` → ``标题``: the longest of the parts (site and column names are
    shorter than article titles)."""
    parts = [p.strip() for p in P.TITLE_SEPARATOR.split(title.strip()) if p and p.strip()]
    return max(parts, key=len) if parts else ""


def _title_element(soup: BeautifulSoup, hints: list[str]) -> Tag | None:
    """The first heading or title-named element that agrees with a hint (one contains the
    other), else the first element of any text tag whose text is a hint exactly."""
    keys = [k for k in map(_key, hints) if k]
    candidates = [tag for tag in soup.find_all(True) if _may_be_title(tag)]
    for tag in candidates:
        key = _key(_text(tag))
        if key and any(key in hint or hint in key for hint in keys):
            return tag
    for tag in soup.find_all(_EXACT_TAGS):
        if _key(_text(tag)) in keys and not tag.find(_EXACT_TAGS):
            return tag
    h1 = [tag for tag in candidates if tag.name == "h1"]
    return h1[0] if len(h1) == 1 and not hints else None


#: Tags that may hold the title as plain styled text (old pages: ``<font><b>标题</b></font>``).
_EXACT_TAGS = ("b", "strong", "font", "span", "p", "div", "td", "center")


def _may_be_title(tag: Tag) -> bool:
    if tag.name in ("h1", "h2", "h3"):
        pass
    elif tag.name in ("div", "p", "span", "td", "strong", "b", "font"):
        words = " ".join(str(v) for attr in ("class", "id") for v in _attribute_values(tag, attr))
        if not any(w.lower() in P.TITLE_WORDS for w in P.ATTRIBUTE_WORD.findall(words)):
            return False
    else:
        return False
    return TITLE_MIN <= len(_text(tag)) <= TITLE_MAX


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
