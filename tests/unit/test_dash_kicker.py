"""A news headline's kicker (引题) that runs into the headline with a dash — ``某某县某某镇——``
over ``干部作风实起来`` — goes on in the next line: it is no title on its own, the headline
under it is.  The texts are written for the tests."""

from __future__ import annotations

import docgen

BODY = ("近年来,某某镇加强对干部作风的监督,推动各项工作落地见效,群众满意度明显提升。\n"
        "下一步,该镇将继续完善监督机制,让作风建设常态化。\n")


def title_of(text: str) -> str | None:
    return docgen.parse(text.encode("utf-8"), input_format="text").meta.title


def test_a_kicker_ending_in_a_dash_is_passed_over_for_the_headline():
    assert title_of("某某县某某镇——\n干部作风实起来\n本报记者 张三\n" + BODY) == "干部作风实起来"


def test_the_same_in_full_width_with_glosses():
    assert title_of("某某縣某某鎮(zhèn)——\n幹部作風實起來\n本报记者 张三\n" + BODY) == "幹部作風實起來"
