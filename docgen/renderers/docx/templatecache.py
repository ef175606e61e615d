"""A style's packed template kept in the cache folder, so that a new process writes DOCX files
without importing python-docx (importing it and building the template is most of the start-up
of a DOCX batch or convert).

An entry is named from everything the template is made from — the preset's every value, the
bytes of its seal's picture (a preset names the file, whose content may change), whether a
blank footer was asked for, the source of the modules that build it and the python-docx
version — so a stale entry is never found.  An entry that cannot be read back as a template
is built again (and stored again).
"""

from __future__ import annotations

import hashlib
import marshal
from functools import cache
from pathlib import Path

from ...cache import cache_file, write_cache_file
from ...style import Style
from ...version import __version__
from . import zippack
from .package import Built, Template

#: The modules whose code decides what a template holds (``template`` and what it calls).
_BUILDERS = ("template", "styles", "stylenames", "stylexml", "ooxml", "fontnames", "package", "zippack",
             "embedding", "wordml")


def style_template(style: Style, blank: bool = False) -> Built:
    """The template of ``style`` (with a blank footer when ``blank``): from the cache folder,
    else built with python-docx and stored there."""
    entry = cache_file(f"docx-template-{template_key(style, blank)}.marshal")
    found = _read(entry) if entry is not None else None
    if found is None:
        from .template import build_template

        found = build_template(style, blank)
        if entry is not None:
            write_cache_file(entry, _dumped(found))
    return found


def template_key(style: Style, blank: bool) -> str:
    """The name of ``style``'s template among the cache's entries."""
    from importlib.metadata import version

    seal = _digest(Path(style.seal.file)) if style.seal.file else ""
    made_of = repr((style, seal, blank, _code(), __version__, version("python-docx")))
    return hashlib.sha1(made_of.encode()).hexdigest()[:20]


def _digest(path: Path) -> str:
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:  # building the template will say what is wrong with it
        return "unreadable"


@cache
def _code() -> str:
    """A digest of the source of the modules that build a template (a change to how the
    styles are made must not find the templates made before it)."""
    folder = Path(__file__).parent
    digest = hashlib.sha1()
    for name in _BUILDERS:
        try:
            digest.update((folder / f"{name}.py").read_bytes())
        except OSError:  # an installation without sources: the version alone
            digest.update(name.encode())
    return digest.hexdigest()


def _dumped(built: Built) -> bytes:
    template = built.template
    parts = tuple(part if isinstance(part, str) else (part.name, part.payload, part.crc, part.size)
                  for part in template.parts)
    return marshal.dumps((parts, template.head, template.tail, template.styles, built.seal,
                          built.blank_footer))


def _read(entry: Path) -> Built | None:
    """A template stored in the cache folder; None when there is none or it is not one."""
    try:
        parts, head, tail, styles, seal, blank = marshal.loads(entry.read_bytes())
        members = tuple(part if isinstance(part, str) else zippack.Member(*part) for part in parts)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    texts = (head, tail)
    if not (all(isinstance(t, str) for t in texts) and type(styles) is bytes
            and all(r is None or isinstance(r, str) for r in (seal, blank))
            and all(isinstance(m, str) or (type(m.payload) is bytes and type(m.name) is str) for m in members)):
        return None
    return Built(Template(members, head, tail, styles), seal, blank)
