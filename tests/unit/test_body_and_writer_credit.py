"""A news item closing with who supplied it — the body's name, the writer's name and the verb,
apart by spaces (``某某市总工会 张某 供稿``) — loses that credit line; a sentence asking a body to
supply news (``市总工会 定期供稿``, the words run on) stays.  The texts are written for the test."""

from __future__ import annotations

import docgen
from docgen.shapes.chrome import family_of

NEWS = ("近日，某某市总工会组织开展“送温暖”慰问活动，走访慰问困难职工家庭三十余户，送去慰问金和生活物资。\n"
        "慰问中，工作人员详细询问职工的身体状况和生活困难，鼓励他们坚定信心，积极面对生活。\n"
        "市总工会表示，将持续做好困难职工帮扶工作，切实把党和政府的关怀送到职工心坎上。\n"
        "{last}\n")


def _texts(text: str) -> list[str]:
    return [b.text for b in docgen.parse_text(text).blocks]


def test_the_body_and_writer_credit_under_the_item_is_dropped():
    texts = _texts(NEWS.format(last="某某市总工会 张某 供稿"))
    assert not any("供稿" in t for t in texts), texts
    assert texts[-1].startswith("市总工会表示"), texts


def test_the_credit_family_knows_the_shape():
    assert family_of("某某县文化馆 李某、王某某 撰稿").name == "credit-by-role"
    assert family_of("某某市总工会 张某 供稿").name == "credit-by-role"


def test_a_request_to_supply_news_is_no_credit():
    assert family_of("市总工会 定期供稿") is None
    assert family_of("请各区总工会 按时供稿") is None
