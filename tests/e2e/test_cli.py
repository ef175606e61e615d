"""The command line, run as a user runs it: from another folder, through the installed entry
point and ``python -m docgen``; bad input gives one line, a documented exit code and no file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from helpers.documents import seed
from helpers.pdfmeasure import open_pdf

import docgen

DOCGEN = [sys.executable, "-m", "docgen"]


def run(args, cwd, stdin: bytes | None = None):
    return subprocess.run([*DOCGEN, *map(str, args)], cwd=cwd, input=stdin, capture_output=True)


def assert_clean_failure(result, code: int, *fragments: str):
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert err.count("\n") == 1 and err.startswith("docgen: error: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err


def test_version():
    out = subprocess.run([*DOCGEN, "--version"], capture_output=True, text=True, check=True).stdout
    assert docgen.__version__ in out


@pytest.mark.skipif(shutil.which("docgen") is None, reason="the docgen entry point is not on PATH")
def test_entry_point_converts_from_another_folder(tmp_path):
    result = subprocess.run(["docgen", "convert", str(seed("004")), "-o", "x.pdf"], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF-")


def test_convert_to_pdf_and_docx_from_another_folder(tmp_path):
    assert run(["convert", seed("004"), "-o", "x.pdf"], tmp_path).returncode == 0
    assert run(["convert", seed("004"), "-o", "x.docx"], tmp_path).returncode == 0
    with open_pdf((tmp_path / "x.pdf").read_bytes()) as pdf:
        assert len(pdf.pages) > 5
    document = docx.Document(str(tmp_path / "x.docx"))
    assert document.paragraphs[0].text == "在全区党政办公室主任会议上的讲话"


def test_default_output_is_both_formats_next_to_the_input(tmp_path):
    source = tmp_path / "讲话.txt"
    shutil.copy(seed("003"), source)
    result = run(["convert", source], tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["讲话.docx", "讲话.pdf", "讲话.txt"]
    assert "讲话.pdf" in result.stderr.decode() and "pages" in result.stderr.decode()


def test_output_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    assert run(["convert", seed("000"), "-o", out, "--format", "docx"], tmp_path).returncode == 0
    assert [p.name for p in out.iterdir()] == [seed("000").with_suffix(".docx").name]


def test_standard_input_and_output(tmp_path):
    data = seed("001").read_bytes()
    result = run(["convert", "-", "-o", "-", "--format", "pdf"], tmp_path, stdin=data)
    assert result.returncode == 0 and result.stdout.startswith(b"%PDF-")
    assert run(["convert", "-", "-o", "in.docx"], tmp_path, stdin=data).returncode == 0
    assert (tmp_path / "in.docx").stat().st_size > 0


def test_inspect_tree_shows_levels(tmp_path):
    out = run(["inspect", seed("003")], tmp_path).stdout.decode()
    assert "heading 1: 一、提高思想认识" in out
    assert "  heading 2: （一）坚定理想信念" in out
    assert "closing: 谢谢大家！" in out


def test_inspect_changes_lists_removed_lines(tmp_path):
    out = run(["inspect", seed("004"), "--changes"], tmp_path).stdout.decode()
    assert "line 1    [banners] site banner or address: 中词库 / www.zciku.com" in out
    assert "teaser" in out and "joined" in out


def test_rules_lists_every_rule(tmp_path):
    from docgen.cleaner import RULE_NAMES

    out = run(["rules"], tmp_path).stdout.decode()
    for name in RULE_NAMES:
        assert f"\n{name}\n" in f"\n{out}"


def test_skip_rule_keeps_the_banner(tmp_path):
    out = run(["inspect", seed("004"), "--json", "--skip-rule", "banners"], tmp_path).stdout.decode()
    assert "www.zciku.com" in out
    kept = run(["inspect", seed("004"), "--json", "--keep", "banners,meta-lines"], tmp_path).stdout.decode()
    assert "www.zciku.com" in kept and "心旷神怡  更新时间" in kept
    bad = run(["inspect", seed("004"), "--skip-rule", "nonsense"], tmp_path)
    assert_clean_failure(bad, 2, "unknown cleaning rule")


def test_styles_list(tmp_path):
    out = run(["styles", "list"], tmp_path).stdout.decode()
    assert out.startswith("gbt9704") and "GB/T 9704" in out


def test_title_override_and_no_title(tmp_path):
    speech = docgen.parse(seed("001"), no_title=True)
    assert speech.meta.title is None
    assert speech.blocks[0].text == "在县委办党支部2022年度组织生活会上的讲话"
    result = run(["inspect", seed("001"), "--json", "--title", "另一个标题"], tmp_path)
    assert '"title": "另一个标题"' in result.stdout.decode()


# --------------------------------------------------------------------------- bad input


def test_missing_input(tmp_path):
    result = run(["convert", tmp_path / "nope.txt", "-o", "x.pdf"], tmp_path)
    assert_clean_failure(result, 1, "nope.txt", "no such file")
    assert list(tmp_path.iterdir()) == []


def test_empty_input(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \r\n\n")
    result = run(["convert", "empty.txt", "-o", "x.pdf"], tmp_path)
    assert_clean_failure(result, 1, "empty.txt", "empty")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_binary_input(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    result = run(["convert", "image.txt", "-o", "x.pdf"], tmp_path)
    assert_clean_failure(result, 1, "image.txt", "not a text file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["image.txt"]


def test_unreadable_input(tmp_path, monkeypatch):
    """A file the user may not read (simulated: tests often run as root, who may read anything)."""

    from click.testing import CliRunner

    from docgen import cli

    path = tmp_path / "secret.txt"
    path.write_text("同志们：\n你好。", encoding="utf-8")

    real_open = Path.open

    def denied(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    result = CliRunner().invoke(cli.main, ["convert", str(path), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 1
    assert result.output == f"docgen: error: {path}: permission denied\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.txt"]


def test_folder_as_input(tmp_path):
    assert_clean_failure(run(["convert", tmp_path, "-o", "x.pdf"], tmp_path), 1, "folder")


def test_unknown_style(tmp_path):
    result = run(["convert", seed("000"), "-o", "x.pdf", "--style", "gbt9740"], tmp_path)
    assert_clean_failure(result, 2, "unknown style 'gbt9740'", "did you mean 'gbt9704'")
    assert list(tmp_path.iterdir()) == []


def test_missing_output_folder(tmp_path):
    result = run(["convert", seed("000"), "-o", tmp_path / "no" / "x.pdf"], tmp_path)
    assert_clean_failure(result, 3, "output folder does not exist")
    assert list(tmp_path.iterdir()) == []


def test_stdin_without_output_is_a_usage_error(tmp_path):
    result = run(["convert", "-"], tmp_path, stdin=b"hello")
    assert_clean_failure(result, 2, "name the output with -o")


def test_unknown_output_suffix(tmp_path):
    assert_clean_failure(run(["convert", seed("000"), "-o", "x.odt"], tmp_path), 2, ".pdf or .docx")


@pytest.mark.parametrize("args, command, fragment", [
    (["convert", "x.txt", "--bogus"], "docgen convert", "no such option '--bogus'"),
    (["convert"], "docgen convert", "missing argument 'INPUT'"),
    (["convert", "x.txt", "-f", "zip"], "docgen convert", "'zip' is not one of 'pdf', 'docx', 'both'"),
    (["convert", "a.txt", "b.txt"], "docgen convert", "unexpected extra argument (b.txt)"),
    (["batch", "x.txt"], "docgen batch", "missing option '-o' / '--output'"),
    (["inspect", "x.txt", "--keep-line", "0"], "docgen inspect", "0 is not in the range x>=1"),
    (["styles", "shw"], "docgen styles", "no such command 'shw'"),
    (["serve", "--port", "99999"], "docgen serve", "99999 is not in the range"),
    (["nope"], "docgen", "no such command 'nope'"),
    (["--bogus"], "docgen", "no such option '--bogus'"),
])
def test_usage_errors_are_one_line_naming_the_help_to_read(tmp_path, args, command, fragment):
    """click's own usage errors (unknown options and commands, missing or bad arguments) are
    one line like every other error, exit code 2, and say which --help explains the command."""
    result = run(args, tmp_path)
    assert_clean_failure(result, 2, fragment)
    assert result.stderr.decode().rstrip("\n").endswith(f"(see {command} --help)")
    assert b"Usage:" not in result.stderr and not result.stdout


def test_a_group_alone_still_shows_its_help(tmp_path):
    for args in ([], ["styles"]):
        result = run(args, tmp_path)
        assert result.returncode == 2 and b"Commands:" in result.stdout + result.stderr, result


def test_failed_render_leaves_no_partial_file(tmp_path, monkeypatch):
    """A failure while rendering must leave neither the output nor a temporary file behind,
    and must not replace an existing output."""
    from docgen import api

    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")

    def broken(*args, **kwargs):
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(api, "render_format", broken)
    with pytest.raises(RuntimeError):
        api.convert(seed("000"), target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]


def test_interrupted_write_leaves_no_partial_file(tmp_path, monkeypatch):
    from docgen import files

    target = tmp_path / "x.pdf"
    real_replace = os.replace

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(str(target), b"%PDF-1.4 data")
    monkeypatch.setattr(files.os, "replace", real_replace)
    assert list(tmp_path.iterdir()) == []


def test_internal_errors_are_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from docgen import cli
    from docgen.cli import convert

    monkeypatch.setattr(convert, "convert_to", lambda *a, **k: (_ for _ in ()).throw(ValueError("boom")))
    result = CliRunner().invoke(cli.main, ["convert", str(seed("000")), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 4
    assert "internal error: ValueError: boom" in result.output
    assert "Traceback" not in result.output


def test_python_module_entry(tmp_path):
    result = subprocess.run([sys.executable, "-m", "docgen", "--help"], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 0 and "convert" in result.stdout and "inspect" in result.stdout


def test_keep_line_keeps_a_removed_line_in_the_output(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("同志们：\n今天召开会议，研究工作。\n来源：网络  作者：某某\n谢谢大家！\n", encoding="utf-8")
    plain = run(["inspect", source], tmp_path).stdout.decode()
    kept = run(["inspect", source, "--keep-line", "3"], tmp_path).stdout.decode()
    assert "来源" not in plain and "来源：网络" in kept
    assert run(["inspect", source, "--keep-line", "0"], tmp_path).returncode == 2
