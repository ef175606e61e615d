"""Writing files so that no reader ever sees half of one: a temporary file in the same folder,
then a rename.  An interrupted write leaves the old file or the new one, never a mix."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def umask() -> int:
    """The process's file-creation mask."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
