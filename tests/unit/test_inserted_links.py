"""Keyword links a page inserts into a body sentence, each on its own line between the
sentence's comma pieces, are dropped; a text's own short lines are not."""

from docgen.cleaner import clean

LINKS = ["产品代销", "网路行销顾问", "泡菜料理", "专业社群行销 台中"]

PIECES = ["台风逼近本岛,", ",沿海昨天下午已宣布停止上班上课,", ",今天影响区域可能更靠近本岛。时值开学前,",
          ",县教育处表示,", ",如果今明两天宣布停课,返校日将取消,新生训练和开学日则顺延。"]


def _page(links: list[str]) -> list[str]:
    lines = ["台风逼近 开学顺延", ""]
    for piece, link in zip(PIECES, [*links, None]):
        lines += [piece, ""]
        if link is not None:
            lines += [link, ""]
    return lines


def test_inserted_keyword_links_are_dropped_and_the_sentence_is_kept() -> None:
    text = "\n".join(line.text for line in clean(_page(LINKS)).lines)
    for link in LINKS:
        assert link not in text
    for piece in PIECES:
        assert piece.strip(",") in text.replace("，", ",")


def test_two_short_lines_between_comma_pieces_stay() -> None:
    # this rule alone (the line score, which has seen these words as a page's links, may weigh them)
    text = "\n".join(line.text for line in clean(_page(LINKS[:2]), skip=["edge-chrome"]).lines)
    assert all(link in text for link in LINKS[:2])


def test_a_numbered_or_punctuated_line_is_no_link() -> None:
    links = ["一、总体要求", "网路行销顾问。", "泡菜料理", "专业社群行销"]
    text = "\n".join(line.text for line in clean(_page(links)).lines)
    assert "总体要求" in text and "网路行销顾问" in text
