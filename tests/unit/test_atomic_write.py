"""An interrupt at any moment of an atomic write leaves no temporary file behind."""

from __future__ import annotations

import signal
import sys
import tempfile
from pathlib import Path

import pytest

from docgen import files


class Stopped(Exception):
    pass


def _stop(signum, frame):
    raise Stopped


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM cannot be raised in-process on Windows")
@pytest.mark.parametrize("moment", ["created", "locked"])
def test_sigterm_right_after_the_temporary_file_is_made_leaves_nothing(tmp_path: Path, monkeypatch, moment):
    """SIGTERM arriving the instant the temporary file exists — before the writer has its
    name — is held until the writer can remove the file."""
    make, lock = tempfile.mkstemp, files.fcntl.flock if files.fcntl else None

    def mkstemp(*args, **kwargs):
        made = make(*args, **kwargs)
        if moment == "created":
            signal.raise_signal(signal.SIGTERM)
        return made

    def flock(fd, op):
        assert lock is not None
        lock(fd, op)
        if moment == "locked":
            signal.raise_signal(signal.SIGTERM)

    monkeypatch.setattr(files.tempfile, "mkstemp", mkstemp)
    if lock is not None:
        monkeypatch.setattr(files.fcntl, "flock", flock)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        with pytest.raises(Stopped):
            files.atomic_write(tmp_path / "out.pdf", b"%PDF-1.7\n")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert list(tmp_path.iterdir()) == []
