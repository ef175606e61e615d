"""Word segmentation for title breaking: dictionary words stay whole, unknown characters stand
alone, nothing is lost.  Expected words read off each phrase."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docgen.typesetting.words import segment


@pytest.mark.parametrize("text, words", [
    ("坚定不移推动高质量发展", ["坚定不移", "推动", "高质量发展"]),
    ("关于进一步加强机关党的建设的实施意见", ["关于", "进一步", "加强", "机关", "建设", "实施意见"]),
    ("在全市经济工作会议上的讲话", ["全市", "经济", "工作会议", "讲话"]),
    ("持续优化营商环境推进中国式现代化", ["持续", "优化营商环境", "推进", "中国式现代化"]),
    ("全面从严治党工作会议暨警示教育大会", ["全面从严治党", "工作会议", "警示", "教育", "大会"]),
])
def test_dictionary_words_stay_whole(text, words):
    cut = segment(text)
    assert "".join(cut) == text
    for word in words:
        assert word in cut, (word, cut)


def test_unknown_characters_stand_alone():
    assert segment("堃喆镕") == ["堃", "喆", "镕"]
    assert segment("") == []


@given(st.text(alphabet=st.sampled_from("的是在了和人有我中国会议工作发展建设学习贯彻同志们，。a1𠮷"), max_size=60))
def test_segmentation_never_loses_or_adds_a_character(text):
    assert "".join(segment(text)) == text


def _dictionary_file() -> tuple[str, list[str]]:
    import gzip
    from importlib.resources import files

    text = gzip.decompress(files("docgen.typesetting").joinpath("words.txt.gz").read_bytes())
    header, *lines = text.decode("utf-8").rstrip("\n").split("\n")
    return header, lines


def test_the_dictionary_file_holds_one_line_per_first_character_after_the_total():
    header, lines = _dictionary_file()
    pairs = [pair for line in lines for pair in zip(line.split(" ")[0::2], line.split(" ")[1::2])]
    assert len(pairs) > 70_000
    assert header == f"total {sum(int(count) for _, count in pairs)}"
    firsts = [line[0] for line in lines]
    assert len(set(firsts)) == len(firsts)
    for line in lines:
        assert all(word[0] == line[0] for word in line.split(" ")[0::2]), line[:20]


def test_a_word_scores_its_share_of_all_the_frequencies():
    """The log of a word's frequency over the total of the whole dictionary, official terms
    counted as common words — worked out here from the whole file at once."""
    import math
    import random

    from docgen.typesetting import words
    from docgen.typesetting.patterns import OFFICIAL_TERMS

    _, lines = _dictionary_file()
    counts = {w: int(c) for line in lines for w, c in zip(line.split(" ")[0::2], line.split(" ")[1::2])}
    counts.update(dict.fromkeys(OFFICIAL_TERMS, words._TERM_COUNT))
    log_total = math.log(sum(counts.values()))
    sample = random.Random(3).sample(sorted(counts), 300) + sorted(OFFICIAL_TERMS)
    for word in sample:
        assert words._scores(word[0])[word] == math.log(counts[word]) - log_total, word
    assert "推动" in words._scores("推") and "推动" not in words._scores("动")


def test_the_lines_kept_in_the_cache_folder_are_those_of_the_file(tmp_path, monkeypatch):
    import marshal
    from importlib.resources import files

    from docgen.typesetting import words

    monkeypatch.setenv("DOCGEN_CACHE_DIR", str(tmp_path))
    data = files("docgen.typesetting").joinpath("words.txt.gz").read_bytes()
    read = words._read(data)
    words._lines.cache_clear()
    try:
        assert words._lines() == read            # read from the file, and stored
        (entry,) = tmp_path.glob("words-*.marshal")
        words._lines.cache_clear()
        assert words._lines() == read            # read back from the cache folder
        entry.write_bytes(marshal.dumps(({"甲": b"\xe7\x94\xb2\xe4\xb9\x99 9"}, -1.5)))
        words._lines.cache_clear()
        assert words._lines() == ({"甲": "甲乙 9".encode()}, -1.5)  # what the entry holds is used
        entry.write_bytes(b"\x00damaged")
        words._lines.cache_clear()
        assert words._lines() == read            # a damaged entry is read again, and rewritten
        assert words._from_cache(entry) == read
        monkeypatch.setenv("DOCGEN_CACHE_DIR", "off")
        words._lines.cache_clear()
        assert words._lines() == read
    finally:
        words._lines.cache_clear()
