"""Shared test set-up: headless Qt, a private config folder, and project fixtures.

Every test gets its own config and data folders (so the coder name and recent files of
the machine are never read or written) and real project files in `tmp_path`.
"""

from __future__ import annotations

import os
from pathlib import Path

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


def logical_content(path) -> dict[str, list]:
    """Every table's rows (sorted), read on a read-only connection: the project's logical
    content, to compare before and after something that must not change it."""
    import sqlite3

    uri = Path(path).resolve().as_uri()
    wal = Path(f"{path}-wal")  # none: nobody writes, read it as is without making -shm
    conn = sqlite3.connect(f"{uri}?mode=ro" if wal.exists() else f"{uri}?immutable=1",
                           uri=True, timeout=10)
    conn.text_factory = bytes
    try:
        names = [r[0].decode() for r in conn.execute("SELECT name FROM sqlite_master WHERE type = "
                                            "'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for name in sorted(names)}
    finally:
        conn.close()


@pytest.fixture
def content_of():
    """`content_of(path)`: the logical content of a project file (see logical_content)."""
    return logical_content
