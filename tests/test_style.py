"""Presets: units, validation messages, inheritance and --set overrides."""

from __future__ import annotations

import pytest

from docgen.errors import StyleError
from docgen.style import load_style
from docgen.style.units import Basis, UnitError, parse_length, parse_size

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


@pytest.mark.parametrize("text, points", [
    ("37mm", 37 * MM), ("2.5cm", 25 * MM), ("16pt", 16), ("579twip", 28.95), ("1in", 72),
    ("2字", 2 * 15.5), ("1em", 16), ("1行", 29), ("0", 0), (0, 0),
])
def test_lengths(text, points):
    assert parse_length(text, Basis(char=15.5, em=16, line=29)) == pytest.approx(points)


@pytest.mark.parametrize("text, points", [("三号", 16), ("二号", 22), ("小二", 18), ("四号", 14),
                                          ("初号", 42), ("八号", 5), ("15.5pt", 15.5)])
def test_sizes(text, points):
    assert parse_size(text) == points


@pytest.mark.parametrize("value", ["37", "37 furlongs", 37, True, "-3mm", None])
def test_bad_lengths(value):
    with pytest.raises(UnitError):
        parse_length(value)


def _preset(tmp_path, body: str, name: str = "my.toml"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_extends_and_override(tmp_path):
    path = _preset(tmp_path, 'extends = "gbt9704"\nname = "mine"\ndescription = "mine"\n'
                             '[roles.body]\nsize = "小二"\n[page.margins]\ntop = "35mm"\n')
    style = load_style(path)
    assert style.roles.body.size == 18 and style.page.margins.top == pytest.approx(35 * MM)
    assert style.roles.title.size == 22  # inherited


def test_set_overrides_every_value_type():
    style = load_style("gbt9704", ["body.size=小二", "page.margins.top=35mm", "grid.lines=20",
                                    "roles.heading3.bold=true", "grid.model=em",
                                    'typefaces.fangsong.search=["仿宋"]',
                                    "page_number.format=- {page} -"])
    assert style.roles.body.size == 18
    assert style.page.margins.top == pytest.approx(35 * MM)
    assert style.grid.lines == 20 and style.grid.model == "em"
    assert style.roles.heading3.bold is True
    assert style.typefaces.fangsong.search == ("仿宋",)
    assert style.page_number.format == "- {page} -"


@pytest.mark.parametrize("body, message", [
    ('extends = "gbt9704"\n[roles.body]\nsise = "三号"\n',
     "roles.body.sise: unknown key (did you mean 'size'?)"),
    ('extends = "gbt9704"\n[roles.body]\nsize = "三号半"\n',
     'roles.body.size = "三号半": expected a font size'),
    ('extends = "gbt9704"\n[page.margins]\nleft = "-3mm"\n',
     'page.margins.left = "-3mm": must not be negative'),
    ('extends = "gbt9704"\n[grid]\nlines = "22"\n',
     'grid.lines = "22": expected a whole number from 1 to 100'),
    ('extends = "gbt9704"\n[grid]\nmodel = "boxes"\n',
     'grid.model = "boxes": expected one of: linebox, em'),
    ('extends = "gbt9704"\n[roles.body]\nbold = "yes"\n',
     'roles.body.bold = "yes": expected true or false'),
    ('extends = "gbt9704"\n[grid]\nlines = 30\n', "grid: 30 lines × 28.95pt"),
    ('extends = "gbt9704"\n[page.margins]\nleft = "120mm"\nright = "100mm"\n', "leave no text block"),
    ('name = "x"\n', "missing key"),
    ('extends = "nope"\n', "unknown style 'nope'"),
    ("this is not toml", "not valid TOML"),
])
def test_validation_messages_name_file_key_value_and_allowed(tmp_path, body, message):
    path = _preset(tmp_path, body)
    with pytest.raises(StyleError) as caught:
        load_style(path)
    text = str(caught.value)
    assert message in text
    if "unknown style" not in message:
        assert text.startswith(str(path))


def test_unknown_preset_name_suggests_the_nearest():
    with pytest.raises(StyleError, match="did you mean 'gbt9704'"):
        load_style("gbt9074")


def test_bad_set_syntax():
    with pytest.raises(StyleError, match="expected KEY=VALUE"):
        load_style("gbt9704", ["body.size"])


def test_user_presets_are_listed(tmp_path, monkeypatch):
    from docgen.style import available_presets

    monkeypatch.setenv("DOCGEN_STYLES", str(tmp_path))
    _preset(tmp_path, 'extends = "gbt9704"\nname = "office"\ndescription = "our office"\n', "office.toml")
    presets = available_presets()
    assert presets["office"][1] == "user" and presets["gbt9704"][1] == "built-in"
    assert load_style("office").description == "our office"
