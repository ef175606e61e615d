"""Presets: units, validation messages, inheritance and --set overrides."""

from __future__ import annotations

import pytest

from docgen.errors import StyleError
from docgen.style import load_style
from docgen.style.units import CHINESE_SIZES, Basis, UnitError, parse_length, parse_size

MM = 72 / 25.4


def test_default_preset_has_the_standard_numbers():
    style = load_style()
    margins = style.page.margins
    assert (round(margins.top / MM, 3), round(margins.bottom / MM, 3),
            round(margins.left / MM, 3), round(margins.right / MM, 3)) == (37, 35, 28, 26)
    assert round(style.page.width / MM) == 210 and round(style.page.height / MM) == 297
    assert (style.grid.lines, style.grid.chars) == (22, 28)
    assert style.grid.line_pitch == pytest.approx(28.95)
    assert style.char_pitch == pytest.approx(156 * MM / 28)
    assert style.roles.title.size == 22 and style.roles.body.size == 16
    assert style.roles.heading1.typeface == "heiti" and style.roles.heading2.typeface == "kaiti"
    assert style.roles.body.first_indent == pytest.approx(2 * style.char_pitch)
    assert style.page_number.size == 14 and style.page_number.placement == "outside"
    assert style.page_number.offset == pytest.approx(7 * MM)
    assert style.mark.text == "" and style.line_numbers.every == 0
    assert style.metadata.language == "zh-CN"


def test_default_preset_has_the_numbers_of_the_masthead_colophon_and_seal():
    style = load_style()
    masthead, cell = style.masthead, style.char_pitch
    assert masthead.format == "auto" and masthead.color == "#FF0000" and masthead.mark_min_scale == 50
    down, up, letter = masthead.down, masthead.up, masthead.letter
    order, minutes = masthead.order, masthead.minutes
    assert (down.mark_top, down.mark_from, down.mark_suffix) == (pytest.approx(35 * MM), "text", "文件")
    assert (down.number, down.rule, down.rule_gap, down.rule_length) == (
        "center", "single", pytest.approx(4 * MM), pytest.approx(156 * MM))
    assert down.number_gap == down.body_gap == pytest.approx(2 * 28.95)
    assert (up.number, up.mark_top, up.rule) == ("left", pytest.approx(35 * MM), "single")
    assert (letter.mark_top, letter.mark_from, letter.mark_suffix, letter.rule) == (
        pytest.approx(30 * MM), "paper", "", "double")
    assert (letter.rule_length, letter.elements_gap, letter.footer_rule_bottom) == (
        pytest.approx(170 * MM), pytest.approx(7 / 8 * 16), pytest.approx(20 * MM))
    assert (letter.first_page_number, letter.colophon_rules, letter.print_line, letter.footer_rule) == (
        False, False, False, True)
    assert (order.mark_top, order.mark_suffix, order.rule) == (pytest.approx(20 * MM), "令", "none")
    assert (minutes.mark_top, minutes.mark_suffix) == (pytest.approx(35 * MM), "纪要")
    assert style.colophon.thick_rule == pytest.approx(0.35 * MM) and style.colophon.thin_rule == pytest.approx(0.25 * MM)
    assert not style.colophon.two_sided
    assert (style.seal.file, style.seal.kind, style.seal.size) == ("", "auto", pytest.approx(42 * MM))
    assert style.seal.date_right == pytest.approx(4 * cell) and style.seal.title_gap == pytest.approx(2 * cell)
    roles = style.roles
    assert (roles.issuer_mark.typeface, roles.issuer_mark.size, roles.issuer_mark.align) == ("title", 42, "center")
    assert roles.secrecy.typeface == roles.urgency.typeface == roles.attendance_label.typeface == "heiti"
    assert roles.signer_name.typeface == "kaiti" and roles.signer.right_indent == pytest.approx(cell)
    assert roles.distribution.size == 14


@pytest.mark.parametrize("preset, chosen", [
    ("downward", "down"), ("upward", "up"), ("letter", "letter"), ("order", "order"), ("minutes", "minutes"),
    ("speech", "none"), ("large-print", "none"), ("draft", "auto"), ("office-28pt", "auto"),
])
def test_each_preset_prints_its_format(preset, chosen):
    style = load_style(preset)
    assert style.masthead.format == chosen
    assert (style.seal.kind == "signature") == (preset == "order")


@pytest.mark.parametrize("setting, message", [
    ("masthead.color=red", 'masthead.color = "red": expected a colour "#RRGGBB", e.g. "#FF0000"'),
    ("masthead.format=memo", 'masthead.format = "memo": expected one of: auto, none, down, up, letter, order, minutes'),
    ("masthead.mark_min_scale=20", "masthead.mark_min_scale = 20: expected a whole number from 30 to 100"),
    ("masthead.letter.rule=triple", 'masthead.letter.rule = "triple": expected one of: single, double, none'),
    ("seal.kind=stamp", 'seal.kind = "stamp": expected one of: auto, none, seal, signature'),
    ("seal.file=nope.png", 'seal.file = "nope.png": cannot read the seal\'s picture: No such file or directory'),
])
def test_masthead_and_seal_values_are_checked(setting, message):
    with pytest.raises(StyleError) as caught:
        load_style("gbt9704", [setting])
    assert str(caught.value) == f"--set {setting}: {message}"


def test_a_seal_named_in_a_preset_is_found_next_to_it(tmp_path):
    from PIL import Image

    Image.new("RGBA", (10, 10)).save(tmp_path / "our-seal.png")
    preset = tmp_path / "office.toml"
    preset.write_text('extends = "gbt9704"\n[seal]\nfile = "our-seal.png"\n', encoding="utf-8")
    assert load_style(preset).seal.file == str((tmp_path / "our-seal.png").resolve())


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize("text, points", [
    ("37mm", 37 * MM), ("2.5cm", 25 * MM), ("16pt", 16), ("579twip", 28.95), ("1in", 72),
    ("2字", 2 * 15.5), ("1em", 16), ("1行", 29), ("0", 0), (0, 0), ("0.5行", 14.5),
    (" 12 pt ", 12), ("20twips", 1),
])
def test_lengths(text, points):
    assert parse_length(text, Basis(char=15.5, em=16, line=29)) == pytest.approx(points)


def test_relative_units_need_a_basis():
    with pytest.raises(UnitError, match="字 is relative to the preset's own grid"):
        parse_length("2字", None)
    assert parse_length("2mm", None) == pytest.approx(2 * MM)


def test_signed_lengths():
    assert parse_length("-0.25pt", allow_negative=True) == -0.25
    with pytest.raises(UnitError, match="must not be negative"):
        parse_length("-0.25pt")


@pytest.mark.parametrize("text, points", [("三号", 16), ("二号", 22), ("小二", 18), ("四号", 14),
                                          ("初号", 42), ("八号", 5), ("15.5pt", 15.5), ("5mm", 5 * MM)])
def test_sizes(text, points):
    assert parse_size(text) == pytest.approx(points)


def test_the_chinese_size_table_of_the_notes():
    """GB/T 9704 notes §2.2 (../shared/gbt9704.md), written out here by hand."""
    table = {"初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18, "三号": 16,
             "小三": 15, "四号": 14, "小四": 12, "五号": 10.5, "小五": 9, "六号": 7.5, "小六": 6.5,
             "七号": 5.5, "八号": 5}
    assert table == CHINESE_SIZES


@pytest.mark.parametrize("value", ["37", "37 furlongs", 37, True, "-3mm", None, [1], "mm"])
def test_bad_lengths(value):
    with pytest.raises(UnitError):
        parse_length(value)


@pytest.mark.parametrize("value", ["三号半", "300pt", "0.5pt", "16", 16, "1em"])
def test_bad_sizes(value):
    with pytest.raises(UnitError):
        parse_size(value)


# --------------------------------------------------------------------------- inheritance


def _preset(tmp_path, body: str, name: str = "my.toml"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_extends_and_override(tmp_path):
    path = _preset(tmp_path, 'extends = "gbt9704"\nname = "mine"\ndescription = "mine"\n'
                             '[roles.body]\nsize = "小二"\n[grid]\nchars = 24\n'
                             '[page.margins]\ntop = "35mm"\n')
    style = load_style(path)
    assert style.roles.body.size == 18 and style.page.margins.top == pytest.approx(35 * MM)
    assert style.roles.title.size == 22  # inherited
    # relative units follow the preset's own grid: 2字 of 24 characters in 156 mm
    assert style.roles.body.first_indent == pytest.approx(2 * 156 * MM / 24)


def test_extends_a_path_relative_to_the_preset(tmp_path):
    (tmp_path / "sub").mkdir()
    _preset(tmp_path, 'extends = "gbt9704"\n[grid]\nlines = 20\n', "base.toml")
    path = _preset(tmp_path, 'extends = "../base.toml"\n[page_number]\nplacement = "center"\n',
                   "sub/top.toml")
    style = load_style(path)
    assert style.grid.lines == 20 and style.page_number.placement == "center"
    assert style.name == "top"  # a preset's name is its own, not inherited


# --------------------------------------------------------------------------- --set


@pytest.mark.parametrize("setting, read, expected", [
    ("page.margins.top=35mm", lambda s: s.page.margins.top, 35 * MM),           # length, mm
    ("page.width=22cm", lambda s: s.page.width, 220 * MM),                      # length, cm
    ("grid.line_pitch=560twip", lambda s: s.grid.line_pitch, 28),               # length, twip
    ("body.first_indent=1字", lambda s: s.roles.body.first_indent, 156 * MM / 28),  # length, 字
    ("body.space_before=0.5行", lambda s: s.roles.body.space_before, 28.95 / 2),  # length, 行
    ("heading1.left_indent=1em", lambda s: s.roles.heading1.left_indent, 16),   # length, em
    ("body.size=15pt", lambda s: s.roles.body.size, 15),                        # size, pt
    ("roles.title.size=小一", lambda s: s.roles.title.size, 24),                 # size, name
    ("grid.lines=20", lambda s: s.grid.lines, 20),                              # count
    ("line_numbers.every=5", lambda s: s.line_numbers.every, 5),                # count from 0
    ("roles.heading3.bold=true", lambda s: s.roles.heading3.bold, True),        # flag
    ("body.keep_together=true", lambda s: s.roles.body.keep_together, True),    # flag
    ("grid.model=em", lambda s: s.grid.model, "em"),                            # choice
    ("page_number.placement=center", lambda s: s.page_number.placement, "center"),
    ("page_number.format=- {page} -", lambda s: s.page_number.format, "- {page} -"),  # text
    ('mark.text="征求意见稿"', lambda s: s.mark.text, "征求意见稿"),              # quoted text
    ("metadata.language=zh-Hans-CN", lambda s: s.metadata.language, "zh-Hans-CN"),
    ('typefaces.fangsong.search=["仿宋"]', lambda s: s.typefaces.fangsong.search, ("仿宋",)),
    ('metadata.keywords=["讲话", "党建"]', lambda s: s.metadata.keywords, ("讲话", "党建")),
    ("docx.char_spacing=-0.5pt", lambda s: s.docx.char_spacing, -0.5),          # signed length
])
def test_set_overrides_every_value_type(setting, read, expected):
    style = load_style("gbt9704", [setting])
    assert read(style) == pytest.approx(expected)
    assert read(load_style("gbt9704")) != pytest.approx(expected)


def test_later_settings_win_and_apply_to_relative_units():
    style = load_style("gbt9704", ["grid.chars=24", "page.margins.right=48mm", "grid.chars=22"])
    assert style.grid.chars == 22
    assert style.roles.body.first_indent == pytest.approx(2 * 134 * MM / 22)


@pytest.mark.parametrize("setting, message", [
    ("body.size", "--set 'body.size': expected KEY=VALUE, e.g. roles.heading2.bold=true"),
    ("=3", "--set '=3': expected KEY=VALUE, e.g. roles.heading2.bold=true"),
    ("body..size=三号", "--set 'body..size=三号': expected KEY=VALUE, e.g. roles.heading2.bold=true"),
    ("body.sise=三号", "--set body.sise=三号: roles.body.sise: unknown key (did you mean 'size'?)"),
    ("grid.lines=lots", '--set grid.lines=lots: grid.lines = "lots": expected a whole number from 1 to 100'),
    ("grid.lines=30", "--set grid.lines=30: grid.lines = 30: 30 lines (grid.lines) of 28.95pt "
                      "(grid.line_pitch) take 306.4 mm, more than the 225.0 mm text block "
                      "(allowed: at most 22 lines, or a pitch up to 21.25pt)"),
    # a check of two values names the one just changed
    ("body.size=小二", '--set body.size=小二: roles.body.size = "小二": 28 characters (grid.chars) '
                     "of 18pt (roles.body.size) do not fit the 156.0 mm text width (allowed: at "
                     "most 25 characters, or a body size up to 16.2pt)"),
    ("title.size=初号", '--set title.size=初号: roles.title.size = "初号": lines of 42pt '
                      "(roles.title.size) on a 28.95pt pitch (roles.title.line_pitch) overlap "
                      "(allowed: a line pitch no smaller than the size)"),
    ("page=A4", '--set page=A4: page = "A4": expected a table of keys'),
])
def test_set_errors_name_the_option(setting, message):
    with pytest.raises(StyleError) as caught:
        load_style("gbt9704", [setting])
    assert str(caught.value) == message


# --------------------------------------------------------------------------- validation

BASE = 'extends = "gbt9704"\n'

#: (preset text, the message after "<file>: ") — one case per error path.
VALIDATION = [
    # keys
    (BASE + '[roles.body]\nsise = "三号"\n', "roles.body.sise: unknown key (did you mean 'size'?)"),
    (BASE + '[page.margins]\ninner = "3mm"\n',
     "page.margins.inner: unknown key (allowed: top, bottom, left, right)"),
    (BASE + 'colour = "red"\n', "colour: unknown key (allowed: name, description, page, grid, "
                                "typefaces, roles, page_number, layout, docx, mark, line_numbers, "
                                "masthead, colophon, seal, metadata)"),
    (BASE + 'page = "A4"\n', 'page = "A4": expected a table of keys'),
    (BASE + '[roles.body.size]\npt = 16\n', "roles.body.size: expected a value, not a table "
                                            "(font size: 三号, 小二, 16pt …)"),
    # types, one per kind
    (BASE + '[roles.body]\nsize = "三号半"\n',
     'roles.body.size = "三号半": expected a font size: a Chinese size name (初号 … 八号, e.g. '
     '"三号") or a length such as "16pt"'),
    (BASE + '[page.margins]\nleft = "-3mm"\n', 'page.margins.left = "-3mm": must not be negative'),
    (BASE + '[roles.body]\nfirst_indent = 2\n',
     'roles.body.first_indent = 2: a length needs a unit, e.g. "2pt" (units: mm, cm, in, pt, '
     'twip, twips, 字, em, 行)'),
    (BASE + '[roles.body]\nfirst_indent = "2 chars"\n',
     'roles.body.first_indent = "2 chars": unknown unit \'chars\' (units: mm, cm, in, pt, twip, '
     'twips, 字, em, 行)'),
    (BASE + '[page.margins]\ntop = "1行"\n',
     'page.margins.top = "1行": 行 is relative to the preset\'s own grid and body size and cannot be '
     'used here (units: mm, cm, in, pt, twip, twips)'),
    (BASE + '[grid]\nline_pitch = "2em"\n',
     'grid.line_pitch = "2em": em is relative to the preset\'s own grid and body size and cannot be '
     'used here (units: mm, cm, in, pt, twip, twips)'),
    (BASE + '[grid]\nlines = "22"\n', 'grid.lines = "22": expected a whole number from 1 to 100'),
    (BASE + '[grid]\nlines = 0\n', "grid.lines = 0: expected a whole number from 1 to 100"),
    (BASE + '[line_numbers]\nevery = 2.5\n',
     "line_numbers.every = 2.5: expected a whole number from 0 to 100"),
    (BASE + '[roles.body]\nbold = "yes"\n', 'roles.body.bold = "yes": expected true or false'),
    (BASE + '[grid]\nmodel = "boxes"\n', 'grid.model = "boxes": expected one of: linebox, em'),
    (BASE + '[mark]\ntext = 1\n', "mark.text = 1: expected a string in quotes"),
    (BASE + '[page_number]\nformat = "第页"\n',
     'page_number.format = "第页": expected text containing {page} once and no other braces, '
     'e.g. "— {page} —"'),
    (BASE + '[metadata]\nlanguage = "Chinese"\n',
     'metadata.language = "Chinese": expected a language tag such as "zh-CN"'),
    (BASE + '[metadata]\nkeywords = "讲话"\n',
     'metadata.keywords = "讲话": expected a list of strings, e.g. ["仿宋_GB2312", "仿宋"]'),
    # impossible values
    (BASE + '[page.margins]\nleft = "120mm"\nright = "100mm"\n',
     'page.margins.left = "120mm": leaves a text block -10.0 mm wide on the 210.0 mm wide page '
     '(allowed: left + right margins under 210.0 mm)'),
    (BASE + '[page.margins]\nbottom = "270mm"\n',
     'page.margins.bottom = "270mm": leaves a text block -10.0 mm high on the 297.0 mm high page '
     '(allowed: top + bottom margins under 297.0 mm)'),
    (BASE + '[grid]\nlines = 30\n',
     "grid.lines = 30: 30 lines (grid.lines) of 28.95pt (grid.line_pitch) take 306.4 mm, more "
     "than the 225.0 mm text block (allowed: at most 22 lines, or a pitch up to 21.25pt)"),
    (BASE + '[grid]\nline_pitch = "40pt"\n',
     'grid.line_pitch = "40pt": 22 lines (grid.lines) of 40pt (grid.line_pitch) take 310.4 mm, '
     "more than the 225.0 mm text block (allowed: at most 15 lines, or a pitch up to 28.99pt)"),
    (BASE + '[grid]\nchars = 40\n',
     "grid.chars = 40: 40 characters (grid.chars) of 16pt (roles.body.size) do not fit the "
     "156.0 mm text width (allowed: at most 28 characters, or a body size up to 11.3pt)"),
    (BASE + '[roles.heading1]\nfirst_indent = "30字"\n',
     'roles.heading1.first_indent = "30字": with the other indents this leaves no room for a '
     '16pt character in the 156.0 mm text width (allowed: first_indent + left_indent + '
     'right_indent under 150.4 mm)'),
    (BASE + '[roles.title]\nline_pitch = "20pt"\n',
     'roles.title.line_pitch = "20pt": lines of 22pt (roles.title.size) on a 20pt pitch '
     '(roles.title.line_pitch) overlap (allowed: a line pitch no smaller than the size)'),
    (BASE + '[roles.title]\nline_pitch = "30行"\n',
     'roles.title.line_pitch = "30行": one line is higher than the 225.0 mm text block '
     '(allowed: at most 225.0 mm)'),
    (BASE + '[page_number]\noffset = "34mm"\n',
     'page_number.offset = "34mm": a 14pt page number this far below the text block is cut off '
     'by the paper\'s edge (35.0 mm below the text block) (allowed: at most 30.1 mm)'),
    (BASE + '[page_number]\ngap = "150mm"\n',
     'page_number.gap = "150mm": leaves no room for the page number in the 156.0 mm text width '
     '(allowed: at most 141.2 mm)'),
    (BASE + '[mark]\ntext = "征求意见稿"\noffset = "36mm"\n',
     'mark.offset = "36mm": a 16pt mark this far above the text block sticks out over the '
     'paper\'s top edge (37.0 mm above the text block) (allowed: at most 32.0 mm)'),
    (BASE + '[mark]\ntext = "' + "征求意见稿" * 6 + '"\n',
     'mark.text = "' + "征求意见稿" * 6 + '": 30 characters of 16pt are wider than the 156.0 mm '
     'text width (allowed: at most 27 characters at this size)'),
    (BASE + '[line_numbers]\nevery = 1\ngap = "25mm"\n',
     'line_numbers.gap = "25mm": 12pt line numbers this far left of the text block fall off the '
     'paper (the left margin is 28.0 mm) (allowed: at most 21.6 mm)'),
    # the file itself
    ('name = "x"\n', "description: missing key (one line shown by `docgen styles list`)"),
    ('extends = 3\n', "extends = 3: expected the name or path of a preset"),
    ("this is not toml", "not valid TOML: Expected '=' after a key in a key/value pair (at line 1, "
                         "column 6)"),
]


@pytest.mark.parametrize("body, message", VALIDATION, ids=range(len(VALIDATION)))
def test_validation_messages_name_file_key_value_and_allowed(tmp_path, body, message):
    path = _preset(tmp_path, body)
    with pytest.raises(StyleError) as caught:
        load_style(path)
    assert str(caught.value) == f"{path}: {message}"


def test_an_error_in_the_preset_extended_names_that_file(tmp_path):
    base = _preset(tmp_path, BASE + '[roles.body]\nbold = "yes"\n', "base.toml")
    top = _preset(tmp_path, 'extends = "base.toml"\n[grid]\nlines = 20\n', "top.toml")
    with pytest.raises(StyleError) as caught:
        load_style(top)
    assert str(caught.value) == f'{base}: roles.body.bold = "yes": expected true or false'


@pytest.mark.parametrize("body, message", [
    ('extends = "nope"\n', "unknown style 'nope'; known: downward, draft, gbt9704, large-print, "
                           "letter, minutes, office-28pt, order, speech, upward"),
    ('extends = "gbt9074"\n', "unknown style 'gbt9074' (did you mean 'gbt9704'?); known: downward, "
                              "draft, gbt9704, large-print, letter, minutes, office-28pt, order, speech, upward"),
])
def test_unknown_preset_names_the_known_ones(tmp_path, monkeypatch, body, message):
    monkeypatch.setenv("DOCGEN_STYLES", str(tmp_path / "none"))
    with pytest.raises(StyleError) as caught:
        load_style(_preset(tmp_path, body))
    assert str(caught.value) == message


def test_extends_cycle(tmp_path):
    a = _preset(tmp_path, 'extends = "b.toml"\n', "a.toml")
    _preset(tmp_path, 'extends = "a.toml"\n', "b.toml")
    with pytest.raises(StyleError) as caught:
        load_style(a)
    assert str(caught.value).endswith(": extends: goes deeper than 10 presets (a cycle?)")


def test_missing_file(tmp_path):
    with pytest.raises(StyleError) as caught:
        load_style(tmp_path / "none.toml")
    assert str(caught.value) == f"{tmp_path / 'none.toml'}: no such style file"


def test_user_presets_are_listed(tmp_path, monkeypatch):
    from docgen.style import available_presets

    monkeypatch.setenv("DOCGEN_STYLES", str(tmp_path))
    _preset(tmp_path, 'extends = "gbt9704"\nname = "office"\ndescription = "our office"\n', "office.toml")
    presets = available_presets()
    assert presets["office"][1] == "user" and presets["gbt9704"][1] == "built-in"
    assert load_style("office").description == "our office"
