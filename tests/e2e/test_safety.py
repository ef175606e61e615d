"""What the command line promises about the user's files and its own output: it never writes
over an input, keeps an output's permissions and refuses a read-only one, writes names up to
the file system's limit, says in one line (exit 3) when standard output or a file cannot be
written and ends quietly when the reader of a pipe goes away, keeps control characters out
of documents and the terminal, and blames the option that is wrong."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from helpers.documents import seed
from helpers.fontfiles import bundled, with_char, with_short_hmtx
from helpers.pdfmeasure import open_pdf

DOCGEN = [sys.executable, "-m", "docgen"]


def run(args, cwd, stdin: bytes | None = None, **kwargs):
    return subprocess.run([*DOCGEN, *map(str, args)], cwd=cwd, input=stdin, capture_output=True, **kwargs)


def assert_clean_failure(result, code: int, *fragments: str):
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert err.count("\n") == 1 and err.startswith("docgen: error: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err


@pytest.fixture
def word_file(tmp_path: Path) -> Path:
    """A Word file of the user's (made by docgen from a seed)."""
    path = tmp_path / "s.docx"
    assert run(["convert", seed("004"), "-o", path, "-q"], tmp_path).returncode == 0
    return path


# --------------------------------------------------------------------------- never over an input


@pytest.mark.parametrize("output", [None, "s.docx", ".", "./s.docx"])
def test_a_word_input_is_never_overwritten(tmp_path, word_file, output):
    before = word_file.read_bytes()
    args = ["convert", "s.docx"] + (["-o", output] if output else [])
    result = run(args, tmp_path)
    assert_clean_failure(result, 3, "s.docx", "is the input")
    assert word_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.docx"]


def test_a_hard_link_to_the_input_is_the_input(tmp_path, word_file):
    os.link(word_file, tmp_path / "link.docx")
    before = word_file.read_bytes()
    assert_clean_failure(run(["convert", "s.docx", "-o", "link.docx"], tmp_path), 3, "is the input")
    assert word_file.read_bytes() == before


def test_standard_input_redirected_from_the_output_is_refused(tmp_path, word_file):
    before = word_file.read_bytes()
    with word_file.open("rb") as stdin:
        result = subprocess.run([*DOCGEN, "convert", "-", "-o", "s.docx"], cwd=tmp_path, stdin=stdin,
                                capture_output=True)
    assert_clean_failure(result, 3, "is the input")
    assert word_file.read_bytes() == before


# --------------------------------------------------------------------------- permissions


def test_an_existing_output_keeps_its_permissions(tmp_path):
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    assert run(["convert", seed("000"), "-o", target, "-q"], tmp_path).returncode == 0
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_read_only_output_is_refused_unless_forced(tmp_path):
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    assert_clean_failure(run(["convert", seed("000"), "-o", target], tmp_path), 3, "x.pdf", "read-only", "--force")
    assert target.read_bytes() == b"old"
    assert run(["convert", seed("000"), "-o", target, "--force", "-q"], tmp_path).returncode == 0
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


# --------------------------------------------------------------------------- names and write failures


def test_an_output_name_of_245_bytes_is_written(tmp_path):
    name = "讲" * 80 + ".pdf"   # 240 + 4 bytes
    assert len(name.encode()) == 244
    result = run(["convert", seed("000"), "-o", name, "-q"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_an_output_name_longer_than_the_file_system_allows_is_exit_3(tmp_path):
    source = tmp_path / ("a" * 251 + ".txt")
    shutil.copy(seed("000"), source)
    result = run(["convert", source.name], tmp_path)
    assert_clean_failure(result, 3, "255")
    assert sorted(p.name for p in tmp_path.iterdir()) == [source.name]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [["convert", str(seed("000")), "-o", "-", "-f", "pdf"], ["rules"],
                                  ["inspect", str(seed("000"))]])
def test_a_full_disk_on_standard_output_is_exit_3(tmp_path, args):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([*DOCGEN, *args], cwd=tmp_path, stdout=full, stderr=subprocess.PIPE)
    assert_clean_failure(result, 3, "standard output", "No space left on device")


@pytest.mark.parametrize("args", [["rules"], ["convert", str(seed("000")), "-o", "-", "-f", "pdf"],
                                  ["inspect", str(seed("000")), "--json"], ["styles", "show"]])
def test_a_closed_pipe_ends_quietly_with_exit_3(tmp_path, args):
    read, write = os.pipe()
    os.close(read)
    try:
        result = subprocess.run([*DOCGEN, *args], cwd=tmp_path, stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert result.stderr == b""
    assert result.returncode == 3


def test_rules_piped_into_head_ends_quietly(tmp_path):
    result = subprocess.run(f"{sys.executable} -m docgen rules | head -1", shell=True, cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.stdout.count("\n") == 1 and result.stderr == ""


# --------------------------------------------------------------------------- control characters


def test_control_characters_of_a_title_reach_neither_the_document_nor_the_terminal(tmp_path):
    title = "关于\x1b[31m做好\x07工作\u202e的通知"
    result = run(["convert", seed("000"), "-o", "x.pdf", "--title", title], tmp_path)
    assert result.returncode == 0, result.stderr
    with open_pdf((tmp_path / "x.pdf").read_bytes()) as pdf:
        assert pdf.metadata["Title"] == "关于做好工作的通知"
        first = pdf.pages[0].extract_text()
    assert "\x1b" not in first and "做好工作" in first.replace("\n", "")
    assert run(["convert", seed("000"), "-o", "x.docx", "--title", title, "-q"], tmp_path).returncode == 0
    assert docx.Document(str(tmp_path / "x.docx")).core_properties.title == "关于做好工作的通知"


def test_control_characters_of_a_file_name_are_shown_escaped(tmp_path):
    name = "a\x1b[2Jb.txt"
    (tmp_path / name).write_bytes(b"")
    result = run(["convert", name, "-o", "x.pdf"], tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 1 and "\x1b" not in err and "a\\x1b[2Jb.txt" in err, err


# --------------------------------------------------------------------------- options that do not fit


def test_an_output_named_for_one_format_with_another_format_is_a_usage_error(tmp_path):
    result = run(["convert", seed("000"), "-o", "x.pdf", "-f", "docx"], tmp_path)
    assert_clean_failure(result, 2, "x.pdf", "docx")
    assert list(tmp_path.iterdir()) == []


def test_an_impossible_setting_blames_the_setting(tmp_path):
    result = run(["convert", seed("000"), "-o", "x.pdf", "--set", "page.width=0mm"], tmp_path)
    assert_clean_failure(result, 2, "--set page.width=0mm", "page.width")
    assert "gbt9704.toml" not in result.stderr.decode()


# --------------------------------------------------------------------------- U+FFFD and fallback fonts


def test_a_replacement_character_drawn_in_a_fallback_font_renders(tmp_path):
    """A fallback font whose last glyphs share one advance width (a short ``hmtx``, as
    DejaVu Sans has) draws U+FFFD, which docgen itself puts in for a cut last byte."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    with_short_hmtx(with_char(bundled("LiberationSerif-Regular.ttf"), tmp_path / "wide.ttf", 0xFFFD, "?"),
                    fonts / "Replacement.ttf")
    text = "关于做好工作的通知\n\n各单位：\n\n现将有关事项通知如下。请认真贯彻执行".encode() + "。".encode()[:2]
    (tmp_path / "cut.txt").write_bytes(text)
    env = {**os.environ, "DOCGEN_FONT_DIRS": str(fonts), "DOCGEN_CACHE_DIR": "off"}
    result = run(["convert", "cut.txt", "-o", "x.pdf"], tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    with open_pdf((tmp_path / "x.pdf").read_bytes()) as pdf:
        assert "\ufffd" in pdf.pages[0].extract_text()
    report = run(["fonts", "cut.txt"], tmp_path, env=env)
    assert report.returncode == 0, report.stderr
    assert "U+FFFD" in report.stdout.decode()
