"""Site chrome as data: the families of lines that web pages print around a document
(navigation, bylines, page tools, sharing rows, related-article lists, comments, footers),
read from ``chrome.toml`` beside this module.

Each family names what its lines are, holds the patterns that recognise them, and says where
they are chrome: ``line`` families wherever they stand (the cleaner's ``chrome`` rule drops
them), ``page`` families only outside the main text of a whole page (the ``page-body`` rule
drops them there and counts them as a sign that a text is a whole page).  The file's examples
are run by the tests, its counter-examples too.

Compiling is what costs here (a character class spanning the CJK ideographs, U+4E00 to
U+9FFF, takes about half a millisecond each time it stands in a pattern), and so does trying
some six hundred patterns on every line, so a process pays only for what it uses: a sieve
reads from each pattern (parsed, not compiled: :mod:`docgen.shapes.prefilter`) how long its
lines may be, what they may begin and end with and strings they must hold, tells most lines
apart at a glance by these, and tries on a line only the few patterns they leave — each
compiled the first time a line gets through to it.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache, reduce
from importlib import resources
from operator import or_
from typing import Literal

from .. import chars
from . import prefilter
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

    def fits(self, text: str) -> bool:
        """Does ``text`` (folded) ask nothing the family refuses beyond its patterns (no more
        characters than its most, no sentence when it wants none)?"""
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        return not (self.no_sentence and chars.ends_sentence(text))

    def matches_folded(self, text: str) -> bool:
        """:meth:`matches` for a line folded already."""
        if not self.fits(text):
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
#: an ideograph.  (The pattern begins with the bracket and looks behind it for the ideograph:
#: so written, a line is searched for its brackets, not tried at every character.)
PINYIN_GLOSS = re.compile(r"[(（](?<=[\u4e00-\u9fff][(（])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


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
    in simplified characters, recognises a line of a page in either script.  (A line with none
    of them, most, is returned as it is after one look for them.)"""
    return text.translate(_fold_table()) if _foldable().search(text) else text


@cache
def _foldable() -> re.Pattern[str]:
    """Any character of the table of :func:`fold`."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_fold_table())) + "]")


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
    bars and spaces at its ends.  (A line with none of the strings every chrome token holds one
    of is not searched.)"""
    words = _token_words()
    if words is None or any(w in text for w in words):
        text = CHROME_TOKEN.sub("", text)
    return text.strip(_EDGES)


@cache
def _token_words() -> tuple[str, ...] | None:
    """Strings one of which every chrome token holds (None: none known)."""
    found = [n for n in prefilter.facts(CHROME_TOKEN.pattern, flags=CHROME_TOKEN.flags).needs if not n.folded]
    return tuple(sorted(found[0].words)) if found else None


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
    rest, matched = _matched(text)
    if not rest:
        return next((f for f in families() if f.scope in scopes and f.name == TOOLS_FAMILY), None)
    every = families()
    for entry in matched:
        family = every[entry.family]
        if family.scope in scopes and family.fits(rest):
            return family
    return None


@lru_cache(maxsize=8192)
def _matched(text: str) -> tuple[str, tuple[_Entry, ...]]:
    """The line as the families judge it (see :func:`family_of`) and the patterns, in the order
    of the file, that match it, whatever their scope: the cleaner asks about a line for one set
    of scopes and for another, and the patterns are tried once.  Only the patterns of the
    families that take a line of its length and its end are tried (see :class:`_Fits`): a
    paragraph of prose is past the length of most families and ends a sentence."""
    rest = bare(fold(unglossed(text)))
    if rest.startswith("??"):
        rest = LOST_INDENT.sub("", rest)
    if not rest:
        return rest, ()
    fitting = _fitting().mask(rest)
    return rest, tuple(entry for entry in _sieve().candidates(rest, fitting) if entry.matches(rest))  # most lines: none


@dataclass(frozen=True, slots=True)
class _Fits:
    """The patterns of the sieve (bits as in :class:`_Sieve`) whose family can take a line by
    what it asks beyond its patterns (:meth:`Family.fits`): ``by_length`` the masks of those
    whose families take a line of so many characters (``lengths`` where they change, as in the
    sieve), ``sentence`` of those whose families take a line that ends a sentence.  A pattern
    of a family that refuses the line need not be tried: :func:`family_of` would pass over
    its family all the same."""

    lengths: tuple[int, ...]
    by_length: tuple[int, ...]
    sentence: int

    def mask(self, text: str) -> int:
        """The patterns whose family :meth:`Family.fits` ``text``."""
        mask = self.by_length[bisect_right(self.lengths, len(text))]
        return mask & self.sentence if chars.ends_sentence(text) else mask


@cache
def _fitting() -> _Fits:
    every = families()
    limits = [every[entry.family].max_chars for entry in _sieve().entries]  # None: no limit
    lengths = tuple(sorted({m + 1 for m in limits if m is not None}))  # m + 1 characters: past m
    by_length = tuple(_bits(m is None or m >= n for m in limits) for n in (0, *lengths))
    sentence = _bits(not every[entry.family].no_sentence for entry in _sieve().entries)
    return _Fits(lengths, by_length, sentence)


def _bits(flags: Iterable[bool]) -> int:
    """The mask of the places of ``flags`` that are true."""
    return sum(1 << i for i, flag in enumerate(flags) if flag)


@cache
def _pattern(source: str) -> re.Pattern[str]:
    """One pattern of the file, compiled (folded as the lines it matches are) the first time it
    is asked for — by the sieve or by its family."""
    return re.compile(fold(source))


@cache
def _compiled(sources: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(_pattern(source) for source in sources)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One pattern in the sieve: the family it is of (its place in the file), how it is
    matched, and sets of strings — each with whether it is compared with the line lowered — of
    which a line it matches holds one each (beyond those the sieve finds it by)."""

    family: int
    source: str
    search: bool
    checks: tuple[tuple[tuple[str, ...], bool], ...]

    def matches(self, text: str) -> bool:
        pattern = _pattern(self.source)
        return bool(pattern.search(text) if self.search else pattern.fullmatch(text))


@dataclass(frozen=True, slots=True)
class _Sieve:
    """Every family's patterns, each a bit of a mask, and what tells at a glance that a line
    is of none of them: its length (``lengths``: where the set of patterns that may match a
    line of so many characters changes, ``by_length`` their masks, one more than there are
    lengths), its first and last characters (``first``, ``last``: what the matches of each
    pattern may begin and end with), and, for the patterns of ``keyed``, a string it holds:
    ``keys`` finds the characters of a line (lowered) that lead in ``index`` to the mask of
    the patterns found by a string that holds the character and to the strings — a string,
    whether it is compared lowered, the mask of the patterns whose line holds it or another
    string of the same set.  A line that none of the patterns matches is of no family (what
    a family asks beyond its patterns — length, no sentence — only narrows it)."""

    entries: tuple[_Entry, ...]
    lengths: tuple[int, ...]
    by_length: tuple[int, ...]
    first: prefilter.Ends
    last: prefilter.Ends
    keyed: int
    keys: re.Pattern[str] | None
    index: dict[str, tuple[int, tuple[tuple[str, bool, int], ...]]]

    def candidates(self, text: str, among: int = -1) -> list[_Entry]:
        """The patterns that might match ``text``, in the order of the file (the others
        cannot), among those of the mask ``among`` (all of them by default)."""
        mask = self.by_length[bisect_right(self.lengths, len(text))] & among
        if mask and text:
            mask &= self.first.mask(text[0])
            if mask:
                mask &= self.last.mask(text[-1])
        if not mask:
            return []
        low = text.lower()
        if mask & self.keyed and self.keys is not None:
            held = ~self.keyed
            index = self.index
            for key in set(self.keys.findall(low)):
                bits, words = index[key]
                if bits & mask:
                    for word, folded, bits in words:
                        if word in (low if folded else text):
                            held |= bits
            mask &= held
        found = []
        entries = self.entries
        while mask:
            bit = mask & -mask
            mask ^= bit
            entry = entries[bit.bit_length() - 1]
            for strings, lowered in entry.checks:
                within = low if lowered else text
                for string in strings:
                    if string in within:
                        break
                else:
                    break  # the line holds none of these strings
            else:
                found.append(entry)
        return found

    def matches(self, text: str) -> bool:
        """Does one of the patterns match ``text``?"""
        return any(entry.matches(text) for entry in self.candidates(text))


#: The characters that ordinary Chinese prose uses most, by the share of the lines of official
#: texts that hold each (lowered): in at least a fifth of them, a twentieth, a hundredth.  The
#: sieve finds a pattern by the rarest character of what its lines hold; a character not named
#: here is taken as rarer than all of these.
_COMMON: tuple[tuple[float, str], ...] = (
    (0.2,
        "“、。一不业中为主义产人代以会位体作保党全共关创制力加务动化发各合同和善"
        "国在坚基增大好完定实家对导展工平度建开强性成我持推提改政新方是有本机民治"
        "深现理生用的社等系经统能行要设进重面领高（），"
     ),
    (0.05,
        ".01234568—”万三上下与专世两严个举之习乡了争事二于互五交享从们"
        "件价任企众优伟传使供依促信做健充先入公兴其具养内军农决准出分切划则利别到"
        "前办功励势区十升华协单历原县参及反取变口可台史后向员命品商四团围固地场型"
        "城域培境处备复外多央头奋委子字学安室富小就局层居市带常干年并广序应底府康"
        "式引当形彻律得心必志快念态思总息情想意战所才打执扩批技把抓投护指按挥振据"
        "接控支收攻放效教数整文斗断施族时明显智更最服期术权村条来极构果标核根格模"
        "次正步水求法活流济海清源点然照牢物牵特率环电界略益监目相省着知研础确神科"
        "积程稳突立第策筹管类精级线组织终结给络继续维综网置美群考而职联聚育自色节"
        "范营落融观规解计认论识调负责质贯费资起路践身转过运近这通造道部配量金针长"
        "门问队防际险障难集需革项须题风：；"
     ),
    (0.01,
        "%79cepr《》七东丰临丽久么九也书乱予云些京亲亿什今他付伍伐休估伴但"
        "低住何例侧侨便修候倡债值储儿元光克八六兼再写冲况净减凝击列初判刻助努劳勇"
        "勤包北医千南卫印危厅厉压去又友双受只召号司名听启吸告周响器回因园困土均块"
        "坝塑士壮够天失夺奉奖套女如妇始威存守宏宗官宜审宣宪害容宽密察将尊少尽届属"
        "履山岗岸崇州巨巩差己已布师帜帮幅幸库废庭廉延弘张弱归录影往征径待很循微德"
        "徽忠急恢患惠惩感愿慧懈或户房手扎托扬扶承抗报担拓招拥择括挑换掌排探措握援"
        "搞摇撑播救敢料旅旗无既日旨易普景月望未杂材束松板析林染查树校样案梦检款止"
        "武殊残段每比气永汇江污没河泛注洁洋派测消涉渠港游湖湾满澳激灵灾热焦爱状独"
        "献班球田由申畅留疗疫疾病百盖直盾看真眼督矛矩短石破硬碳示祖禁福离秀私种秩"
        "移税稿究空站竞章端符筑答简算粮素索紧累繁纠红约纪纳细绕绝绩绿编缩署老者耕"
        "肃肥胜胞脑脱腐至致航良艰苦草荣药获著薄血衔衡补表裂装裕西覆见视觉言警让训"
        "议记讲许证评试诚话误说请课谋谐象贡财败货贫购贷贸赋赢走超越足跃跟跨车轮软"
        "载较输边达迈还远违连追退适选逐途速遇遏遵都醒采里铁银链销锋错键镇间阶阻阿"
        "降限院除隐零青非靠顺顾预额飞食首香马驱验骨黑鼓齐龙﹒！．"
     ),
)
_RARE = 0.002


@cache
def _rarity() -> dict[str, float]:
    """The share of the lines of ordinary prose that hold a character (see ``_COMMON``)."""
    return {char: share for share, chars_ in reversed(_COMMON) for char in chars_}


def _key(word: str, folded: bool, rarity: dict[str, float]) -> str | None:
    """The character of ``word`` a line is looked up by (lowered: the sieve looks at the
    characters of a line lowered), its rarest, or None if none can be."""
    found, least = None, 2.0
    for char in word:
        if not folded:
            if not prefilter.foldable(char):
                continue
            char = char.lower()
        share = rarity.get(char, _RARE)
        if share < least or (share == least and found is not None and char < found):
            found, least = char, share
    return found


#: A pattern is found by the strings of which its line holds one when, by a rough count, no
#: more than this share of the lines of ordinary prose hold one (more common strings would
#: lead to it too often to be worth looking for first: its line is then only checked for them
#: once its length and ends have let it through); at most ``_CHECKED`` more of its sets of
#: strings are checked for then.
_KEYED = 0.1
_CHECKED = 2


@cache
def _sieve() -> _Sieve:
    """The sieve of every family, whatever its scope: a line it lets through is looked at family
    by family (in the scopes asked for), so one sieve serves every set of scopes."""
    rarity = _rarity()
    reader = prefilter.Reader(rarity, _RARE)
    entries: list[_Entry] = []
    spans: list[tuple[int, int]] = []
    first, last = prefilter.Ends(), prefilter.Ends()
    keyed = 0
    index: dict[str, dict[tuple[str, bool], int]] = {}
    for number, family in enumerate(families()):
        for source in family.sources:
            facts = reader.facts(fold(source))
            bit = 1 << len(entries)
            by = facts.needs[0] if facts.needs and reader.cost(facts.needs[0]) <= _KEYED else None
            keys = {w: _key(w, by.folded, rarity) for w in by.words} if by is not None else {}
            if by is not None and all(keys.values()):
                keyed |= bit
                for word, key in keys.items():
                    assert key is not None
                    slot = index.setdefault(key, {})
                    slot[word, by.folded] = slot.get((word, by.folded), 0) | bit
            else:
                by = None
            checks = [n for n in facts.needs if n is not by][:_CHECKED]
            entries.append(_Entry(number, source, family.search,
                                  tuple((tuple(sorted(n.words)), n.folded) for n in checks)))
            spans.append((facts.shortest, prefilter.MAX_WIDTH if family.search else facts.longest))
            first.add(None if family.search else facts.first, bit)
            last.add(None if family.search else facts.last, bit)
    changes: dict[int, int] = {}  # at a length, the bits of the patterns that begin or end to fit
    for i, (shortest, longest) in enumerate(spans):
        changes[shortest] = changes.get(shortest, 0) ^ 1 << i
        changes[longest + 1] = changes.get(longest + 1, 0) ^ 1 << i
    lengths = sorted(changes)
    by_length = [0]
    for n in lengths:
        by_length.append(by_length[-1] ^ changes[n])
    return _Sieve(
        tuple(entries), tuple(lengths), tuple(by_length),
        first, last, keyed,
        re.compile("[" + "".join(re.escape(k) for k in sorted(index)) + "]") if index else None,
        {k: (reduce(or_, v.values()), tuple((w, f, bits) for (w, f), bits in v.items())) for k, v in index.items()})
