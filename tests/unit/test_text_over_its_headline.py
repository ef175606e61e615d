"""A page that prints an item's text over its headline (a list entry or a teaser holding the
whole text) and again under it: the copy under the headline is the text, the headline its
title, and the copy over it goes.  A short line said over and under a headline (no paragraph)
stays twice, and a paragraph over the headline that the one under it does not say again
stays.  Made-up texts."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean

HEADLINE = "某某镇开展送温暖进万家活动"
TEXT = ("本报讯 1月20日，某某镇组织机关干部走访慰问辖区困难群众，为他们送去米面油等生活物资。 "
        "此次活动共走访慰问困难家庭120余户，把党和政府的关怀送到了群众心坎上。")


def _parsed(lines: list[str]) -> tuple[str | None, list[str]]:
    speech = docgen.parse_text("\n".join(lines) + "\n")
    return speech.meta.title, [b.text for b in speech.blocks]


def test_the_text_printed_over_its_headline_and_again_under_it_is_printed_once_under_its_title() -> None:
    title, blocks = _parsed([TEXT, HEADLINE, TEXT])
    assert title == HEADLINE
    assert len(blocks) == 1 and blocks[0].startswith("本报讯"), blocks


def test_the_copy_under_the_headline_is_the_one_kept_blank_lines_or_not() -> None:
    kept = [line for line in clean([TEXT, "", HEADLINE, "", TEXT]).lines if line.text]
    assert [line.number for line in kept] == [3, 5]


def test_a_short_line_said_over_and_under_a_headline_stays_twice() -> None:
    line = "会议由镇党委书记主持，各村负责人参加。"
    kept = [x.text for x in clean([line, HEADLINE, line, TEXT]).lines if x.text]
    assert kept.count(line) == 2, kept


def test_a_paragraph_over_the_headline_not_said_again_under_it_stays() -> None:
    other = "本报讯 1月19日，某某镇召开年终工作总结会议，全面回顾一年来的各项工作，部署明年重点任务。"
    kept = [x.text for x in clean([other, HEADLINE, TEXT]).lines if x.text]
    assert kept[0].startswith("本报讯 1月19日"), kept


def test_a_paragraph_under_a_headline_said_again_under_a_row_of_captions_stays() -> None:
    captions = ["镇党委书记讲话", "干部入户走访", "群众领取物资", "合影留念"]
    kept = [x.text for x in clean([HEADLINE, TEXT, *captions, TEXT]).lines if x.text]
    assert kept[1].startswith("本报讯"), kept
