"""A 范文 site's headline that sets the sample's title twice, apart by a space, with its tag after
each (``节约用水倡议书范文 节约用水倡议书范文示例``): the site's copy for its page, so the title is
the sample's own, once and without the tags.  Two different titles apart by a space stay as
they are, and a title about samples keeps its word.  The texts are written for the tests."""

from __future__ import annotations

import pytest
from helpers.cleaning import title_of

BODY = ["亲爱的同学们：", "水是生命之源，节约用水是每个人的责任。", "让我们从现在做起，从身边的小事做起。"]


@pytest.mark.parametrize("headline", ["节约用水倡议书范文 节约用水倡议书范文示例",
                                      "节约用水倡议书范文 节约用水倡议书范文大全",
                                      "节约用水倡议书 节约用水倡议书范文"])
def test_a_tagged_title_set_twice_is_the_title_once(headline: str) -> None:
    assert title_of(headline, *BODY) == "节约用水倡议书"


def test_a_collections_tag_after_a_title_that_ends_with_its_kind_goes() -> None:
    assert title_of("节约用水倡议书范文示例", *BODY) == "节约用水倡议书"


def test_two_titles_apart_by_a_space_stay() -> None:
    assert title_of("节约用水倡议书范文 爱护环境倡议书范文", *BODY) == "节约用水倡议书范文 爱护环境倡议书"


def test_a_title_about_samples_keeps_its_word() -> None:
    assert title_of("倡议书写法及范文示例", *BODY) == "倡议书写法及范文示例"
