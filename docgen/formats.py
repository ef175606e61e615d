"""The output formats: one table, read by the renderers' dispatch, the API, batch and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from .errors import UsageError

#: A format docgen writes.
OutputFormat = Literal["pdf", "docx"]
#: Every output format, in the order ``--format`` lists them.
OUTPUT_FORMATS: tuple[OutputFormat, ...] = get_args(OutputFormat)
#: The choice that means every format; ``convert`` then writes them in this order.
BOTH = "both"
BOTH_FORMATS: tuple[OutputFormat, ...] = ("docx", "pdf")
#: What ``--format`` accepts.
FORMAT_CHOICES: tuple[str, ...] = (*OUTPUT_FORMATS, BOTH)


@dataclass(frozen=True, slots=True)
class Format:
    """One output format: its name, its file suffix and what it is."""

    name: OutputFormat
    suffix: str
    description: str
    paginated: bool  # does docgen decide the pages (PDF), or the word processor (DOCX)?


FORMATS: dict[OutputFormat, Format] = {
    "pdf": Format("pdf", ".pdf", "print-ready PDF with embedded fonts", True),
    "docx": Format("docx", ".docx", "editable Word/WPS document with named styles", False),
}


def suffix(fmt: OutputFormat) -> str:
    """The file suffix of ``fmt`` (``.pdf``)."""
    return FORMATS[fmt].suffix


def from_suffix(path: str | Path) -> OutputFormat | None:
    """The format a file name's suffix names, or None."""
    ending = Path(path).suffix.lower()
    return next((fmt for fmt, info in FORMATS.items() if info.suffix == ending), None)


def output_format(name: str) -> OutputFormat:
    """``name`` as an output format; anything else is a :class:`UsageError`."""
    for fmt in OUTPUT_FORMATS:
        if name == fmt:
            return fmt
    raise UsageError(f"unknown format {name!r} (known: {', '.join(FORMAT_CHOICES)})")


def format_list(choice: str) -> tuple[OutputFormat, ...]:
    """The formats of a comma-separated list (``pdf,docx``; ``both`` for every one), in the
    order given, each once."""
    names = [n.strip().lower() for n in choice.split(",") if n.strip()]
    wanted = [f for n in names for f in (OUTPUT_FORMATS if n == BOTH else (n,))]
    unknown = [f for f in wanted if f not in OUTPUT_FORMATS]
    if unknown or not wanted:
        raise UsageError(f"unknown format {', '.join(unknown) or choice!r} "
                         f"(known: {', '.join(FORMAT_CHOICES)})")
    return tuple(dict.fromkeys(output_format(f) for f in wanted))
