"""Credits, footers and notices of news and official pages copied as text: a credit under a
notice's date (``供稿人：某某部``) is dropped, and the notice's own closing block above it — its
contact lines, its list of attachments, its signature and its date — is kept; a forum archive's
pager, a reading prompt and an empty attachment widget are dropped.  The texts are written for
the tests."""

from __future__ import annotations

from docgen.cleaner import clean

NOTICE = """各有关单位：
为做好本年度的活动安排，经研究，现将有关事项通知如下，请各单位认真做好组织和报送工作。
一、各单位结合工作实际，认真研究本年度活动计划，填写并报送活动计划表，按时间节点完成。
二、各单位须于5月20日前将电子版表格发送到指定邮箱，逾期未报送的视为本年度无活动安排。
联系人：甲某某、乙某
联系电话：0000-12345678
邮箱:someone@example.com
附件:
1.本年度活动计划表
2. 本年度重要活动计划表
某某省某某协会办公室
2018年4月23日
供稿人:某某学术部
"""


def _kept(text: str) -> list[str]:
    return [line.text for line in clean(text.splitlines()).lines if line.text.strip()]


def test_a_credit_under_the_date_goes_and_the_closing_block_stays():
    kept = _kept(NOTICE)
    assert not any("供稿人" in line for line in kept)
    for line in ("附件：", "1.本年度活动计划表", "某某省某某协会办公室", "2018年4月23日"):
        assert any(line in k for k in kept), (line, kept)
    assert any("someone@example.com" in k for k in kept)


def test_forum_archive_pager_and_reading_prompt_go():
    text = """某某论坛 › 某某版块 › 某某：讲好乡村故事
某某：讲好乡村故事
乡村是中华文明的根，讲好乡村故事，就是要把乡村的变化、乡村的人写出来，让更多的人看到。
这些年来，乡村发生了翻天覆地的变化，这是我们的写作最好的素材，值得每一个写作者去记录。
页: [1]
查看完整版本: 某某：讲好乡村故事
打开某某晚报微信报阅读每天报纸
"""
    kept = _kept(text)
    assert not any(k.startswith(("页", "查看完整版本", "打开某某")) for k in kept), kept
    assert any("乡村是中华文明的根" in k for k in kept)


def test_empty_attachment_widget_and_more_news_prompt_go():
    text = """学校召开新学期工作会议
会议强调，全体教职工要提高认识，扎实做好新学期各项工作，确保教育教学秩序平稳有序。
会议要求，各部门要加强协作，细化分工，把各项任务落到实处，以优异成绩回报社会的关心。
【附件下载】
附件下载:暂无下载地址
點擊更多新聞進入新聞中心 要聞 時政新聞
"""
    kept = _kept(text)
    assert not any("附件" in k or "更多" in k for k in kept), kept


def test_a_column_of_bare_dates_under_the_text_goes_but_a_closing_date_stays():
    body = """某某镇开展人居环境整治行动
本次行动以集镇为重点，划分为四个责任区域，由领导带头参与打扫，各单位职工负责各自区域的打扫。
镇综合督查组将不定时开展暗访，如发现责任区域未整治到位，将在全镇进行通报批评。
"""
    kept = _kept(body + "2019-05-10\n2019-05-09\n2019-04-04\n")
    assert not any(k.startswith("2019-") for k in kept), kept
    kept = _kept(body + "2019-05-10\n")
    assert "2019-05-10" in kept, kept


def test_a_portals_charm_column_under_the_text_goes():
    page = """您的位置:某某新闻网 >> 部门动态 >> 正文
某某局举行新服务场所奠基仪式
http://www.example.com  2012-08-15 10:18:27   来源:某某电视台
8月13日，某某局在某某镇某某村举行新服务场所奠基仪式，县有关部门负责人参加了仪式。
奠基仪式前，县领导到工地看望了干部和施工人员，并详细了解了工程的设计和施工情况。
该局负责人首先代表该局向到场的领导和嘉宾表示热烈的欢迎，对各级领导的关心表示感谢。

魅力某某
"""
    kept = _kept(page)
    assert "魅力某某" not in kept, kept
    assert any("奠基仪式前" in k for k in kept)
