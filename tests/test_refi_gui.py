"""File menu REFI-QDA actions: import with summary and undo, export, errors."""

from __future__ import annotations

import pytest
from test_refi_support import TEXT, foreign_project, populate, qde_of, schema, write_qdpx

from gui import jobs
from gui.app import build_window
from gui.exchange.refi import RefiActions


@pytest.fixture
def window(qtbot, project):
    jobs.set_synchronous(True)
    window = build_window([RefiActions])
    qtbot.addWidget(window)
    window.bridge.open(project)
    yield window
    jobs.set_synchronous(False)
    window.bridge.project = None


def feature(window) -> RefiActions:
    return next(f for f in window.features if isinstance(f, RefiActions))


def test_menu_entries_follow_the_open_project(qtbot):
    window = build_window([RefiActions])
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu("file").actions() if not a.isSeparator()]
    assert texts == ["New project fro&m REFI-QDA…", "Import RE&FI-QDA…",
                     "Export REFI-QDA pro&ject…", "Export code&book (.qdc)…"]
    assert feature(window).new_action.isEnabled()
    assert not feature(window).import_action.isEnabled()


def test_import_shows_summary_and_is_one_undo_step(window, project, tmp_path):
    actions = feature(window)
    assert actions.import_action.isEnabled()
    path = write_qdpx(tmp_path / "f.qdpx", foreign_project(content=TEXT))
    actions.import_file(path)
    assert (project.sources.count(), project.segments.count()) == (1, 2)
    text = actions.summary_dialog.text.toPlainText()
    assert "“Foreign study” (made by OtherTool 1.0)" in text
    assert "1 text source(s) (0 already present" in text and "'document'" in text
    assert "2 coded segment(s)" in text
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert (project.sources.count(), project.segments.count()) == (0, 0)


def test_import_summary_speaks_indonesian(window, project, tmp_path):
    from gui import i18n

    i18n.set_language("id")
    try:
        feature(window).import_file(write_qdpx(tmp_path / "f.qdpx",
                                               foreign_project(content=TEXT)))
        text = feature(window).summary_dialog.text.toPlainText()
    finally:
        i18n.set_language("en")
    assert "Berhasil mengimpor proyek REFI-QDA “Foreign study”" in text
    assert "2 segmen berkode, 1 memo" in text and "Yang masuk:" in text


def test_new_project_from_a_refi_file_opens_it(window, project, tmp_path):
    from gui import jobs as gui_jobs

    source = write_qdpx(tmp_path / "f.qdpx", foreign_project(content=TEXT))
    target = tmp_path / "baru.telaah"
    feature(window).new_project_from(source, target)
    opened = window.bridge.project
    assert opened.path == target and opened.study.get().title == "Foreign study"
    assert (opened.sources.count(), opened.segments.count()) == (1, 2)
    assert "2 coded segment(s)" in feature(window).summary_dialog.text.toPlainText()
    assert window.bridge.undo_stack.count() == 0
    gui_jobs.wait_for_jobs()
    window.bridge.close()
    feature(window).new_project_from(source, target)        # exists: refused, kept
    assert "already exists" in feature(window).error_box.text()
    bad = write_qdpx(tmp_path / "bad.qdpx", foreign_project("urn:x", content=TEXT))
    feature(window).new_project_from(bad, tmp_path / "never.telaah")
    assert "namespace" in feature(window).error_box.text()
    assert not (tmp_path / "never.telaah").exists()


def test_refused_import_shows_the_problem(window, project, tmp_path):
    actions = feature(window)
    bad = write_qdpx(tmp_path / "bad.qdpx", foreign_project("urn:x", content=TEXT))
    actions.import_file(bad)
    assert str(bad) in actions.error_box.text() and "namespace" in actions.error_box.text()
    assert project.sources.count() == 0 and window.bridge.undo_stack.count() == 0


def test_refusals_speak_indonesian(window, project, tmp_path):
    from gui import i18n

    bad = write_qdpx(tmp_path / "bad.qdpx", foreign_project("urn:x", content=TEXT))
    i18n.set_language("id")
    try:
        feature(window).import_file(bad)
        text = feature(window).error_box.text()
    finally:
        i18n.set_language("en")
    assert text.startswith(f"{bad}: memakai ruang nama XML 'urn:x', bukan milik")


def test_exports_write_valid_files(window, project, tmp_path):
    populate(project)
    actions = feature(window)
    actions.export_file(tmp_path / "out.qdpx")
    schema("project").assertValid(qde_of(tmp_path / "out.qdpx"))
    assert "3 coded segments" in actions.summary_dialog.text.toPlainText()
    actions.export_file(tmp_path / "out.qdc")
    assert (tmp_path / "out.qdc").is_file()
