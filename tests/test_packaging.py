"""pyproject.toml uses the current forms setuptools reads without warnings."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_license_is_an_spdx_string_with_its_file():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    assert project["license"] == "MIT"  # not the deprecated {text = ...} table
    assert "License ::" not in " ".join(project.get("classifiers", []))
    for pattern in project["license-files"]:
        assert list(ROOT.glob(pattern)), pattern
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    requirement = next(r for r in data["build-system"]["requires"] if "setuptools" in r)
    assert int(re.search(r">=(\d+)", requirement).group(1)) >= 77  # reads PEP 639 licences
