"""The table of limits and the files module's guarantees, at the unit level: the table is the
one the documentation shows, a run can change it, the time limit stops work in progress, a
temporary name always fits the file system, and a temporary file another process is writing
is never taken for a stale one."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from helpers.documents import ROOT

from docgen import limits
from docgen.errors import OutputError, UsageError
from docgen.files import NAME_MAX, atomic_write, check_writable, remove_stale_parts, temporary_prefix


def test_the_limits_table_names_each_limit_once_with_a_unit_and_a_meaning():
    names = [limit.name for limit in limits.LIMITS.values()]
    assert len(names) == len(set(names)) >= 7
    for limit in limits.LIMITS.values():
        assert limit.default > 0 and limit.unit and limit.meaning
    assert limits.value("inflated-bytes") == 10 * limits.value("input-bytes")


def test_the_documented_table_is_the_table():
    page = (ROOT / "docs" / "limits.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| ([^|]+?) \|", page, re.M))
    assert rows == {name: limit.show(limit.default) for name, limit in limits.LIMITS.items()}
    for limit in limits.LIMITS.values():
        assert limit.meaning.replace("`", "") in page.replace("`", "")


def test_limits_can_be_changed_for_a_run(monkeypatch):
    monkeypatch.setenv("DOCGEN_LIMITS", "lines=10, seconds=5, input-bytes=3MB")
    assert (limits.value("lines"), limits.value("seconds"), limits.value("input-bytes")) == (10, 5, 3 << 20)
    monkeypatch.setenv("DOCGEN_LIMITS", "speed=3")
    with pytest.raises(UsageError, match="unknown limit 'speed'"):
        limits.value("lines")
    monkeypatch.setenv("DOCGEN_LIMITS", "lines=many")
    with pytest.raises(UsageError, match="expected NAME=NUMBER"):
        limits.value("lines")


def test_the_time_limit_stops_work_in_progress_and_again_if_caught(monkeypatch):
    monkeypatch.setenv("DOCGEN_LIMITS", "seconds=1")
    caught = 0
    expected = r"x\.txt: took longer than 1 s \(limit: seconds = 1 s\)"
    with pytest.raises(limits.LimitError, match=expected), limits.time_limit("x.txt"):
        while True:
            try:
                time.sleep(0.05)
            except limits.LimitError:  # swallowed once: it comes again
                caught += 1
                if caught > 1:
                    raise
    assert caught == 2


def test_temporary_names_fit_the_file_system(tmp_path: Path):
    for name in ("a.pdf", "讲" * 80 + ".pdf", "a" * 250 + ".docx", "讲" * 84 + ".pdf"):
        prefix = temporary_prefix(tmp_path / name)
        longest = prefix + "x" * 8 + ".part"
        assert len(os.fsencode(longest)) <= NAME_MAX
        assert prefix.startswith(".") and prefix.endswith("." + name.rsplit(".", 1)[1] + ".")
    atomic_write(tmp_path / ("讲" * 83 + ".pdf"), b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["讲" * 83 + ".pdf"]


def test_check_writable_refuses_inputs_read_only_files_and_long_names(tmp_path: Path):
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    identity = (target.stat().st_dev, target.stat().st_ino)
    with pytest.raises(OutputError, match="is the input file"):
        check_writable(str(target), inputs={identity: str(target)})
    target.chmod(0o444)
    with pytest.raises(OutputError, match="read-only"):
        check_writable(str(target))
    check_writable(str(target), force=True)
    with pytest.raises(OutputError, match="at most 255 bytes"):
        check_writable(str(tmp_path / ("x" * 256)))


def test_only_temporary_files_nobody_holds_are_removed(tmp_path: Path):
    fcntl = pytest.importorskip("fcntl")
    names = re.compile(r"^\..+\.part$")
    stale, live, other = tmp_path / ".a.pdf.k2j4h_x9.part", tmp_path / ".b.pdf.q8w7e6r5.part", tmp_path / "c.part"
    for path in (stale, live, other):
        path.write_bytes(b"x")
    with live.open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        assert remove_stale_parts(tmp_path, names) == 1
    assert not stale.exists() and live.exists() and other.exists()
