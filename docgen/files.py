"""Writing files so that no reader ever sees half of one: a temporary file in the same folder,
then a rename.  An interrupted write leaves the old file or the new one, never a mix.

:func:`write_atomic` writes a user's output and says what went wrong as an
:class:`~docgen.errors.OutputError`; :func:`atomic_write` is the mechanism under it and
under the cache."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import OutputError


def atomic_write(target: Path, data: bytes, *, prefix: str, mode: int | None = None) -> None:
    """Write ``data`` to ``target`` through ``<prefix><random>.part`` in ``target``'s folder
    and a rename; ``mode`` (less the umask) is given to the new file, else it keeps the
    temporary file's private mode.  Raises :class:`OSError`; the temporary file is removed
    whatever goes wrong, an interrupt included."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if mode is not None:
            os.chmod(tmp, mode & ~umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def umask() -> int:
    """The process's file-creation mask."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_writable(path: str) -> None:
    if path == "-":
        return
    folder = Path(path).parent
    if not folder.is_dir():
        raise OutputError("the output folder does not exist", str(folder))
    if Path(path).is_dir():
        raise OutputError("is a folder; name a file", path)


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` (``"-"``: standard output) atomically (see
    :func:`docgen.files.atomic_write`), readable as a new file of the user's would be."""
    if path == "-":
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    check_writable(path)
    try:
        atomic_write(target, data, prefix=f".{target.name}.", mode=0o644)
    except OSError as exc:
        # A folder that takes no new file is named; a file that cannot be replaced, itself.
        where = path if os.access(target.parent, os.W_OK) else str(target.parent)
        raise OutputError(f"cannot write: {exc.strerror or exc}", where) from None
