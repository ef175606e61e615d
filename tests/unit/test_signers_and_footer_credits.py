"""Lines under a text's last paragraph: the credits, notices and owner rows a site prints
there (chrome).  The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

NEWS = ("某某社区卫生服务中心召开消防安全工作部署会，全体职工参加了会议，会议由中心主任主持。\n"
        "会上，中心负责同志通报了近期检查中发现的问题，并对下一阶段的整改工作作出了具体安排。\n")


def test_a_reviewers_credit_under_the_text_is_dropped_in_either_script():
    for credit in ("審稿人:某某", "审稿人：王某某", "审稿：李某"):
        texts = kept(NEWS + "撰稿人:张某\n" + credit + "\n")
        assert texts[-1].startswith("会上，中心负责同志通报"), (credit, texts)


def test_a_papers_licence_of_its_own_news_to_its_site_is_dropped():
    notice = "某某日報所有自采新聞(含圖片)獨家授權某某新聞網發布,未經允許不得轉載或鏡像;授權轉載務必注明來源。"
    texts = kept(NEWS + notice + "\n")
    assert texts[-1].startswith("会上，中心负责同志通报"), texts


def test_the_sites_owner_row_over_its_address_under_the_text_is_dropped():
    texts = kept(NEWS + "单位:某某大学附属医院\n地址:某某省某某市某某路100号 邮编:100000\n")
    assert texts[-1].startswith("会上，中心负责同志通报"), texts


def test_a_department_heads_credit_among_the_credit_rows_is_dropped():
    texts = kept(NEWS + "撰稿:张某某\n部门负责人:李某某\n校对:王某\n责任编辑:赵某某\n")
    assert texts[-1].startswith("会上，中心负责同志通报"), texts


def test_a_sentence_on_a_department_head_under_the_text_stays():
    texts = kept(NEWS + "部门负责人要切实履行安全生产第一责任人的职责。\n")
    assert texts[-1] == "部门负责人要切实履行安全生产第一责任人的职责。", texts
