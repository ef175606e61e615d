"""The DOCX with embedded fonts on a machine without any Chinese font: every example converted
by LibreOffice with a private fontconfig whose only font is one Latin font — no system fonts,
no aliases — lays out on as many pages as docgen's PDF, and every Chinese character is drawn
in one of the fonts embedded in the DOCX.

Each document is converted in a LibreOffice process of its own: LibreOffice loads an
embedded font once per session under its name, so a second document with a subset of the
same name, converted in the same session, is set with the first document's subset (its
characters outside that subset fall back to another font).  docs/docx.md says so."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers.documents import SEEDS, rendered_pdf, seed
from helpers.docxfonts import embedded, parsed
from helpers.office import SOFFICE, docx_to_pdf, fontconfig_without_chinese
from helpers.pdfmeasure import open_pdf

import docgen
from docgen.style import load_style

pytest.importorskip("fontTools", reason="embedding fonts needs fontTools: pip install '.[embed]'")
IDS = [p.name[:3] for p in SEEDS]


@functools.cache
def docx_with_fonts(path: Path, embed: bool) -> bytes:
    style = load_style("gbt9704", (f"docx.embed_fonts={str(embed).lower()}",))
    return docgen.render(docgen.parse(path), style, "docx", invariant=True)


@pytest.fixture(scope="module")
def no_chinese(tmp_path_factory) -> Path:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    folder = tmp_path_factory.mktemp("no-chinese")
    return fontconfig_without_chinese(folder)


@pytest.fixture(scope="module")
def office_pdfs(no_chinese, tmp_path_factory) -> dict[Path, bytes]:
    """Each example with embedded fonts, through LibreOffice in a session of its own."""
    out = {}
    for path in SEEDS:
        folder = tmp_path_factory.mktemp(f"embedded-{path.name[:3]}")
        source = folder / f"{path.stem}.docx"
        source.write_bytes(docx_with_fonts(path, True))
        out[path] = docx_to_pdf([source], folder, no_chinese)[0].read_bytes()
    return out


def subset_name(font_name: str) -> str:
    """A PDF font name without its subset tag (``ABCDEF+``)."""
    return font_name.split("+", 1)[-1]


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig's fc-list is not installed")
def test_the_private_font_configuration_has_no_chinese_font(no_chinese):
    env = dict(os.environ, FONTCONFIG_FILE=str(no_chinese))
    chinese = subprocess.run(["fc-list", ":lang=zh"], env=env, capture_output=True, text=True, check=True)
    every = subprocess.run(["fc-list"], env=env, capture_output=True, text=True, check=True)
    assert chinese.stdout.strip() == ""
    assert len(every.stdout.strip().splitlines()) == 1, every.stdout


@pytest.mark.parametrize("path", SEEDS, ids=IDS)
def test_with_embedded_fonts_the_pages_are_the_pdfs(office_pdfs, path):
    with open_pdf(office_pdfs[path]) as office, open_pdf(rendered_pdf(path)) as own:
        assert len(office.pages) == len(own.pages)


@pytest.mark.parametrize("path", SEEDS, ids=IDS)
def test_every_chinese_character_is_drawn_in_an_embedded_font(office_pdfs, path):
    names = {parsed(face)["name"].getDebugName(6) for face in embedded(docx_with_fonts(path, True))}
    with open_pdf(office_pdfs[path]) as office:
        chars = [c for page in office.pages for c in page.chars if ord(c["text"][0]) >= 0x2E80]
    assert len(chars) > 500
    strays = {(c["text"], subset_name(c["fontname"])) for c in chars if subset_name(c["fontname"]) not in names}
    assert not strays, sorted(strays)[:10]


def test_without_embedded_fonts_the_same_machine_has_nothing_to_set_chinese_in(no_chinese, tmp_path):
    """The control: the DOCX without embedded fonts draws its Chinese characters in the one
    Latin font there is (as empty boxes), and comes out on fewer pages than the PDF."""
    path = seed("004")
    source = tmp_path / "plain.docx"
    source.write_bytes(docx_with_fonts(path, False))
    with open_pdf(docx_to_pdf([source], tmp_path, no_chinese)[0].read_bytes()) as office, \
            open_pdf(rendered_pdf(path)) as own:
        fonts = {subset_name(c["fontname"]) for page in office.pages for c in page.chars
                 if ord(c["text"][0]) >= 0x2E80}
        assert fonts and all("Liberation" in f for f in fonts), fonts
        assert len(office.pages) != len(own.pages)

