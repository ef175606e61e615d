"""Chrome of mainland portals and 范文 pages: counters, spaced credits, spam runs, closing taglines."""

from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")


def _name(line: str) -> str | None:
    family = family_of(line, SCOPES)
    return None if family is None else family.name


def test_reader_counter_with_shu() -> None:
    assert _name("阅读数:42") == "page-tools"


def test_correspondent_with_spaced_name() -> None:
    assert _name("通讯员 王 某 李某某") == "bare-byline"


def test_keyword_spam_run() -> None:
    assert _name("某某β片在线观看,某某A∨精品中文,某某交A精品,某某影院观看,某某久久") == "keyword-spam-run"
    assert _name("推进AI应用,加强5G建设,发展VR产业,建设IT平台") is None


def test_closing_tagline_of_information() -> None:
    line = "以上信息旨在为您提供一个完整的参考,希望对您有所帮助。如有问题,请随时咨询我们。"
    assert _name(line) == "generated-text-note"


def test_answer_lead_in() -> None:
    assert _name("网上找的一篇,你看看~~") == "answer-lead-in"
    assert _name("寻找差距，对标先进") is None
