"""Site chrome as data: the families of lines that web pages print around a document
(navigation, bylines, page tools, sharing rows, related-article lists, comments, footers),
read from ``chrome.toml`` beside this module.

Each family names what its lines are, holds the patterns that recognise them, and says where
they are chrome: ``line`` families wherever they stand (the cleaner's ``chrome`` rule drops
them), ``page`` families only outside the main text of a whole page (the ``page-body`` rule
drops them there and counts them as a sign that a text is a whole page).  The file's examples
are run by the tests, its counter-examples too.

Compiling is what costs here (a character class spanning the CJK ideographs, U+4E00 to
U+9FFF, takes about half a millisecond each time it stands in a pattern), so a process pays
it once and only for what it uses: one sieve of every family's patterns tells most lines
apart at one look, and a family's own patterns are compiled the first time a line passes the
sieve and reaches it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from .. import chars
from .meta import CHROME_TOKEN

Scope = Literal["line", "page"]

#: The data file, in this package.
DATA_FILE = "chrome.toml"


@dataclass(frozen=True, slots=True)
class Family:
    """One family of site chrome (see the head of ``chrome.toml`` for its fields)."""

    name: str
    reason: str
    scope: Scope
    sources: tuple[str, ...]        # the patterns as the file writes them
    search: bool = False
    max_chars: int | None = None
    no_sentence: bool = False
    ends_article: bool = False
    in_header: bool = False
    starts_list: bool = False
    page_break: bool = False
    names_account: bool = False
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The family's patterns, compiled the first time they are asked for (folded as the
        lines they match are: a traditional character in a pattern matches either script)."""
        return _compiled(self.sources)

    def matches(self, text: str) -> bool:
        """Is ``text`` (a line with its ends stripped) a line of this family?  (Judged with its
        traditional characters folded: see :func:`fold`.)"""
        return self.matches_folded(fold(text))

    def matches_folded(self, text: str) -> bool:
        """:meth:`matches` for a line folded already."""
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        if self.no_sentence and chars.ends_sentence(text):
            return False
        if self.search:
            return any(p.search(text) for p in self.patterns)
        return any(p.fullmatch(text) for p in self.patterns)


_FIELDS = {"name", "reason", "scope", "patterns", "search", "max_chars", "no_sentence", "ends_article",
           "in_header", "starts_list", "page_break", "names_account", "examples", "not"}


def _family(entry: dict) -> Family:
    unknown = set(entry) - _FIELDS
    if unknown:
        raise ValueError(f"{DATA_FILE}: family {entry.get('name')!r}: unknown field(s) {sorted(unknown)}")
    if entry["scope"] not in ("line", "page"):
        raise ValueError(f"{DATA_FILE}: family {entry['name']!r}: scope must be 'line' or 'page'")
    return Family(
        name=entry["name"], reason=entry["reason"], scope=entry["scope"],
        sources=tuple(entry["patterns"]), search=entry.get("search", False),
        max_chars=entry.get("max_chars"), no_sentence=entry.get("no_sentence", False),
        ends_article=entry.get("ends_article", False), in_header=entry.get("in_header", False),
        starts_list=entry.get("starts_list", False),
        page_break=entry.get("page_break", False), names_account=entry.get("names_account", False),
        examples=tuple(entry.get("examples", ())),
        counterexamples=tuple(entry.get("not", ())))


@cache
def _data() -> dict:
    text = resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _fold_table() -> dict[int, int]:
    """The table of :func:`fold`: the file's ``[fold]`` pairs, character for character."""
    pairs = _data()["fold"]
    source, target = "".join(pairs["from"].split()), "".join(pairs["to"].split())
    if len(source) != len(target):
        raise ValueError(f"{DATA_FILE}: [fold] from and to must have as many characters")
    return str.maketrans(source, target)


#: An indent whose characters a conversion lost, each written ``?`` (``??? □记者 某某``).
LOST_INDENT = re.compile(r"^\?{2,}[ \u3000]+")

#: A pinyin gloss a converter put after a character (``內(nèi)容``, ``報（bào）道``): one
#: syllable of lower-case letters, tone marks allowed, in brackets of either width, right after
#: an ideograph.
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def unglossed(text: str) -> str:
    """``text`` without the pinyin glosses a converter put after its characters (``內(nèi)容``
    → ``內容``), so that chrome written so is recognised; only the match sees it, the text
    is never changed.  (A line without an opening bracket is not searched.)"""
    if "(" not in text and "（" not in text:
        return text
    return PINYIN_GLOSS.sub("", text)


def fold(text: str) -> str:
    """``text`` with the traditional characters of the file's ``[fold]`` table written in their
    simplified form (關→关, 閱→阅 …), character for character — so that one pattern, written
    in simplified characters, recognises a line of a page in either script."""
    return text.translate(_fold_table())


@cache
def families() -> tuple[Family, ...]:
    """Every family, in the order of the file (the first that matches names a line)."""
    found = tuple(_family(entry) for entry in _data()["family"])
    names = [f.name for f in found]
    if len(set(names)) != len(names):
        raise ValueError(f"{DATA_FILE}: family names must be unique")
    return found


@cache
def family_named(name: str) -> Family:
    """The family called ``name``."""
    found = next((f for f in families() if f.name == name), None)
    if found is None:
        raise KeyError(f"{DATA_FILE}: no family named {name!r}")
    return found


#: The family of a line made of chrome tokens only (``【打印】【关闭】``, ``字体：大 中 小``).
TOOLS_FAMILY = "page-tools"

#: Bars and spaces around what is left of a line once its chrome tokens are removed.
_EDGES = " \u3000|｜"


def bare(text: str) -> str:
    """``text`` without the chrome tokens it holds (``【打印】``, ``字体：大 中 小``) and the
    bars and spaces at its ends."""
    return CHROME_TOKEN.sub("", text).strip(_EDGES)


@lru_cache(maxsize=8192)
def family_of(text: str, scopes: tuple[Scope, ...] = ("line",)) -> Family | None:
    """The first family of one of ``scopes`` that the line ``text`` (ends stripped) belongs
    to — judged without the chrome tokens it holds; a line of chrome tokens alone is of the
    page-tools family — or None.  The line is judged without the pinyin glosses a converter
    may have put after its characters (see :func:`unglossed`) and the question marks of an
    indent a conversion lost.  (The cleaner asks for the same
    lines several times: the answers are kept.)"""
    if not text:
        return None
    rest = bare(fold(unglossed(text)))
    if rest.startswith("??"):
        rest = LOST_INDENT.sub("", rest)
    if rest and not _sieve().matches(rest):
        return None  # most lines are text: one look at all the patterns at once
    for family in families():
        if family.scope in scopes and (family.name == TOOLS_FAMILY if not rest else family.matches_folded(rest)):
            return family
    return None


#: Flags set for a whole pattern (``(?i)…``), which can only stand at the start of one.
_GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")


def _scoped(pattern: str) -> str:
    """``pattern`` with its flags for the whole (``(?i)x``) made flags of a group (``(?i:x)``),
    so that it can stand among others in one pattern."""
    flags = _GLOBAL_FLAGS.match(pattern)
    return f"(?{flags.group(1)}:{pattern[flags.end():]})" if flags else f"(?:{pattern})"


@dataclass(frozen=True, slots=True)
class _Sieve:
    """The patterns of several families in two patterns, those matched against the whole
    line and those searched for in it: a line neither matches is of none of the families
    (what a family asks beyond its patterns — length, no sentence — only narrows it)."""

    whole: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None

    def matches(self, text: str) -> bool:
        return bool((self.whole is not None and self.whole.fullmatch(text))
                    or (self.anywhere is not None and self.anywhere.search(text)))


@cache
def _compiled(sources: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(fold(source)) for source in sources)


@cache
def _sieve() -> _Sieve:
    """The sieve of every family, whatever its scope: a line it lets through is looked at family
    by family (in the scopes asked for), so one sieve serves every set of scopes."""

    def joined(search: bool) -> re.Pattern[str] | None:
        parts = [_scoped(fold(p)) for f in families() if f.search == search for p in f.sources]
        return re.compile("|".join(parts)) if parts else None

    return _Sieve(joined(False), joined(True))
