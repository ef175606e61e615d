"""What a batch shows while it runs: a one-line progress bar on a terminal, a line for each
failed file, and the summary at the end."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ..chars import for_terminal
from .manifest import Record

_BAR = 24
_INTERVAL = 0.1  # seconds between redraws


class Progress:
    """Counts of a running batch and their display on ``stream`` (standard error)."""

    def __init__(self, total: int, *, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.counts = {"done": 0, "skipped": 0, "failed": 0}
        self.warnings = 0
        self.pages = 0
        self.start = time.perf_counter()
        self.quiet = quiet
        self.bar = not quiet and _is_terminal(self.stream)
        self._drawn = 0.0

    @property
    def finished(self) -> int:
        return sum(self.counts.values())

    def add(self, record: Record) -> None:
        self.counts[record.status] += 1
        self.warnings += record.warnings
        self.pages += record.pages
        if record.status == "failed":
            self._line(for_terminal(f"docgen: error: {record.input}: {record.error}"))
        if self.bar and (time.perf_counter() - self._drawn >= _INTERVAL or self.finished == self.total):
            self._draw()

    def summary(self) -> dict[str, float | int]:
        seconds = time.perf_counter() - self.start
        return {"files": self.total, **self.counts, "warnings": self.warnings, "pages": self.pages,
                "seconds": round(seconds, 3),
                "docs_per_second": round(self.counts["done"] / seconds, 2) if seconds > 0 else 0.0}

    def finish(self, interrupted: bool = False) -> dict[str, float | int]:
        summary = self.summary()
        if self.bar:
            self.stream.write("\r\x1b[K")
        if not self.quiet:
            head = "interrupted" if interrupted else "done"
            self.stream.write(
                f"{head}: {summary['done']} converted, {summary['skipped']} skipped, "
                f"{summary['failed']} failed, {summary['warnings']} warning(s) — "
                f"{self.finished} of {self.total} files in {summary['seconds']:.1f} s "
                f"({summary['docs_per_second']:.1f} documents/s)\n")
        self.stream.flush()
        return summary

    def _line(self, text: str) -> None:
        if self.bar:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        if self.bar:
            self._draw()
        self.stream.flush()

    def _draw(self) -> None:
        self._drawn = now = time.perf_counter()
        done, total = self.finished, max(self.total, 1)
        filled = _BAR * done // total
        elapsed = now - self.start
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - done) / rate if rate > 0 else 0.0
        failed = f"  {self.counts['failed']} failed" if self.counts["failed"] else ""
        self.stream.write(f"\r[{'#' * filled}{'.' * (_BAR - filled)}] {done}/{self.total}"
                          f"  {rate:.1f}/s  ETA {_clock(eta)}{failed}\x1b[K")
        self.stream.flush()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
