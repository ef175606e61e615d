"""The ``serve`` command: its options, the message when the web extra is missing, a taken port,
that it imports nothing heavy until it runs, and a real server on a socket."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from webhelpers import ROOT, http_get, require_web

from docgen.web import command
from docgen.web.command import serve, url_of


def test_help_names_the_options():
    result = CliRunner().invoke(serve, ["--help"])
    assert result.exit_code == 0
    for option in ("--port", "--host", "--no-browser"):
        assert option in result.output
    assert "127.0.0.1" in result.output


def test_a_missing_web_dependency_is_one_line_and_exit_2(monkeypatch):
    real = command.importlib.util.find_spec
    monkeypatch.setattr(command.importlib.util, "find_spec",
                        lambda name, *a: None if name == "uvicorn" else real(name, *a))
    result = CliRunner().invoke(serve, ["--no-browser"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "docgen-gbt9704[web]" in lines[0] and "pip install '.[web]'" in lines[0] and "uvicorn" in lines[0]


def test_the_command_module_imports_no_web_stack():
    code = ("import sys, docgen.web.command, docgen.web; "
            "print(sorted(m for m in ('starlette', 'uvicorn', 'pypdfium2', 'python_multipart', 'anyio') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_a_taken_port_is_a_clear_error():
    require_web()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(serve, ["--port", str(port), "--no-browser"])
    assert result.exit_code == 2
    assert f"port {port}" in result.output and "--port" in result.output


def test_without_a_port_the_next_free_one_after_9704_is_taken():
    try:
        first = command.bind("127.0.0.1", None)
    except OSError:
        pytest.skip("ports 9704–9713 are all taken on this machine")
    with first:
        port = first.getsockname()[1]
        assert command.DEFAULT_PORT <= port < command.DEFAULT_PORT + 10
        try:
            second = command.bind("127.0.0.1", None)
        except OSError:
            pytest.skip("no second free port near 9704")
        with second:
            assert second.getsockname()[1] > port


def test_urls():
    assert url_of("127.0.0.1", 9704) == "http://127.0.0.1:9704/"
    assert url_of("::1", 9704) == "http://[::1]:9704/"
    assert url_of("0.0.0.0", 80) == "http://127.0.0.1:80/"


def test_the_loopback_hosts():
    require_web()
    from docgen.web.guard import loopback_hosts

    assert loopback_hosts(9704) == {"127.0.0.1:9704", "localhost:9704", "[::1]:9704"}
    assert "10.0.0.2:80" in loopback_hosts(80, "10.0.0.2")
    assert loopback_hosts(80, "0.0.0.0") == {"127.0.0.1:80", "localhost:80", "[::1]:80"}


def test_the_real_server_checks_the_host_header_on_its_socket(server):
    port = int(server.rstrip("/").rsplit(":", 1)[1])
    assert http_get(server)[0] == 200
    assert http_get(server, host=f"localhost:{port}")[0] == 200
    status, text = http_get(server, host=f"attacker.example:{port}")
    assert status == 400 and "Refused" in text


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to find the workers")
def test_ctrl_c_stops_the_server_and_its_workers():
    require_web()
    process = subprocess.Popen([sys.executable, "-m", "docgen.web", "--port", "0", "--no-browser"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    try:
        assert process.stdout is not None
        assert "http://127.0.0.1:" in process.stdout.readline()
        deadline = time.monotonic() + 30
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 2:
            workers = {c for c in _children(process.pid)
                       if "docgen" in Path(f"/proc/{c}/cmdline").read_text(errors="replace")
                       or "multiprocessing" in Path(f"/proc/{c}/cmdline").read_text(errors="replace")}
            time.sleep(0.2)
        assert len(workers) >= 2, "the worker processes were started"
        process.send_signal(signal.SIGINT)
        assert process.wait(15) == 0
        time.sleep(0.5)
        for pid in workers:
            assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(5)
