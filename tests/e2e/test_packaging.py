"""The wheel carries the presets, the fonts and their licences, found through importlib.resources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib import resources

from helpers.documents import ROOT


def test_data_packages_are_importable_resources():
    assert (resources.files("docgen.presets") / "gbt9704.toml").is_file()
    assert (resources.files("docgen.fontfiles") / "FandolFang-Regular.ttf").is_file()


def test_wheel_contents(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("docgen-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"docgen/presets/gbt9704.toml", "docgen/fontfiles/README.md",
                "docgen/fontfiles/fontconfig-aliases.conf",
                "docgen/fontfiles/licenses/Noto-OFL.txt", "docgen/fontfiles/licenses/Fandol-COPYING.txt",
                "docgen/fontfiles/licenses/Liberation-copyright.txt"}
    expected |= {f"docgen/fontfiles/{p.name}" for p in (ROOT / "fonts").glob("*.ttf")}
    assert expected <= names, sorted(expected - names)
    assert not any(n.startswith(("styles/", "fonts/", "tests/")) for n in names)
