"""What the DOCX font table says about each font it names — and where an office without
that font should look instead.

A word processor that lacks a font the document names looks first at the entry's
alternative names (``w:altName``, ECMA-376 Part 1 §17.8.3.1), then picks a substitute by the
entry's character set, PANOSE number, family, pitch and Unicode and code-page ranges
(``w:sig``).  The descriptors below are the values these fonts carry in their ``OS/2``
tables, as Word and WPS write them into the documents they save.  The alternatives lead to the faces a
stock Chinese Windows and a stock WPS install have — 仿宋, 楷体, 黑体, 宋体 and Times New
Roman — and never to another name of the same missing font: a Windows without 仿宋_GB2312
then sets the body in 仿宋 rather than in whatever face is nearest by PANOSE (仿宋, 楷体 and
黑体 share one PANOSE number, so the number alone may well pick 黑体).
"""

from __future__ import annotations

from ...style import Style
from ...style.schema import TYPEFACE_NAMES
from .ooxml import FontDescriptor, FontEntry

#: Word's character sets (``w:charset``, hexadecimal): GB2312 (simplified Chinese), ANSI.
GB2312, ANSI = "86", "00"

# ``w:sig``: Unicode ranges 0–3 and code-page ranges 0–1, as Word writes them.
#: The GB2312-only fonts of the 1990s (仿宋_GB2312, 楷体_GB2312): Latin, CJK, GB2312 code page.
_SIG_GB2312_ONLY = ("00000001", "080E0000", "00000010", "00000000", "00040000", "00000000")
#: 仿宋, 楷体 and 黑体 of Windows (simfang, simkai, simhei): also Latin-1 and the CJK extensions.
_SIG_WINDOWS_CJK = ("800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000")
#: 宋体 of Windows (simsun).
_SIG_SIMSUN = ("00000003", "288F0000", "00000016", "00000000", "00040001", "00000000")
#: 方正 fonts (小标宋, the _GBK families): CJK, GB2312 code page.
_SIG_FOUNDER = ("00000001", "080E0000", "00000000", "00000000", "00040000", "00000000")
#: Times New Roman of Windows 10 and later.
_SIG_TIMES = ("E0002EFF", "C000785B", "00000009", "00000000", "000001FF", "00000000")

# PANOSE numbers (``w:panose1``) as the fonts carry them.
_PANOSE_GB2312_ONLY = "02010609030101010101"
_PANOSE_WINDOWS_CJK = "02010609060101010101"
_PANOSE_SIMSUN = "02010600030101010101"
_PANOSE_FOUNDER = "03000509000000000000"
_PANOSE_TIMES = "02020603050405020304"

#: The faces every Chinese Windows and WPS install has: where alternatives may lead.
STOCK_FACES = ("仿宋", "楷体", "黑体", "宋体", "Times New Roman", "FangSong", "KaiTi", "SimHei", "SimSun")


def _gb2312_only(alternative: str) -> FontDescriptor:
    return FontDescriptor(GB2312, "modern", "fixed", _PANOSE_GB2312_ONLY, _SIG_GB2312_ONLY, alternative)


def _founder(alternative: str) -> FontDescriptor:
    return FontDescriptor(GB2312, "script", "default", _PANOSE_FOUNDER, _SIG_FOUNDER, alternative)


def _windows_cjk(alternative: str) -> FontDescriptor:
    return FontDescriptor(GB2312, "modern", "fixed", _PANOSE_WINDOWS_CJK, _SIG_WINDOWS_CJK, alternative)


#: Font name → its descriptor, with the stock face an office without it should use.
DESCRIPTORS: dict[str, FontDescriptor] = {
    "仿宋_GB2312": _gb2312_only("仿宋"),
    "FangSong_GB2312": _gb2312_only("仿宋"),
    "楷体_GB2312": _gb2312_only("楷体"),
    "KaiTi_GB2312": _gb2312_only("楷体"),
    "方正小标宋简体": _founder("宋体"),        # no 小标宋 ships with Windows: the nearest serif face
    "方正小标宋_GBK": _founder("宋体"),
    "FZXiaoBiaoSong-B05S": _founder("宋体"),
    "FZXiaoBiaoSong-B05": _founder("宋体"),
    "方正仿宋_GBK": _founder("仿宋"),
    "方正楷体_GBK": _founder("楷体"),
    "方正黑体_GBK": _founder("黑体"),
    "仿宋": _windows_cjk("FangSong"),         # the same font's other name, as Word writes it
    "楷体": _windows_cjk("KaiTi"),
    "黑体": _windows_cjk("SimHei"),
    "宋体": FontDescriptor(GB2312, "auto", "variable", _PANOSE_SIMSUN, _SIG_SIMSUN, "SimSun"),
    "Times New Roman": FontDescriptor(ANSI, "roman", "variable", _PANOSE_TIMES, _SIG_TIMES, ""),
}


def descriptor(name: str, search: tuple[str, ...], east_asian: bool) -> FontDescriptor:
    """The descriptor of ``name``: Word's, where it is one of the fonts above; otherwise the
    character set and family of its script, and as alternative the first stock face among
    the preset's ``search`` families."""
    known = DESCRIPTORS.get(name)
    if known is not None:
        return known
    alternative = next((s for s in search if s in STOCK_FACES and s != name), "")
    if east_asian:
        return FontDescriptor(GB2312, "auto", "default", alternative=alternative)
    return FontDescriptor(ANSI, "roman", "variable", alternative=alternative)


def font_entries(style: Style) -> list[FontEntry]:
    """Every font the styles name, once, in the order of the preset's typefaces."""
    entries: dict[str, FontEntry] = {}
    for key in TYPEFACE_NAMES:
        face = style.typeface(key)
        if face.docx not in entries:
            entries[face.docx] = FontEntry(face.docx, descriptor(face.docx, face.search, key != "latin"))
    return list(entries.values())
