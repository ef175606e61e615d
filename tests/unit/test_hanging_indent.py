"""A hard-wrapped notice whose numbered paragraphs hang (continuation lines indented deeper than
the numbered line), with a table drawn in box-drawing characters wider than the text: each
numbered paragraph is one paragraph, not a heading over its broken-off rest.  Made-up text in
the shape of such notices."""

from __future__ import annotations

from docgen.cleaner import clean

WRAPPED = [
    "某某地方法院公告",
    "發文日期：中華民國某年3月13日",
    "主旨：公告以投標方法拍賣某某案件債務人所有如附表所示不",
    "      動產有關事項。",
    "公告事項：",
    "  一、不動產所在地、種類、權利範圍、實際狀況、占有使用情",
    "      形及其他相關事項，均詳如附表，投標人應自行前往查看標",
    "      的物之現況。",
    "  二、投標書及保證金封存袋，向本院服務處購買，並應依投標",
    "      書所記載之注意事項填載，逾期不予受理，請投標人注意填",
    "      載。",
    "  三、保證金不得以現金提出，應以金融業者為發票人之支票、",
    "      匯票或本票，放進投標保證金封存袋內，將封口密封後投入",
    "      標櫃。",
    "  四、開標日時及場所：某年四月十二日下午三時整在本院民事",
    "      執行處投標室當眾開標。",
]
TABLE = ["┌────┬──────────────┬──────────────┬──────────────┬──────┐",
         "│編號│土地坐落某某區某某段某某小段│面積平方公尺某某某某│權利範圍某某某某某某│備考某某│",
         "└────┴──────────────┴──────────────┴──────────────┴──────┘"] * 5


def texts(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def test_a_hanging_numbered_paragraph_is_joined_with_its_continuation_lines():
    joined = texts(WRAPPED)
    assert ("一、不動產所在地、種類、權利範圍、實際狀況、占有使用情形及其他相關事項，均詳如附表，"
            "投標人應自行前往查看標的物之現況。") in joined
    assert joined[-2] == "三、保證金不得以現金提出，應以金融業者為發票人之支票、匯票或本票，放進投標保證金封存袋內，將封口密封後投入標櫃。"


def test_a_box_drawn_table_does_not_hide_the_wrap_width_of_the_text():
    joined = texts([*WRAPPED, "", "附表：", *TABLE])
    assert joined[joined.index("公告事項：") + 1].endswith("標的物之現況。")


def test_a_heading_over_an_indented_paragraph_stays_apart():
    lines = ["一、總體要求", "　　要把某某工作擺在重要位置，切實加強領導，確保各項任務落實到位。",
             "二、主要任務", "　　要健全某某制度，形成長效機制，推動某某工作不斷取得新成效。"]
    assert texts(lines) == [line.strip() for line in lines]
