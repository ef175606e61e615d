"""The two forms of the page, each built from one list: the document's header fields (sent as
``overrides=Meta(...)``) and the style values offered (sent as ``settings=("key=value", …)``).

Adding a field is adding a line here: a :class:`HeaderField` whose ``key`` is a field of
:class:`docgen.model.Meta`, or a :class:`StyleValue` whose ``key`` is a preset key of
``docgen styles show``.  Nothing else accepts a key from the browser: a setting whose key is not
in :data:`STYLE_VALUES` is refused, since a preset key can name a font *file* to read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from ..model import Meta

# --------------------------------------------------------------------------- header fields


@dataclass(frozen=True, slots=True)
class HeaderField:
    """One field of the document form: a :class:`~docgen.model.Meta` field the user may set."""

    key: str
    zh: str
    en: str
    example_zh: str = ""
    example_en: str = ""


#: The header fields offered, in the order shown.  A field whose key :class:`Meta` does not have
#: (yet) is left out of the form, so 签发人 or 密级 can be listed here before the model has them.
_HEADER_FIELDS = (
    HeaderField("title", "标题", "Title"),
    HeaderField("subtitle", "副标题", "Subtitle", "——在……会议上的讲话", "——speech at …"),
    HeaderField("date", "日期", "Date", "2024年6月12日", "2024年6月12日"),
    HeaderField("speaker", "讲话人", "Speaker", "县委书记 张三", "县委书记 张三"),
    HeaderField("issuer", "发文机关", "Issuing body", "××县人民政府办公室", "××县人民政府办公室"),
    HeaderField("document_number", "发文字号", "Document number", "×政办发〔2024〕1号",
                "×政办发〔2024〕1号"),
    HeaderField("signer", "签发人", "Signer"),
    HeaderField("classification", "密级", "Classification"),
)

_META_KEYS = frozenset(f.name for f in fields(Meta))
HEADER_FIELDS: tuple[HeaderField, ...] = tuple(f for f in _HEADER_FIELDS if f.key in _META_KEYS)
HEADER_KEYS = frozenset(f.key for f in HEADER_FIELDS)

#: Longest value accepted for one header field.
MAX_FIELD_CHARS = 300


def overrides_meta(values: dict[str, str]) -> Meta | None:
    """The :class:`Meta` of the fields the user filled in, or None when none is."""
    given = {k: v.strip() for k, v in values.items() if k in HEADER_KEYS and v and v.strip()}
    return Meta(**given) if given else None


# --------------------------------------------------------------------------- style values


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class StyleValue:
    """One style value offered on the page.

    ``kind``: ``"mm"`` a length typed in millimetres (a bare number gets ``mm``; ``35mm`` or
    ``3.5cm`` is taken as written), ``"size"`` a font size (三号, 16pt), ``"count"`` a whole number,
    ``"choice"`` one of ``choices``.  ``current`` reads the preset's value from a loaded
    :class:`~docgen.style.Style`, shown as the field's placeholder.
    """

    key: str
    group: str
    kind: str
    zh: str
    en: str
    current: Callable[[Any], str]
    choices: tuple[Choice, ...] = ()
    suggestions: tuple[str, ...] = field(default=())


_PT_PER_MM = 72 / 25.4

#: Chinese font size names and their points (GB/T 9704 names; as docgen's units module).
SIZE_NAMES = (("二号", 22.0), ("小二", 18.0), ("三号", 16.0), ("小三", 15.0), ("四号", 14.0),
              ("小四", 12.0))


def _mm(points: float) -> str:
    return f"{points / _PT_PER_MM:.1f}".removesuffix(".0")


def _size(points: float) -> str:
    for name, value in SIZE_NAMES:
        if abs(points - value) < 0.01:
            return name
    return f"{points:g}pt"


STYLE_VALUES: tuple[StyleValue, ...] = (
    StyleValue("page.margins.top", "margins", "mm", "上边距（天头）", "Top margin",
               lambda s: _mm(s.page.margins.top)),
    StyleValue("page.margins.bottom", "margins", "mm", "下边距", "Bottom margin",
               lambda s: _mm(s.page.margins.bottom)),
    StyleValue("page.margins.left", "margins", "mm", "左边距（订口）", "Left margin",
               lambda s: _mm(s.page.margins.left)),
    StyleValue("page.margins.right", "margins", "mm", "右边距", "Right margin",
               lambda s: _mm(s.page.margins.right)),
    StyleValue("body.size", "text", "size", "正文字号", "Body size",
               lambda s: _size(s.roles.body.size), suggestions=tuple(n for n, _ in SIZE_NAMES)),
    StyleValue("grid.lines", "text", "count", "每页行数", "Lines per page",
               lambda s: str(s.grid.lines)),
    StyleValue("grid.chars", "text", "count", "每行字数", "Characters per line",
               lambda s: str(s.grid.chars)),
    StyleValue("page_number.placement", "page_number", "choice", "页码位置", "Page number position",
               lambda s: s.page_number.placement,
               choices=(Choice("outside", "单页居右、双页居左", "outside (odd right, even left)"),
                        Choice("center", "居中", "centred"),
                        Choice("right", "居右", "right"),
                        Choice("left", "居左", "left"),
                        Choice("none", "不印页码", "none"))),
    StyleValue("page_number.format", "page_number", "choice", "页码样式", "Page number style",
               lambda s: s.page_number.format,
               choices=(Choice("— {page} —", "— 1 —", "— 1 —"),
                        Choice("- {page} -", "- 1 -", "- 1 -"),
                        Choice("{page}", "1", "1"),
                        Choice("第{page}页", "第1页", "第1页"))),
)

STYLE_KEYS = {v.key: v for v in STYLE_VALUES}

#: Longest value accepted for one style value.
MAX_VALUE_CHARS = 40
_NUMBER = re.compile(r"\d+(\.\d+)?")


def style_settings(values: dict[str, str]) -> tuple[str, ...]:
    """``key=value`` settings for :func:`docgen.api.render` from the form's values, in the order
    of :data:`STYLE_VALUES`.  Empty values (the preset's own) are left out.

    Raises ``KeyError`` with the key for a key not offered and ``ValueError`` for a value
    that is too long or not one line (docgen itself checks the rest and says what is allowed)."""
    for key in values:
        if key not in STYLE_KEYS:
            raise KeyError(key)
    out = []
    for spec in STYLE_VALUES:
        raw = values.get(spec.key)
        if raw is None or not str(raw).strip():
            continue
        value = str(raw).strip()
        if len(value) > MAX_VALUE_CHARS or any(ch in value for ch in "\r\n\0"):
            raise ValueError(spec.key)
        if spec.kind == "mm" and _NUMBER.fullmatch(value):
            value += "mm"
        out.append(f"{spec.key}={value}")
    return tuple(out)


def preset_values(style: Any) -> dict[str, str]:
    """The preset's own value of each style value, as shown in the form."""
    return {spec.key: spec.current(style) for spec in STYLE_VALUES}

