"""The page's metadata lines: ``来源：… 作者：… 发布时间：…`` under an article's title, and the
index fields of government information-disclosure pages (索引号, 发布机构, 文号, 发布日期 …) —
with colons, without them (an index table copied as text: ``文号 瑞政办〔2011〕129号 发布机构
…``), or as a label on a line of its own with its value on the next line.  Useful values go to
the metadata: source, author, the date published and the 发文字号.
"""

from __future__ import annotations

from ..parser import patterns as parser_patterns
from . import patterns as P
from .context import Context, Line
from .textrules import settled


def meta_lines(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop the page's metadata and index lines (来源, 作者, 发布时间, 责任编辑, 浏览次数,
    索引号, 发布机构, 文号 …), also a label alone with its value on the next line; keep the
    useful values (source, author, published, 文号) as metadata.

    Example::

        来源：网络  作者：心旷神怡  更新时间：2024-08-28  【字体：大 中 小】
        时间：2024年3月1日上午9时
        →
        时间：2024年3月1日上午9时

    Example::

        索引号 001008003004034/2011-204477 主题分类 综合类
        • 发文字号：
        (blank)
        瑞政办〔2011〕129号
        请在报送时注明文号、发布机构和发布日期。
        →
        (blank)
        请在报送时注明文号、发布机构和发布日期。
    """
    out = []
    label: str | None = None  # a label whose value may stand on the next line
    in_table = False          # the line before was a row of an index table
    for line in lines:
        text = settled(line.text)
        if not text:
            out.append(line)
            continue
        found = meta_fields(text, P.INDEX_MIN_FIELDS - in_table)
        in_table = found is not None
        if found is not None:
            _keep_values(found, ctx)
            ctx.drop(line, "page metadata line")
            label = _open_label(text)
        elif label is not None and _value_like(text):
            _keep_values({key: text for key in [P.META_LABELS[label]] if key}, ctx)
            ctx.drop(line, f"value of the page's {label} field")
            label = None
        else:
            out.append(line)
            label = None
    return out


def _keep_values(found: dict[str, str], ctx: Context) -> None:
    for key, value in found.items():
        ctx.meta.setdefault(key, value)


def meta_fields(text: str, index_fields: int = P.INDEX_MIN_FIELDS) -> dict[str, str] | None:
    """The fields of a line made only of ``label：value`` pairs (and chrome tokens such as
    ``【打印】``), or of ``index_fields`` or more index fields without colons (``文号
    瑞政办〔2011〕129号 发布机构 …``), or None.  A line of weak labels alone (``时间：…``) is not
    a metadata line."""
    text = P.LEADING_TOOLS.sub("", P.CHROME_TOKEN.sub(" ", text).strip(P.META_WRAPPERS))
    leading = P.META_LEADING_DATE.match(text)
    if leading:
        text = text[leading.end():]
    found = _colon_fields(text)
    if found is None and not leading:
        found = _spaced_fields(text, index_fields)
    if found is not None and leading:
        found.setdefault("published", leading.group("date"))
    return found


def _colon_fields(text: str) -> dict[str, str] | None:
    matches = list(P.META_FIELD.finditer(text))
    if not matches or text[: matches[0].start()].strip(P.META_WRAPPERS):
        return None
    labels = [m.group("label") for m in matches]
    if len(labels) < 2 and not any(label in P.META_STRONG for label in labels):
        return None
    return _values([(m.group("label"), m.group("value")) for m in matches])


def _spaced_fields(text: str, least: int) -> dict[str, str] | None:
    """Index fields without colons: at least ``least`` labels of the index table of a
    disclosure page, the first at the start, each standing apart with spaces; the text
    between two labels is the first one's value."""
    matches = list(P.INDEX_FIELD.finditer(text))
    if len(matches) < least or not matches or matches[0].start() != 0:
        return None
    ends = [m.start() for m in matches[1:]] + [len(text)]
    return _values([(m.group("label"), text[m.end():end]) for m, end in zip(matches, ends)])


def _values(fields: list[tuple[str, str]]) -> dict[str, str] | None:
    found: dict[str, str] = {}
    for label, raw in fields:
        value = raw.strip(P.META_WRAPPERS)
        if len(value) > P.META_MAX_VALUE or any(c in value for c in P.VALUE_SENTENCE_MARKS):
            return None  # a sentence, not a field value: this is body text
        key = P.META_LABELS[label]
        if key and value:
            found.setdefault(key, value)
    return found


def _open_label(text: str) -> str | None:
    """The label a metadata line ends with, without a value, when its value may stand on the
    next line (``• 发文字号：``)."""
    text = P.CHROME_TOKEN.sub(" ", text).strip(P.META_WRAPPERS.replace("：", ""))
    matches = list(P.META_FIELD.finditer(text))
    if not matches or matches[-1].group("value").strip(P.META_WRAPPERS):
        return None
    label = matches[-1].group("label")
    return label if label in P.VALUE_BELOW_LABELS else None


def _value_like(text: str) -> bool:
    """Could the line be the value of an index field: short, no sentence, no heading, no
    salutation — and no title of a document (``关于……的通知``), which may follow the index."""
    pp = parser_patterns
    return (len(text) <= P.META_MAX_VALUE and not any(c in text for c in P.VALUE_SENTENCE_MARKS)
            and text[-1] not in "：:" and pp.match_number(text) is None
            and not pp.ARTICLE.match(text) and not pp.SALUTATION.match(text)
            and not (len(text) >= P.TITLE_VALUE_MIN_CHARS
                     and (pp.GENRE.search(text) or pp.TITLE_ABOUT.match(text))))
