"""Writing files so that no reader ever sees half of one, and the user's files are safe: a
temporary file in the same folder, then a rename.  An interrupted write leaves the old file
or the new one, never a mix.

- :func:`check_writable` refuses, before any work is done, an output that is one of the
  inputs (the same file, by device and inode: also through a hard link, a symbolic link or a
  redirected standard input), a read-only output (unless forced), a name longer than the
  file system allows, and a missing folder.
- :func:`write_atomic` writes a user's output, keeping an existing file's permissions, and
  says what went wrong as an :class:`~docgen.errors.OutputError`; ``"-"`` is standard output.
- :func:`atomic_write` is the mechanism under it and under the cache.  Its temporary file,
  ``.<name>.<random>.part`` shortened to fit the file system's name limit, is locked
  (``flock``) from its creation until it has been renamed, so :func:`remove_stale_parts`
  can tell a file left by a killed process (no lock) from one another process is writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

from .errors import OutputError, PipeClosed

try:
    import fcntl
except ImportError:  # not on POSIX: temporary files are not locked, and never removed by others
    fcntl = None  # type: ignore[assignment]

#: Longest file name, in bytes, where the file system does not say (ext4, APFS, NTFS …).
NAME_MAX = 255
#: Suffix of temporary files; the random part mkstemp adds is this long.
PART = ".part"
_RANDOM = 8
#: Mode of a new output, less the umask: readable as any new file of the user's would be.
NEW_MODE = 0o644

#: The identity of a file: (device, inode).
FileId = tuple[int, int]


# --------------------------------------------------------------------------- identities


def file_id(path: str | Path) -> FileId | None:
    """The (device, inode) of the file ``path`` names (symbolic links followed), or None
    when there is none."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino)


def stdin_id() -> FileId | None:
    """The (device, inode) of standard input when it is a file redirected from disk."""
    try:
        info = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


# --------------------------------------------------------------------------- checks before writing


def name_max(folder: Path) -> int:
    """The longest file name (bytes) the file system of ``folder`` takes."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return NAME_MAX


def check_writable(path: str, *, inputs: Mapping[FileId, str] | None = None, force: bool = False,
                   advice: str = "name another output with -o") -> None:
    """Refuse ``path`` as an output, as an :class:`OutputError`: its folder is missing, it is
    a folder or no regular file (a device, a pipe), its name is too long, it is one of
    ``inputs`` (identity → name), or it is read-only and not ``force``."""
    if path == "-":
        return
    target = Path(path)
    folder = target.parent
    length, most = len(os.fsencode(target.name)), name_max(folder if _is_dir(folder) else Path("."))
    if length > most:
        raise OutputError(f"the file name is {length} bytes long; file names can have at most {most} bytes", path)
    if not _is_dir(folder):
        raise OutputError("the output folder does not exist", str(folder))
    if _is_dir(target):
        raise OutputError("is a folder; name a file", path)
    if _special(target):  # replacing a device or a pipe would destroy it (/dev/stdout, /dev/full …)
        raise OutputError("is not a regular file (a device, a pipe …); name a file, or -o - for "
                          "standard output", path)
    found = file_id(target)
    if found is not None and inputs and found in inputs:
        same = inputs[found]
        what = "the input file" if same == path else f"the input file {same} under another name"
        raise OutputError(f"is {what}; docgen never writes over an input ({advice})", path)
    if found is not None and not force and read_only(target):
        raise OutputError("is read-only; docgen does not replace a read-only file "
                          "(add --force to replace it)", path)


def read_only(path: Path) -> bool:
    """Is the existing file ``path`` read-only — no write permission in its mode, or none
    for this process?"""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(path, os.W_OK)


def _special(path: Path) -> bool:
    """Does ``path`` name (through links) something that exists and is no regular file?"""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


# --------------------------------------------------------------------------- writing


def write_atomic(path: str, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` (``"-"``: standard output) atomically (see
    :func:`atomic_write`).  A new file is readable as a new file of the user's would be; an
    existing one keeps its permissions (and, where allowed, its owner)."""
    if path == "-":
        _write_stdout(data)
        return
    target = Path(path)
    check_writable(path, force=force)
    try:
        atomic_write(target, data, mode=NEW_MODE, keep=True)
    except OSError as exc:
        # A folder that takes no new file is named; a file that cannot be replaced, itself.
        where = path if os.access(target.parent, os.W_OK) else str(target.parent)
        raise OutputError(f"cannot write: {exc.strerror or exc}", where) from None


def _write_stdout(data: bytes) -> None:
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise PipeClosed() from None
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", "standard output") from None


def atomic_write(target: Path, data: bytes, *, prefix: str | None = None, mode: int | None = None,
                 keep: bool = False) -> None:
    """Write ``data`` to ``target`` through a locked temporary file in ``target``'s folder
    and a rename.  The new file gets the existing file's mode when ``keep`` (and there is
    one), else ``mode`` less the umask, else the temporary file's private mode.  Raises
    :class:`OSError`; the temporary file is removed whatever goes wrong, an interrupt
    included."""
    old = _existing(target) if keep else None
    tmp = None
    try:
        # An interrupt (Ctrl-C, SIGTERM) that came between the file's creation and this
        # block would leave it behind: it waits until the name is known here.
        with _interrupts_held():
            fd, tmp = _create_locked(target.parent, prefix if prefix is not None else temporary_prefix(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            _set_mode(tmp, handle.fileno(), old, mode)
            if fcntl is not None:  # renamed while still locked: never removed as stale
                os.replace(tmp, target)
        if fcntl is None:
            os.replace(tmp, target)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


#: The signals a user stops docgen with.
_INTERRUPTS = frozenset({signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Within the block, Ctrl-C and SIGTERM wait (where the system can hold signals); they
    are delivered when it ends."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def temporary_prefix(target: Path) -> str:
    """``.<name>.``, with the name's stem shortened (at a character boundary) so that the
    whole temporary name fits the file system's limit."""
    room = name_max(target.parent) - len(".") - len(".") - _RANDOM - len(PART)
    name = target.name
    if len(os.fsencode(name)) > room:
        suffix = target.suffix if len(os.fsencode(target.suffix)) < room // 2 else ""
        stem = name[: len(name) - len(suffix)]
        budget = room - len(os.fsencode(suffix))
        while len(os.fsencode(stem)) > budget:
            stem = stem[:-1]
        name = stem + suffix
    return f".{name}."


def _existing(target: Path) -> os.stat_result | None:
    try:
        info = os.stat(target)
    except OSError:
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def _set_mode(tmp: str, fd: int, old: os.stat_result | None, mode: int | None) -> None:
    if old is not None:
        os.chmod(tmp, stat.S_IMODE(old.st_mode))
        if hasattr(os, "fchown"):
            with contextlib.suppress(OSError):
                os.fchown(fd, old.st_uid, old.st_gid)
    elif mode is not None:
        os.chmod(tmp, mode & ~umask())


def _create_locked(folder: Path, prefix: str) -> tuple[int, str]:
    """A new temporary file, locked, and still there once locked (a stale-file cleaner may
    take a file in the moment between its creation and its lock; then another is made)."""
    for _ in range(8):
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=PART, dir=folder)
        if fcntl is None:
            return fd, tmp
        fcntl.flock(fd, fcntl.LOCK_EX)
        if os.fstat(fd).st_nlink > 0:
            return fd, tmp
        os.close(fd)
    raise OSError(f"cannot create a temporary file in {folder}")


def umask() -> int:
    """The process's file-creation mask."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


# --------------------------------------------------------------------------- stale temporary files


def remove_stale_parts(folder: Path, names: re.Pattern[str]) -> int:
    """Remove, under ``folder``, the temporary files whose name matches ``names`` and that
    no live process holds: a writer locks its temporary file until it is renamed, so a file
    this process can lock was left by a process that is gone.  Returns how many were
    removed.  Without ``flock`` nothing is removed."""
    if fcntl is None:
        return 0
    removed = 0
    for current, _dirs, entries in os.walk(folder):
        for name in entries:
            if names.match(name):
                removed += _remove_if_stale(Path(current, name))
    return removed


def _remove_if_stale(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # locked: another process is writing it
            return False
        if os.fstat(fd).st_ino != os.lstat(path).st_ino:
            return False
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
