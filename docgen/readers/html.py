"""Saved web pages: the text of the page body with paragraph boundaries kept.

Scripts, styles and the obvious page chrome (navigation, header, footer, forms) are dropped
here; what is left of the site's boilerplate is the cleaner's job.
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Diagnostic, Meta
from . import Source
from .text import decode

#: Elements whose content is never part of the document text.
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "nav", "header", "footer",
              "aside", "form", "button", "select", "svg", "canvas")

#: Elements that start a new line of text.
_BLOCK_TAGS = frozenset(("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                         "table", "section", "article", "blockquote", "pre", "dd", "dt", "hr"))

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([-\w]+)""", re.I)


def read_html(data: bytes, name: str) -> Source:
    from bs4 import BeautifulSoup

    text, encoding = _decode_html(data, name)
    soup = BeautifulSoup(text, "lxml")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    title = _page_title(soup)
    root = soup.body or soup
    lines = tuple(line for line in _block_text(root) if line.strip())
    if not lines:
        raise InputError("the page holds no text", name)
    notes = (Diagnostic("info", "encoding", f"decoded as {encoding}"),)
    return Source(name=name, format="html", lines=lines, meta=Meta(title=title), diagnostics=notes)


def _decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Decode by content, not by the declared charset: pages that declare GB2312 but are
    UTF-8 are common, and UTF-8 is tried first.  A declared charset is used only when the
    content does not decode as UTF-8."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        label = declared.group(1).decode("ascii", "replace").lower()
        if label in ("gb2312", "gbk", "gb_2312-80"):
            label = "gb18030"
        try:
            return data.decode(label), label
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, name)


def _page_title(soup) -> str | None:
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        return h1.get_text(" ", strip=True)
    if soup.title and soup.title.string:
        # "文章标题_栏目_网站名" / "文章标题 - 网站名": keep the part before the first separator.
        return re.split(r"\s*[-_|｜—]+\s*", soup.title.string.strip())[0] or None
    return None


def _block_text(root) -> list[str]:
    from bs4 import NavigableString, Tag

    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            lines.append("".join(current).strip())
            current.clear()

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child).__name__ in ("Comment", "Doctype", "Declaration", "CData"):
                    continue
                current.append(re.sub(r"[ \t\r\n]+", " ", str(child)))
            elif isinstance(child, Tag):
                block = child.name in _BLOCK_TAGS
                if block:
                    flush()
                walk(child)
                if block:
                    flush()

    walk(root)
    flush()
    return lines
