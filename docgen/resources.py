"""Where the shipped data lives: the style presets and the bundled fonts.

In an installed package they are the subpackages ``docgen.presets`` and ``docgen.fontfiles``
(mapped from the repository's top-level ``styles/`` and ``fonts/`` folders); in a source
checkout that was not installed, the top-level folders are used directly.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def _data_dir(package: str, folder: str) -> Path:
    try:
        path = Path(str(resources.files(package)))
        if path.is_dir():
            return path
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / folder


def presets_dir() -> Path:
    """The folder of the presets shipped with docgen."""
    return _data_dir("docgen.presets", "styles")


def fonts_dir() -> Path:
    """The folder of the fonts shipped with docgen."""
    return _data_dir("docgen.fontfiles", "fonts")
