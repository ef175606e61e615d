"""`docgen batch`: every file accounted for, bad files reported without stopping the others,
no partial output after an interruption, resumable with --skip-unchanged, and no output path
outside the output folder."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.documents import SEEDS, seed
from helpers.pdfmeasure import open_pdf

DOCGEN = [sys.executable, "-m", "docgen"]


def batch(*args, cwd=None, **kwargs):
    return subprocess.run([*DOCGEN, "batch", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, **kwargs)


def manifest(outdir: Path) -> dict:
    data = json.loads((outdir / "docgen-manifest.json").read_text(encoding="utf-8"))
    return {record["key"]: record for record in data["files"]} | {"": data["summary"]}


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".part")]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder of good and bad files, with a sub-folder and a file that is not an input."""
    src = tmp_path / "in"
    (src / "2023" / "六月").mkdir(parents=True)
    shutil.copy(seed("000"), src / "a.txt")
    shutil.copy(seed("002"), src / "2023" / "b.txt")
    shutil.copy(seed("003"), src / "2023" / "六月" / "讲话.txt")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "empty.txt").write_bytes(b"")
    (src / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not an input format: not taken
    return src


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_files_are_listed_and_the_good_ones_converted(mixed: Path, tmp_path: Path, jobs: str):
    out = tmp_path / "out"
    result = batch(mixed, "-o", out, "--format", "pdf,docx", "--jobs", jobs)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("docgen: error: ")]
    assert len(errors) == 2
    assert any("binary.txt" in line for line in errors) and any("empty.txt" in line for line in errors)
    records = manifest(out)
    assert records[""]["done"] == 3 and records[""]["failed"] == 2 and records[""]["files"] == 5
    assert "picture" not in records
    for key, pages_min in (("a", 2), ("2023/b", 2), ("2023/六月/讲话", 2)):
        record = records[key]
        assert record["status"] == "done" and record["error"] is None
        pdf = open_pdf((out / f"{key}.pdf").read_bytes())
        assert len(pdf.pages) == record["pages"] >= pages_min
        assert (out / f"{key}.docx").read_bytes()[:2] == b"PK"
    for key in ("binary", "empty"):
        assert records[key]["status"] == "failed" and records[key]["error"]
        assert not list(out.glob(f"{key}.*"))
    assert not leftovers(out)


def test_the_same_texts_give_the_same_pdf_as_convert(tmp_path: Path):
    out = tmp_path / "out"
    assert batch(seed("001"), "-o", out, "--invariant", "-q").returncode == 0
    single = tmp_path / "single.pdf"
    subprocess.run([*DOCGEN, "convert", str(seed("001")), "-o", str(single), "--invariant", "-q"],
                   check=True)
    assert (out / (seed("001").stem + ".pdf")).read_bytes() == single.read_bytes()


def test_an_interrupted_batch_leaves_no_partial_file_and_resumes(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        shutil.copy(seed("004"), src / f"doc{i:02d}.txt")
    out = tmp_path / "out"
    proc = subprocess.Popen([*DOCGEN, "batch", str(src), "-o", str(out), "-f", "pdf,docx", "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(out.glob("*.pdf")) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert not leftovers(out)
    written = sorted(out.glob("*.pdf"))
    assert 0 < len(written) < 40, "the batch should have been stopped part way"
    for pdf in written:  # every output there is whole
        assert len(open_pdf(pdf.read_bytes()).pages) > 1
    records = manifest(out)
    done = {k for k, r in records.items() if k and r["status"] == "done"}
    assert done <= {p.stem for p in written}
    # at most the files the two workers were finishing when stopped are not yet recorded
    assert len({p.stem for p in written} - done) <= 2

    resumed = batch(src, "-o", out, "-f", "pdf,docx", "--skip-unchanged")
    assert resumed.returncode == 0, resumed.stderr
    summary = manifest(out)[""]
    assert summary["skipped"] == len(done) and summary["done"] == 40 - len(done)
    assert len(list(out.glob("*.pdf"))) == len(list(out.glob("*.docx"))) == 40


def test_skip_unchanged_converts_only_what_changed(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    for s in SEEDS[:3]:
        shutil.copy(s, src / s.name)
    out = tmp_path / "out"
    assert batch(src, "-o", out, "-q").returncode == 0
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
    changed = src / SEEDS[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n会后，各单位要抓好落实。\n",
                       encoding="utf-8")
    result = batch(src, "-o", out, "--skip-unchanged")
    assert result.returncode == 0, result.stderr
    summary = manifest(out)[""]
    assert (summary["done"], summary["skipped"]) == (1, 2)
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
    assert [n for n in before if before[n] != after[n]] == [SEEDS[1].stem + ".pdf"]
    # a different preset value is a change for every file
    result = batch(src, "-o", out, "--skip-unchanged", "--set", "page_number.size=三号")
    summary = manifest(out)[""]
    assert (summary["done"], summary["skipped"]) == (3, 0), result.stderr
    # an output deleted by hand is made again
    (out / (SEEDS[0].stem + ".pdf")).unlink()
    batch(src, "-o", out, "--skip-unchanged", "--set", "page_number.size=三号")
    assert (manifest(out)[""]["done"], manifest(out)[""]["skipped"]) == (1, 2)


def test_outputs_never_leave_the_output_folder(tmp_path: Path):
    work = tmp_path / "work"
    (work / "in" / "deep").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(seed("000"), work / "x.txt")                    # named as ../x.txt below
    shutil.copy(seed("000"), outside / "far.txt")
    (work / "in" / "link.txt").symlink_to(outside / "far.txt")  # a file linked from outside
    (work / "in" / "linked-dir").symlink_to(outside)            # a folder link: not followed
    shutil.copy(seed("002"), work / "in" / "deep" / "y.txt")
    out = work / "out"
    out.mkdir()
    (out / "deep").symlink_to(outside)                          # an output sub-folder leading out
    listing = work / "in" / "list.txt"
    listing.write_text("../x.txt\n# a comment\n", encoding="utf-8")
    result = batch("../x.txt", ".", "--list", "list.txt", "--include", "*.txt", "--exclude", "list.txt",
                   "-o", "../out", cwd=work / "in")
    assert result.returncode == 1, result.stderr
    records = manifest(out)
    assert records["x"]["status"] == "done" and (out / "x.pdf").is_file()
    assert records["link"]["status"] == "done" and (out / "link.pdf").is_file()
    assert "outside" in records["deep/y"]["error"]
    assert not any(k.startswith("linked-dir") for k in records)
    assert sorted(p.name for p in outside.iterdir()) == ["far.txt"]
    resolved_out = out.resolve()
    for record in records.values():
        for path in record.get("outputs", ()):
            assert (out / path).resolve().is_relative_to(resolved_out)
    # the same output named twice (../x.txt and the list's ../x.txt) is a failure, not an overwrite
    assert sum(1 for line in result.stderr.splitlines() if "same output name" in line) == 1


def test_clashing_names_in_one_folder_are_refused_not_overwritten(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed("000"), src / "speech.txt")
    (src / "speech.html").write_text("<html><body><p>同志们：</p><p>今天开会。</p></body></html>",
                                     encoding="utf-8")
    result = batch(src, "-o", tmp_path / "out")
    assert result.returncode == 1
    assert "speech.txt" in result.stderr and "same output name" in result.stderr


@pytest.mark.parametrize("args, fragment", [
    ([], "name at least one input"),
    (["{src}", "-f", "odt"], "unknown format"),
    (["{src}", "--style", "no-such-style"], "no-such-style"),
    (["{src}", "--set", "body.size=-3pt"], "body"),
    (["{tmp}/missing"], "no such file"),
    (["{tmp}/empty-folder"], "no input files"),
])
def test_usage_errors_exit_2_with_one_line(tmp_path: Path, args, fragment):
    src = tmp_path / "a.txt"
    shutil.copy(seed("000"), src)
    (tmp_path / "empty-folder").mkdir()
    args = [a.format(src=src, tmp=tmp_path) for a in args]
    result = batch(*args, "-o", tmp_path / "out")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_output_that_is_a_file_is_a_usage_error(tmp_path: Path):
    (tmp_path / "out").write_text("not a folder")
    result = batch(seed("000"), "-o", tmp_path / "out")
    assert result.returncode == 2 and "must be a folder" in result.stderr


def test_quiet_prints_only_failures(mixed: Path, tmp_path: Path):
    result = batch(mixed, "-o", tmp_path / "out", "-q", "-j", "1")
    assert result.returncode == 1
    assert all(line.startswith("docgen: error: ") for line in result.stderr.splitlines())
    assert result.stdout == ""


def test_stale_temporary_files_of_a_killed_run_are_removed(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".a.pdf.k2j4h_x9.part"
    stale.write_bytes(b"%PDF-1.4 half")
    keep = out / "notes.part"  # not ours
    keep.write_text("x")
    assert batch(seed("000"), "-o", out, "-q").returncode == 0
    assert not stale.exists() and keep.exists()


class _Terminal:
    """A stream that says it is a terminal, recording what is written."""

    def __init__(self, tty: bool) -> None:
        self.tty, self.text = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("tty", [True, False])
def test_the_progress_bar_shows_only_on_a_terminal(tty):
    from docgen.batch.manifest import Record
    from docgen.batch.progress import Progress

    stream = _Terminal(tty)
    progress = Progress(3, stream=stream)
    progress.add(Record("a", "a.txt", "done", ("a.pdf",), 4, 1))
    progress.add(Record("b", "b.txt", "failed", error="the input is empty"))
    progress.add(Record("c", "c.txt", "skipped", ("c.pdf",), 2))
    summary = progress.finish()
    assert (summary["done"], summary["failed"], summary["skipped"], summary["pages"]) == (1, 1, 1, 6)
    assert "docgen: error: b.txt: the input is empty\n" in stream.text
    assert "1 converted, 1 skipped, 1 failed, 1 warning(s)" in stream.text
    assert ("\r[" in stream.text and "3/3" in stream.text and "ETA" in stream.text) == tty


def test_an_output_folder_inside_the_input_folder_is_not_walked(tmp_path: Path):
    shutil.copy(seed("000"), tmp_path / "a.txt")
    for _ in range(2):  # the second run must not take the first run's outputs as inputs
        result = batch(".", "-o", "out", "--include", "*", "-f", "pdf,docx", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "1 of 1 files" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.docx", "a.pdf", "docgen-manifest.json"]


# --------------------------------------------------------------------------- the user's files and other runs


def test_a_batch_never_writes_over_its_inputs(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed("000"), src / "a.txt")
    assert subprocess.run([*DOCGEN, "convert", str(seed("002")), "-o", str(src / "b.docx"), "-q"]).returncode == 0
    before = {p.name: p.read_bytes() for p in src.iterdir()}
    result = batch(src, "-o", src, "-f", "docx")
    assert result.returncode == 3, result.stderr
    assert result.stderr.count("\n") == 1 and "b.docx" in result.stderr and "input" in result.stderr
    assert {p.name: p.read_bytes() for p in src.iterdir()} == before


def _slow_batch(src: Path, out: Path, count: int = 30) -> subprocess.Popen:
    src.mkdir()
    for i in range(count):
        shutil.copy(seed("004"), src / f"doc{i:02d}.txt")
    proc = subprocess.Popen([*DOCGEN, "batch", str(src), "-o", str(out), "-j", "1", "-f", "pdf,docx"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(out.glob("*.pdf")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the first batch ended too soon"
    return proc


def test_a_second_batch_into_the_same_folder_is_refused_and_the_first_keeps_every_record(tmp_path: Path):
    out = tmp_path / "out"
    first = _slow_batch(tmp_path / "in", out)
    other = tmp_path / "other"
    other.mkdir()
    for s in SEEDS[:3]:
        shutil.copy(s, other / s.name)
    first.send_signal(signal.SIGSTOP)   # held mid-run, lock and all, however fast the machine
    try:
        second = batch(other, "-o", out)
    finally:
        first.send_signal(signal.SIGCONT)
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 3, second.stderr
    assert second.stderr.count("\n") == 1 and "another docgen batch" in second.stderr
    assert len([k for k in manifest(out) if k]) == 30
    assert batch(other, "-o", out, "-q").returncode == 0   # afterwards it runs, and records add up
    assert len([k for k in manifest(out) if k]) == 33


def test_a_temporary_file_another_process_is_writing_is_left_alone(tmp_path: Path):
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    live = out / ".x.pdf.a1b2c3d4.part"
    with live.open("wb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)   # what a writer holds while it writes
        assert batch(seed("000"), "-o", out, "-q").returncode == 0
        assert live.exists()
    assert batch(seed("000"), "-o", out, "-q").returncode == 0
    assert not live.exists()


def test_documents_docgen_cannot_read_are_listed_not_skipped_in_silence(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed("000"), src / "a.txt")
    (src / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    (src / "wps.wps").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    (src / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (src / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not a document: not listed
    result = batch(src, "-o", tmp_path / "out", "-q")
    assert result.returncode == 1
    failed = sorted(line.split(":")[2].strip().rsplit("/", 1)[-1] for line in result.stderr.splitlines())
    assert failed == ["old.doc", "scan.pdf", "wps.wps"], result.stderr
    assert "save it as .docx" in result.stderr
    records = manifest(tmp_path / "out")
    assert records["a"]["status"] == "done"
    assert {records[k]["status"] for k in ("old.doc", "scan.pdf", "wps.wps")} == {"failed"}


def test_a_previous_runs_output_folder_is_not_walked(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed("000"), src / "a.txt")
    assert batch(src, "-o", src / "earlier", "-f", "docx", "-q").returncode == 0
    result = batch(src, "-o", tmp_path / "out", "-f", "pdf")
    assert result.returncode == 0, result.stderr
    assert "1 of 1 files" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").rglob("*.pdf")) == ["a.pdf"]


def test_a_pdf_docgen_wrote_next_to_its_input_is_not_taken_for_an_input(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed("000"), src / "a.txt")
    assert subprocess.run([*DOCGEN, "convert", str(src / "a.txt"), "-q", "-f", "pdf"]).returncode == 0
    result = batch(src, "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "1 of 1 files" in result.stderr
