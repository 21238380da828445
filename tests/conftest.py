"""Shared test set-up: headless Qt, a private config folder, and project fixtures.

Every test gets its own config and data folders (so the coder name and recent files of
the machine are never read or written) and real project files in `tmp_path`.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from storage import Project  # noqa: E402


@pytest.fixture(autouse=True)
def _private_config(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("machine")
    monkeypatch.setenv("TELAAH_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("TELAAH_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg"))


@pytest.fixture
def project(tmp_path):
    """A new project with both core frameworks, closed after the test."""
    proj = Project.create(tmp_path / "study.telaah", title="Test study",
                          frameworks=["ag2008", "deseve2007"], coder="Tester")
    yield proj
    proj.close()


@pytest.fixture
def empty_project(tmp_path):
    """A new project with no framework."""
    proj = Project.create(tmp_path / "empty.telaah", title="Empty", coder="Tester")
    yield proj
    proj.close()
