"""How much a line looks like a page's furniture rather than a line of a document: a score
learned from the hand-labelled lines of real pages, for the lines no chrome family names.

The chrome families of ``chrome.toml`` name what a line is and say why it goes; they know
only the shapes someone has written down, and every new site brings a few they do not know (a
site's slogan, an editor's credit in an unusual form, an app prompt).  This score knows no
shape by name: it weighs the characters and character pairs of a line, its length and its
last mark, with weights learned (a logistic regression) from the lines of the labelled pages
— the lines labelled as chrome against the title, headings and passages labelled as text.
It is a log-odds: above zero a line is more like the chrome lines than the text lines of
those pages.  The cleaner uses it only at a text's edges and only when it is high (see
:mod:`docgen.cleaner.edges`).

The weights live in ``linescore.json`` beside this module, with the sets they were learned
from; they are made again, from the labels, by ``bench/realworld/trainlines.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from .chrome import fold

#: The data file, in this package.
DATA_FILE = "linescore.json"

_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"[0-9]")
_LATIN = re.compile(r"[A-Za-z]")

#: The marks a line's last character is told by (any other last character is one feature).
_END_MARKS = frozenset("。！？；，：…）)】」”")


@dataclass(frozen=True, slots=True)
class LineModel:
    """Weights of the features of a line, and where they were learned."""

    weights: Mapping[str, float]
    learned_from: tuple[str, ...]

    def score(self, text: str) -> float:
        """The log-odds that ``text`` is a chrome line (0 when it has no characters)."""
        found = features(text)
        if not found:
            return 0.0
        get = self.weights.get
        return sum(get(f, 0.0) for f in found)


def features(text: str) -> frozenset[str]:
    """The features of a line: each character (``u`` before it), each pair of neighbouring
    characters with ``^`` and ``$`` for the line's ends, its length in steps of three
    characters (``len0`` … ``len15``), its last mark (``end…``) and ``bias``.  Width forms
    and traditional characters are folded, spaces removed, digits written ``0`` and Latin
    letters ``a``, so that a date or a site's address is one shape whatever it says."""
    norm = _LATIN.sub("a", _DIGIT.sub("0", fold(_SPACE.sub("", unicodedata.normalize("NFKC", text)))))
    if not norm:
        return frozenset()
    found = {"u" + ch for ch in norm}
    ends = "^" + norm + "$"
    found.update(ends[i:i + 2] for i in range(len(ends) - 1))
    found.add(f"len{min(len(norm) // 3, 15)}")
    found.add("end" + (norm[-1] if norm[-1] in _END_MARKS else "x"))
    found.add("bias")
    return frozenset(found)


@cache
def model() -> LineModel:
    """The model of this package's data file."""
    data = json.loads(resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8"))
    return LineModel(MappingProxyType({str(k): float(v) for k, v in data["weights"].items()}),
                     tuple(data["learned_from"]))


def chrome_score(text: str) -> float:
    """The log-odds that ``text`` is a chrome line, by the package's model."""
    return model().score(text)
