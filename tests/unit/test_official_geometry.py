"""The geometry both renderers draw for a 公文, computed without a renderer: the 版头 of each
format, the 版记's lines, rules and page, the signature block under a seal, and the warnings
for fields a preset does not print.  The expected numbers are GB/T 9704's, written out here
(mm and 行), not taken from the preset."""

from __future__ import annotations

import functools

import pytest

import docgen
from docgen.model import Meta, Speech
from docgen.renderers.colophon import colophon, placement
from docgen.renderers.gongwen import chosen_format, unprinted
from docgen.renderers.masthead import masthead
from docgen.renderers.paragraphs import paragraphs
from docgen.renderers.seal import blank_lines_above
from docgen.style import Role, load_style

MM = 72 / 25.4
PITCH = 28.95          # pt: one 行 of the 22-line grid
CELL = 156 * MM / 28   # pt: one 字
TOP, LEFT = 37 * MM, 28 * MM


@functools.cache
def style(name: str = "gbt9704", *settings: str):
    return load_style(name, settings)


def measure(text: str, role: Role) -> float:
    """Every character one em wide (a plain measure, as good as any for geometry)."""
    return len(text) * role.size


NOTICE = Meta(issuer="某某县人民政府办公室文件", document_number="某政办发〔2024〕12号", title="关于某事的通知")


def lines_of(head, kind):
    return [line for line in head.lines if line.kind == kind]


# --------------------------------------------------------------------------- 版头


def test_the_mark_is_red_centred_and_its_top_35_mm_below_the_text_block():
    head = masthead(NOTICE, style(), measure)
    (mark,) = lines_of(head, "mark")
    assert mark.color == "#FF0000"
    assert mark.baseline - 0.88 * mark.size == pytest.approx(35 * MM)
    assert mark.x + mark.width / 2 == pytest.approx(156 * MM / 2)
    assert mark.width <= 156 * MM + 1e-6


def test_the_number_two_lines_under_the_mark_and_the_rule_4_mm_under_the_number():
    head = masthead(NOTICE, style(), measure)
    (mark,), (number,) = lines_of(head, "mark"), lines_of(head, "number")
    mark_bottom = mark.baseline + 0.12 * mark.size
    box_top = number.baseline - 0.88 * 16 - (PITCH - 16) / 2
    assert box_top / PITCH == pytest.approx(round(box_top / PITCH))  # on the grid
    assert box_top - mark_bottom >= 2 * PITCH - 1e-6                  # 下空二行
    assert box_top - mark_bottom < 3 * PITCH
    assert number.x + number.width / 2 == pytest.approx(156 * MM / 2)
    (rule,) = head.rules
    assert rule.y - rule.weight / 2 - (number.baseline + 0.12 * 16) == pytest.approx(4 * MM)
    assert (rule.x, rule.length, rule.color) == (pytest.approx(0), pytest.approx(156 * MM), "#FF0000")
    assert head.body_top / PITCH == pytest.approx(round(head.body_top / PITCH))
    assert 2 * PITCH <= head.body_top - rule.y < 3 * PITCH


def test_an_upward_number_left_and_signers_right_the_number_on_the_last_ones_line():
    head = masthead(Meta(issuer="某某县人民政府文件", document_number="某政发〔2024〕5号", signer="张三、李四"),
                    style(), measure)
    signers, (number,) = lines_of(head, "signer"), lines_of(head, "number")
    assert [s.text for s in signers] == ["签发人：张三", "签发人：李四"]
    assert signers[1].baseline - signers[0].baseline == pytest.approx(PITCH)
    assert number.baseline == pytest.approx(signers[1].baseline)
    assert number.x == pytest.approx(CELL)                                   # 居左空一字
    assert signers[1].x + signers[1].width == pytest.approx(156 * MM - CELL)  # 居右空一字
    assert signers[1].pieces[1].role == "signer_name"                        # the name in 楷体


def test_elements_stack_flush_left_on_lines_1_to_3():
    head = masthead(Meta(issuer="某某县人民政府文件", copy_number="000001", secrecy="机密★1年", urgency="特急"),
                    style(), measure)
    rows = [(line.kind, line.x, round((line.baseline - 0.88 * 16 - (PITCH - 16) / 2) / PITCH, 6))
            for line in head.lines if line.kind in ("copy_number", "secrecy", "urgency")]
    assert rows == [("copy_number", 0.0, 0), ("secrecy", 0.0, 1), ("urgency", 0.0, 2)]


def test_joint_issuers_stack_with_the_word_centred_beside_them():
    head = masthead(Meta(issuer="中共某某县委员会、某某县人民政府文件", document_number="某发〔2024〕3号"), style(), measure)
    names, (word,) = lines_of(head, "mark"), lines_of(head, "mark_word")
    assert [n.text for n in names] == ["中共某某县委员会", "某某县人民政府"] and word.text == "文件"
    assert names[0].width == pytest.approx(names[1].width)   # the shorter name spread to the longer
    assert word.x > names[0].x + names[0].width
    middle = (names[0].baseline - 0.88 * names[0].size + names[1].baseline + 0.12 * names[1].size) / 2
    assert word.baseline - 0.38 * word.size == pytest.approx(middle)
    left, right = names[0].x, word.x + word.width
    assert (left + right) / 2 == pytest.approx(156 * MM / 2)


def test_a_long_mark_is_condensed_to_the_text_block_then_made_smaller():
    head = masthead(Meta(issuer="某某自治州某某县人民政府办公室文件", document_number="某发〔2024〕1号"), style(), measure)
    (mark,) = lines_of(head, "mark")
    assert mark.scale < 1 and mark.size == 42 and mark.width == pytest.approx(156 * MM)
    long = masthead(Meta(issuer="某" * 30 + "文件", document_number="某发〔2024〕1号"), style(), measure)
    (mark,) = lines_of(long, "mark")
    assert mark.scale == 0.5 and mark.size < 42 and mark.width == pytest.approx(156 * MM)


def test_a_letter_name_30_mm_from_the_paper_double_rules_170_mm_number_right():
    meta = Meta(issuer="某某县人民政府办公室", document_number="某政办函〔2024〕8号", copy_number="000123", format="信函")
    head = masthead(meta, style(), measure)
    (mark,) = lines_of(head, "mark")
    assert mark.text == "某某县人民政府办公室"                                  # no 文件
    assert TOP + mark.baseline - 0.88 * mark.size == pytest.approx(30 * MM)
    thick, thin = head.rules
    assert thick.weight > thin.weight and thin.y > thick.y
    assert thick.y - thick.weight / 2 - (mark.baseline + 0.12 * mark.size) == pytest.approx(4 * MM)
    assert (thick.x, thick.length) == (pytest.approx(-7 * MM), pytest.approx(170 * MM))
    (number,), (copy,) = lines_of(head, "number"), lines_of(head, "copy_number")
    assert number.baseline == pytest.approx(copy.baseline)
    assert copy.baseline - 0.88 * 16 - (thin.y + thin.weight / 2) == pytest.approx(14)  # 7/8 of a 3号
    assert number.x + number.width == pytest.approx(156 * MM) and copy.x == 0
    upper, lower = head.footer_rules
    assert TOP + lower.y + lower.weight / 2 == pytest.approx(277 * MM)                   # 20 mm above the edge
    assert upper.weight < lower.weight and upper.y < lower.y
    assert not head.first_page_number


def test_an_order_mark_20_mm_down_its_number_and_no_rule():
    head = masthead(Meta(issuer="某某省人民政府令", document_number="第12号", format="命令"), style(), measure)
    (mark,), (number,) = lines_of(head, "mark"), lines_of(head, "number")
    assert mark.baseline - 0.88 * mark.size == pytest.approx(20 * MM)
    assert head.rules == () and head.footer_rules == ()
    number_bottom = number.baseline - 0.88 * 16 - (PITCH - 16) / 2 + PITCH
    assert head.body_top - number_bottom == pytest.approx(2 * PITCH)   # 令号下空二行


def test_the_format_the_text_asks_for_in_an_auto_preset_and_none_without_a_mark():
    assert chosen_format(NOTICE, style()) == "down"
    assert chosen_format(Meta(issuer="某局文件", signer="张三"), style()) == "up"
    assert chosen_format(Meta(issuer="某局", document_number="某函〔2024〕1号", format="信函"), style()) == "letter"
    assert chosen_format(Meta(issuer="某局文件"), style("letter")) == "letter"
    assert chosen_format(NOTICE, style("speech")) is None
    assert chosen_format(Meta(issuer="中央军委"), style()) is None          # a body named under a title
    assert chosen_format(Meta(document_number="某发〔2024〕1号"), style()) is None


def test_every_field_not_printed_is_a_warning():
    meta = Meta(issuer="某局文件", document_number="某发〔2024〕1号", signer="张三", secrecy="秘密",
                printed_by="某局办公室", printed_date="2024年3月1日")
    codes = lambda found: sorted(d.message.split(" ")[0] for d in found)
    assert codes(unprinted(meta, style("speech"))) == ["发文字号", "发文机关标志", "密级和保密期限", "签发人"]
    assert codes(unprinted(meta, style("downward"))) == ["签发人"]
    assert codes(unprinted(meta, style("letter"))) == ["印发日期", "印发机关", "签发人"]
    assert unprinted(meta, style("upward")) == []
    asked = unprinted(Meta(issuer="某局文件", format="纪要"), style("downward"))
    assert [d.code for d in asked] == ["field-not-printed"] and "纪要" in asked[0].message


# --------------------------------------------------------------------------- 版记


def speech(meta: Meta, text: str = "各单位：\n正文。\n") -> Speech:
    base = docgen.parse_text(text)
    return Speech(meta, base.blocks)


def test_the_colophon_lines_and_rules():
    s = speech(Meta(copies_to="县委办公室，县人大常委会办公室", printed_by="某局办公室", printed_date="2024年3月1日"))
    col = colophon(s, style(), measure)
    (copies,) = col.lines
    assert copies.text == "抄送：县委办公室，县人大常委会办公室。"  # a full stop after the last name
    assert copies.shape.left == pytest.approx(CELL + 3 * 14) and copies.shape.first == pytest.approx(-3 * 14)
    assert (col.print_line.office, col.print_line.date) == ("某局办公室", "2024年3月1日印发")
    assert col.rules_above == (pytest.approx(0.35 * MM), pytest.approx(0.25 * MM))
    assert col.rule_below == pytest.approx(0.35 * MM)
    assert colophon(speech(Meta(printed_by="某局办公室", printed_date="2024年3月1日")), style(), measure).rules_above == (
        pytest.approx(0.35 * MM),)
    letter = colophon(speech(Meta(issuer="某局", document_number="某函〔2024〕1号", format="信函",
                                  copies_to="某单位。", printed_by="某局办公室")), style(), measure)
    assert letter.print_line is None and set(letter.rules_above) == {0.0} and letter.rule_below == 0.0
    assert colophon(speech(Meta()), style(), measure) is None


@pytest.mark.parametrize("pages, fits, two_sided, expected", [
    (3, True, False, (3, 0, True)), (3, False, False, (4, 0, True)),
    (2, True, True, (2, 0, True)), (2, False, True, (4, 1, False)),
    (3, True, True, (4, 0, True)), (3, False, True, (4, 0, True)),
])
def test_the_colophon_page(pages, fits, two_sided, expected):
    where = placement(pages, fits, two_sided)
    assert (where.page, where.blank, where.numbered) == expected


# --------------------------------------------------------------------------- seals


def test_blank_lines_above_a_seal_put_its_top_within_one_line_of_the_text():
    for size in (30, 38, 42, 45, 50):
        height = size * MM
        lines = blank_lines_above(height, PITCH, 16)
        gap = lines * PITCH - height / 2 + (PITCH - 16) / 2  # from the characters above to the seal's top
        assert 0 <= gap < PITCH, size


def test_a_sealed_signature_date_4_zi_from_the_right_name_centred_seal_over_both():
    s = docgen.parse_text("各单位：\n正文内容。\n某某县人民政府办公室\n2024年3月1日\n")
    paras = paragraphs(s, style("gbt9704", "seal.kind=seal"), measure)
    name, date = paras[-2], paras[-1]
    wd = measure(date.text, style().roles.signature_date)

    def middle(shape):
        return (shape.left + 156 * MM - shape.right) / 2

    assert date.shape.align == name.shape.align == "center"
    assert middle(date.shape) + wd / 2 == pytest.approx(156 * MM - 4 * CELL)   # 右空四字
    assert middle(name.shape) == pytest.approx(middle(date.shape))
    spot = name.seal
    assert spot.x + spot.width / 2 == pytest.approx(middle(date.shape))
    assert spot.y == pytest.approx(-spot.height / 2) and spot.width == pytest.approx(42 * MM)
    assert name.space_before == pytest.approx(2 * PITCH) and spot.picture is None   # the space is left


def test_an_orders_signature_seal_title_left_date_under_it():
    s = docgen.parse_text("《某某办法》已经常务会议通过，现予公布。\n省长　张三\n2024年3月1日\n")
    st = style("order")
    paras = paragraphs(s, st, measure)
    name, date = paras[-2], paras[-1]
    spot = name.seal
    assert spot.x + spot.width == pytest.approx(156 * MM - 4 * CELL)
    assert name.shape.right == pytest.approx(4 * CELL + spot.width + 2 * CELL) and name.shape.align == "right"
    lift = (spot.height - PITCH) / 2
    assert name.space_before == pytest.approx(2 * PITCH + lift)          # the seal two lines under the text
    assert date.space_before == pytest.approx(lift + PITCH)              # a blank line under the seal
