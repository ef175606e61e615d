"""`docgen batch --cluster`: a batch run to completion on a Dask cluster (a scheduler and two
worker processes on loopback) — the same outputs, byte for byte, as the local pool, the same
manifest, bad files failed without stopping the others, --skip-unchanged, exit codes, and a
clear error when no scheduler answers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.documents import seed
from helpers.pdfmeasure import open_pdf

pytest.importorskip("distributed", reason="Dask is not installed (pip install 'docgen[cluster]')")

DOCGEN = [sys.executable, "-m", "docgen"]


def batch(*args):
    return subprocess.run([*DOCGEN, "batch", *map(str, args)], capture_output=True, text=True, timeout=300)


def manifest(outdir: Path) -> dict:
    data = json.loads((outdir / "docgen-manifest.json").read_text(encoding="utf-8"))
    return {record["key"]: record for record in data["files"]} | {"": data["summary"]}


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "2023").mkdir(parents=True)
    shutil.copy(seed("000"), src / "a.txt")
    shutil.copy(seed("002"), src / "2023" / "b.txt")
    shutil.copy(seed("003"), src / "2023" / "讲话.txt")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return src


def test_a_batch_runs_to_completion_on_the_cluster_as_it_does_locally(scheduler, inputs: Path, tmp_path: Path):
    remote, local = tmp_path / "remote", tmp_path / "local"
    result = batch(inputs, "-o", remote, "-f", "pdf,docx", "--invariant", "--cluster", scheduler)
    assert result.returncode == 1, result.stderr          # one bad file
    assert "Traceback" not in result.stderr
    (error,) = [line for line in result.stderr.splitlines() if line.startswith("docgen: error: ")]
    assert "binary.txt" in error
    assert batch(inputs, "-o", local, "-f", "pdf,docx", "--invariant", "-j", "2").returncode == 1

    records = manifest(remote)
    assert records[""]["done"] == 3 and records[""]["failed"] == 1 and records[""]["files"] == 4
    assert records["2023/讲话"]["outputs"] == ["2023/讲话.pdf", "2023/讲话.docx"]
    assert records["2023/讲话"]["pages"] == manifest(local)["2023/讲话"]["pages"] > 0
    for name in ("a.pdf", "a.docx", "2023/b.pdf", "2023/讲话.pdf", "2023/讲话.docx"):
        assert (remote / name).read_bytes() == (local / name).read_bytes(), name
    assert open_pdf((remote / "a.pdf").read_bytes()).pages[0].extract_text().strip()
    assert not [p for p in remote.rglob("*") if p.name.endswith(".part")]

    again = batch(inputs, "-o", remote, "-f", "pdf,docx", "--invariant", "--cluster", scheduler,
                  "--skip-unchanged")
    assert again.returncode == 1
    records = manifest(remote)
    assert records[""]["skipped"] == 3 and records[""]["done"] == 0


def test_every_good_file_converted_gives_exit_code_0(scheduler, tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        shutil.copy(seed(f"00{i}"), src / f"s{i}.txt")
    out = tmp_path / "out"
    result = batch(src, "-o", out, "--cluster", scheduler, "-q")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.pdf")) == [f"s{i}.pdf" for i in range(5)]
    assert all(open_pdf(p.read_bytes()).pages for p in out.glob("*.pdf"))


def test_a_scheduler_that_does_not_answer_is_a_usage_error(tmp_path: Path):
    result = batch(seed("000"), "-o", tmp_path / "out", "--cluster", "tcp://127.0.0.1:9")
    assert result.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr


def test_on_the_cluster_a_read_only_output_is_replaced_only_with_force(scheduler, tmp_path: Path):
    """Outputs come back from the workers and are written here, under the same rules as a
    local batch's: a read-only output fails its file (the others go on) unless --force, which
    keeps its permissions."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(seed("000"), src / "a.txt")
    shutil.copy(seed("002"), src / "b.txt")
    out.mkdir()
    (out / "a.pdf").write_bytes(b"kept")
    (out / "a.pdf").chmod(0o444)
    refused = batch(src, "-o", out, "--cluster", scheduler, "-q")
    assert refused.returncode == 1, refused.stderr
    assert "read-only" in refused.stderr and "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert (out / "a.pdf").read_bytes() == b"kept" and open_pdf((out / "b.pdf").read_bytes()).pages
    forced = batch(src, "-o", out, "--cluster", scheduler, "-q", "--force")
    assert forced.returncode == 0, forced.stderr
    assert open_pdf((out / "a.pdf").read_bytes()).pages
    assert (out / "a.pdf").stat().st_mode & 0o777 == 0o444


def test_on_the_cluster_an_input_past_the_size_limit_fails_here_alone(scheduler, tmp_path: Path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(seed("000"), src / "a.txt")
    (src / "big.txt").write_text("正文。" * 2000, encoding="utf-8")   # 18 KB
    env = {**os.environ, "DOCGEN_LIMITS": "input-bytes=16KB"}
    result = subprocess.run([*DOCGEN, "batch", str(src), "-o", str(out), "--cluster", scheduler, "-q"],
                            capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 1, result.stderr
    (error,) = [line for line in result.stderr.splitlines() if line.startswith("docgen: error: ")]
    assert "big.txt" in error and "input-bytes" in error
    assert (out / "a.pdf").exists() and not (out / "big.pdf").exists()


def test_on_the_cluster_an_output_that_is_an_input_refuses_the_batch(scheduler, tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed("000"), src / "a.txt")
    (src / "a.pdf").hardlink_to(src / "a.txt")
    result = batch(src, "-o", src, "--cluster", scheduler, "--include", "*.txt")
    assert result.returncode == 3, result.stderr
    assert "never writes over an input" in result.stderr
    assert (src / "a.txt").read_bytes() == seed("000").read_bytes()
