"""Finding fonts: installed fonts by family name before the bundled ones, configured fonts
before both, and candidates that cannot be embedded skipped with a note.

Installed fonts are faked: bundled fonts copied into a temporary folder with another name
table (so the copy of FandolKai says it is 仿宋_GB2312), other embedding rights or CFF
outlines, and indexed the way docgen indexes a font folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers.fontfiles import as_cff, bundled, renamed, with_fs_type, write_collection

from docgen.cli.fontoptions import font_settings
from docgen.errors import UsageError
from docgen.fonts import FontSet, load_font
from docgen.fonts.folders import scan_folders
from docgen.fonts.fontconfig import parse_fc_list
from docgen.fonts.sfnt import read_faces
from docgen.style import load_style

FAKE_FANGSONG_PS = "FakeFangSongGB2312"


@pytest.fixture(scope="module")
def fake_fangsong(tmp_path_factory) -> Path:
    """FandolKai, renamed 仿宋_GB2312 / FangSong_GB2312 (a font of its own, so that where it
    is used can be told apart from the bundled FandolFang)."""
    folder = tmp_path_factory.mktemp("fangsong")
    return renamed(bundled("FandolKai-Regular.ttf"), folder / "FS_GB2312.ttf", "仿宋_GB2312",
                   "FangSong_GB2312", FAKE_FANGSONG_PS)


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCGEN_CACHE_DIR", str(tmp_path / "cache"))


def installed(folder: Path):
    return scan_folders([folder], f"test folder {folder}")


def fonts_with(folder: Path, *settings: str) -> FontSet:
    return FontSet(load_style("gbt9704", settings), installed(folder))


def link(folder: Path, *files: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for file in files:
        (folder / file.name).symlink_to(file)
    return folder


# --------------------------------------------------------------------------- reading fonts


def test_the_name_table_gives_every_family_name(fake_fangsong):
    face, = read_faces(fake_fangsong)
    assert face.families == ("FangSong_GB2312", "仿宋_GB2312")  # English first
    assert face.family == "仿宋_GB2312"                          # shown: the Chinese name
    assert face.matches("仿宋_GB2312") and face.matches("fangsong_gb2312") and face.matches(FAKE_FANGSONG_PS)
    assert not face.matches("仿宋")
    assert face.outlines == "truetype" and face.embedding_problem() is None


def test_a_collection_has_one_description_per_face(tmp_path):
    first = renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "a.ttf", "新宋体", "NSimSun", "FakeNSimSun")
    second = renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "b.ttf", "宋体", "SimSun", "FakeSimSun")
    faces = read_faces(write_collection(tmp_path / "simsun.ttc", [first, second]))
    assert [(f.index, f.family) for f in faces] == [(0, "新宋体"), (1, "宋体")]


def test_fc_list_output_is_read_with_escaped_commas_and_without_named_instances():
    output = ("/f/simsun.ttc\t1\tSimSun,宋体\tSimSun\tSimSun\n"
              "/f/odd.ttf\t0\tA\\, B\tA\\, B Regular\tAB\n"
              "/f/var.ttf\t65537\tVar\tVar Bold\tVar-Bold\n"
              "/f/var.ttf\t0\tVar\tVar\tVar\n")
    listings = {(str(x.path), x.index): x.names for x in parse_fc_list(output)}
    assert listings == {("/f/simsun.ttc", 1): ("SimSun", "宋体", "SimSun", "SimSun"),
                        ("/f/odd.ttf", 0): ("A, B", "A, B Regular", "AB"),
                        ("/f/var.ttf", 0): ("Var", "Var", "Var")}


# --------------------------------------------------------------------------- resolution


def test_an_installed_font_comes_before_the_bundled_one(tmp_path, fake_fangsong):
    fonts = fonts_with(link(tmp_path / "fonts", fake_fangsong))
    file = fonts.file("fangsong")
    assert (file.path, file.source, file.family) == (tmp_path / "fonts" / "FS_GB2312.ttf", "installed", "仿宋_GB2312")
    assert fonts.file("kaiti").source == "bundled"  # nothing installed for 楷体
    assert not [d for d in fonts.diagnostics() if d.message.startswith("fangsong")]


def test_without_it_the_bundled_font_is_used_and_said_so(tmp_path):
    fonts = fonts_with(link(tmp_path / "empty"))
    file = fonts.file("fangsong")
    assert (file.path.name, file.source) == ("FandolFang-Regular.ttf", "bundled")
    note, = [d for d in fonts.diagnostics() if d.message.startswith("fangsong")]
    assert note.code == "font-bundled" and "仿宋_GB2312" in note.message and note.level == "info"


def test_a_cff_font_and_a_font_that_forbids_embedding_are_skipped_with_a_note(tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    as_cff(renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "x.ttf", "仿宋_GB2312",
                   "FangSong_GB2312", "CffFangSong"), folder / "FS_GB2312.otf")
    with_fs_type(renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "y.ttf", "黑体", "SimHei",
                         "LockedHei"), folder / "simhei.ttf", 0x0002)
    fonts = fonts_with(folder)
    assert fonts.file("fangsong").source == fonts.file("heiti").source == "bundled"
    notes = {d.message.split(":")[0]: d for d in fonts.diagnostics() if d.code == "font-skipped"}
    assert "PostScript (CFF) outlines" in notes["fangsong"].message
    assert "FS_GB2312.otf" in notes["fangsong"].message
    assert "forbids embedding" in notes["heiti"].message and "0x0002" in notes["heiti"].message


@pytest.mark.parametrize("fs_type, usable", [(0x0000, True), (0x0004, True), (0x0008, True),
                                             (0x0002, False), (0x0006, True), (0x0200, False),
                                             (0x0100, False)])
def test_embedding_rights_follow_the_least_restrictive_bit(tmp_path, fs_type, usable):
    folder = tmp_path / "fonts"
    folder.mkdir()
    with_fs_type(renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "x.ttf", "Times New Roman",
                         "Times New Roman", "TimesNewRomanPSMT"), folder / "times.ttf", fs_type)
    assert (fonts_with(folder).file("latin").source == "installed") is usable


def test_an_unreadable_font_and_one_reportlab_rejects_are_skipped(tmp_path, fake_fangsong):
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / "broken.ttf").write_bytes(b"\0\1\0\0" + b"\xff" * 40)
    data = bytearray(renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "t.ttf", "Times New Roman",
                             "Times New Roman", "BadMagic").read_bytes())
    magic = data.find(bytes.fromhex("5F0F3CF5"))
    data[magic:magic + 4] = b"\0\0\0\0"  # the head table's magic number: reportlab refuses the font
    (folder / "times.ttf").write_bytes(bytes(data))
    fonts = fonts_with(folder)
    assert fonts.font("latin").file.source == "bundled"
    skipped, = [d for d in fonts.diagnostics() if d.code == "font-skipped"]
    assert "times.ttf" in skipped.message and "cannot be loaded" in skipped.message
    index = installed(folder)
    assert [p.name for p, _ in index.problems] == ["broken.ttf"]


def test_bold_text_gets_the_bold_face_of_the_family(tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    for name, sub, ps in (("LiberationSerif-Regular.ttf", "Regular", "TimesNewRomanPSMT"),
                          ("LiberationSerif-Bold.ttf", "Bold", "TimesNewRomanPS-BoldMT")):
        renamed(bundled(name), folder / f"{ps}.ttf", "Times New Roman", "Times New Roman", ps, sub)
    fonts = fonts_with(folder)
    regular, bold = fonts.file("latin"), fonts.file("latin", bold=True)
    assert (regular.path.name, regular.bold) == ("TimesNewRomanPSMT.ttf", False)
    assert (bold.path.name, bold.bold, bold.source) == ("TimesNewRomanPS-BoldMT.ttf", True, "installed")


def test_a_collection_gives_the_face_of_the_family_asked_for(tmp_path):
    first = renamed(bundled("NotoSerifSC-Regular.ttf"), tmp_path / "a.ttf", "新宋体", "NSimSun", "FakeNSimSun")
    second = renamed(bundled("NotoSerifSC-Regular.ttf"), tmp_path / "b.ttf", "宋体", "SimSun", "FakeSimSun")
    folder = tmp_path / "fonts"
    folder.mkdir()
    write_collection(folder / "simsun.ttc", [first, second])
    file = fonts_with(folder).file("songti")  # search: 宋体 before NSimSun
    assert (file.path.name, file.index, file.family) == ("simsun.ttc", 1, "宋体")
    assert load_font(file).has("宋")


# --------------------------------------------------------------------------- configured fonts


def test_a_configured_file_comes_before_an_installed_font(tmp_path, fake_fangsong):
    mine = bundled("FandolKai-Regular.ttf")
    fonts = fonts_with(link(tmp_path / "fonts", fake_fangsong), f'typefaces.fangsong.font="{mine}"')
    assert (fonts.file("fangsong").path, fonts.file("fangsong").source) == (mine, "configured")


def test_a_configured_family_is_looked_for_among_installed_and_bundled_fonts(tmp_path, fake_fangsong):
    fonts = fonts_with(link(tmp_path / "fonts", fake_fangsong),
                       'typefaces.heiti.font="FangSong_GB2312"', 'typefaces.kaiti.font="FandolFang"')
    assert fonts.file("heiti").path.name == "FS_GB2312.ttf" and fonts.file("heiti").source == "configured"
    assert fonts.file("kaiti").path.name == "FandolFang-Regular.ttf"


def test_a_configured_font_that_cannot_be_used_is_a_warning(tmp_path, fake_fangsong):
    fonts = fonts_with(link(tmp_path / "fonts", fake_fangsong), 'typefaces.fangsong.font="方正仿宋_GBK"',
                       f'typefaces.kaiti.font="{tmp_path / "missing.ttf"}"')
    assert fonts.file("fangsong").path.name == "FS_GB2312.ttf"  # the search list still applies
    assert fonts.file("kaiti").source == "bundled"
    warnings = {d.message.split(":")[0]: d.message for d in fonts.diagnostics() if d.level == "warning"}
    assert "方正仿宋_GBK" in warnings["fangsong"] and "no installed or bundled font" in warnings["fangsong"]
    assert "missing.ttf" in warnings["kaiti"] and "cannot read" in warnings["kaiti"]


def test_font_options_name_roles_by_typeface_chinese_name_or_part_of_the_document(tmp_path, fake_fangsong):
    style = load_style("gbt9704")
    settings = font_settings(style, ["body=仿宋_GB2312", "黑体=SimHei", f"page_number={fake_fangsong}",
                                     "heading2=楷体"])
    assert settings[:2] == ['typefaces.fangsong.font="仿宋_GB2312"', 'typefaces.heiti.font="SimHei"']
    assert settings[2] == f"typefaces.songti.font={json.dumps(str(fake_fangsong))}"
    assert settings[3] == 'typefaces.kaiti.font="楷体"'
    assert load_style("gbt9704", settings).typefaces.songti.font == str(fake_fangsong)
    for bad, problem in (("body", "expected ROLE=FONT"), ("nose=宋体", "unknown role 'nose'"),
                         (f"body={tmp_path / 'no.ttf'}", "no such font file")):
        with pytest.raises(UsageError, match=problem):
            font_settings(style, [bad])


# --------------------------------------------------------------------------- the folder index


def test_a_folder_scan_is_cached_and_rereads_only_changed_files(tmp_path, fake_fangsong, monkeypatch):
    from docgen.fonts import folders as installed_module

    folder = link(tmp_path / "fonts", fake_fangsong)
    assert installed(folder).find("仿宋_GB2312")
    reads = []
    real = installed_module.read_faces
    monkeypatch.setattr(installed_module, "read_faces", lambda path: reads.append(path.name) or real(path))
    assert installed(folder).find("FangSong_GB2312") and reads == []
    renamed(bundled("LiberationSerif-Regular.ttf"), folder / "times.ttf", "Times New Roman",
            "Times New Roman", "TimesNewRomanPSMT")
    index = installed(folder)
    assert reads == ["times.ttf"] and index.find("times new roman") and index.find("仿宋_GB2312")


def fake_fc_list(folder: Path, listing: str) -> Path:
    """An ``fc-list`` that prints ``listing`` (the fonts it knows) and counts its runs."""
    program = folder / "fc-list"
    program.write_text(f"""#!/bin/sh
echo run >> {folder / 'runs'}
case "$*" in *charset*) exit 0;; esac
cat <<'END'
{listing}
END
""")
    program.chmod(0o755)
    return program


def test_fontconfig_fonts_are_listed_once_and_again_when_a_font_folder_changes(tmp_path, fake_fangsong,
                                                                                monkeypatch):
    from docgen.fonts.fontconfig import fontconfig_fonts

    fonts = link(tmp_path / "fonts", fake_fangsong)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_fc_list(bin_dir, f"{fonts / 'FS_GB2312.ttf'}\t0\tFangSong_GB2312,仿宋_GB2312\tFangSong_GB2312\tFS")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    runs = lambda: (bin_dir / "runs").read_text().count("run")
    first = fontconfig_fonts()
    assert first.origin.startswith("fontconfig") and [x.path for x in first.find("仿宋_GB2312")] == [
        fonts / "FS_GB2312.ttf"]
    assert fontconfig_fonts().find("FangSong_GB2312") and runs() == 1  # from the cache
    style = load_style("gbt9704")
    assert FontSet(style, fontconfig_fonts()).file("fangsong").source == "installed"
    (fonts / "new.ttf").symlink_to(bundled("LiberationSerif-Regular.ttf"))  # the folder changes
    assert fontconfig_fonts().find("仿宋_GB2312") and runs() == 2


def test_a_relative_font_file_in_a_preset_is_found_beside_the_preset(tmp_path):
    renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "mine.ttf", "我的", "Mine", "MineRegular")
    preset = tmp_path / "mine.toml"
    preset.write_text('extends = "gbt9704"\n\n[typefaces.latin]\nfont = "mine.ttf"\n', encoding="utf-8")
    fonts = FontSet(load_style(preset), installed(link(tmp_path / "none")))
    assert (fonts.file("latin").path, fonts.file("latin").source) == (tmp_path / "mine.ttf", "configured")
