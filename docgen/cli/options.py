"""Options shared by several commands, declared once: the style options, the options that
overrule what the parser finds, the cleaning switches, and the output switches."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

import click

from ..api import ParseOptions, load
from ..cleaner import RULE_NAMES
from ..fonts.subset import require_subsetter
from ..model import Meta
from ..style import DEFAULT_STYLE, Style
from .fontoptions import font_settings

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def _stack(*decorators: Decorator) -> Decorator:
    """The decorators applied as if written one above the other, in this order."""
    def apply(func: Callable[..., Any]) -> Callable[..., Any]:
        for decorator in reversed(decorators):
            func = decorator(func)
        return func
    return apply


#: ``--style``, ``--set`` and ``--font``.
style_options = _stack(
    click.option("-s", "--style", default=DEFAULT_STYLE, show_default=True, metavar="NAME|PATH",
                 help="Style preset: a name from `docgen styles list` or a .toml file."),
    click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
                 help="Change one preset value, e.g. --set heading2.bold=true "
                      "--set page.margins.top=35mm (repeatable)."),
    click.option("--font", "font_options", multiple=True, metavar="ROLE=FONT",
                 help="Font of a typeface role for the PDF: a file or an installed family, "
                      "e.g. --font fangsong=仿宋_GB2312 --font body=/path/FS_GB2312.ttf "
                      "(repeatable; see `docgen fonts`)."),
)

#: ``--embed-fonts`` / ``--no-embed-fonts``: the preset's ``docx.embed_fonts`` for one run.
embed_fonts_option = click.option(
    "--embed-fonts/--no-embed-fonts", "embed_fonts", default=None,
    help="Embed subsets of the bundled fonts in the DOCX, so that it keeps its look and page "
         "breaks where the official fonts are missing (needs the 'embed' extra; default: the "
         "preset's docx.embed_fonts, off in the shipped presets).")

no_title_option = click.option(
    "--no-title", is_flag=True, help="The text has no title line; never take its first line for one.")

#: ``--skip-rule`` (``--keep``) and ``--no-clean``.
cleaning_options = _stack(
    click.option("--skip-rule", "--keep", "skip_rules", multiple=True, metavar="RULE",
                 help="Do not apply this cleaning rule: keep what it would remove or change "
                      "(repeatable or comma-separated; see `docgen rules`)."),
    click.option("--no-clean", is_flag=True, help="Apply no cleaning rule at all."),
)

keep_line_option = click.option(
    "--keep-line", "keep_lines", multiple=True, type=click.IntRange(min=1), metavar="N",
    help="Keep source line N although a cleaning rule would remove it (repeatable; the "
         "numbers `docgen inspect --changes` shows).")

#: What the parser finds, overruled: ``--title``, ``--no-title``, ``--date``, ``--speaker``,
#: and the cleaning switches.
parse_options = _stack(
    click.option("--title", help="Use this title instead of the one found in the text."),
    no_title_option,
    click.option("--date", help="Use this date (e.g. 2023年6月12日)."),
    click.option("--speaker", help="Use this speaker line (e.g. '县委书记 张三')."),
    cleaning_options,
    keep_line_option,
)

invariant_option = click.option(
    "--invariant", is_flag=True, help="Reproducible output: fixed dates, byte-identical files.")


force_option = click.option(
    "--force", is_flag=True, help="Replace read-only outputs (an input is never written over).")


def quiet_option(help: str) -> Decorator:
    return click.option("-q", "--quiet", is_flag=True, help=help)


def loaded_style(style: str, settings: tuple[str, ...], font_options: tuple[str, ...],
                 embed_fonts: bool | None = None) -> Style:
    """The preset with ``--set`` and the ``--set`` equivalents of the ``--font`` and
    ``--embed-fonts`` options."""
    if embed_fonts is not None:
        settings = (*settings, f"docx.embed_fonts={str(embed_fonts).lower()}")
    if font_options:
        settings = (*settings, *font_settings(load(style, settings), font_options))
    return load(style, settings)


def check_embedding(style: Style, formats: Iterable[str]) -> None:
    """Refuse at once, before any file, a DOCX with embedded fonts without fontTools."""
    if style.docx.embed_fonts and "docx" in formats:
        require_subsetter("--embed-fonts (docx.embed_fonts)")


def skipped_rules(skip_rules: tuple[str, ...], no_clean: bool) -> tuple[str, ...]:
    return RULE_NAMES if no_clean else tuple(skip_rules)


def parse_settings(title: str | None, no_title: bool, date: str | None, speaker: str | None,
                   skip_rules: tuple[str, ...], no_clean: bool, keep_lines: tuple[int, ...] = (),
                   fields: Meta | None = None) -> ParseOptions:
    """The parse options the command line's switches ask for (``fields``: those of the
    版头 and the 版记, from :mod:`.fieldoptions`)."""
    overrides = Meta(title=title, date=date, speaker=speaker) if (title or date or speaker) else None
    if fields is not None:
        overrides = replace(fields, **{k: v for k, v in (overrides or Meta()).to_dict().items() if v})
    return ParseOptions(skip_rules=skipped_rules(skip_rules, no_clean), overrides=overrides,
                        no_title=no_title, keep_lines=tuple(keep_lines))


def terminal_width() -> int:
    try:
        return max(40, os.get_terminal_size().columns)
    except OSError:
        return 100
