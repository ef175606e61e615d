"""Which of a preset's typefaces a font is: by the names the preset gives the typeface (the
name in the DOCX, the families searched, the bundled stand-in), by the PostScript names that
Word and WPS write into PDFs for the common Chinese fonts, and, for a font none of these
names, by the words its name is made of (仿宋, FangSong, 楷, Kai …)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..style import Style
from ..style.schema import TYPEFACE_NAMES, TypefaceName

#: PostScript names (as PDFs name their fonts) of fonts the presets name by family.
POSTSCRIPT_NAMES: dict[str, tuple[str, ...]] = {
    "仿宋_GB2312": ("FangSong_GB2312",), "仿宋": ("FangSong",), "楷体_GB2312": ("KaiTi_GB2312",),
    "楷体": ("KaiTi",), "黑体": ("SimHei",), "宋体": ("SimSun",), "新宋体": ("NSimSun",),
    "方正小标宋简体": ("FZXBSJW--GB1-0", "FZXiaoBiaoSong-B05S"), "方正小标宋_GBK": ("FZXBSK--GBK1-0",),
    "方正仿宋_GBK": ("FZFSK--GBK1-0",), "方正楷体_GBK": ("FZKTK--GBK1-0",), "方正黑体_GBK": ("FZHTK--GBK1-0",),
    "Times New Roman": ("TimesNewRomanPSMT", "TimesNewRoman", "TimesNewRomanPS"),
}
#: Words that name a typeface inside a font's name, tried in this order (小标宋 before 宋).
KEYWORDS: tuple[tuple[TypefaceName, tuple[str, ...]], ...] = (
    ("title", ("小标宋", "xiaobiaosong", "fzxbs")),
    ("fangsong", ("仿宋", "fangsong", "fzfs")),
    ("kaiti", ("楷", "kaiti", "fzkt")),
    ("heiti", ("黑", "simhei", "heiti", "fzht")),
    ("songti", ("宋", "simsun", "songti", "stsong")),
    ("latin", ("times",)),
)


def normal(name: str) -> str:
    """A font name compared: without subset prefix, style suffix after a comma, spaces, and
    letter case."""
    name = name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name
    return "".join(name.split(",", 1)[0].split()).casefold()


@cache
def _names(style: Style, typeface: TypefaceName) -> frozenset[str]:
    spec = style.typeface(typeface)
    names = {spec.docx, *spec.search}
    if spec.font and "/" not in spec.font and "." not in spec.font:
        names.add(spec.font)
    for bundled in (spec.bundled, spec.bundled_bold):
        if bundled:
            stem = Path(bundled).stem
            names.update((stem, stem.removesuffix("-Regular")))
    names.update(ps for name in list(names) for ps in POSTSCRIPT_NAMES.get(name, ()))
    return frozenset(normal(n) for n in names if n)


def typefaces_of(font: str, style: Style) -> set[TypefaceName]:
    """The preset's typefaces that ``font`` may be: by name, else by keyword."""
    key = normal(font)
    bare = key.removesuffix("-regular")
    named = {t for t in TYPEFACE_NAMES if key in _names(style, t) or bare in _names(style, t)}
    if named:
        return named
    return next(({t} for t, words in KEYWORDS if any(w in key for w in words)), set())


def describe(style: Style, typeface: TypefaceName) -> str:
    """``仿宋 (仿宋_GB2312)``: the typeface as a reader knows it."""
    shown = {"title": "小标宋", "fangsong": "仿宋", "kaiti": "楷体", "heiti": "黑体", "songti": "宋体",
             "latin": "Times New Roman"}[typeface]
    docx = style.typeface(typeface).docx
    return shown if docx == shown else f"{shown} ({docx})"
