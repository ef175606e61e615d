"""A script widget's loading message over a page goes, and the steps of a procedure set out
as a flowchart, a step a line with arrows between, stay under the text it belongs to. The
page is written for the test, with half-width punctuation as a search index keeps it."""

from __future__ import annotations

import docgen
from docgen.shapes.chrome import family_of

PAGE = ("Loading color scheme\n\n"
        "1.房屋修繕補助:每年3月1日開始受理申請,到4月30日截止,有意申請的民眾請備妥相關文件到公所洽詢辦理!\n\n"
        "2.房屋修繕補助申請流程:\n\n"
        "申請人準備文件\n\n"
        "     ⇓送\n\n"
        "區公所(初審文件)\n\n"
        "   備齊⇓送\n\n"
        "市政府(市府複審及現場會勘)\n\n"
        "   通過⇒行文給區公所及申請人(載明補助金額及施工期限)\n\n"
        "未通過⇒退回區公所(公所協助補件或退回申請人)\n\n"
        "   ⇓申請人期限內施工,完工後檢附(施工前、後照片及收據)\n\n"
        "   ⇓送區公所(公所派員驗收)\n\n"
        "   ⇓驗收合格送市府複驗\n\n"
        "驗收合格,市政府撥付補助款給申請人。\n")


def test_the_loading_message_goes_and_the_flowchart_stays():
    speech = docgen.parse_text(PAGE)
    whole = "\n".join(b.text for b in speech.blocks)
    assert "Loading" not in whole and speech.meta.title != "Loading color scheme", whole
    for step in ("市政府", "行文給區公所及申請人", "退回區公所", "派員驗收", "撥付補助款"):
        assert step.replace("(", "（").replace(")", "）") in whole or step in whole, whole


def test_the_loading_family_is_narrow():
    assert family_of("Loading color scheme", ("line", "page")) is not None
    assert family_of("Loading and unloading of goods", ("line", "page")) is None
