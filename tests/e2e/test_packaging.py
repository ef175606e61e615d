"""The package as users install it: the wheel is ``docgen-gbt9704`` (the index's ``docgen``
is another project) and carries the presets, the fonts and their licences and the families of
site chrome, found through importlib.resources; ``pipx install`` of a clone gives a working
``docgen`` command in an environment of its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from email.parser import HeaderParser
from importlib import resources
from pathlib import Path

import pytest
from helpers.documents import ROOT, rendered_pdf, seed
from helpers.pdfmeasure import embedded_fonts, open_pdf

from docgen.version import DISTRIBUTION

#: The name on the package index; the import package and the command stay ``docgen``.
WHEEL_PREFIX = DISTRIBUTION.replace("-", "_")
PIPX = shutil.which("pipx")


def test_data_packages_are_importable_resources():
    assert (resources.files("docgen.presets") / "gbt9704.toml").is_file()
    assert (resources.files("docgen.fontfiles") / "FandolFang-Regular.ttf").is_file()
    assert (resources.files("docgen.shapes") / "chrome.toml").is_file()
    assert (resources.files("docgen.shapes") / "linescore.json").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder),
                    str(ROOT)], check=True, capture_output=True)
    found = list(folder.glob("*.whl"))
    assert len(found) == 1, found
    return found[0]


def test_wheel_contents(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"docgen/presets/gbt9704.toml", "docgen/fontfiles/README.md", "docgen/shapes/chrome.toml",
                "docgen/shapes/linescore.json",
                "docgen/fontfiles/fontconfig-aliases.conf",
                "docgen/fontfiles/licenses/Noto-OFL.txt", "docgen/fontfiles/licenses/Fandol-COPYING.txt",
                "docgen/fontfiles/licenses/Liberation-copyright.txt"}
    expected |= {f"docgen/fontfiles/{p.name}" for p in (ROOT / "fonts").glob("*.ttf")}
    expected |= {f"docgen/check/conventions/{p.name}" for p in (ROOT / "docgen" / "check" / "conventions").glob("*.toml")}
    assert expected <= names, sorted(expected - names)
    assert not any(n.startswith(("styles/", "fonts/", "tests/")) for n in names)


def test_wheel_is_named_docgen_gbt9704_and_installs_the_docgen_command(wheel):
    """The distribution has a name of its own; what it installs keeps the names users type."""
    assert wheel.name.startswith(f"{WHEEL_PREFIX}-"), wheel.name
    archive = zipfile.ZipFile(wheel)
    info = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    assert info.startswith(f"{WHEEL_PREFIX}-")
    metadata = HeaderParser().parsestr(archive.read(info).decode("utf-8"))
    assert metadata["Name"] == DISTRIBUTION == "docgen-gbt9704"
    extras = set(metadata.get_all("Provides-Extra") or ())
    assert {"web", "embed"} <= extras, extras
    entry_points = archive.read(info.replace("METADATA", "entry_points.txt")).decode("utf-8")
    assert "docgen = docgen.cli:main" in entry_points
    assert "docgen/__init__.py" in archive.namelist()


@pytest.mark.skipif(PIPX is None, reason="pipx is not installed (pip install pipx); .ci/run installs it")
def test_pipx_install_gives_a_working_docgen_command(tmp_path):
    """``pipx install`` of the clone, into a pipx home of its own, as a user would run it:
    the command converts a text from another folder, with the installed copy of docgen (not
    this work tree), and so does ``python -m docgen``."""
    home = tmp_path / "pipx"
    env = dict(os.environ, PIPX_HOME=str(home), PIPX_BIN_DIR=str(home / "bin"),
               PIPX_MAN_DIR=str(home / "man"), DOCGEN_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("PYTHONPATH", None)
    subprocess.run([PIPX, "install", str(ROOT)], env=env, check=True, capture_output=True, timeout=600)
    docgen = home / "bin" / ("docgen.exe" if os.name == "nt" else "docgen")
    assert docgen.is_file()
    work = tmp_path / "work"
    work.mkdir()
    text = seed("004")
    shutil.copy(text, work / "讲话.txt")

    version = subprocess.run([str(docgen), "--version"], cwd=work, env=env, capture_output=True,
                             text=True, check=True)
    assert version.stdout.startswith("docgen, version ")
    subprocess.run([str(docgen), "convert", "讲话.txt", "-q"], cwd=work, env=env, check=True, timeout=120)
    with open_pdf((work / "讲话.pdf").read_bytes()) as made, open_pdf(rendered_pdf(text)) as expected:
        assert len(made.pages) == len(expected.pages)
        assert all(embedded_fonts(made).values())
    assert (work / "讲话.docx").stat().st_size > 0

    venv = home / "venvs" / DISTRIBUTION
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    where = subprocess.run([str(python), "-c", "import docgen; print(docgen.__file__)"], cwd=work,
                           env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where).is_relative_to(home), where
    module = subprocess.run([str(python), "-m", "docgen", "--version"], cwd=work, env=env,
                            capture_output=True, text=True, check=True)
    assert module.stdout == version.stdout
