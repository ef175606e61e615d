"""The name of a style's DOCX template in the cache folder changes with everything the
template is made from, so that a stale template is never found."""

from __future__ import annotations

from pathlib import Path

from docgen.renderers.docx import templatecache
from docgen.style import load_style

SEAL = Path(__file__).parents[2] / "examples" / "seal-specimen.png"


def test_the_key_follows_the_preset_the_blank_footer_and_the_code(monkeypatch):
    style = load_style("gbt9704", [])
    key = templatecache.template_key(style, False)
    assert key == templatecache.template_key(load_style("gbt9704", []), False)  # the same values
    assert key != templatecache.template_key(load_style("gbt9704", ["heading1.bold=true"]), False)
    assert key != templatecache.template_key(load_style("letter", []), False)
    assert key != templatecache.template_key(style, True)
    monkeypatch.setattr(templatecache, "_code", lambda: "other code")
    assert key != templatecache.template_key(style, False)


def test_the_key_follows_the_seal_pictures_bytes_not_only_its_name(tmp_path):
    seal = tmp_path / "seal.png"
    seal.write_bytes(SEAL.read_bytes())
    style = load_style("gbt9704", [f"seal.file={seal}"])
    before = templatecache.template_key(style, False)
    seal.write_bytes(SEAL.read_bytes() + b"\x00")  # another picture under the same name
    assert templatecache.template_key(style, False) != before


def test_the_code_digest_reads_the_modules_that_build_a_template():
    folder = Path(templatecache.__file__).parent
    assert all((folder / f"{name}.py").is_file() for name in templatecache._BUILDERS)
