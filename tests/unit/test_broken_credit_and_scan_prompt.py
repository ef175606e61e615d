"""The foot of a news page under its text: the end of a writer's credit in brackets broken over
lines (``某某科二病区:王某某)``, its opening bracket on the line above), a prompt to find the site's
other platforms by a code or by name (``更多本院平台扫码或搜索``) and the labels of the codes under
it.  The texts below are made up for the test in those shapes."""

from __future__ import annotations

import docgen
from docgen.shapes.chrome import family_of

PAGE = ["某某医院收到一封感谢信", "", "2030-08-01 08:16管理员", "",
        "【本网讯】近日，某某医院某某科收到一封患者家属手写的感谢信，感谢责任护士某某。", "",
        "信中写道：“感谢医护人员的悉心照料，祝好人一生平安！”", "",
        "护士长说，这封感谢信是对科室护理服务的肯定和鼓励。", ""]


def _printed(lines: list[str]) -> list[str]:
    return [b.text for b in docgen.parse_text("\n".join(lines)).blocks]


def test_the_shapes_are_page_chrome_and_their_near_misses_none():
    assert family_of("某某科二病区:王某某)", ("page",)) is not None
    assert family_of("更多本院平台扫码或搜索", ("page",)) is not None
    bracketed = family_of("（某某科二病区:王某某）", ("page",))
    assert bracketed is None or bracketed.name != "credit-tail"
    assert family_of("请扫码或搜索小程序“某某通”进行报名。", ("line", "page")) is None


def test_a_broken_credit_and_the_footer_of_codes_go_the_text_stays():
    printed = _printed([*PAGE, "某某科二病区:王某某)", "", "更多本院平台扫码或搜索", "公众号", "线上服务大厅"])
    assert not any("王某某" in p or "公众号" in p or "线上服务大厅" in p for p in printed), printed
    assert len(printed) == 3 and printed[-1].startswith("护士长说"), printed


def test_a_broken_credit_in_a_plain_text_with_no_page_around_it_stays():
    printed = _printed(["某某科室工作简报", "本月科室完成了各项护理任务，患者满意度持续提升。", "某某科二病区:王某某)"])
    assert any("王某某" in p for p in printed), printed
