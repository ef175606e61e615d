"""How much docgen reads and how long it works on one file: one table of limits.

A speech or an official text is a few hundred kilobytes, a few thousand lines and a few
thousand elements of markup, even as a saved web page or a Word file.  Inputs far beyond that
are hostile (a zip bomb, markup nested thousands deep) or a mistake, and without limits they
take gigabytes of memory and minutes of time before failing.  Each limit is checked while the
input is read — the declared size of a compressed part before it is inflated, elements and
nesting as the parser meets them, lines before the text is split — so that nothing past a
limit is ever held in memory, and going past one is an :class:`~docgen.errors.InputError`
(exit code 1) whose one-line message names it::

    bomb.docx: the Word file inflates to more than 200 MB (limit: inflated-bytes = 200 MB)

``DOCGEN_LIMITS`` changes limits for a run, as comma-separated ``name=value`` pairs
(``DOCGEN_LIMITS="seconds=600,lines=500000"``; sizes take ``KB`` or ``MB``).  The table is
documented in ``docs/limits.md``.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import InputError, UsageError

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limit:
    """One limit: its name, default value, unit (``bytes``, ``elements``, ``levels``,
    ``lines``, ``characters``, ``seconds``) and what it limits."""

    name: str
    default: int
    unit: str
    meaning: str

    def show(self, value: int) -> str:
        """``200 MB``, ``200,000``, ``120 s``."""
        if self.unit == "bytes":
            return f"{value / MB:g} MB" if value >= MB else f"{value:,} bytes"
        if self.unit == "seconds":
            return f"{value} s"
        return f"{value:,}"


LIMITS: dict[str, Limit] = {}


def _limit(name: str, default: int, unit: str, meaning: str) -> Limit:
    limit = LIMITS[name] = Limit(name, default, unit, meaning)
    return limit


INPUT_BYTES = _limit("input-bytes", 20 * MB, "bytes",
                     "size of an input file, or of what is read from standard input")
INFLATED_BYTES = _limit("inflated-bytes", 10 * INPUT_BYTES.default, "bytes",
                        "parts of a Word file once decompressed (the declared size is checked "
                        "before inflating, the real size while inflating)")
XML_ELEMENTS = _limit("xml-elements", 1_000_000, "elements", "elements in the XML of a Word file")
HTML_ELEMENTS = _limit("html-elements", 200_000, "elements", "elements of a web page")
NESTING = _limit("nesting", 256, "levels", "depth of nested elements in a web page or a Word file")
LINES = _limit("lines", 100_000, "lines", "lines of text (paragraphs of a Word file, text blocks of a web page)")
TEXT_CHARS = _limit("text-chars", 20_000_000, "characters", "characters of text a Word file holds (what a 20 MB text file can hold at most)")
SECONDS = _limit("seconds", 120, "seconds",
                 "time to read, clean, parse and render one file (`convert`, `inspect`, `fonts` and "
                 "each file of a `batch`)")

#: The environment variable that changes limits for a run.
ENVIRONMENT = "DOCGEN_LIMITS"

_SETTING = re.compile(r"^\s*([a-z-]+)\s*=\s*(\d+)\s*(kb|mb)?\s*$", re.I)


def value(name: str) -> int:
    """The value of limit ``name`` in this run: ``DOCGEN_LIMITS``'s, else the default."""
    return _overrides().get(name, LIMITS[name].default)


def _overrides() -> dict[str, int]:
    text = os.environ.get(ENVIRONMENT, "").strip()
    found: dict[str, int] = {}
    for part in filter(str.strip, text.split(",")):
        match = _SETTING.match(part)
        if match is None:
            raise UsageError(f"{ENVIRONMENT}: {part.strip()!r}: expected NAME=NUMBER, e.g. seconds=600")
        name, number, unit = match.group(1).lower(), int(match.group(2)), (match.group(3) or "").lower()
        if name not in LIMITS:
            raise UsageError(f"{ENVIRONMENT}: unknown limit {name!r} (known: {', '.join(LIMITS)})")
        found[name] = number * {"": 1, "kb": 1024, "mb": MB}[unit]
    return found


class LimitError(InputError):
    """An input goes past a limit; ``limit`` is its name."""

    def __init__(self, problem: str, source: str | None, limit: str) -> None:
        super().__init__(problem, source)
        self.limit = limit


def exceeded(name: str, source: str | None, finding: str) -> LimitError:
    """The error for an input past limit ``name``: ``<finding> (limit: <name> = <value>)``."""
    limit = LIMITS[name]
    return LimitError(f"{finding} (limit: {name} = {limit.show(value(name))})", source, name)


class Counter:
    """Counts something while it is read and raises :func:`exceeded` once it passes the
    limit: ``counter.add(n)``.  ``finding`` says what went past, ``{limit}`` standing for
    the limit's value (``more than {limit} lines``)."""

    __slots__ = ("count", "finding", "most", "name", "source")

    def __init__(self, name: str, source: str | None, finding: str) -> None:
        self.name, self.source, self.finding = name, source, finding
        self.most = value(name)
        self.count = 0

    def add(self, amount: int = 1) -> None:
        self.count += amount
        if self.count > self.most:
            raise self.error()

    def error(self) -> LimitError:
        return exceeded(self.name, self.source,
                        self.finding.format(limit=LIMITS[self.name].show(self.most)))


@contextlib.contextmanager
def time_limit(source: str | None) -> Iterator[None]:
    """Within the block, going past the ``seconds`` limit raises :func:`exceeded` — every
    second again, should something catch it.  Works in the main thread of a process that
    has ``SIGALRM``; elsewhere (a thread of a server, Windows) the block runs unlimited."""
    seconds = value("seconds")
    usable = (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread())
    if not usable or seconds <= 0:
        yield
        return

    def expire(signum, frame) -> None:
        raise exceeded("seconds", source, f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
