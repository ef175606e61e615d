"""A notice pasted from a page whose closing date is spaced out by its typesetter — the numbers
apart from 年, 月 and 日 (``2024年 3 月 8 日``, read as a menu's words) — keeps that date under
its signature though the site's statement on reprinting, in sentences, stands right below it:
the statement is the page's, no prose of the text going on under the date.  A column of dates
under the text (the dates of a list of other articles) stays the page's.  The texts are written
for the test."""

from __future__ import annotations

import docgen
from docgen.cleaner.pagejudge import judge
from docgen.cleaner.pagetail import document_date

NOTICE = ("某某镇人民政府关于春季森林防火期间禁止野外用火的通告\n"
          "为切实做好春季森林防火工作，保护森林资源和人民群众生命财产安全，现就有关事项通告如下：\n"
          "一、防火期内，禁止在林区及林缘地带烧荒、烧秸秆、上坟烧纸、燃放烟花爆竹。\n"
          "二、进入林区的人员应当遵守防火规定，不得携带火种进山，发现火情及时报告。\n"
          "某某镇人民政府\n"
          "{date}\n"
          "免责声明：本站部分信息来源于网络，仅供参考，不代表本站观点，如有侵权请联系我们删除，我们将在第一时间处理。\n")


def _texts(text: str) -> list[str]:
    return [b.text for b in docgen.parse_text(text).blocks]


def test_a_spaced_closing_date_over_the_sites_statement_is_kept():
    for date in ("2024年 3 月 8 日", "2024 年 3 月 8 日"):
        texts = _texts(NOTICE.format(date=date))
        assert texts[-2:] == ["某某镇人民政府", date], texts
        assert not any("本站" in t for t in texts), texts


def test_the_date_is_the_documents_over_the_statement():
    judged = [judge(t) for t in NOTICE.format(date="2024年 3 月 8 日").split("\n")]
    assert document_date(judged, 5)


def test_a_column_of_dates_under_the_text_is_no_closing_date():
    lines = ["近日，某某镇召开人居环境整治工作会议，安排部署下一阶段的整治工作，要求各村抓好落实。",
             "2024-05-10", "2024-05-09", "2024-04-04"]
    assert not document_date([judge(t) for t in lines], 1)
