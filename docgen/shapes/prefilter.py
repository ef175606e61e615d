"""What every match of a regular expression must hold, how long it may be and which characters
it may begin and end with — read from the parsed pattern, so exact by construction, for a
prefilter that tells most strings a pattern cannot match at a glance.

*What a match holds* are sets of literal strings, each such that a string the pattern matches
(or, for what a lookahead or lookbehind asks, the string it is searched in) holds at least one
of them: a literal holds itself, a sequence everything any of its items holds (and the literals
of consecutive items joined), a branch one of what each alternative holds, a repeat what its
item holds when the item must be there at least once, a positive lookaround what its content
holds, a small character class one of its characters; anything else holds nothing known.  A
string matched without regard to case is compared lowered (``folded``), and only with
characters whose lower-case form tells every character the pattern lets stand for it
(``ABC`` under ``(?i)`` holds ``abc`` in the text lowered; ``i`` and ``s``, for which the
engine also takes a dotless ı and a long ſ, are never compared that way).

*The first and last characters* of a match that is not empty are those its first (last) item
may take, and those of the items before (after) it that may match nothing; a group's text
again, or anything not known, takes any character.  Without regard to case, any character that
has a case is taken.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from re import _casefix, _parser  # type: ignore[attr-defined]
from typing import Any

#: At most this many strings in a set of strings joined from several items.
MAX_WORDS = 48

#: At most this many strings in a set of strings from the alternatives of a branch.
MAX_EITHER = 256

#: A character class of at most this many characters is taken as its characters.
MAX_CLASS = 8

#: A repeat of at most this many times is spelled out.
MAX_TIMES = 4

#: How much less often a string holds a string one character longer (a rough guess: enough to
#: prefer ``..`` to ``.``, never a common pair to a rare character).
_LONGER = 0.5

#: More characters than any string holds (the most a pattern with an unbounded repeat spans).
MAX_WIDTH = _parser.MAXWIDTH

_IGNORECASE = re.IGNORECASE.value
_ASCII = re.ASCII.value
_C = _parser  # the parser's names for the items of a parsed pattern (LITERAL, IN, BRANCH …)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)


def _data(items: Any) -> list[tuple[Any, Any]]:
    """The items of a parsed pattern (a subpattern's list, or the list given)."""
    return items.data if isinstance(items, _parser.SubPattern) else items


# --------------------------------------------------------------------------- what a match holds

@dataclass(frozen=True, slots=True)
class Words:
    """Strings a match holds one of (or, as what an item matches, all it can match);
    ``folded``: compared with the string searched lowered."""

    words: frozenset[str]
    folded: bool = False

    @property
    def known(self) -> bool:
        """Does a match hold one of them in truth (no empty string among them)?"""
        return bool(self.words) and "" not in self.words

    def held(self, text: str, low: str) -> bool:
        """Does ``text`` (``low``: lowered) hold one of them?"""
        within = low if self.folded else text
        return any(w in within for w in self.words)


_NOTHING = Words(frozenset({""}))  # what an empty sequence or an assertion matches


@cache
def foldable(char: str) -> bool:
    """May ``char`` be compared lowered: is its lower-case form one character, the one the
    regular-expression engine takes, and every character the engine lets stand for it without
    regard to case one of that lower-case form?"""
    low = char.lower()
    if len(low) != 1 or _sre.unicode_tolower(ord(char)) != ord(low):
        return False
    if not _sre.unicode_iscased(ord(char)):
        return True  # no case: it stands for itself alone
    return char.isascii() and ord(low) not in _casefix._EXTRA_CASES


def _folded(words: Words) -> Words | None:
    if words.folded:
        return words
    if not all(foldable(c) for w in words.words for c in w):
        return None
    return Words(frozenset(w.lower() for w in words.words), True)


def _union(parts: list[Words], most: int = MAX_WORDS) -> Words | None:
    if not parts:
        return None
    folded = any(p.folded for p in parts)
    if folded:
        lowered = [_folded(p) for p in parts]
        if any(p is None for p in lowered):
            return None
        parts = [p for p in lowered if p is not None]
    words = frozenset().union(*(p.words for p in parts))
    return Words(words, folded) if len(words) <= most else None


def _join(first: Words, second: Words) -> Words | None:
    """Every string of ``first`` followed by every string of ``second`` (None if too many)."""
    if len(first.words) * len(second.words) > MAX_WORDS:
        return None
    if first.folded != second.folded:
        a, b = _folded(first), _folded(second)
        if a is None or b is None:
            return None
        first, second = a, b
    if len(second.words) == 1:
        (tail,) = second.words
        return Words(frozenset([x + tail for x in first.words]), first.folded)
    return Words(frozenset([x + y for x, y in product(first.words, second.words)]), first.folded)


def _fewest(words: Words) -> Words:
    """``words`` without those that hold another of them (a string that holds one holds the
    other)."""
    kept: list[str] = []
    for word in sorted(words.words, key=len):
        if not any(k in word for k in kept):
            kept.append(word)
    return words if len(kept) == len(words.words) else Words(frozenset(kept), words.folded)


def _power(words: Words, times: int) -> Words | None:
    found: Words | None = _NOTHING
    for _ in range(times):
        found = _join(found, words) if found is not None else None
    return found


def cost(words: Words, rarity: dict[str, float], default: float) -> float:
    """How often a string may hold one of ``words``: the sum over the words of the share of
    strings that hold the rarest of its characters (``rarity``, or ``default`` for a character
    it does not name), less for a longer word."""
    return sum(_word_cost(w, rarity, default) for w in words.words)


def _word_cost(word: str, rarity: dict[str, float], default: float) -> float:
    return min((rarity.get(c, default) for c in word), default=1.0) * _LONGER ** (len(word) - 1)


#: What is known of an item: every string it can match, when few and known (else None), and
#: the sets of strings of which a match holds one each.
_Found = tuple[Words | None, list[Words]]


class Reader:
    """Reads what is known of patterns (see :meth:`facts`), with ``rarity`` (the share of
    strings that hold a character; ``default`` for one it does not name) to order the sets of
    strings they hold."""

    def __init__(self, rarity: dict[str, float] | None = None, default: float = 0.001) -> None:
        self.rarity, self.default = rarity or {}, default
        self.costs: dict[str, float] = {}

    def cost(self, words: Words) -> float:
        """How often a string may hold one of ``words`` (see :func:`cost`)."""
        total = 0.0
        costs = self.costs
        for word in words.words:
            found = costs.get(word)
            if found is None:
                found = costs[word] = _word_cost(word, self.rarity, self.default)
            total += found
        return total

    def facts(self, pattern: str, flags: int = 0) -> Facts:
        """What is known of every match of ``pattern`` (compiled with ``flags``)."""
        parsed = _parser.parse(pattern, flags)
        flags = parsed.state.flags
        exact, needs = self.sequence(parsed, flags)
        if exact is not None:
            needs = [*needs, exact]
        unique = sorted(dict.fromkeys(_fewest(n) for n in needs if n.known), key=self.cost)
        shortest, longest = parsed.getwidth()
        return Facts(tuple(unique), shortest, longest, _edge(parsed, flags, False)[0],
                     _edge(parsed, flags, True)[0])

    def best(self, found: _Found) -> Words | None:
        exact, needs = found
        known = [n for n in (needs if exact is None else [*needs, exact]) if n.known]
        return min(known, key=self.cost) if known else None

    def sequence(self, items: Any, flags: int) -> _Found:
        needs: list[Words] = []
        run: Words = _NOTHING  # the strings the items since the last not known can match
        whole = True
        plain = ""  # literals matched with regard to case, not yet in the run
        ignorecase = flags & _IGNORECASE
        for op, av in _data(items):
            if op is _C.LITERAL and not (ignorecase and _sre.unicode_iscased(av)):
                plain += chr(av)
                continue
            if plain:
                run, whole = self._then(run, Words(frozenset((plain,))), needs, whole)
                plain = ""
            exact, inner = self.item(op, av, flags)
            needs += inner
            run, whole = self._then(run, exact, needs, whole)
        if plain:
            run, whole = self._then(run, Words(frozenset((plain,))), needs, whole)
        if whole:
            return run, needs
        if run.known:
            needs.append(run)
        return None, needs

    @staticmethod
    def _then(run: Words, exact: Words | None, needs: list[Words], whole: bool) -> tuple[Words, bool]:
        """The run of strings followed by what an item matches (a new run when it is not known
        or would make too many strings, the old one then among ``needs``)."""
        joined = _join(run, exact) if exact is not None else None
        if joined is not None:
            return joined, whole
        if run.known:
            needs.append(run)
        return (exact if exact is not None else _NOTHING), False

    def item(self, op: Any, av: Any, flags: int) -> _Found:
        if op is _C.LITERAL:
            return self.char(chr(av), flags), []
        if op is _C.IN:
            return self.chars(av, flags), []
        if op is _C.AT or op is _C.ASSERT_NOT:
            return _NOTHING, []
        if op is _C.ASSERT:
            exact, needs = self.sequence(av[1], flags)
            return _NOTHING, (needs if exact is None else [*needs, exact])
        if op is _C.SUBPATTERN:
            _group, add, drop, inner = av
            return self.sequence(inner, (flags | add) & ~drop)
        if op is _C.ATOMIC_GROUP:
            return self.sequence(av, flags)
        if op is _C.BRANCH:
            return self.branch(av[1], flags)
        if op in _REPEATS:
            least, most, inner = av
            return self.repeat(least, most, inner, flags)
        return None, []  # any character, a class, a group's text again …: not known

    def char(self, char: str, flags: int) -> Words | None:
        words = Words(frozenset((char,)))
        if flags & _IGNORECASE and _sre.unicode_iscased(ord(char)):
            return _folded(words)
        return words

    def chars(self, items: Any, flags: int) -> Words | None:
        found: set[str] = set()
        for op, av in items:
            if op is _C.LITERAL:
                found.add(chr(av))
            elif op is _C.RANGE and av[1] - av[0] < MAX_CLASS:
                found.update(chr(c) for c in range(av[0], av[1] + 1))
            else:
                return None  # a negated class, a category (\d, \s …) or a wide range
            if len(found) > MAX_CLASS:
                return None
        parts = [self.char(c, flags) for c in sorted(found)]
        return _union([p for p in parts if p is not None]) if all(p is not None for p in parts) else None

    def branch(self, alternatives: Any, flags: int) -> _Found:
        found = [self.sequence(a, flags) for a in alternatives]
        exacts = [exact for exact, _ in found]
        exact = _union([e for e in exacts if e is not None]) if all(e is not None for e in exacts) else None
        best = [self.best(f) for f in found]
        either = _union([b for b in best if b is not None], MAX_EITHER) if all(best) else None
        return exact, ([either] if either is not None else [])

    def repeat(self, least: int, most: int, items: Any, flags: int) -> _Found:
        inner, inner_needs = self.sequence(items, flags)
        needs: list[Words] = []
        if least > 0:
            needs += inner_needs
            at_least = _power(inner, least) if inner is not None else None
            if at_least is not None:
                needs.append(at_least)
        exact = None
        if inner is not None and most <= MAX_TIMES:
            spelled = [_power(inner, n) for n in range(least, most + 1)]
            if all(s is not None for s in spelled):
                exact = _union([s for s in spelled if s is not None])
        return exact, needs


# --------------------------------------------------------------------------- first and last characters

#: A character class the parser writes: negated or not, and its items (literals, ranges,
#: categories), matched with regard to case.
Atom = tuple[bool, tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class Chars:
    """Characters: those of ``plain``, any character with a case if ``cased``, and those one
    of ``atoms`` takes."""

    plain: frozenset[str] = frozenset()
    cased: bool = False
    atoms: tuple[Atom, ...] = ()

    def __or__(self, other: Chars) -> Chars:
        return Chars(self.plain | other.plain, self.cased or other.cased,
                     tuple(dict.fromkeys(self.atoms + other.atoms)))

    def takes(self, char: str) -> bool:
        """Might one of these match ``char``?"""
        return (char in self.plain or (self.cased and bool(_sre.unicode_iscased(ord(char))))
                or any(takes(atom, char) for atom in self.atoms))


_NONE = Chars()

_CATEGORIES = {
    _C.CATEGORY_DIGIT: str.isdecimal,
    _C.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    _C.CATEGORY_SPACE: str.isspace,
    _C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    _C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    _C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _has(item: Any, char: str) -> bool:
    op, av = item
    if op is _C.LITERAL:
        return char == chr(av)
    if op is _C.RANGE:
        return bool(av[0] <= ord(char) <= av[1])
    return bool(_CATEGORIES[av](char))


def takes(atom: Atom, char: str) -> bool:
    """Does the class ``atom`` take ``char``?"""
    negated, items = atom
    return any(_has(item, char) for item in items) != negated


def _class(negated: bool, items: Any, flags: int) -> Chars | None:
    """The characters of a class; without regard to case, any character with a case is taken
    besides (of those that have none the class takes the same); None: any character (an
    ASCII class with a category or negated — narrower than the Unicode one — or a category not
    known)."""
    cased = bool(flags & _IGNORECASE)
    if any(op is not _C.LITERAL and op is not _C.RANGE
           and not (op is _C.CATEGORY and av in _CATEGORIES and not flags & _ASCII) for op, av in items):
        return None
    if negated:
        return None if flags & _ASCII else Chars(cased=cased, atoms=((True, tuple(items)),))
    plain = frozenset(chr(av) for op, av in items if op is _C.LITERAL)
    others = tuple(item for item in items if item[0] is not _C.LITERAL)
    return Chars(plain, cased, ((False, others),) if others else ())


@dataclass(slots=True)
class Ends:
    """Patterns (each a bit of a mask) by the characters their matches may begin (or end) with:
    ``anyway`` the mask of those that may begin with any character, ``plain`` of those that may
    begin with a character, ``cased`` of those that may begin with any character with a case,
    ``atoms`` of those that may begin with a character a class takes.  A character no class
    names as a literal is taken or not by each class as any other character in the same
    ranges and categories (its ``signature``), so the classes are asked once for all such
    characters; ``seen`` keeps the masks found, by character and by signature."""

    anyway: int = 0
    plain: dict[str, int] = field(default_factory=dict)
    cased: int = 0
    atoms: dict[Atom, int] = field(default_factory=dict)
    named: set[str] = field(default_factory=set)       # the literals of the classes
    ranges: list[tuple[int, int]] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)
    alike: dict[tuple[bool, ...], int] = field(default_factory=dict)

    def add(self, chars_: Chars | None, bit: int) -> None:
        if chars_ is None:
            self.anyway |= bit
            return
        for char in chars_.plain:
            self.plain[char] = self.plain.get(char, 0) | bit
        if chars_.cased:
            self.cased |= bit
        for atom in chars_.atoms:
            self.atoms[atom] = self.atoms.get(atom, 0) | bit
            for op, av in atom[1]:
                if op is _C.LITERAL:
                    self.named.add(chr(av))
                elif op is _C.RANGE and av not in self.ranges:
                    self.ranges.append(av)

    def mask(self, char: str) -> int:
        """The mask of the patterns whose matches may begin with ``char``."""
        found = self.seen.get(char)
        if found is None:
            found = self.anyway | self.plain.get(char, 0)
            if self.cased and _sre.unicode_iscased(ord(char)):
                found |= self.cased
            if char in self.named:
                found |= self._classes(char)
            else:
                code = ord(char)
                signature = (char.isspace(), char.isdecimal(), char.isalnum() or char == "_",
                             *(lo <= code <= hi for lo, hi in self.ranges))
                classes = self.alike.get(signature)
                if classes is None:
                    classes = self.alike[signature] = self._classes(char)
                found |= classes
            self.seen[char] = found
        return found

    def _classes(self, char: str) -> int:
        found = 0
        for atom, bits in self.atoms.items():
            if takes(atom, char):
                found |= bits
        return found


def _edge(items: Any, flags: int, last: bool) -> tuple[Chars | None, bool]:
    """The characters a match of ``items`` may begin with (``last``: end with; None: any), and
    whether it may be empty."""
    found: Chars | None = _NONE
    for op, av in (reversed(_data(items)) if last else _data(items)):
        chars_, empty = _edge_item(op, av, flags, last)
        found = None if found is None or chars_ is None else found | chars_
        if not empty or found is None:
            return found, empty
    return found, True


def _edge_item(op: Any, av: Any, flags: int, last: bool) -> tuple[Chars | None, bool]:
    if op is _C.LITERAL:
        return _class(False, [(op, av)], flags), False
    if op is _C.NOT_LITERAL:
        return _class(True, [(_C.LITERAL, av)], flags), False
    if op is _C.IN:
        negated = bool(av) and av[0][0] is _C.NEGATE
        return _class(negated, av[1:] if negated else av, flags), False
    if op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT:
        return _NONE, True
    if op is _C.SUBPATTERN:
        _group, add, drop, inner = av
        return _edge(inner, (flags | add) & ~drop, last)
    if op is _C.ATOMIC_GROUP:
        return _edge(av, flags, last)
    if op is _C.BRANCH:
        found: Chars | None = _NONE
        empty = False
        for alternative in av[1]:
            chars_, may = _edge(alternative, flags, last)
            found = None if found is None or chars_ is None else found | chars_
            empty = empty or may
        return found, empty
    if op in _REPEATS:
        least, most, inner = av
        if most == 0:
            return _NONE, True
        chars_, empty = _edge(inner, flags, last)
        return chars_, empty or least == 0
    return None, True  # any character (.), a group's text again …


# --------------------------------------------------------------------------- all of it

@dataclass(frozen=True, slots=True)
class Facts:
    """What is known of every match of a pattern: the sets of strings it holds one each of
    (least often held first), the fewest and most characters it spans, and the characters one
    that is not empty may begin and end with (None: any)."""

    needs: tuple[Words, ...]
    shortest: int
    longest: int
    first: Chars | None
    last: Chars | None


def facts(pattern: str, rarity: dict[str, float] | None = None, default: float = 0.001,
          flags: int = 0) -> Facts:
    """What is known of every match of ``pattern`` (compiled with ``flags``; see
    :class:`Reader`)."""
    return Reader(rarity, default).facts(pattern, flags)
