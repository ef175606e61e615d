"""A notice copied from a portal (written for the tests): under its issuer and date the page
prints the link to download the notice's file (``附件:关于……的通知.pdf``) — the page's, dropped.
The notice's own attachment note, set over the issuer and date, stays."""

from __future__ import annotations

import docgen
from docgen.model import Speech

LINKED = """各乡镇人民政府:
现将《某某县2031年春耕备耕工作方案》印发给你们,请认真组织实施。
某某县农业农村局
2031年3月2日
附件:关于印发《某某县2031年春耕备耕工作方案》的通知.pdf
"""

OWN = """各乡镇人民政府:
现将《某某县2031年春耕备耕工作方案》印发给你们,请认真组织实施。
附件:某某县2031年春耕备耕工作方案.pdf
某某县农业农村局
2031年3月2日
"""


def _texts(text: str) -> str:
    speech: Speech = docgen.parse(text.encode("utf-8"), input_format="text")
    return "\n".join(str(getattr(block, "text", "")) for block in speech.blocks) + "\n" + str(speech.meta)


def test_a_files_link_under_the_date_is_the_pages() -> None:
    texts = _texts(LINKED)
    assert ".pdf" not in texts
    assert "请认真组织实施" in texts


def test_the_notes_own_attachment_over_the_date_stays() -> None:
    assert "春耕备耕工作方案.pdf" in _texts(OWN)
