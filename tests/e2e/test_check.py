"""``docgen check`` against documents made wrong on purpose, and against docgen's own output.

The planted faults come in PDFs typeset by hand with reportlab (helpers/faulty.py: not docgen's
code, in the standard's geometry written out there), in docgen's own output with one preset
value changed, and in a DOCX that python-docx makes with its defaults.  Each must be found by
its id; the same documents without the fault must not give that id; and docgen's own PDF and
DOCX (the DOCX also as LibreOffice lays it out) under every shipped preset must give no error."""

from __future__ import annotations

import functools
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.checking import check_docx_bytes, check_pdf_bytes, errors
from helpers.documents import EXAMPLES, FIXTURES, SEEDS
from helpers.faulty import MM, Layout, make_pdf
from helpers.office import SOFFICE, laid_out
from helpers.presetcheck import PRESETS

import docgen
from docgen.style import load_style

GBT = load_style("gbt9704")
NOTICE = EXAMPLES / "notice-downward.txt"
SPEECH = SEEDS[2]


@functools.cache
def docgen_pdf(path: Path, preset: str = "gbt9704", settings: tuple[str, ...] = ()) -> bytes:
    return docgen.render(docgen.parse(path), preset, "pdf", settings=settings, invariant=True)


def python_docx_default() -> bytes:
    """What python-docx makes with its defaults: Letter paper, 11 pt Calibri and the theme's
    East Asian font, single spacing, no footer — with Chinese text."""
    import docx

    document = docx.Document()
    document.add_paragraph("关于做好2024年度安全生产工作的通知")
    for _ in range(6):
        document.add_paragraph("为进一步做好安全生产工作，切实保障人民群众生命财产安全，现就有关事项通知如下。" * 3)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


#: name → (the document, the id it must give).
PDF_FAULTS = {
    "margins off by 3 mm": (lambda: make_pdf(Layout(left=31.0)), "margin-left"),
    "right margin 3 mm short": (lambda: make_pdf(Layout(left=31.0)), "margin-right"),
    "14 pt body": (lambda: make_pdf(Layout(size=14.0)), "body-size"),
    "24 lines a page": (lambda: make_pdf(Layout(lines=24, pitch=225 * MM / 24)), "lines-per-page"),
    "24 lines: the pitch": (lambda: make_pdf(Layout(lines=24, pitch=225 * MM / 24)), "line-pitch"),
    "30 characters a line": (lambda: make_pdf(Layout(chars=30)), "chars-per-line"),
    "第1页 page numbers": (lambda: make_pdf(Layout(folio="第{}页")), "page-number-form"),
    "a line starting with ，": (lambda: make_pdf(Layout(comma_line=True)), "line-start-mark"),
    "fonts not embedded": (lambda: make_pdf(Layout(embed=False)), "font-not-embedded"),
    "top margin 3 mm low": (lambda: make_pdf(Layout(top=40.0, lines=21)), "margin-top"),
    "docgen: margins off by 3 mm": (lambda: docgen_pdf(SPEECH, "gbt9704", ("page.margins.left=31mm",
                                                                          "page.margins.right=23mm")), "margin-left"),
    "docgen: 14 pt body": (lambda: docgen_pdf(SPEECH, "gbt9704", ("roles.body.size=14pt",)), "body-size"),
    "docgen: 第1页": (lambda: docgen_pdf(SPEECH, "gbt9704", ("page_number.format=第{page}页",)), "page-number-form"),
    "docgen: 版头 rule 2 mm off": (lambda: docgen_pdf(NOTICE, "gbt9704", ("masthead.down.rule_gap=6mm",)),
                                  "masthead-rule-gap"),
    "docgen: 版头 mark 5 mm low": (lambda: docgen_pdf(NOTICE, "gbt9704", ("masthead.down.mark_top=40mm",)),
                                  "masthead-mark-top"),
    "docgen: 版头 in black": (lambda: docgen_pdf(NOTICE, "gbt9704", ("masthead.color=#000000",)),
                             "masthead-mark-colour"),
    "docgen: page numbers 3 mm low": (lambda: docgen_pdf(SPEECH, "gbt9704", ("page_number.offset=10mm",)),
                                     "page-number-offset"),
    "docgen: page numbers centred": (lambda: docgen_pdf(SPEECH, "gbt9704", ("page_number.placement=center",)),
                                    "page-number-side"),
    "docgen: 12 pt page numbers": (lambda: docgen_pdf(SPEECH, "gbt9704", ("page_number.size=小四",)),
                                  "page-number-size"),
    "docgen: a heading in 仿宋": (lambda: docgen_pdf(FIXTURES / "stress.txt", "gbt9704",
                                                   ("roles.heading1.typeface=fangsong",)), "role-font"),
    "docgen: 信函 without its bottom rule": (lambda: docgen_pdf(NOTICE, "letter", ("masthead.letter.footer_rule=false",)),
                                          "letter-bottom-rule"),
    "docgen: 信函 bottom rule 5 mm high": (lambda: docgen_pdf(NOTICE, "letter", ("masthead.letter.footer_rule_bottom=25mm",)),
                                         "letter-bottom-rule"),
    "docgen: 信函 bottom rule thick over thin": (lambda: docgen_pdf(NOTICE, "letter", ("masthead.thin_rule_weight=2pt",)),
                                               "letter-bottom-rule"),
    "docgen: 版记 rules 20 mm short": (lambda: docgen_pdf(NOTICE, "gbt9704", ("page.margins.right=46mm", "grid.chars=24")),
                                      "colophon-rule-width"),
}


@pytest.mark.parametrize("name", PDF_FAULTS)
def test_every_planted_fault_in_a_pdf_is_found_by_its_id(name):
    make, expected = PDF_FAULTS[name]
    report = check_pdf_bytes(make(), GBT)
    assert expected in report.ids(), (name, [f"{f.id}: {f.message}" for f in report.findings])
    found = next(f for f in report.findings if f.id == expected)
    assert found.measured and found.expected, found
    if found.level == "error":
        assert not report.passed


def test_the_hand_made_pdf_without_a_fault_passes_clean():
    """The control for the hand-made faults: the same typesetting, right, gives no finding."""
    report = check_pdf_bytes(make_pdf(Layout()), GBT)
    assert [f for f in report.findings if f.level != "note"] == [], [f.message for f in report.findings]


def test_each_finding_points_at_the_fault():
    report = check_pdf_bytes(make_pdf(Layout(comma_line=True)), GBT)
    (mark,) = [f for f in report.findings if f.id == "line-start-mark"]
    assert mark.pages == (1,) and mark.line == 2
    x0, _, x1, _ = mark.box
    assert abs(x0 / MM - 28) < 0.5 and x1 - x0 < 20          # the comma's own box, at the left edge
    report = check_pdf_bytes(make_pdf(Layout(folio="第{}页")), GBT)
    (form,) = [f for f in report.findings if f.id == "page-number-form"]
    assert form.pages == (1, 2, 3) and form.measured == "第1页"


def test_the_letters_bottom_rule_is_measured_where_it_is():
    """The 信函's double rule moved 5 mm up is reported with the place it was found at, on
    the first page; docgen's own letter gives no such finding (checked against both the
    letter preset and GB/T 9704, which recognises the letter by its 170 mm rules)."""
    moved = check_pdf_bytes(docgen_pdf(NOTICE, "letter", ("masthead.letter.footer_rule_bottom=25mm",)), GBT)
    (found,) = [f for f in moved.findings if f.id == "letter-bottom-rule"]
    assert found.pages == (1,) and found.measured == "272.0 mm" and found.expected.startswith("277.0 mm")
    assert abs(found.box[3] / MM - 272.5) < 1.0          # the box is on the rule, for --annotate
    for style in (GBT, load_style("letter")):
        report = check_pdf_bytes(docgen_pdf(NOTICE, "letter"), style)
        assert "letter-bottom-rule" not in report.ids() and report.passed, errors(report)


# --------------------------------------------------------------------------- DOCX


@pytest.fixture(scope="module")
def default_docx() -> bytes:
    return python_docx_default()


@pytest.fixture(scope="module")
def office(tmp_path_factory, default_docx) -> dict[str, bytes]:
    """LibreOffice's renderings: python-docx's default document, a 信函 without its bottom
    rule, and docgen's DOCX of two texts under every preset (one LibreOffice run)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    documents = {"default": default_docx, "letter-without-rule": letter_without_rule(),
                 **{f"{preset}:{path.name}": docgen_docx(path, preset) for preset in PRESETS for path in (NOTICE, SPEECH)}}
    return laid_out(documents, tmp_path_factory.mktemp("check-office"))


@functools.cache
def letter_without_rule() -> bytes:
    """docgen's 信函 of the notice without the double rule at the foot of its first page."""
    return docgen.render(docgen.parse(NOTICE), "letter", "docx", settings=("masthead.letter.footer_rule=false",),
                         invariant=True)


@functools.cache
def docgen_docx(path: Path, preset: str) -> bytes:
    return docgen.render(docgen.parse(path), preset, "docx", invariant=True)


DOCX_FAULT_IDS = ["docx-page-size", "docx-margin-top", "docx-margin-bottom", "docx-margin-left",
                  "docx-margin-right", "docx-body-size", "docx-lines-per-page", "docx-chars-per-line",
                  "docx-font-slot", "docx-alignment", "docx-indent", "docx-page-number-missing"]


def test_a_python_docx_default_document_is_found_wrong_from_its_xml(default_docx):
    report = check_docx_bytes(default_docx, GBT, None)
    missing = [i for i in DOCX_FAULT_IDS if i not in report.ids()]
    assert not missing, (missing, [f"{f.id}: {f.message}" for f in report.findings])
    body = next(f for f in report.findings if f.id == "docx-body-size")
    assert body.measured == "11 pt" and body.paragraph == 2
    assert "not-rendered" in report.ids()


#: fault → (settings, the preset checked against: a 信函 whose rules are all 160 mm long is
#: recognised as one only by the preset that makes every document one).
LETTER_DOCX_FAULTS = {"removed": (("masthead.letter.footer_rule=false",), "gbt9704"),
                      "moved": (("masthead.letter.footer_rule_bottom=25mm",), "gbt9704"),
                      "thick over thin": (("masthead.thin_rule_weight=2pt",), "gbt9704"),
                      "160 mm": (("masthead.letter.rule_length=160mm",), "letter")}


@pytest.mark.parametrize("fault", LETTER_DOCX_FAULTS)
def test_the_letters_bottom_rule_is_measured_in_the_docx_xml(fault):
    settings, preset = LETTER_DOCX_FAULTS[fault]
    faulty = docgen.render(docgen.parse(NOTICE), "letter", "docx", settings=settings, invariant=True)
    report = check_docx_bytes(faulty, load_style(preset), None)
    assert "docx-letter-bottom-rule" in report.ids(), (fault, errors(report))
    right = check_docx_bytes(docgen_docx(NOTICE, "letter"), load_style(preset), None)
    assert right.passed and "docx-letter-bottom-rule" not in right.ids(), errors(right)


def test_a_letter_docx_without_its_bottom_rule_is_found_on_libreoffices_page(office):
    report = check_docx_bytes(letter_without_rule(), GBT, office["letter-without-rule"])
    on_page = [f for f in report.findings if f.id == "letter-bottom-rule"]
    assert on_page and on_page[0].source == "libreoffice" and on_page[0].measured == "none"


def test_a_python_docx_default_document_is_found_wrong_on_libreoffices_pages(default_docx, office):
    report = check_docx_bytes(default_docx, GBT, office["default"])
    on_page = {f.id for f in report.findings if f.source == "libreoffice"}
    assert {"page-size", "margin-left", "body-size", "page-number-missing"} <= on_page, on_page
    assert "rendered-by" in report.ids() and report.rendered_by.startswith("LibreOffice")


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("path", [NOTICE, SPEECH], ids=["notice", "speech"])
def test_docgens_own_pdf_passes_under_every_preset(preset, path):
    style = load_style(preset)
    report = check_pdf_bytes(docgen_pdf(path, preset), style)
    assert report.passed, errors(report)
    assert not [f for f in report.findings if f.level == "warning" and f.source != "text"], \
        [f.message for f in report.findings if f.level == "warning"]


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("path", [NOTICE, SPEECH], ids=["notice", "speech"])
def test_docgens_own_docx_passes_under_every_preset(preset, path, office):
    style = load_style(preset)
    report = check_docx_bytes(docgen_docx(path, preset), style, office[f"{preset}:{path.name}"])
    assert report.passed, errors(report)
    assert not [f for f in report.findings if f.level == "warning" and f.source != "text"], \
        [f"{f.id}: {f.message}" for f in report.findings if f.level == "warning"]


# --------------------------------------------------------------------------- the command


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "docgen", "check", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("check-files")
    (folder / "good.pdf").write_bytes(docgen_pdf(SPEECH))
    (folder / "bad.pdf").write_bytes(make_pdf(Layout(folio="第{}页", comma_line=True)))
    return folder


def test_exit_codes_and_the_readable_report(files):
    good = run(str(files / "good.pdf"))
    assert good.returncode == 0, good.stdout + good.stderr
    assert "passes gbt9704" in good.stdout and "0 error(s)" in good.stdout
    bad = run(str(files / "bad.pdf"))
    assert bad.returncode == 1
    lines = bad.stdout.splitlines()
    assert "fails gbt9704" in lines[0]
    comma = next(line for line in lines if "line-start-mark" in line)
    assert comma.split()[0] == "error" and "page 1, line 2" in comma and "，" in comma
    usage = run(str(files / "notes.txt"))
    assert usage.returncode == 2 and "reads .pdf and .docx" in usage.stderr
    assert run().returncode == 2


def test_a_folder_as_json(files):
    result = run(str(files), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    by_file = {Path(f["file"]).name: f for f in data["files"]}
    assert set(by_file) == {"good.pdf", "bad.pdf"} and data["passed"] is False
    assert by_file["good.pdf"]["passed"] is True
    ids = {f["id"]: f for f in by_file["bad.pdf"]["findings"]}
    assert ids["page-number-form"]["pages"] == [1, 2, 3] and ids["page-number-form"]["level"] == "error"
    assert ids["line-start-mark"]["line"] == 2 and len(ids["line-start-mark"]["box"]) == 4


def test_an_unreadable_file_is_named_and_the_others_checked(files, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    result = run(str(broken), str(files / "good.pdf"))
    assert result.returncode == 1
    assert "broken.pdf" in result.stderr and "Traceback" not in result.stderr
    assert "good.pdf: passes" in result.stdout


def test_the_annotated_copy_marks_each_fault_on_its_page(files, tmp_path):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    out = tmp_path / "marked.pdf"
    result = run(str(files / "bad.pdf"), "--annotate", str(out))
    assert result.returncode == 1 and out.is_file()
    document = pdfium.PdfDocument(out.read_bytes())
    notes: dict[int, list[str]] = {}
    for index in range(len(document)):
        page = document[index]
        for k in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annot = raw.FPDFPage_GetAnnot(page.raw, k)
            size = raw.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
            buffer = (raw.FPDF_WCHAR * (size // 2))()
            raw.FPDFAnnot_GetStringValue(annot, b"Contents", buffer, size)
            notes.setdefault(index + 1, []).append(bytes(buffer).decode("utf-16-le").rstrip("\0"))
            raw.FPDFPage_CloseAnnot(annot)
        text = page.get_textpage().get_text_range()
        if index == 0:
            assert "E line-start-mark" in text and "E page-number-form" in text   # the labels, printed
    assert any("line-start-mark" in n and "page 1, line 2" in n for n in notes[1])
    assert all(any("page-number-form" in n for n in notes[p]) for p in (1, 2, 3))
    document.close()
    assert run(str(files / "bad.pdf"), "--annotate", str(files / "bad.pdf")).returncode == 2


def test_the_annotated_copys_labels_are_embedded_and_can_be_read_back(tmp_path):
    """The labels — Chinese where what was measured is — are set in a bundled font embedded
    as a subset: every font of the copy is embedded and each label reads back as text."""
    import pdfplumber

    from docgen.check.pdfread import read_pdf

    wrong = tmp_path / "wrong.pdf"
    wrong.write_bytes(docgen_pdf(SPEECH, "gbt9704", ("page_number.format=第{page}页",)))
    out = tmp_path / "marked.pdf"
    result = run(str(wrong), "--annotate", str(out))
    assert result.returncode == 1, result.stdout + result.stderr
    fonts = read_pdf(out.read_bytes(), "marked.pdf").fonts
    assert fonts and all(f.embedded for f in fonts), [(f.name, f.embedded) for f in fonts]
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) >= 2
        for number, page in enumerate(pdf.pages, 1):
            label = "E page-number-form: 第1页" if number == 1 else "E page-number-form"   # measured: page 1's
            lines = page.extract_text().splitlines()
            assert label in lines, (number, lines[-3:])
            chars = [c for c in page.chars if c["size"] == pytest.approx(6.5)]
            assert chars and {c["fontname"].split("+")[-1] for c in chars} == {"NotoSansSC-Medium"}


def test_several_annotated_copies_go_into_a_folder_made_for_them(files, tmp_path):
    folder = tmp_path / "marked"
    result = run(str(files / "good.pdf"), str(files / "bad.pdf"), "--annotate", str(folder))
    assert result.returncode == 1, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["bad.checked.pdf", "good.checked.pdf"]
    one_file = run(str(files / "good.pdf"), str(files / "bad.pdf"), "--annotate", str(tmp_path / "out.pdf"))
    assert one_file.returncode == 2 and "name a folder" in one_file.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_a_docx_not_rendered_gets_no_annotated_copy_and_a_warning(tmp_path):
    docx = tmp_path / "good.docx"
    docx.write_bytes(docgen_docx(SPEECH, "gbt9704"))
    result = run(str(docx), "--no-render", "--annotate", str(tmp_path / "marked.pdf"))
    assert result.returncode == 0, result.stdout + result.stderr  # the exit code is the findings'
    assert "docgen: warning:" in result.stderr and "no annotated copy" in result.stderr
    assert "docgen: error:" not in result.stderr
    assert not (tmp_path / "marked.pdf").exists()
