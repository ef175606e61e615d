"""Lines under a text's last paragraph: sites that sign an appeal with their addresses over its
date (the text's own), and the credits, notices and owner rows a site prints there (chrome).
The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

APPEAL = ("为了倡导文明新风，共建美好家园，我们向全体市民发出如下倡议：\n"
          "一、倡导绿色出行。尽量选择公交、骑行或步行，减少私家车的使用，共同守护蓝天白云。\n"
          "二、倡导节约用水。自觉养成随手关水龙头的好习惯，让每一滴水都发挥应有的作用。\n")

NEWS = ("某某社区卫生服务中心召开消防安全工作部署会，全体职工参加了会议，会议由中心主任主持。\n"
        "会上，中心负责同志通报了近期检查中发现的问题，并对下一阶段的整改工作作出了具体安排。\n")


def test_two_sites_with_their_addresses_over_the_date_sign_the_appeal():
    texts = kept(APPEAL + "某某文明网 (www.example.com)\n某某生活网 ( www.example. cn)\n2031年3月2日\n")
    assert texts[-3:] == ["某某文明网 (www.example.com)", "某某生活网 ( www.example. cn)", "2031年3月2日"], texts


def test_one_site_with_its_address_over_the_date_signs_it_under_a_footer():
    texts = kept(APPEAL + "某某文明网（www.example.com）\n2031年3月2日\n浙公网安备 33000000000000号\n")
    assert texts[-2:] == ["某某文明网（www.example.com）", "2031年3月2日"], texts


def test_a_sites_banner_under_the_text_with_no_date_under_it_is_still_dropped():
    texts = kept(APPEAL + "某某文明网 (www.example.com)\n")
    assert texts[-1].startswith("二、倡导节约用水"), texts


def test_a_sites_banner_over_a_date_with_prose_under_it_is_still_dropped():
    texts = kept(APPEAL + "某某文明网 (www.example.com)\n2031年3月2日\n"
                 "活动期间，市民可以通过网站留言，为文明城市建设建言献策，共同参与。\n")
    assert "某某文明网 (www.example.com)" not in texts, texts


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
