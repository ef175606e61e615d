"""A page's post date set between the headline and its empty counter goes with the counter; a
date under a headline with no such row under it stays."""

from docgen.cleaner import clean

BODY = "为庆祝建党节，某某支部于7月16日召开组织生活会，全体党员参加了会议并交流了心得体会。"


def _texts(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def test_post_date_over_an_empty_counter_is_dropped() -> None:
    texts = _texts(["某某支部召开组织生活会", "2020年07月18日", "点击:[]", BODY])
    assert "2020年07月18日" not in texts
    assert BODY in texts


def test_date_under_a_headline_without_a_counter_stays() -> None:
    texts = _texts(["某某支部召开组织生活会", "2020年07月18日", BODY])
    assert any("2020年07月18日" in t for t in texts)
