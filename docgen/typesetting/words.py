"""Chinese word segmentation for line breaking: where a line may end without cutting a word.

A title is broken only between words (GB/T 9704 §7.3.1).  The words come from a dictionary
with word frequencies; a text is cut into the sequence of dictionary words (and single
characters) whose product of frequencies is greatest — the classic maximum-probability
segmentation over the graph of all dictionary words in the text.

The dictionary, ``words.txt.gz``, holds the 2- to 6-character CJK words with a frequency of
at least 20 from the dictionary of the jieba project (MIT licence, see ``words-LICENSE.txt``)::

    [w for w, f, *_ in (l.split() for l in open("dict.txt")) if 2 <= len(w) <= 6
     and int(f) >= 20 and all("\\u4e00" <= c <= "\\u9fff" or c == "〇" for c in w)]

as ``word frequency`` pairs separated by spaces, one line for the words of each first
character, after a first line ``total N`` with the sum of all the frequencies.  A text needs
only the words that start with its own characters: the file is read and split into its
4,200 lines (a few milliseconds), and the line of a character is decoded and turned into words and
scores when a text first has it — a command that breaks one title must not spend 80 ms
building a table of all 72,000 words, which cover the vocabulary of official titles.

The terms of official texts in :data:`~docgen.typesetting.patterns.OFFICIAL_TERMS`, which
that list predates or splits (营商环境, 中国式现代化), are added as frequent words.

Decompressing the file takes most of those milliseconds, so the lines by first character are
also kept in the cache folder (:func:`docgen.cache.cache_dir`), named from the file's bytes
and the official terms: a later process reads them back in under a millisecond.
"""

from __future__ import annotations

import gzip
import hashlib
import marshal
import math
from functools import cache
from importlib import resources
from pathlib import Path

from ..cache import cache_file, write_cache_file
from .patterns import OFFICIAL_TERMS

#: Longest dictionary word, in characters.
MAX_WORD = 8
#: Frequency given to an official term: that of a common word, so it wins over its parts.
_TERM_COUNT = 5000


@cache
def _lines() -> tuple[dict[str, bytes], float]:
    """First character → its line of the dictionary (UTF-8, decoded when a text first has the
    character), and the log of the total frequency (official terms counted at
    :data:`_TERM_COUNT`, in place of any frequency of their own)."""
    data = resources.files(__package__).joinpath("words.txt.gz").read_bytes()
    entry = _entry(data)
    kept = _from_cache(entry) if entry is not None else None
    if kept is not None:
        return kept
    lines = _read(data)
    if entry is not None:
        write_cache_file(entry, marshal.dumps(lines))
    return lines


def _read(data: bytes) -> tuple[dict[str, bytes], float]:
    header, *lines = gzip.decompress(data).split(b"\n")
    by_first = {line[:4].decode("utf-8", "ignore")[0]: line for line in lines if line}
    total = int(header.removeprefix(b"total "))
    terms: dict[str, list[str]] = {}
    for term in OFFICIAL_TERMS:
        terms.setdefault(term[0], []).append(term)
    for first, starting in terms.items():
        line = by_first.get(first, b"")
        total += sum(_TERM_COUNT - _count(line, term) for term in starting)
    return by_first, math.log(total)


def _entry(data: bytes) -> Path | None:
    """The cache file of the lines of ``data``, named from its bytes and what is added to them."""
    digest = hashlib.sha1(data)
    digest.update(f"{_TERM_COUNT} {' '.join(OFFICIAL_TERMS)}".encode())
    return cache_file(f"words-{digest.hexdigest()[:16]}.marshal")


def _from_cache(entry: Path) -> tuple[dict[str, bytes], float] | None:
    try:
        by_first, log_total = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # none yet, or damaged
        return None
    if not (isinstance(by_first, dict) and isinstance(log_total, float)):
        return None
    return by_first, log_total


def _count(line: bytes, word: str) -> int:
    """The frequency that the dictionary line ``line`` gives ``word`` (0: not in it), found
    without splitting the line (a frequent first character has thousands of words)."""
    key = word.encode("utf-8") + b" "
    if line.startswith(key):
        start = len(key)
    else:
        at = line.find(b" " + key)
        if at < 0:
            return 0
        start = at + 1 + len(key)
    end = line.find(b" ", start)
    return int(line[start:] if end < 0 else line[start:end])


def _counts(line: bytes) -> dict[str, int]:
    fields = line.decode("utf-8").split(" ") if line else []
    return dict(zip(fields[0::2], map(int, fields[1::2])))


@cache
def _scores(first: str) -> dict[str, float]:
    """Word → log frequency, for the dictionary words that start with ``first``."""
    by_first, log_total = _lines()
    counts = _counts(by_first.get(first, b""))
    counts.update((term, _TERM_COUNT) for term in OFFICIAL_TERMS if term[0] == first)
    return {w: math.log(c) - log_total for w, c in counts.items()}


def segment(text: str) -> list[str]:
    """``text`` cut into words: ``segment("推动高质量发展")`` → ``["推动", "高质量", "发展"]``.
    Characters outside the dictionary stand alone."""
    if not text:
        return []
    single = -_lines()[1]  # the log frequency given to a character not in a word
    n = len(text)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)  # (score of the rest, end of first word)
    for i in range(n - 1, -1, -1):
        choice = (single + best[i + 1][0], i + 1)
        words = _scores(text[i])
        for j in range(i + 2, min(n, i + MAX_WORD) + 1):
            score = words.get(text[i:j])
            if score is not None and score + best[j][0] > choice[0]:
                choice = (score + best[j][0], j)
        best[i] = choice
    out, i = [], 0
    while i < n:
        j = best[i][1]
        out.append(text[i:j])
        i = j
    return out
