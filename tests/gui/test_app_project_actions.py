"""File menu project commands: new project, close, study properties, menu order."""

from __future__ import annotations

import pytest

from gui.app import build_window
from gui.project.actions import (
    NewProjectDialog,
    ProjectActions,
    StudyPropertiesDialog,
    recent_projects,
)
from gui.sources.feature import SourcesFeature


@pytest.fixture
def window(qtbot):
    window = build_window([SourcesFeature, ProjectActions])
    qtbot.addWidget(window)
    yield window
    window.bridge.close()


def actions(window) -> ProjectActions:
    return next(f for f in window.features if isinstance(f, ProjectActions))


def test_file_menu_order_keeps_quit_last(window):
    menu = window.menu("file")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["&New project…", "&Open project…", "Open &recent", "&Close project"]
    assert texts[-1] == "&Quit"
    menu.addAction("Added later by another feature")
    menu.aboutToShow.emit()
    assert menu.actions()[-1].text() == "&Quit"


def test_new_project_dialog_options(qtbot):
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    assert dialog.frameworks["ag2008"].isChecked() and dialog.frameworks["deseve2007"].isChecked()
    dialog.title_edit.setText("Tata kelola UMKM")
    assert dialog.file_edit.text().endswith("tata-kelola-umkm.telaah")
    dialog.variant.setCurrentIndex(dialog.variant.findData("v8"))
    dialog.frameworks["enb2012"].setChecked(True)
    options = dialog.options()
    assert options["frameworks"] == ["ag2008", "deseve2007", "enb2012"]
    assert options["deseve_variant"] == "v8"
    dialog.frameworks["deseve2007"].setChecked(False)
    assert not dialog.variant.isEnabled()
    assert dialog.options()["deseve_variant"] is None


def test_create_project_opens_it(window, tmp_path):
    path = tmp_path / "baru.telaah"
    assert actions(window).create_project(str(path), "Studi baru", ["ag2008", "deseve2007"],
                                          "v7")
    study = window.bridge.project.study.get()
    assert (study.title, study.frameworks, study.deseve_variant) == (
        "Studi baru", ["ag2008", "deseve2007"], "v7")
    assert recent_projects()[0] == str(path.resolve())
    assert "baru.telaah" in window.windowTitle()
    assert actions(window).close_action.isEnabled()
    actions(window).close_project()
    assert window.bridge.project is None
    assert not actions(window).close_action.isEnabled()
    assert not path.with_name("baru.telaah.lock").exists()


def test_study_properties_edit_is_one_undo_step(qtbot, window, project):
    window.bridge.open(project)
    dialog = StudyPropertiesDialog(window.bridge)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Test study"
    dialog.questions.setPlainText("Bagaimana kolaborasi terbentuk?")
    dialog.site.setText("Kota Bandung")
    dialog.period_start.set_iso("2024-01-15")
    dialog.period_end.set_iso("2024-06-30")
    dialog.accept()
    study = project.study.get()
    assert (study.research_questions, study.site, study.period_start, study.period_end) == (
        "Bagaimana kolaborasi terbentuk?", "Kota Bandung", "2024-01-15", "2024-06-30")
    assert study.title == "Test study"
    window.bridge.undo_stack.undo()
    assert project.study.get().site == ""
    window.bridge.project = None


def test_opening_backs_up_in_the_background(qtbot, window, tmp_path):
    from gui import jobs
    from gui.project.actions import open_project
    from storage import Project
    from storage.backup import list_backups

    path = tmp_path / "studi.telaah"
    with Project.create(path, title="Studi", coder="Tester") as project:
        project.sources.add("interview", "W1", "Kami percaya 😀 pada mitra.")
    assert list_backups(path) == []
    assert open_project(window, path)
    window.bridge.project.sources.add("document", "Catatan", "ditambah setelah dibuka")
    jobs.wait_for_jobs()
    qtbot.waitUntil(lambda: len(list_backups(path)) == 1)  # named on the GUI thread
    backups = list_backups(path)
    with Project.open(backups[0], readonly=True) as copy:
        assert "W1" in [s.title for s in copy.sources.list()]
        assert copy.integrity_problems() == []


def test_a_failed_backup_is_reported_without_blocking(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from gui import jobs
    from gui.project.actions import open_project
    from storage import Project

    path = tmp_path / "studi.telaah"
    Project.create(path, title="Studi", coder="Tester").close()
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    assert open_project(window, path)
    jobs.wait_for_jobs()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "backupFailedBox") is not None)
    box = window.findChild(QMessageBox, "backupFailedBox")
    assert "studi.telaah" in box.text() and str(tmp_path / "backups") in box.text()
    assert window.bridge.project.study.get().title == "Studi"   # the project stays open


def test_fill_replaces_placeholders_in_one_pass():
    from gui.i18n import fill

    assert fill("%1 → %2 (%3)", "a%2b", 7) == "a%2b → 7 (%3)"
