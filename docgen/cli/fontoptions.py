"""``--font ROLE=FONT``: naming the font of a typeface role for one run.

``ROLE`` is a typeface role (``title``, ``fangsong``, ``kaiti``, ``heiti``, ``songti``,
``latin``, or its Chinese name: 小标宋, 仿宋, 楷体, 黑体, 宋体) or a part of the document
(``body``, ``heading1`` …, ``page_number``: the typeface that part uses in the preset).
``FONT`` is a font file or an installed family name, as the preset's ``font`` key takes it.
Each option becomes a ``--set typefaces.ROLE.font=FONT`` setting, a relative path made
absolute first (a setting's path would otherwise be relative to the preset's folder).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..errors import UsageError
from ..fonts.resolve import configured_path
from ..style import Style
from ..style.schema import ROLE_NAMES, TYPEFACE_NAMES, TypefaceName

#: Chinese names of the typeface roles, accepted on the command line.
CHINESE_NAMES: dict[str, TypefaceName] = {"小标宋": "title", "仿宋": "fangsong", "楷体": "kaiti", "黑体": "heiti",
                 "宋体": "songti", "西文": "latin"}


def typeface_of(style: Style, role: str) -> TypefaceName | None:
    """The typeface role ``role`` names, or None."""
    for name in TYPEFACE_NAMES:
        if role == name or CHINESE_NAMES.get(role) == name:
            return name
    if role == "page_number":
        return style.page_number.typeface
    for part in ROLE_NAMES:
        if role == part:
            return style.roles.get(part).typeface
    return None


def font_settings(style: Style, options: Iterable[str]) -> list[str]:
    """The ``--set`` settings for ``--font`` options (checked: a known role, an existing file)."""
    out = []
    for option in options:
        role, sep, value = option.partition("=")
        role, value = role.strip(), value.strip()
        if not sep or not role or not value:
            raise UsageError(f"--font {option!r}: expected ROLE=FONT, e.g. fangsong=仿宋_GB2312 "
                             f"or body=/path/FS_GB2312.ttf")
        typeface = typeface_of(style, role)
        if typeface is None:
            raise UsageError(f"--font {option!r}: unknown role {role!r} (known: "
                             f"{', '.join(TYPEFACE_NAMES)}, {', '.join(CHINESE_NAMES)}, or a part "
                             f"of the document such as body, heading1, page_number)")
        target = configured_path(value)
        if target is not None:
            path, index = target
            if not path.is_file():
                raise UsageError(f"--font {option!r}: no such font file {str(path)!r}")
            value = str(Path(path).resolve()) + (f"#{index}" if index is not None else "")
        out.append(f"typefaces.{typeface}.font={json.dumps(value, ensure_ascii=False)}")
    return out
