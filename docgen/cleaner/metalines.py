"""The page's metadata lines: ``来源：… 作者：… 发布时间：…`` under an article's title, and the
index fields of government information-disclosure pages (索引号, 发布机构, 文号, 发布日期 …) —
with colons, without them (an index table copied as text: ``文号 瑞政办〔2011〕129号 发布机构
…``), or as a label on a line of its own with its value on the next line.  Useful values go to
the metadata: source, author, the date published and the 发文字号.  Also the lines a page
prints with them: a list of its archive's years (``• 2018`` / ``• 2019`` …) and the name of
the service that issued a press release, under its time of issue.
"""

from __future__ import annotations

from ..shapes import Line
from ..shapes import meta as M
from ..shapes.chrome import family_of
from ..shapes.meta import index_value_like, meta_fields
from . import patterns as P
from .context import Context
from .pagejudge import text_above, text_below
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

    A line of a date alone under a weak label (``日期：2014年03月19日``) goes when a metadata
    line stands right above or below it: the page's block of fields under an article.

    Example::

        来源：某某网
        日期：2014年03月19日
        时间：2024年3月1日
        地点：县政府三楼会议室
        →
        时间：2024年3月1日
        地点：县政府三楼会议室

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
    dated = _dates_by_fields(lines) | _template_block(lines)
    column = _label_column(lines, ctx) | _archive_years(lines) | _release_service(lines) | _bulleted_byline(lines)
    column |= _glued_record(lines) | _writer_under_headline(lines) | _poster_label(lines)
    own = _own_subject_lines(lines) | _appended_authors(lines)
    for i, line in enumerate(lines):
        text = settled(line.text)
        if not text:
            out.append(line)
            continue
        if i in dated:
            ctx.drop(line, "date line of the page's block of metadata fields")
            continue
        if i in column:
            ctx.drop(line, column[i])
            continue
        found = None if i in own else meta_fields(text, M.INDEX_MIN_FIELDS - in_table)
        in_table = found is not None
        if found is not None:
            _keep_values(found, ctx)
            ctx.drop(line, "page metadata line")
            label = _open_label(text)
        elif label is not None and index_value_like(text) and _fits(label, text):
            _keep_values({key: text for key in [M.META_LABELS[label]] if key}, ctx)
            ctx.drop(line, f"value of the page's {label} field")
            label = None
        else:
            out.append(line)
            label = None
    return out


def _fits(label: str, text: str) -> bool:
    """Could ``text`` be the value of the field ``label``: a date field's value holds a date —
    the date published, or any field whose label names a day (``成文日期``, ``生效日期``): an
    empty one of those over a headline does not take the headline for its value.  Nor does an
    empty source, author or date field take the notice's own number line under it
    (``信息来源：`` over ``某某物业(某小区[2018]014``): a document number is no name nor day."""
    key = M.META_LABELS.get(label)
    if key in M.NAME_OR_DAY_FIELDS and M.NUMBER_IN_VALUE.search(text):
        return False
    dated = key == "published" or label.endswith(M.DATE_LABEL_ENDS)
    return not dated or M.DATE_VALUE.search(text) is not None


def _own_subject_lines(lines: list[Line]) -> set[int]:
    """The indexes of the lines of a 公文's own 主题词 field alone (its version record), whose
    nearest lines above and below (blank lines passed over) are no metadata lines."""
    texts = [settled(line.text) for line in lines]
    return {i for i, text in enumerate(texts)
            if text and M.OWN_SUBJECT_LINE.fullmatch(text) and all(meta_fields(t) is None for t in _beside(texts, i))}


def _appended_authors(lines: list[Line]) -> set[int]:
    """The indexes of the author lines (``作者：某某``) right under the heading of a work appended
    to the text (``附《八十叙怀》``): the work's attribution, kept with it."""
    found = set()
    for i in range(1, len(lines)):
        if M.APPENDED_WORK.fullmatch(settled(lines[i - 1].text).strip()):
            fields = meta_fields(settled(lines[i].text))
            if fields is not None and set(fields) == {"author"}:
                found.add(i)
    return found


def _dates_by_fields(lines: list[Line]) -> set[int]:
    """The indexes of the lines of a date alone under a weak label (``日期：…``, ``时间：…``)
    whose nearest line above or below (blank lines passed over) is a metadata line."""
    texts = [settled(line.text) for line in lines]
    return {i for i, text in enumerate(texts)
            if text and M.WEAK_DATE_LINE.match(text) and any(meta_fields(t) is not None for t in _beside(texts, i))}


def _beside(texts: list[str], i: int) -> list[str]:
    """The texts of the nearest lines with text above and below line ``i`` (blank lines passed
    over), those there are."""
    return [t for t in (text_above(texts, i), text_below(texts, i)) if t]


def _label_column(lines: list[Line], ctx: Context) -> dict[int, str]:
    """The lines of a page's index copied as a column (see
    :data:`~docgen.shapes.meta.COLUMN_LABELS`), by index, with the reason each goes: a run of
    :data:`~docgen.shapes.meta.COLUMN_MIN_LABELS` or more labels alone on their lines, apart
    by blank lines or by one value each.  The line under the last label stays: its value may
    be the document itself (``内容描述`` over the title).  The values kept go to the
    metadata.

    Example::

        索取号
        0000000000/2020-00065
        载体类型
        发布机构
        某某委员会
        文件编号
        某建规〔2020〕8号
        内容描述
        关于某某的通知
        →
        关于某某的通知
    """
    found: dict[int, str] = {}
    run: list[int] = []       # the label lines of the run so far
    values: dict[int, int] = {}  # a value line -> the label line above it
    pending: int | None = None   # the line under the last label: its value if a label follows

    def close() -> None:
        if len(run) >= M.COLUMN_MIN_LABELS:
            found.update(dict.fromkeys(run, "label of the page's index (a column of labels and values)"))
            for i, label_at in values.items():
                label = settled(lines[label_at].text)
                _keep_values({key: settled(lines[i].text) for key in [M.META_LABELS.get(label)] if key}, ctx)
                found[i] = f"value of the page's {label} field"
        run.clear()
        values.clear()

    for i, line in enumerate(lines):
        text = settled(line.text)
        if not text:
            continue
        if text in M.COLUMN_LABELS:
            if pending is not None:
                values[pending] = run[-1]
            run.append(i)
            pending = None
        elif run and pending is None and index_value_like(text):  # under the last label
            pending = i
        else:
            pending = None
            close()
    close()
    return found


def _template_block(lines: list[Line]) -> set[int]:
    """The indexes of the lines of a block of a page's template fields (``学校: 某某中学`` /
    ``|`` / ``日期: 2017年09月28日``, see :data:`~docgen.shapes.meta.TEMPLATE_FIELD`): two or
    more fields written with the colon of a keyboard, apart only by blank lines or separators,
    one of them a date."""
    found: set[int] = set()
    block: list[int] = []
    for i, line in enumerate([*lines, Line(0, "。")]):
        text = line.text.strip()
        if not text or M.FIELD_SEPARATOR.match(text):
            continue
        if M.TEMPLATE_FIELD.match(text):
            block.append(i)
            continue
        if len(block) >= 2 and any(M.TEMPLATE_DATE.match(lines[k].text.strip()) for k in block):
            found.update(block)
        block = []
    return found


def _keep_values(found: dict[str, str], ctx: Context) -> None:
    for key, value in found.items():
        ctx.meta.setdefault(key, value)


def _open_label(text: str) -> str | None:
    """The label a metadata line ends with, without a value, when its value may stand on the
    next line (``• 发文字号：``)."""
    text = M.CHROME_TOKEN.sub(" ", text).strip(M.META_WRAPPERS.replace("：", ""))
    matches = list(M.field_pattern(text).finditer(text))
    if not matches or matches[-1].group("value").strip(M.META_WRAPPERS):
        return None
    label = M.label_key(matches[-1].group("label"))
    return label if label in M.VALUE_BELOW_LABELS else None


def _archive_years(lines: list[Line]) -> dict[int, str]:
    """The lines of a list of an archive's years (``• 2018`` / ``• 2019`` / ``• 2020`` …), by
    index: a run of :data:`~docgen.shapes.meta.ARCHIVE_MIN_YEARS` or more, apart only by blank
    lines."""
    found: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate([*lines, Line(0, "。")]):
        text = line.text.strip()
        if not text:
            continue
        if M.ARCHIVE_YEAR.match(text):
            run.append(i)
            continue
        if len(run) >= M.ARCHIVE_MIN_YEARS:
            found.update(dict.fromkeys(run, "a list of an archive's years"))
        run = []
    return found


def _release_service(lines: list[Line]) -> dict[int, str]:
    """The last line of a press release when it names the service that issued it, under the
    time of issue (``香港时间10时30分`` / ``即日新闻``), by index."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    if len(filled) < 2:
        return {}
    last, above = filled[-1], filled[-2]
    if (M.RELEASE_SERVICE.match(lines[last].text.strip())
            and M.RELEASE_TIME.match(lines[above].text.strip())):
        return {last: "the name of the service that issued the press release"}
    return {}


def _bulleted_byline(lines: list[Line]) -> dict[int, str]:
    """The uploader's bare name and the bullet under it when the page's time of publishing to
    the second follows (``某某某`` / ``•`` / ``2025-03-25 11:22:00``: the time is the chrome
    rule's), by index."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    found: dict[int, str] = {}
    for k in range(1, len(filled) - 1):
        name, bullet, time = filled[k - 1], filled[k], filled[k + 1]
        if (M.BYLINE_BULLET.match(lines[bullet].text.strip())
                and M.BYLINE_NAME.match(lines[name].text.strip())
                and M.BYLINE_TIME.match(lines[time].text.strip())):
            found[name] = "the uploader's name in the page's byline"
            found[bullet] = "the bullet of the page's byline"
    return found


def _glued_record(lines: list[Line]) -> dict[int, str]:
    """The lines of a legal database's record, each a field whose label runs into its value
    (``发文机关国务院办公厅`` / ``發(fā)文日期1986年07月07日`` / ``时效性现行有效``), by index: a run
    of :data:`~docgen.shapes.meta.GLUED_MIN_FIELDS` or more, one under another, each value
    short and no sentence."""
    found: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate([*lines, Line(0, "")]):
        text = line.text.strip()
        short = 0 < len(text) <= 2 * M.META_MAX_VALUE and text[0] in M.GLUED_STARTS
        field = M.GLUED_FIELD.fullmatch(text) if short else None
        if field is not None and _record_value(field.group("value")):
            run.append(i)
            continue
        if len(run) >= M.GLUED_MIN_FIELDS:
            found.update(dict.fromkeys(run, "a field of the legal database's record of the text"))
        run = []
    return found


def _record_value(value: str) -> bool:
    """Could ``value`` be a record field's value: short, once its glosses are gone, and no
    sentence."""
    bare = M.label_key(value)
    return len(bare) <= M.META_MAX_VALUE and not any(c in bare for c in M.VALUE_SENTENCE_MARKS)


def _writer_under_headline(lines: list[Line]) -> dict[int, str]:
    """The writer's bare name on the line under a news item's headline, above its lead's
    dateline (``王某`` over ``3月23日上午，……``), by index."""
    filled = [i for i, line in enumerate(lines[:40]) if line.text.strip()][:3]
    if len(filled) < 3:
        return {}
    name, lead = lines[filled[1]].text.strip(), lines[filled[2]].text.strip()
    if (M.HEADLINE_WRITER.match(name) and len(lead) >= M.HEADLINE_LEAD_MIN_CHARS
            and M.HEADLINE_DATELINE.match(lead)):
        return {filled[1]: "the writer's name under the headline"}
    return {}


def _poster_label(lines: list[Line]) -> dict[int, str]:
    """A notice board's poster or issuing unit as a label alone over its value (``發佈單位``
    over ``某某課``), both by index; a label whose next line is no short name is the chrome
    rule's."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    found: dict[int, str] = {}
    for label, value in zip(filled, filled[1:]):
        text = lines[label].text.strip()
        if len(text) > P.POSTER_LABEL_MAX_CHARS or not P.POSTER_VALUE.match(lines[value].text.strip()):
            continue
        family = family_of(text, ("line",))
        if family is not None and family.name == P.POSTER_LABEL_FAMILY:
            found[label] = "label of the notice's poster"
            found[value] = "the notice's poster under its label"
    return found
