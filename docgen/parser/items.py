"""Numbered items: numbered sentences that are no headings.

The body is classified line by line, and a short numbered sentence (``五、县政府实行县长负责制。``,
``八、宗教事务组。``) looks like a heading on its own.  Read with its neighbours it is one item of
a list like the others, so after classification two rules settle it:

- where most numbered paragraphs of a family are plain numbered sentences (the items of a rules
  text), the few whose first sentence happens to be short are items too, not run-in headings;
- in a list — numbered lines of one family following each other with nothing between — where
  one line is an item, the short numbered sentences among them are items too, not headings.

The other way round, siblings — the numbered blocks of one family under one parent heading — are
one layer of the document's hierarchy and are set alike (GB/T 9704 §7.3.3 sets fonts by layer):
where most of them are headings, a numbered sentence among them that stands alone over a
paragraph of its own is a heading too — never a line of a list.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence

from .. import chars
from ..model import Article, AttachmentLabel, Block, DocumentTitle, Heading, Lead, Paragraph
from ..shapes import patterns as S
from ..shapes.chrome import unglossed
from . import patterns as P
from .levels import Numbered, numbered
from .spans import Run, inline_spans


def settle_items(out: list[Block | Numbered]) -> list[Block | Numbered]:
    ranks = _ranks(out)  # (settling turns headings into items and back: the layers stay)
    _settle_article_clauses(out)
    _settle_by_majority(out)
    _settle_running_clauses(out)
    _settle_lists(out, ranks)
    _settle_openers(out)
    _settle_labels(out)
    _settle_labels_among_items(out)
    _settle_labels_among_clauses(out)
    _settle_running_leads_after_items(out)
    _settle_lone_ordinals(out)
    _settle_count_carried_on(out)
    _settle_siblings(out)
    _settle_sentences_among_titles(out)
    _settle_running_last_among_titles(out)
    _settle_lone_first_sentences(out)
    _settle_parallel_leads(out)
    _settle_glossaries(out)
    _settle_attachment_lists(out)
    _settle_bare_lists(out, ranks)
    _settle_long_lines_over_siblings(out)
    _settle_last_sentences(out, ranks)
    _settle_unclosed_last_sentences(out, ranks)
    _settle_colon_sentences_over_lists(out, ranks)
    _settle_enumerated_sentences(out)
    return out


def _settle_enumerated_sentences(out: list[Block | Numbered]) -> None:
    """A heading heads text.  A 一是/一要 line that is one short sentence (``五要加强某某，推进某某。``)
    with nothing under it — its next sibling right under it, or the end of the text — beside a
    sibling set as a plain enumerated sentence (``四要……。`` / ``六要……。``, longer ones) is one
    more entry of that enumeration: a paragraph like them, not a heading over nothing."""
    for i, item in enumerate(out):
        if not (isinstance(item, Numbered) and item.family in _ENUMERATION_FAMILIES
                and isinstance(item.block, Heading) and chars.ends_sentence(item.block.text)):
            continue
        value = P.number_value(item.block.number)
        before = out[i - 1] if i else None
        after = out[i + 1] if i + 1 < len(out) else None
        if value is None or (after is not None and not _enumerated(after, item.family, value + 1)):
            continue
        if any(isinstance(block, Paragraph) and _enumerated(block, item.family, value + step)
               for block, step in ((before, -1), (after, 1))):
            text, number = item.block.text, item.block.number or ""
            run = Run(number[-1:] or None, value - 1)  # its lead goes on from its sibling's above
            out[i] = Paragraph(text, spans=inline_spans(text, run), line=item.block.line)


def _enumerated(block: Block | Numbered | None, family: str, value: int) -> bool:
    """Is ``block`` a line of the enumeration ``family`` numbered ``value`` (``六要……``)?"""
    if block is None:
        return False
    found = P.match_number(_text(numbered(block).block if isinstance(block, Numbered) else block))
    return found is not None and found[0].name == family and P.number_value(found[1]) == value


def _settle_colon_sentences_over_lists(out: list[Block | Numbered], ranks: dict[int, int]) -> None:
    """A heading heads text.  Siblings on a text's first layer (under no heading) that are each
    one sentence leading into a list with a colon, each with lines of a lower layer right under
    it (``一、……放假3天，具体安排如下：`` over ``（一）……`` ``（二）……``, ``二、放假期间，……安排如下：``
    over its own), head the text's parts: standalone headings, however many commas they run on
    past.  Deeper down (``1.……，具体工作如下：`` under ``二、……``) such a sentence is a provision
    leading into its sub-list."""
    for parent, group in _sibling_groups_with_parents(out):
        if (parent >= 0 or len(group) < P.COLON_SENTENCE_HEADINGS_MIN
                or numbered(out[group[0]]).family not in _HEADING_FAMILIES):
            continue
        if all(_colon_sentence_over_lower_layer(out, ranks, i) for i in group):
            for i in group:
                block = numbered(out[i]).block
                out[i] = Numbered(Heading(block.text, number=_number_of(block.text), line=block.line),
                                  numbered(out[i]).family)


def _colon_sentence_over_lower_layer(out: list[Block | Numbered], ranks: dict[int, int], i: int) -> bool:
    """Is block ``i`` a numbered sentence (it runs on past a comma: no short label such as
    ``（一）某某办：``) ending in a colon, with a line of a lower layer right under it?"""
    item = numbered(out[i])
    following = out[i + 1] if i + 1 < len(out) else None
    text = item.block.text
    return (item.item and isinstance(item.block, Paragraph) and text.endswith(("：", ":"))
            and any(mark in text for mark in P.RUNNING_MARKS)
            and isinstance(following, Numbered) and ranks[i + 1] > ranks[i])


def _settle_last_sentences(out: list[Block | Numbered], ranks: dict[int, int]) -> None:
    """A heading heads text.  The last of siblings that are all items, a whole sentence with
    nothing under it (followed by the end of its part or a line of a higher layer:
    ``（四）各科室根据安排进行排班。`` after the items ``（一）……放假。`` to ``（三）……如下：``), is an
    item like them, not a heading."""
    for group in _sibling_groups(out):
        last = group[-1]
        if (len(group) < 2 or not (_whole_sentence_heading(numbered(out[last]))
                                   or _unclosed_last_clause(out, group))
                or any(isinstance(numbered(out[i]).block, Heading) for i in group[:-1])):
            continue
        if _layer_ends(out, ranks, last + 1, ranks[last] - 1):  # the end, or a higher layer
            _make_item(out, last)


def _settle_unclosed_last_sentences(out: list[Block | Numbered], ranks: dict[int, int]) -> None:
    """A list's lines are set alike.  The last of siblings one right under the other whose other
    lines are all items closed by a sentence's mark (``1、某日前，各班交回回执。``), a line running
    on past a comma, longer than a heading's title and closed by no mark (``2、在某日，为某某捐出
    书本，献出爱心``), is a sentence that lost its full stop: an item like them, whatever text
    follows it — unless lines of a lower layer stand under it (it heads them)."""
    for group in _sibling_groups(out):
        last = group[-1]
        if (len(group) < 2 or group != list(range(group[0], last + 1))
                or not all(_closed_item(numbered(out[i])) for i in group[:-1])):
            continue
        if _unclosed_sentence(numbered(out[last])) and not (last + 1 in ranks and ranks[last + 1] > ranks[last]):
            _make_item(out, last)


def _closed_item(item: Numbered) -> bool:
    """A numbered item (no heading) closed by a sentence's mark."""
    return item.item and chars.ends_sentence(item.block.text)


def _unclosed_sentence(item: Numbered) -> bool:
    """A standalone heading of a heading family that runs on past a comma after its number,
    longer than a heading's title (:data:`~docgen.parser.patterns.SENTENCE_HEADING_MAX_CHARS`),
    with no mark at its end (``2、在某日，为某某捐出书本，献出爱心``)."""
    text = item.block.text
    return (item.family in _HEADING_FAMILIES and _running_heading(item) and text[-1] not in P.CLAUSE_END_MARKS
            and len(_past_number(text)) > P.SENTENCE_HEADING_MAX_CHARS)


def _settle_bare_lists(out: list[Block | Numbered], ranks: dict[int, int]) -> None:
    """A heading heads text.  Siblings that stand alone one right under the other, the last
    followed by a line of a higher layer (or of its own family numbered anew) or by the end of
    its part, have nothing under any of them: they are the items of a list — the names of
    buildings or categories (``1、新医疗综合楼`` / ``2、门诊楼``), places, materials — not
    headings, whatever their length and punctuation.  So are those of such a list where some
    entries were taken for items already (``（1）审议某某计划。`` over ``（2）讨论某某事项``) when
    the last is followed by a higher layer or the end: not one of them has text under it."""
    for group in _sibling_groups(out):
        if (len(group) < 2 or group != list(range(group[0], group[-1] + 1))
                or numbered(out[group[0]]).family not in _HEADING_FAMILIES):
            continue
        heads = [isinstance(numbered(out[i]).block, Heading) for i in group]
        # the end, a higher layer or the own family numbered anew, or the next entry of a list above
        ends = _layer_ends(out, ranks, group[-1] + 1, ranks[group[0]]) or _between_entries(out, group)
        if (all(heads) and (len(group) >= P.BARE_LIST_MIN or ends)) or (
                ends and any(heads) and all(h or numbered(out[i]).item for h, i in zip(heads, group, strict=True))):
            for i in group:
                if isinstance(numbered(out[i]).block, Heading):
                    _make_item(out, i)


def _between_entries(out: list[Block | Numbered], group: list[int]) -> bool:
    """Do the siblings stand between two entries of an unnumbered list, the line right above the
    first and the line right under the last opening with the same bullet (``● 5月1日`` over
    ``（1）……`` / ``（2）……``, then ``● 5月2日``)?  The next entry ends the list under the first,
    as a line of a higher layer does."""
    first, last = group[0], group[-1]
    if first == 0 or last + 1 >= len(out):
        return False
    above, below = out[first - 1], out[last + 1]
    if not (isinstance(above, Paragraph) and isinstance(below, Paragraph)):
        return False
    marks = [P.ENTRY_MARK.match(block.text) for block in (above, below)]
    return marks[0] is not None and marks[1] is not None and marks[0]["mark"] == marks[1]["mark"]


def _settle_long_lines_over_siblings(out: list[Block | Numbered]) -> None:
    """A heading heads text.  A standalone line longer than a heading's title
    (:data:`~docgen.parser.patterns.SENTENCE_HEADING_MAX_CHARS` after its number) followed
    straight by its next sibling, which heads text of its own, is a statement set in the list's
    family (``一、某某中心受理群众对某某行为的举报`` over ``二、受理举报的范围``), not a heading
    over nothing."""
    for group in _sibling_groups(out):
        for i, j in zip(group, group[1:], strict=False):
            item = numbered(out[i])
            if (j == i + 1 and isinstance(item.block, Heading) and item.family in _HEADING_FAMILIES
                    and len(_past_number(item.block.text)) > P.SENTENCE_HEADING_MAX_CHARS
                    and isinstance(numbered(out[j]).block, Heading)
                    and j + 1 < len(out) and isinstance(out[j + 1], Paragraph)):
                _make_item(out, i)


def _layer_ends(out: list[Block | Numbered], ranks: dict[int, int], at: int, layer: int) -> bool:
    """Does block ``at`` end the lines above it: the end of the text, a new part (a document
    title, an attachment's label), or a numbered line of layer ``layer`` or higher (a lower
    rank)?"""
    following = out[at] if at < len(out) else None
    return following is None or isinstance(following, (DocumentTitle, AttachmentLabel)) or (
        isinstance(following, Numbered) and ranks[at] <= layer)


def _ranks(out: list[Block | Numbered]) -> dict[int, int]:
    """The layer of each numbered block: the order in which its family first appears in its
    part (a document title or an attachment's label starts a part)."""
    ranks: dict[int, int] = {}
    rank: dict[str, int] = {}
    for i, item in enumerate(out):
        if isinstance(item, (DocumentTitle, AttachmentLabel)):
            rank = {}
        elif isinstance(item, Numbered):
            ranks[i] = rank.setdefault(item.family, len(rank))
    return ranks


def _settle_attachment_lists(out: list[Block | Numbered]) -> None:
    """Numbered lines under a numbered heading that is only the label ``附件：`` (``十、附件：``
    over ``1.某某文件`` / ``2.某某声明函``) name the files attached: the items of a list, not
    headings."""
    for parent, group in _sibling_groups_with_parents(out):
        if parent >= 0 and _attachment_label(numbered(out[parent]).block):
            for i in group:
                _make_item(out, i)


def _attachment_label(block: Block) -> bool:
    """Is ``block`` a numbered heading whose title is the label 附件 alone?"""
    found = P.match_number(block.text) if isinstance(block, Heading) else None
    start = found[0].pattern.match(block.text) if found else None
    return start is not None and bool(P.ATTACHMENT_LABEL.match(block.text[start.end():].strip()))


#: The families of the parts, chapters and sections that group a text's articles.
_ARTICLE_GROUPS = frozenset({"di-part", "di-chapter", "di-section"})


def _settle_article_clauses(out: list[Block | Numbered]) -> None:
    """In a text of 第X条 articles, the numbered lines under an article (``第四条 主要职责是：``
    over ``（一）拟订……。`` / ``（八）职能转变。……``) are its clauses: items of the article, not
    headings, however short their first sentence.  An article runs to the next article, the
    next heading of a family that groups the articles (第X章, or ``一、总则`` where such headings
    come before the first article), or an attachment."""
    if sum(isinstance(item, Article) for item in out) < P.CHAPTER_TITLE_MIN_ARTICLES:
        return
    first = next(i for i, item in enumerate(out) if isinstance(item, Article))
    groups = _ARTICLE_GROUPS | {item.family for item in out[:first] if isinstance(item, Numbered)}
    inside = False
    for i, item in enumerate(out):
        if isinstance(item, (Article, DocumentTitle, AttachmentLabel)):
            inside = isinstance(item, Article)
        elif isinstance(item, Numbered) and item.family in groups:
            inside = False
        elif inside and isinstance(item, Numbered) and not item.item:
            _make_item(out, i)


def _settle_running_clauses(out: list[Block | Numbered]) -> None:
    """Clauses numbered on through the parts of a text (a 章程's ``1.`` … ``22.`` under its
    ``一、`` … ``十、``, the numbers going on under each new part) are its clauses like articles:
    where most of them are plain numbered sentences, the short ones standing alone (``2.本科``,
    ``22.招生办公室电话：……``) are clauses too, not headings."""
    by_family: dict[str, list[list[int]]] = {}
    for _, group in _sibling_groups_with_parents(out):
        by_family.setdefault(numbered(out[group[0]]).family, []).append(group)
    for groups in by_family.values():
        members = [i for group in groups for i in group]
        values = [P.number_value(_number_of(_text(numbered(out[i]).block))) or 0 for i in members]
        if len(groups) < 2 or values != list(range(1, len(values) + 1)):
            continue
        if sum(numbered(out[i]).item for i in members) >= P.ITEM_MAJORITY * len(members):
            for i in members:
                _make_item(out, i)


def _settle_glossaries(out: list[Block | Numbered]) -> None:
    """A glossary (名词解释) numbers its terms, each a short name and a colon with its
    definition after it or on the next line (``1.“某某”：是指……``): in a series of at least
    GLOSSARY_MIN numbered terms, most of them coined names in quotation marks, they are the
    items of a list, not headings (``1、以人为本：`` … are the leads of principles)."""
    for series in _series(out):
        terms = [_term(numbered(out[i]).block) for i in series]
        if (len(series) >= P.GLOSSARY_MIN and all(terms)
                and sum(any(q in term for q in "“\"") for term in terms) >= P.GLOSSARY_QUOTED_SHARE * len(terms)):
            for i in series:
                _make_item(out, i)


def _term(block: Block) -> str:
    """The term of a glossary's numbered line, or ""."""
    text = block.text if isinstance(block, Heading) else _heading_lead(block)
    if not text:
        return ""
    number = _number_of(text)
    term = text[len(number):].strip() if number is not None else ""
    return term if P.GLOSSARY_TERM.fullmatch(term) else ""


def _series(out: list[Block | Numbered]) -> list[list[int]]:
    """The numbered blocks of each family, cut into series where number one comes again (and
    at a document title or an attachment's label)."""
    def entries() -> Iterator[tuple[int, Hashable, bool] | None]:
        for i, item in enumerate(out):
            if isinstance(item, (DocumentTitle, AttachmentLabel)):
                yield S.SERIES_BREAK
            if isinstance(item, Numbered):
                yield i, item.family, _first(item)

    return S.number_series(entries())


def _first(item: Numbered) -> bool:
    """Is a numbered block's number one?"""
    return P.number_value(_number_of(_text(item.block))) == 1


def _settle_labels(out: list[Block | Numbered]) -> None:
    """Where the first layer of a text's numbering is a series of run-in leads that all end in
    a colon and differ in length, the leads name what each numbered paragraph is about
    (``一、元旦：`` over its dates, ``二、展示时间、地点：`` over them): the text of numbered
    paragraphs, not headings.  Under a heading such leads are its subheadings (``1. 组长：``),
    parallel leads of one length are principles (``1、以人为本：`` / ``2、依法治教：``), and a
    colon lead among siblings led up to a full stop is a heading like them.  A sibling standing
    alone with a colon over an unnumbered paragraph is such a label with its text under it; one
    over a numbered list heads the list.  Leads that each name a notice's field by its head noun
    are labels under a heading (``1、考试内容：`` / ``2、答题格式：``) but, on the first layer, the
    notice's fields, each a run-in heading (``一、管制时间：`` / ``二、管制范围：`` / ``三、管制措施：``).
    Leads are read through a converter's pinyin glosses (``管制時（shí）間：`` is ``管制時間：``):
    glosses of unequal length make no labels of parallel leads."""
    for parent, group in _sibling_groups_with_parents(out):
        leads = [i for i in group if _lead_text(out[i])]
        texts = [unglossed(_lead_text(out[i])).strip() for i in leads]  # a converter's pinyin is no part of a lead
        fields = _fields(out, leads)
        if parent >= 0 and _datum_field_apart(out, parent, group[0]):
            parent = -1  # no heading over the series: it is read as the text's first layer
        if (len(leads) < P.LABEL_LEADS_MIN or not all(t.endswith(("：", ":")) for t in texts)
                or (parent >= 0 and (not fields or _names_its_fields(out, parent, texts)))
                or (parent < 0 and fields)
                or (len({len(t) for t in texts}) == 1 and not fields and not _bare_labels(out, group, parent, texts))
                or _titled_sibling(out, group) or any(_over_bulleted_lines(out, i) for i in group)):
            continue
        for i in group:
            if i in leads or _label_line(out, i):
                _make_item(out, i)


def _datum_field_apart(out: list[Block | Numbered], parent: int, first: int) -> bool:
    """Is the parent at ``parent`` a notice's field that gives a datum on its own line
    (``二、报到时间：某月某日。``, ``三、地点：某某会议室``), with unnumbered lines between it and
    the series at ``first`` (a label of their own, ``温馨提示：``, and its paragraph)?  A time or a
    place heads nothing: the series stands under no heading."""
    block = numbered(out[parent]).block
    lead = _heading_lead(block)
    if not lead or not P.DATUM_FIELD_LABEL.search(lead.strip()) or not _text(block)[len(lead):].strip():
        return False
    return any(not isinstance(out[k], Numbered) for k in range(parent + 1, first))


def _names_its_fields(out: list[Block | Numbered], parent: int, leads: list[str]) -> bool:
    """Does the heading at ``parent`` name, each by its head noun, the fields its colon leads
    give (``一、活动时间和主题`` over ``1.时间：……`` / ``2.主题：……``)?  The leads then part that
    heading into what it names: its subheadings, as leads under a heading are — not the labels
    of a heading's details (``1、考试内容：`` / ``2、答题格式：`` under ``一、竞赛安排``)."""
    title = unglossed(_text(numbered(out[parent]).block))
    nouns = [found.group().rstrip("：:") for t in leads if (found := P.FIELD_LABEL.search(t))]
    return len(nouns) == len(leads) and all(noun in title for noun in nouns)


def _fields(out: list[Block | Numbered], leads: list[int]) -> bool:
    """Do the colon leads name a notice's fields by their head nouns?  A lead over an address or
    a number (``五、举报电话：0000-1234567``) is read with its series: the others decide, and at
    least one of them must name a field."""
    named = [_lead_text(out[i]).strip() for i in leads if not P.CODE_VALUE.match(numbered(out[i]).block.text)]
    return bool(named) and all(P.FIELD_LABEL.search(t) for t in named)


def _bare_labels(out: list[Block | Numbered], group: list[int], parent: int, leads: list[str]) -> bool:
    """Are the siblings, with no heading above them, numbered paragraphs one right under the
    other, none with anything under it, whose colon leads name no field (``1. 工作总结：回顾……。``
    / ``2. 问题分析：……``; ``二、门诊放假安排：……`` after ``一、……上班。``)?  A heading heads text:
    such labels are the items of a list.  A field's label (``一、管制时间：……``) stays a run-in
    heading, and so do leads under a heading (``1、以人为本：……``)."""
    return (parent < 0 and group == list(range(group[0], group[-1] + 1))
            and all(isinstance(numbered(out[i]).block, Paragraph) for i in group)
            and not any(P.FIELD_LABEL.search(t) for t in leads))


def _titled_sibling(out: list[Block | Numbered], group: list[int]) -> bool:
    """Is one of the siblings a heading with a title of its own, no label ending in a colon
    (``3、竞赛活动奖项设置`` among ``1、竞赛活动时间：……`` / ``2、竞赛内容：……``)?  The colon
    leads are then headings of the same layer, not the text of their paragraphs."""
    return any(isinstance(block := numbered(out[i]).block, Heading) and not block.text.endswith(("：", ":"))
               for i in group)


def _settle_labels_among_items(out: list[Block | Numbered]) -> None:
    """Siblings that are mostly numbered sentences are the paragraphs of a list, not headings:
    a colon lead among them labels its paragraph (``三、考核日期、地点：……`` among ``二、笔试
    时间为2小时，……。``), and where the items then make :data:`~docgen.parser.patterns.ITEM_MAJORITY`
    of the siblings, their other run-in leads are the first sentences of items too (unless the
    lead's paragraph has a paragraph of its own under it: a heading heads text), and so is a
    standalone line among them that runs on past a comma: a sentence missing its full stop
    (``一、某日某时至某时，除……外，禁止……``) or one leading into a list (``三、在上述区域内，禁止
    下列行为：``), not a label."""
    for _, group in _sibling_groups_with_parents(out):
        if 2 * sum(numbered(out[i]).item for i in group) < len(group):
            continue
        for i in group:
            if _lead_text(out[i]).endswith(("：", ":")):
                _make_item(out, i)
        if sum(numbered(out[i]).item for i in group) >= P.ITEM_MAJORITY * len(group):
            for i in group:
                if ((_lead_text(out[i]) and not _named_part(out[i]) and not _heads_text(out, i, group)
                     and not _phrase_lead(out[i]))
                        or _running_heading(numbered(out[i]))):
                    _make_item(out, i)


def _settle_labels_among_clauses(out: list[Block | Numbered]) -> None:
    """A heading heads text.  On the text's first layer, numbered paragraphs one right under the
    other, none with anything under it, where colon leads (``1.某某时间：……``) stand beside a
    sibling whose first sentence is a clause running on past a comma (``4.某某附近请勿围观，注意
    安全。……``), are the paragraphs of one list: the colon leads label their items, field or
    not, and the siblings' first sentences are the items' own — none of them is a heading.
    Under a heading, or where a line of the series heads a paragraph, the rules above decide."""
    for parent, group in _sibling_groups_with_parents(out):
        if (parent >= 0 or len(group) < 2 or group != list(range(group[0], group[-1] + 1))
                or not all(isinstance(numbered(out[i]).block, Paragraph) for i in group)):
            continue
        leads = [_lead_text(out[i]) for i in group]
        if (any(lead.endswith(("：", ":")) for lead in leads)
                and any(chars.ends_sentence(lead) and any(m in lead for m in P.RUNNING_MARKS) for lead in leads)):
            for i in group:
                if _lead_text(out[i]):
                    _make_item(out, i)


def _settle_running_leads_after_items(out: list[Block | Numbered]) -> None:
    """Under a heading that ends in a colon (``三、几点要求：``), siblings with an item among them
    are the entries of the list it introduces: a run-in lead among them that runs on past a
    comma (``2、汇款时，请注明用途。收到后……`` after ``1、会费交纳时间截止到某日，逾期……。``) is the
    first sentence of the next item, not a heading."""
    for parent, group in _sibling_groups_with_parents(out):
        if parent < 0 or not _colon_heading(numbered(out[parent]).block):
            continue
        if any(numbered(out[i]).item for i in group):
            for i in group:
                if _running_lead(out[i]):
                    _make_item(out, i)


def _colon_heading(block: Block) -> bool:
    return isinstance(block, Heading) and block.text.endswith(("：", ":"))


def _running_heading(item: Numbered) -> bool:
    """A standalone heading that runs on past a comma or a semicolon after its number."""
    block = item.block
    number = _number_of(block.text) if isinstance(block, Heading) else None
    return number is not None and any(mark in block.text[len(number):] for mark in P.RUNNING_MARKS)


def _settle_lone_ordinals(out: list[Block | Numbered]) -> None:
    """``第一，`` opening a paragraph of a text with no heading above it and no ``第二，`` after
    it is the adverb "first" of a sentence (``第一，以民为本。……``), not a numbered heading."""
    for parent, group in _sibling_groups_with_parents(out):
        if (parent < 0 and len(group) == 1 and numbered(out[group[0]]).family in P.ADVERB_FAMILIES
                and _lead_text(out[group[0]])):
            _make_item(out, group[0])


def _settle_count_carried_on(out: list[Block | Numbered]) -> None:
    """A lone number one with a run-in lead on the text's first layer, its count carried on by
    the items of another family (``1.禁止燃放的区域：……。`` over ``二、各单位要……。`` / ``三、……``),
    is the first item of that list numbered in mixed families, not a heading over it."""
    for parent, group in _sibling_groups_with_parents(out):
        i = group[0]
        if parent >= 0 or len(group) != 1 or not _lead_text(out[i]) or not _first(numbered(out[i])):
            continue
        j = next((k for k in range(i + 1, len(out)) if isinstance(out[k], Numbered)), None)
        following = numbered(out[j]) if j is not None else None
        if (following is not None and following.item and following.family != numbered(out[i]).family
                and P.number_value(_number_of(_text(following.block))) == 2):
            _make_item(out, i)


def _named_part(item: Block | Numbered) -> bool:
    """Is the run-in lead of a numbered paragraph a name closed by a full stop, naming a part of
    the rules by its head noun (``二、某某办理程序。由……``), not a sentence?"""
    return bool(P.NAMED_PART_LEAD.search(_lead_text(item)))


def _lead_text(item: Block | Numbered) -> str:
    """The run-in heading lead of a numbered paragraph, or ""."""
    return _heading_lead(numbered(item).block)


def _heading_lead(block: Block) -> str:
    """The run-in heading lead of a paragraph, or ""."""
    if isinstance(block, Paragraph) and block.lead is not None and block.lead.kind == "heading":
        return block.lead.text
    return ""


def _over_bulleted_lines(out: list[Block | Numbered], i: int) -> bool:
    """Is block ``i`` a standalone heading ending in a colon over a bulleted list — at least
    BULLETED_UNDER_MIN unnumbered lines opening with a bullet before the next numbered line
    (``四、专家门诊：`` over ``?1月21日（除夕）`` / ``?1月22日（年初一）``)?  Its series has
    lower-level lines under it: its colon leads head text, not labels of their paragraphs."""
    if not _colon_heading(numbered(out[i]).block):
        return False
    bulleted = 0
    for block in out[i + 1:]:
        if not isinstance(block, Paragraph):
            break
        bulleted += bool(P.BULLETED_LINE.match(block.text))
    return bulleted >= P.BULLETED_UNDER_MIN


def _label_line(out: list[Block | Numbered], i: int) -> bool:
    """Is block ``i`` a standalone heading ending in a colon over an unnumbered paragraph?"""
    block = numbered(out[i]).block
    following = out[i + 1] if i + 1 < len(out) else None
    return (isinstance(block, Heading) and block.text.endswith(("：", ":"))
            and isinstance(following, Paragraph))


def _settle_siblings(out: list[Block | Numbered]) -> None:
    """Items among siblings that are mostly headings become headings (see the module's doc).
    Where those headings are all labels leading into their values with a colon (``一、管制时间：
    ……`` / ``二、管制路段：……``), a sentence running on past a comma among them (``三、管制期间，
    禁止……。``) is a paragraph of the same kind with no label: an item, not a heading.  So it is
    among run-in leads closed by a full stop (``1.注意用电安全。……`` / ``2.预防感冒。……``): a
    sibling that is one running sentence with no lead of its own (``3.鼓励孩子……，……！``) is
    the text of its item, set as its own paragraph only because nothing follows its sentence."""
    for group in _sibling_groups(out):
        items = [i for i in group if numbered(out[i]).item]
        if len(group) - len(items) <= len(items):
            continue
        labels = all(_lead_text(out[i]) for i in group if i not in items)
        colons = all(_lead_text(out[i]).endswith(("：", ":")) or _colon_heading(numbered(out[i]).block)
                     for i in group if i not in items)
        for i in items:
            if colons and (lead := P.LABEL_LEAD.match(_text(numbered(out[i]).block))):
                _make_run_in(out, i, lead.end())  # a label longer than a lead, set as its siblings
                continue
            if labels and _running(numbered(out[i])):
                continue
            promoted = _sibling_heading(out, i)
            if promoted is not None:
                out[i] = promoted


def _settle_sentences_among_titles(out: list[Block | Numbered]) -> None:
    """Where the other siblings are all titles with no mark at their end (``一、活动主题`` /
    ``二、参加人员`` / ``三、奖项设置``), a sibling that is a whole sentence ending in a full stop
    (``四、各部门于某日前将名单报办公室。``) with no paragraph of sentences nor subheading under it
    (a table, its caption) is a provision set among them, not a heading."""
    for group in _sibling_groups(out):
        sentences = [i for i in group if _whole_sentence_heading(numbered(out[i]))]
        titles = [i for i in group if _title_heading(numbered(out[i]).block)]
        if sentences and len(titles) >= P.TITLE_SIBLINGS_MIN and len(titles) + len(sentences) == len(group):
            for i in sentences:
                if not _over_sentences(out, i):
                    _make_item(out, i)


def _settle_running_last_among_titles(out: list[Block | Numbered]) -> None:
    """Where the other siblings are titles that run on past no comma (``（1）会前准备`` /
    ``（2）宣布开会`` / ``（3）形成决定``), the last sibling running on past a comma into a second
    clause (``（4）宣布闭会，作好会议记录的归档``) with no paragraph of sentences nor subheading
    under it states its step whole: an item, not a heading over nothing."""
    for group in _sibling_groups(out):
        last = group[-1]
        titles = [i for i in group[:-1] if _title_heading(numbered(out[i]).block) and not _running(numbered(out[i]))]
        item = numbered(out[last])
        if (len(titles) >= P.TITLE_SIBLINGS_MIN and _title_heading(item.block) and _running(item)
                and not _over_sentences(out, last)):
            _make_item(out, last)


def _settle_lone_first_sentences(out: list[Block | Numbered]) -> None:
    """A number one with no number two after it makes no layer of headings: standing alone as
    a whole sentence (``1、可按用途命名。`` over ``2按…`` whose separator was lost) it is the
    first item of a list, not a heading."""
    for group in _sibling_groups(out):
        item = numbered(out[group[0]])
        if len(group) == 1 and _first(item) and _whole_sentence_heading(item):
            _make_item(out, group[0])


def _settle_parallel_leads(out: list[Block | Numbered]) -> None:
    """Siblings whose first sentences are set as a series of couplet headings — each two clauses
    apart by one comma, of like length and all opening with the same word or closing with the
    same one (``（一）突出扩大内需战略基点，更大力度统筹促消费扩投资。`` / ``（二）突出科技创新全链发力，
    加紧培育壮大发展新动能。``), or less alike in length when they open and close alike
    (``着力……，在……上开新局。``; a clause of a few words after a long one is no couplet's)
    — and each with its paragraph run on after it, are run-in headings, however long (a work
    report's second layer): the series is a layer of the document's outline, not a list of long
    first sentences."""
    for group in _sibling_groups(out):
        leads = [_couplet_lead(out[i]) for i in group]
        if len(group) < P.PARALLEL_LEADS_MIN or any(lead is None for lead in leads):
            continue
        words = [lead[1] for lead in leads if lead is not None]
        opening = len({w[:P.PARALLEL_WORD] for w in words}) == 1
        closing = len({w[-P.PARALLEL_WORD:] for w in words}) == 1
        if (opening and closing and all(_balanced(w, P.COUPLET_BALANCE_ALIKE) for w in words)) or (
                (opening or closing) and all(_balanced(w, P.COUPLET_BALANCE) for w in words)):
            for i, lead in zip(group, leads):
                if lead is not None and lead[0]:
                    _make_run_in(out, i, lead[0])


def _balanced(words: str, share: float) -> bool:
    """Is the shorter clause of a couplet heading at least ``share`` of the longer?"""
    short, long_ = sorted(len(half) for half in P.COMMA_SPLIT.split(words))
    return short >= share * long_


def _couplet_lead(block: Block | Numbered) -> tuple[int, str] | None:
    """Where the first sentence of numbered item ``block`` ends and its words past the number,
    when it is a couplet heading run into its paragraph: two clauses apart by one comma, no other
    mark, and text after it; 0 for where it ends when the block has that run-in heading already;
    None otherwise."""
    if not isinstance(block, Numbered) or not isinstance(block.block, Paragraph):
        return None
    paragraph = block.block
    text = _text(paragraph)
    found = P.match_number(text)
    if found is None:
        return None
    start = found[0].pattern.match(text)
    if lead := _heading_lead(paragraph):
        end, run_in = len(lead) - 1, True  # a run-in heading already: one of the series
    else:
        end, run_in = text.find("。"), False
        if not block.item:
            return None
    if start is None or end < 0 or text[end] != "。" or len(text) - end - 1 < P.PARALLEL_REST_MIN_CHARS:
        return None
    words = text[start.end():end]
    halves = P.COMMA_SPLIT.split(words)
    if len(words) > P.PARALLEL_LEAD_MAX_CHARS or len(halves) != 2 or any(c in words for c in P.PARALLEL_LEAD_MARKS):
        return None
    return (0 if run_in else end + 1, words)


def _over_sentences(out: list[Block | Numbered], i: int) -> bool:
    """Does a paragraph of sentences or a numbered line of another family (its subheading)
    follow block ``i`` (not a table's caption or rows)?"""
    following = out[i + 1] if i + 1 < len(out) else None
    if isinstance(following, Numbered):
        return following.family != numbered(out[i]).family
    return isinstance(following, Paragraph) and chars.ends_sentence(following.text)


def _title_heading(block: Block) -> bool:
    """A standalone heading with no mark at its end (``二、参加人员``)."""
    return isinstance(block, Heading) and block.text[-1] not in "。；，：.;,:！？!?"


def _sibling_groups(out: list[Block | Numbered]) -> list[list[int]]:
    return [group for _, group in _sibling_groups_with_parents(out)]


def _sibling_groups_with_parents(out: list[Block | Numbered]) -> list[tuple[int, list[int]]]:
    """Numbered blocks grouped by family and parent heading — the last heading, before each, of a
    family that came first in the document (its layer is higher) — and by count: a number 1
    starts a new group; each with its parent's index (-1: none, the text's first layer)."""
    parent_of: dict[int, int] = {}
    ranks = _ranks(out)

    def entries() -> Iterator[tuple[int, Hashable, bool] | None]:
        parents: list[tuple[int, int]] = []  # (rank of the heading's family, its index)
        for i, item in enumerate(out):
            if isinstance(item, (DocumentTitle, AttachmentLabel)):
                parents = []
                yield S.SERIES_BREAK
            if not isinstance(item, Numbered):
                continue
            own = ranks[i]
            parent_of[i] = next((index for r, index in reversed(parents) if r < own), -1)
            yield i, (item.family, parent_of[i]), _first(item)
            if not item.item:
                parents.append((own, i))

    return [(parent_of[run[0]], run) for run in S.number_series(entries())]


def _text(block: Block) -> str:
    return block.full_text if isinstance(block, Paragraph) else block.text


def _in_list(out: list[Block | Numbered], i: int) -> bool:
    """Is block ``i`` one line of a list: right after or before an item of its family?"""
    family = numbered(out[i]).family
    return any(isinstance(other, Numbered) and other.item and other.family == family
               for other in (out[i - 1] if i else None, out[i + 1] if i + 1 < len(out) else None))


def _sibling_heading(out: list[Block | Numbered], i: int) -> Numbered | None:
    """Item ``i`` as its siblings are set: a standalone heading when it is one sentence alone over
    a paragraph of its own (not one line of a list); None otherwise.  (A longer first sentence
    stays no run-in lead: a lead is at most :data:`~docgen.parser.patterns.LEAD_MAX_CHARS`.)"""
    if _in_list(out, i) or not _opener(out, i):
        return None
    item = numbered(out[i])
    block = item.block
    return Numbered(Heading(block.text, number=_number_of(block.text), line=block.line), item.family)


def _settle_openers(out: list[Block | Numbered]) -> None:
    """Numbered sentences standing alone over paragraphs of their own are the headings of
    those paragraphs (``（一）坚持稳中求进工作总基调，着力……实现稳中向好。`` over what was done):
    where every numbered sentence of a family is one line of one sentence followed by an
    unnumbered paragraph — never the items of a list, which follow each other, nor those of an
    attachment after the text (``附件1`` / ``某某十件实事`` / ``一、提高某某水平。`` over what is
    to be done): an attachment's numbered sentences are the items of its list."""
    families: dict[str, list[int]] = {}
    attachment = False
    for i, item in enumerate(out):
        if isinstance(item, (DocumentTitle, AttachmentLabel)):
            attachment = isinstance(item, AttachmentLabel)
        if isinstance(item, Numbered) and not isinstance(item.block, Heading) and not attachment:
            families.setdefault(item.family, []).append(i)
    for members in families.values():
        items = [i for i in members if numbered(out[i]).item]
        if len(items) >= P.OPENER_MIN and len(items) == len(members) and all(_opener(out, i) for i in items):
            for i in items:
                block = numbered(out[i]).block
                out[i] = Numbered(Heading(block.text, number=_number_of(block.text), line=block.line),
                                  numbered(out[i]).family)


def _opener(out: list[Block | Numbered], i: int) -> bool:
    block = numbered(out[i]).block
    following = out[i + 1] if i + 1 < len(out) else None
    return (isinstance(block, Paragraph) and block.lead is None and len(block.text) <= P.HEADING_MAX_CHARS
            and P.clause_end(block.text) == len(block.text) and chars.ends_sentence(block.text)
            and isinstance(following, Paragraph) and following.lead is None and not _field_line(following.text))


def _field_line(text: str) -> bool:
    """Is ``text`` a field of a notice, a short label naming one and its value (``停水时间：某日``)?
    Under a numbered sentence it gives that item's details: the sentence is an item, no heading
    over paragraphs of its own."""
    colon = next((at for at, c in enumerate(text[:P.LIST_LABEL_MAX_CHARS]) if c in "：:"), None)
    return (colon is not None and P.FIELD_LABEL.search(text[:colon + 1]) is not None
            and P.FIELD_VALUE.match(text, colon) is not None)


def _number_of(text: str) -> str | None:
    found = P.match_number(text)
    return found[1] if found else None


def _past_number(text: str) -> str:
    """``text`` without the number it starts with (all of it when it starts with none)."""
    return text[len(_number_of(text) or ""):]


def _settle_by_majority(out: list[Block | Numbered]) -> None:
    sections: list[list[int]] = [[]]
    for i, item in enumerate(out):
        if isinstance(item, (DocumentTitle, AttachmentLabel)):
            sections.append([])
        elif isinstance(item, Numbered) and not isinstance(item.block, Heading):
            sections[-1].append(i)
    for section in sections:
        for family in {numbered(out[i]).family for i in section}:
            members = [i for i in section if numbered(out[i]).family == family]
            items = sum(numbered(out[i]).item for i in members)
            if items >= P.ITEM_MAJORITY_MIN and items >= P.ITEM_MAJORITY * len(members):
                for i in members:
                    if not _named_part(out[i]) and not _heads_text(out, i, members) and not _phrase_lead(out[i]):
                        _make_item(out, i)


def _phrase_lead(item: Block | Numbered) -> bool:
    """Is the run-in lead of a numbered paragraph a short task closed by a full stop, a directive
    verb and its object with no comma, and more text after it in the paragraph (``（3）搞好会议
    记录。坚持……``) — a heading run in, not an item's first sentence?  (See
    :data:`~docgen.parser.patterns.PHRASE_LEAD`.)"""
    phrase = _past_number(_lead_text(item)).strip()
    block = numbered(item).block
    return (len(phrase) <= P.PHRASE_LEAD_MAX_CHARS and P.PHRASE_LEAD.match(phrase) is not None
            and isinstance(block, Paragraph) and bool(block.text.strip()))


def _heads_text(out: list[Block | Numbered], i: int, siblings: list[int]) -> bool:
    """Does numbered block ``i``, a run-in heading, head a paragraph of its own — an unnumbered
    paragraph right under it, with a sibling after it (``一、取消国庆长假。……`` over ``本学期的教学
    工作前移一周，……``, then ``二、……``)?  A heading heads text: such a line stays a heading among
    items — unless its lead is a sentence too long for a heading (:func:`_long_sentence_lead`).
    (The last sibling's paragraph under it may be the text going on after the list.)"""
    following = out[i + 1] if i + 1 < len(out) else None
    return (not numbered(out[i]).item and isinstance(following, Paragraph)
            and any(j > i for j in siblings) and not _long_sentence_lead(out[i]))


def _long_sentence_lead(item: Block | Numbered) -> bool:
    """Is the run-in lead of a numbered paragraph a whole sentence longer than a numbered
    sentence heading may be (:data:`~docgen.parser.patterns.SENTENCE_HEADING_MAX_CHARS` after its
    number: ``二、报名对象采取自愿报名和组织推荐相结合的方法。凡……``), one clause with no comma?
    Among items it is the item's first sentence, and the paragraph under it goes on with the
    item's matter.  A heading that long is two clauses set side by side (``（四）突出……，着力……。``)."""
    lead = _lead_text(item)
    return (chars.ends_sentence(lead) and len(_past_number(lead)) - 1 > P.SENTENCE_HEADING_MAX_CHARS
            and not any(mark in lead for mark in P.RUNNING_MARKS))


def _settle_lists(out: list[Block | Numbered], ranks: dict[int, int]) -> None:
    """In a list that a short label ending in a colon introduces, where one line is an item or
    runs on past a comma, every line is an item (``报名方式：`` over ``1、关注某某公众号`` /
    ``2、点击菜单“报名”`` / ``3、某日于某处设点宣传，可现场咨询报名``), and where one is an item,
    a run-in lead of it that runs on past a comma is an item's first sentence, no lead
    (``须知：`` over ``一、请于……前报到，……。`` / ``二、入场后，请保持安静。如有……``); where a line of it other than
    its last stands alone right over its next sibling (``第一部分某某。`` over ``第二部分某某。……``),
    heading nothing, the run-in leads of its siblings are their items' first sentences too.  In a
    list where one line is an item, or which is a whole series of siblings each a
    sentence standing alone (``1.请携带证件。`` / ``2.请保持安静。`` — headings have text under
    them), the short numbered sentences are items, not headings.  So are they in a whole series
    of siblings following each other where a sentence or a field with its value stands alone
    with nothing under it but the next sibling (``2、每组确定5人。`` / ``3、周期3年。``,
    ``（一）甲组：长跑、跳远`` / ``（二）乙组：短跑``).  A whole series of ``第一，`` lines
    following each other with no text between them is the outline of a list, never headings.
    In a whole series of siblings following each other where one is an item, a heading with
    nothing under it but its next sibling is an item too (a heading has text under it) — and the
    last line of a list that is a label over lines of its own stays a heading where a sibling
    past the list is one (:func:`_label_over_text`)."""
    group_of = {i: tuple(group) for group in _sibling_groups(out) for i in group}
    for run in _lists(out):
        if _introduced(out, run[0]) and any(numbered(out[i]).item or _running(numbered(out[i])) for i in run):
            alike = _heads_nothing(out, run)  # its lines set alike: no run-in heading among items
            clauses = any(numbered(out[i]).item for i in run)  # a lead past a comma is an item's sentence
            for i in run:  # a list its line introduces (``报名方式：``), a running sentence among its lines
                if (isinstance(numbered(out[i]).block, Heading) or (alike and _lead_text(out[i]))
                        or (clauses and _running_lead(out[i]))):
                    _make_item(out, i)
            continue
        whole = group_of.get(run[0]) == tuple(run)
        if whole and numbered(out[run[0]]).family in P.ADVERB_FAMILIES:
            for i in run:  # ``第一，某某概述`` / ``第二，…`` one under the other: an outline, a list
                if isinstance(numbered(out[i]).block, Heading):
                    _make_item(out, i)
            continue
        if whole and any(numbered(out[i]).item for i in run):
            for i in run[:-1]:  # a heading has text under it, not its next sibling right away
                if isinstance(numbered(out[i]).block, Heading):
                    _make_item(out, i)
        if (any(numbered(out[i]).item for i in run)
                or (whole and all(_whole_sentence_heading(numbered(out[i])) for i in run))
                or (whole and numbered(out[run[0]]).family in _HEADING_FAMILIES
                    and any(_sentence_heading(numbered(out[i])) for i in run[:-1]))):
            for i in run:
                if (_sentence_heading(numbered(out[i])) and not _field_over_items(out, i, ranks)
                        and not (i == run[-1] and _label_over_text(out, i, group_of.get(i, ()), run))):
                    _make_item(out, i)


def _heads_nothing(out: list[Block | Numbered], run: list[int]) -> bool:
    """Does a line of the list ``run`` other than its last stand alone with its next sibling right
    under it (``第一部分某某。`` over ``第二部分某某。……``)?  It heads nothing: an item, and the
    run-in leads of its siblings are their items' first sentences, not headings."""
    return any(isinstance(numbered(out[i]).block, Heading) for i in run[:-1])


def _field_over_items(out: list[Block | Numbered], i: int, ranks: dict[int, int]) -> bool:
    """Is block ``i`` a field's label alone on its line (``2、管制期间：``), or any label closed by
    a colon that runs on past no comma (``三、禁止行为：``), with lower-level lines under it
    (``（1）……`` / ``（2）……``)?  It heads them: a heading, whatever its siblings are."""
    block = numbered(out[i]).block
    following = i + 1
    return (isinstance(block, Heading)
            and (bool(P.FIELD_LABEL.search(block.text)) or _colon_label(numbered(out[i])))
            and following in ranks and ranks[following] > ranks[i])


def _label_over_text(out: list[Block | Numbered], i: int, group: Sequence[int], run: list[int]) -> bool:
    """Is block ``i``, the last line of the list ``run``, a short label closed by a colon
    (``5. 联系电话：``, see :func:`_colon_label`) standing alone over unnumbered lines of its own,
    with a sibling of its ``group`` past the list that is a heading (``6. 奖励办法：`` over its
    paragraph)?  The lines of the list above it each stand right over the next; this one heads
    text as that sibling does: a layer of headings set among items, not an item.  (Alone among
    plain sentences, such a label is the text of its item like them.)"""
    return (_colon_label(numbered(out[i])) and _label_line(out, i)
            and any(isinstance(numbered(out[k]).block, Heading) for k in group if k not in run))


def _colon_label(item: Numbered) -> bool:
    """A standalone heading closed by a colon, a short label after its number (at most
    LIST_LABEL_MAX_CHARS, colon included: no sentence leading into a list, ``2.属于以下任一条的
    作品将不被接受：``) that runs on past no comma."""
    text = item.block.text if isinstance(item.block, Heading) else ""
    return (_colon_heading(item.block) and not _running_heading(item)
            and len(_past_number(text)) <= P.LIST_LABEL_MAX_CHARS)


def _introduced(out: list[Block | Numbered], i: int) -> bool:
    """Does a label ending in a colon stand right above block ``i`` (``报名方式：``)?  A label,
    short and of one phrase: a sentence that ends in a colon (``现将有关事项通知如下：``) opens a
    notice's sections, which are headings."""
    above = out[i - 1] if i else None
    if not isinstance(above, Paragraph):
        return False
    text = above.text.strip()
    return (text[-1:] in ("：", ":") and len(text) <= P.LIST_LABEL_MAX_CHARS
            and not any(mark in text for mark in P.RUNNING_MARKS))


def _running_lead(block: Block | Numbered) -> bool:
    """Is the run-in lead of a numbered paragraph a clause that runs on past a comma
    (``2、汇款时，请注明用途。``), no short lead of its own?"""
    return any(mark in _lead_text(block) for mark in P.RUNNING_MARKS)


def _running(item: Numbered) -> bool:
    """Does the numbered line run on past a comma (``3、某日于某处设点宣传，可现场咨询报名``)?"""
    return any(mark in _text(item.block) for mark in P.RUNNING_MARKS)


def _lists(out: list[Block | Numbered]) -> list[list[int]]:
    """Runs of two or more numbered blocks of one family following each other."""
    runs: list[list[int]] = []
    for i, item in enumerate(out):
        previous = out[i - 1] if i else None
        if not isinstance(item, Numbered):
            continue
        if isinstance(previous, Numbered) and previous.family == item.family and runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) > 1]


#: Families of numbered headings proper (not 一是/首先 enumeration leads).
_HEADING_FAMILIES = frozenset(f.name for f in P.FAMILIES if f.kind == "heading")
#: Families of enumeration leads (一是, 一要, 首先).
_ENUMERATION_FAMILIES = frozenset(f.name for f in P.FAMILIES if f.kind == "enumeration")


def _unclosed_last_clause(out: list[Block | Numbered], group: list[int]) -> bool:
    """Is the last of siblings a list's last clause that lost its closing mark: a standalone
    heading of a heading family ending in no mark (``5、其他需要公开的报告等``) after items that
    each end in a semicolon (``1、领导名单；`` / ``2、主要职责；``)?"""
    item = numbered(out[group[-1]])
    text = item.block.text
    return (item.family in _HEADING_FAMILIES and isinstance(item.block, Heading) and text != ""
            and text[-1] not in P.CLAUSE_END_MARKS
            and all(numbered(out[i]).block.text.endswith(("；", ";")) for i in group[:-1]))


def _whole_sentence_heading(item: Numbered) -> bool:
    """A standalone heading of a heading family ending in a full stop
    (``3.馆内严禁吸烟，请保持安静。``)."""
    return (item.family in _HEADING_FAMILIES and isinstance(item.block, Heading)
            and chars.ends_sentence(item.block.text))


def _sentence_heading(item: Numbered) -> bool:
    """A standalone heading that is a whole sentence (``八、宗教事务组。``), a clause that
    leads into sub-items with a colon (``2.属于以下任一条的作品将不被接受参加本届活动：``), or a
    field and its value (``3.4其他：无`` / ``6.1递交截止时间为：某年某月某日``) — not one in a
    bracketed note after a title (``（3）宣布开会（主持人：书记）``)."""
    block = item.block
    return isinstance(block, Heading) and (chars.ends_sentence(block.text) or block.text[-1] in "；;：:"
                                           or bool(P.FIELD_VALUE.search(P.BRACKETED_NOTE.sub("", block.text))))


def _make_run_in(out: list[Block | Numbered], i: int, end: int) -> None:
    """Set numbered block ``i`` as a paragraph with a run-in heading: its first ``end`` characters."""
    item = numbered(out[i])
    text = _text(item.block)
    rest = text[end:]
    out[i] = Numbered(Paragraph(rest, lead=Lead("heading", text[:end], _number_of(text)),
                                spans=inline_spans(rest, Run()), line=item.block.line), item.family)


def _make_item(out: list[Block | Numbered], i: int) -> None:
    item = numbered(out[i])
    block = item.block
    text = _text(block)
    out[i] = Numbered(Paragraph(text, spans=inline_spans(text, Run()), line=block.line),
                      item.family, item=True)
