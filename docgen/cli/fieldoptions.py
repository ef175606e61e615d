"""The options that give the fields of the 版头 and the 版记 (``--issuer``, ``--number`` …),
declared once and handed to a command as one value, and the seal (``--seal``).

A field given here wins over the header block at the top of the text and over what the
parser finds there.  ``--seal FILE`` is short for ``--set seal.file=FILE``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from ..errors import UsageError
from ..model import Meta
from ..parser.frontmatter import FORMAT_NAMES, field_value

#: (option, field of the model, help).
FIELD_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("--issuer", "issuer", "发文机关: the issuing body of the 版头 (joint issuers apart by 、); "
                           "its mark is the name + 文件, or 令/纪要 as the format asks, a 信函's the name alone."),
    ("--number", "document_number", "发文字号 (e.g. 某政办发〔2024〕12号; an order's 令号 第12号)."),
    ("--signer", "signer", "签发人 of a 上行文 (several apart by 、)."),
    ("--secrecy", "secrecy", "密级和保密期限 (e.g. 机密★1年)."),
    ("--urgency", "urgency", "紧急程度 (特急 or 加急)."),
    ("--copy-number", "copy_number", "份号 (six digits, e.g. 000001)."),
    ("--copies-to", "copies_to", "抄送机关 of the 版记 (e.g. 县委办公室，县人大常委会办公室。)."),
    ("--printed-by", "printed_by", "印发机关 of the 版记."),
    ("--printed-date", "printed_date", "印发日期 of the 版记 (e.g. 2024年3月1日)."),
    ("--doc-format", "format", "The document's format: " + ", ".join(dict.fromkeys(FORMAT_NAMES.values()))
                               + " (or down, up, letter, order, minutes); presets whose masthead format "
                                 "is 'auto' print it."),
)


def field_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the field options to a command, which receives them as one argument ``fields``:
    a :class:`~docgen.model.Meta` of the fields given (checked, in the model's form), or
    None."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values: dict[str, str] = {}
        for option, name, _ in FIELD_OPTIONS:
            given = kwargs.pop(name)
            if given:
                values[name] = _checked(option, name, given)
        kwargs["fields"] = Meta(**values) if values else None
        return func(*args, **kwargs)

    command: Callable[..., Any] = wrapper
    for option, name, help_text in reversed(FIELD_OPTIONS):
        command = click.option(option, name, metavar="TEXT", help=help_text)(command)
    return command


#: ``--seal FILE``: short for ``--set seal.file=FILE``.
seal_option = click.option(
    "--seal", metavar="FILE",
    help="The issuing body's seal (or an order's signature seal), a PNG with transparency, "
         "printed over the signature and date as GB/T 9704 §7.3.5 places it; without it the "
         "space is left.  Short for --set seal.file=FILE.")


def seal_settings(seal: str | None) -> tuple[str, ...]:
    """The ``--set`` equivalent of ``--seal``."""
    return (f"seal.file={seal}",) if seal else ()


def _checked(option: str, name: str, value: str) -> str:
    """A field's value in the model's form; a value the field cannot take is a usage error."""
    checked = field_value(name, value)
    if checked is None:
        allowed = ", ".join(FORMAT_NAMES) if name == "format" else "a value"
        raise UsageError(f"{option} {value!r}: expected {allowed}")
    return checked
