"""`docgen styles list|show|new`: the presets as a user sees them, and as files they edit."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import tomllib

import pytest
from helpers.documents import ROOT, seed
from helpers.pdfmeasure import open_pdf, rows
from test_cli import assert_clean_failure

from docgen.resources import presets_dir
from docgen.style import load_style

PRESETS = sorted(p.stem for p in presets_dir().glob("*.toml"))


def docgen(args, cwd, user_dir):
    """Run docgen with ``user_dir`` as the user preset folder; stdout and stderr as text."""
    env = {**os.environ, "DOCGEN_STYLES": str(user_dir)}
    result = subprocess.run([sys.executable, "-m", "docgen", *map(str, args)], cwd=cwd, env=env,
                            capture_output=True)
    return Run(result.returncode, result.stdout.decode(), result.stderr.decode(), result)


@dataclasses.dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    raw: subprocess.CompletedProcess


@pytest.fixture
def user_dir(tmp_path):
    return tmp_path / "user-styles"


def test_list_shows_every_preset_with_its_origin(tmp_path, user_dir):
    user_dir.mkdir()
    (user_dir / "office.toml").write_text('extends = "speech"\ndescription = "本办讲话稿"\n',
                                          encoding="utf-8")
    (user_dir / "broken.toml").write_text('extends = "gbt9704"\n[grid]\nlines = 101\n', encoding="utf-8")
    out = docgen(["styles", "list"], tmp_path, user_dir).stdout.splitlines()
    names = [line.split()[0] for line in out]
    assert names[0] == "gbt9704"  # the default first, then by name
    assert names[1:] == sorted(n for n in [*PRESETS, "office", "broken"] if n != "gbt9704")
    rows = {line.split()[0]: line for line in out}
    for name in PRESETS:
        assert rows[name].endswith("[built-in]") and load_style(name).description in rows[name]
    assert "本办讲话稿" in rows["office"] and rows["office"].endswith(f"[user: {user_dir / 'office.toml'}]")
    assert "(invalid: grid.lines = 101: expected a whole number from 1 to 100)" in rows["broken"]


@pytest.mark.parametrize("name", PRESETS)
def test_show_prints_toml_that_loads_back_to_the_same_style(tmp_path, user_dir, name):
    result = docgen(["styles", "show", name], tmp_path, user_dir)
    assert result.returncode == 0, result.stderr
    table = tomllib.loads(result.stdout)
    assert "extends" not in table  # fully resolved
    path = tmp_path / "shown.toml"
    path.write_text(result.stdout, encoding="utf-8")
    assert load_style(path) == load_style(name)


def test_show_keeps_the_comments_of_the_files_and_says_what_relative_units_come_to(tmp_path, user_dir):
    out = docgen(["styles", "show", "large-print"], tmp_path, user_dir).stdout
    lines = out.splitlines()
    assert lines[0] == "# large-print, fully resolved: large-print.toml ← speech.toml ← gbt9704.toml"
    # a value set by large-print keeps large-print's comment, an inherited one gbt9704's
    assert any(line.startswith('size = "二号"') and line.endswith("# 22 pt 仿宋 (em and 2字 indents follow it)")
               for line in lines)
    assert 'top = "37mm"             # 天头 37 mm ± 1 mm' in lines
    # 2字 of the large-print grid: 156 mm / 20 characters × 2
    assert 'first_indent = "2字"     # = 44.22pt; 左空二字' in lines
    assert "# character pitch (derived): 156.0 mm / 20 = 22.11pt" in lines


def test_show_with_set(tmp_path, user_dir):
    result = docgen(["styles", "show", "gbt9704", "--set", "body.size=小二", "--set", "grid.chars=24"],
                    tmp_path, user_dir)
    assert "← --set body.size=小二 ← --set grid.chars=24" in result.stdout.splitlines()[0]
    body = tomllib.loads(result.stdout)["roles"]["body"]
    assert body["size"] == "小二"
    assert any(line.startswith('size = "小二"') and "# --set body.size=小二 (font size" in line
               for line in result.stdout.splitlines())


def test_show_refuses_a_bad_value(tmp_path, user_dir):
    result = docgen(["styles", "show", "gbt9704", "--set", "grid.lines=101"], tmp_path, user_dir)
    assert_clean_failure(result.raw, 2,
                         "docgen: error: --set grid.lines=101: grid.lines = 101: expected a whole "
                         "number from 1 to 100")


def test_new_writes_a_commented_copy_into_the_user_folder(tmp_path, user_dir):
    result = docgen(["styles", "new", "本办", "--from", "draft"], tmp_path, user_dir)
    assert result.returncode == 0, result.stderr
    written = user_dir / "本办.toml"
    assert result.stderr == f"wrote {written}: a copy of draft; use it with --style 本办\n"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# 本办 — a copy of the preset draft (draft.toml ← gbt9704.toml).")
    assert 'right = "48mm"           # 26 mm + 22 mm for comments: a text block 134 mm wide' in text
    copy, original = load_style(written), load_style("draft")
    assert copy.name == "本办" and copy.description == f"copy of draft: {original.description}"
    assert dataclasses.replace(copy, name=original.name, description=original.description) == original
    # and it is a preset by that name now
    listed = docgen(["styles", "list"], tmp_path, user_dir).stdout
    assert f"[user: {written}]" in listed


def test_new_never_overwrites(tmp_path, user_dir):
    assert docgen(["styles", "new", "mine"], tmp_path, user_dir).returncode == 0
    target = user_dir / "mine.toml"
    target.write_text("# my edits\n", encoding="utf-8")
    result = docgen(["styles", "new", "mine", "--from", "speech"], tmp_path, user_dir)
    assert_clean_failure(result.raw, 3, f"{target}: already exists")
    assert target.read_text(encoding="utf-8") == "# my edits\n"


def test_new_to_a_folder_or_a_file(tmp_path, user_dir):
    folder = tmp_path / "presets"
    folder.mkdir()
    assert docgen(["styles", "new", "a", "-o", folder], tmp_path, user_dir).returncode == 0
    assert load_style(folder / "a.toml").name == "a"
    result = docgen(["styles", "new", "b", "-o", "b.toml", "--set", "grid.model=em"], tmp_path, user_dir)
    assert result.returncode == 0 and "use it with --style b.toml" in result.stderr
    assert load_style(tmp_path / "b.toml").grid.model == "em"
    assert not user_dir.exists()  # nothing written where it was not asked for


@pytest.mark.parametrize("args, code, message", [
    (["styles", "new", "../x"], 2, "preset name '../x': use letters, digits, '-', '_' and '.'"),
    (["styles", "new", "x", "-o", "x.txt"], 2, "x.txt: a preset file's name ends in .toml"),
    (["styles", "new", "x", "-o", "nowhere/x.toml"], 3, "the output folder does not exist"),
    (["styles", "new", "x", "--from", "nope"], 2, "unknown style 'nope'"),
])
def test_new_refuses(tmp_path, user_dir, args, code, message):
    assert_clean_failure(docgen(args, tmp_path, user_dir).raw, code, message)
    assert not (user_dir / "x.toml").exists()


def test_the_documented_example_preset_works_as_described(tmp_path, user_dir):
    presets = (ROOT / "docs" / "presets.md").read_text(encoding="utf-8")
    section = presets[presets.index("## Your own preset"):presets.index("## A house style")]
    example = section[section.index("```toml\n") + 8:section.index("```", section.index("```toml\n") + 8)]
    user_dir.mkdir()
    (user_dir / "county.toml").write_text(example, encoding="utf-8")
    result = docgen(["convert", seed("004"), "-o", "out.pdf", "--style", "county", "-q"], tmp_path, user_dir)
    assert result.returncode == 0, result.stderr
    county, speech = load_style(user_dir / "county.toml"), load_style("speech")
    assert county.grid.line_pitch == 28 and county.roles.body.line_pitch == 28  # "1行" follows
    assert county.roles.heading2.bold and not speech.roles.heading2.bold
    assert county.page_number.placement == "center" and county.metadata.author == "中共XX县委办公室"
    assert county.roles.enumeration.bold == speech.roles.enumeration.bold  # the rest: speech
    with open_pdf((tmp_path / "out.pdf").read_bytes()) as pdf:
        assert pdf.metadata["Author"] == "中共XX县委办公室"  # the text names no speaker
        number = rows(pdf.pages[0], 13.5, 14.5)[-1]
        assert abs((number.x0 + number.x1) / 2 - (county.page.margins.left + county.page.text_width / 2)) < 3
