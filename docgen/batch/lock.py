"""One batch at a time per output folder.

Two batches writing into one folder would each rewrite the manifest from their own records
(the last one to save wins, and half the records are lost) and could each take the other's
temporary files for a killed run's.  So a batch holds a lock on ``OUTDIR/.docgen-batch.lock``
(``flock``) for as long as it runs; a second batch into the same folder is refused at once,
with the first one's process id and start time.  The kernel releases the lock when the
process ends however it ends, so a killed batch never leaves a folder locked (only the
empty-looking lock file, which the next batch takes over); a batch that ends removes it.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import OutputError

try:
    import fcntl
except ImportError:  # not on POSIX: no lock (and no other process's files are ever removed)
    fcntl = None  # type: ignore[assignment]

FILENAME = ".docgen-batch.lock"


@contextlib.contextmanager
def batch_lock(outdir: Path) -> Iterator[None]:
    """Hold the output folder's lock within the block; raise :class:`OutputError` (exit
    code 3) when another batch holds it."""
    if fcntl is None:
        yield
        return
    path = outdir / FILENAME
    fd = _locked(path, outdir)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"process {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)  # still locked: a batch that opened it meanwhile finds it gone
        os.close(fd)


def _locked(path: Path, outdir: Path) -> int:
    """A descriptor of the lock file, locked — and still the file the name names, since the
    batch before may have removed it between this one's opening and locking it."""
    for _ in range(8):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot make the batch lock file: {exc.strerror or exc}", str(path)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _holder(fd)
            os.close(fd)
            raise OutputError(f"another docgen batch is writing into this folder ({holder}); "
                              "wait for it to end or choose another output folder", str(outdir)) from None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except OSError:
            pass
        os.close(fd)
    raise OutputError("cannot lock the output folder", str(outdir))


def _holder(fd: int) -> str:
    """What the lock file says about the batch that holds it."""
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except (OSError, AttributeError):
        text = ""
    return text or "process unknown"
