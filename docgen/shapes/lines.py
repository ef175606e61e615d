"""The unit of text between reading and parsing: a line that remembers where it came from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    """A line of text with the number of the source line it started on (1-based)."""

    number: int
    text: str
