"""File → Restore from backup…, the questions on opening a damaged or foreign-locked
project, the export dialog refusing the project file, and the duplicate-import question
(issue 12)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.app import build_window
from gui.project.actions import ProjectActions, open_project
from gui.project.restore import RestoreDialog, RestoreFeature
from gui.sources.feature import SourcesFeature
from storage import Project
from storage.backup import list_backups
from storage.lock import lock_path


@pytest.fixture
def window(qtbot):
    window = build_window([SourcesFeature, ProjectActions, RestoreFeature])
    qtbot.addWidget(window)
    yield window
    window.bridge.close()


def feature(window) -> RestoreFeature:
    return next(f for f in window.features if isinstance(f, RestoreFeature))


@pytest.fixture
def backed_up(tmp_path):
    """A project with one backup (1 source) and a later state (2 sources)."""
    path = tmp_path / "studi.telaah"
    with Project.create(path, title="Studi") as project:
        project.sources.add("interview", "W1", "Kami percaya pada mitra.")
    with Project.open(path) as project:
        project.sources.add("document", "D1", "ditambah setelah cadangan")
    return path


def test_restore_from_backup_in_the_menu(qtbot, window, backed_up):
    assert open_project(window, backed_up)
    action = window.findChild(type(feature(window).action), "actionRestoreBackup")
    assert action.text() == "Res&tore from backup…" and action.isEnabled()
    action.trigger()
    dialog = window.findChild(RestoreDialog, "restoreDialog")
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(2) == "1" and dialog.list.topLevelItem(0).text(5) \
        == "ok"
    assert dialog.selected_backup() == list_backups(backed_up)[0]
    dialog.accept()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restoredBox") is not None)
    assert [s.title for s in window.bridge.project.sources.list()] == ["W1"]
    assert any("before-restore" in p.name for p in list_backups(backed_up))


def test_opening_a_damaged_project_offers_the_restore(qtbot, window, backed_up):
    conn = sqlite3.connect(backed_up)
    conn.execute("DROP TABLE key_quotes")
    conn.commit()
    conn.close()
    assert not open_project(window, backed_up)
    box = window.findChild(QMessageBox, "damagedOpenBox")
    assert "is damaged" in box.text() and list_backups(backed_up)[0].name in box.text()
    box.buttons()[0].click()  # "Restore a backup…"
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog, "restoreDialog") is not None)
    window.findChild(RestoreDialog, "restoreDialog").accept()
    qtbot.waitUntil(lambda: window.bridge.project is not None)
    assert window.bridge.project.integrity_problems() == []
    assert window.bridge.project.damage_problems() == []


def test_another_computers_lock_is_taken_over_after_asking(qtbot, window, backed_up):
    lock_path(backed_up).write_text(json.dumps({"host": "laptop-lapangan", "pid": 7,
                                                "since": "2025-03-01T10:00:00+07:00"}))
    assert not open_project(window, backed_up)
    box = window.findChild(QMessageBox, "foreignLockBox")
    assert "laptop-lapangan" in box.text() and str(lock_path(backed_up)) in box.text()
    box.buttons()[0].click()  # "Take the lock over"
    qtbot.waitUntil(lambda: window.bridge.project is not None)
    assert window.bridge.project.path == backed_up


def test_import_of_a_duplicate_text_asks_first(qtbot, window, backed_up, tmp_path):
    from gui.sources.importing import ImportController

    assert open_project(window, backed_up)
    copy = tmp_path / "salinan.txt"
    copy.write_text("Kami percaya pada mitra.")
    importer = window.findChild(ImportController)

    asked = []

    def answer_no():  # the question is modal: answer it once it is shown
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "duplicateSourcesBox":
            QTimer.singleShot(20, answer_no)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(20, answer_no)
    importer.import_paths([str(copy)], "interview")
    qtbot.waitUntil(lambda: bool(asked))
    assert "W1" in asked[0]
    qtbot.waitUntil(lambda: window.isEnabled())
    assert importer.last_report.duplicates and not importer.last_report.imported
    assert window.bridge.project.sources.count() == 2


def test_export_dialog_refuses_the_backups_folder(qtbot, backed_up):
    from gui.exchange.export import ExportFeature

    window = build_window([ExportFeature])
    qtbot.addWidget(window)
    window.bridge.open(Project.open(backed_up))
    export = next(f for f in window.features if isinstance(f, ExportFeature))
    dialog = export.open_dialog()
    before = sorted(p.name for p in (backed_up.parent / "backups").iterdir())
    dialog.output_edit.setText(str(backed_up.parent / "backups" / "laporan.docx"))
    dialog.export()
    assert "Telaah project file" in dialog.error_message
    assert sorted(p.name for p in (backed_up.parent / "backups").iterdir()) == before
    window.bridge.close()


def test_a_file_failing_its_check_is_never_backed_up(qtbot, window, backed_up):
    from gui import jobs

    conn = sqlite3.connect(backed_up)  # the index no longer matches its rows:
    conn.execute("PRAGMA writable_schema = ON")  # quick_check passes, integrity_check not
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX sources_order ON "
                 "sources(title, position)' WHERE name = 'sources_order'")
    conn.commit()
    conn.close()
    good = list_backups(backed_up)
    assert open_project(window, backed_up)
    jobs.wait_for_jobs()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "damagedProjectBox") is not None)
    assert list_backups(backed_up) == good
    box = window.findChild(QMessageBox, "damagedProjectBox")
    box.buttons()[0].click()  # "Restore a backup…"
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog, "restoreDialog") is not None)
    dialog = window.findChild(RestoreDialog, "restoreDialog")
    assert dialog.selected_backup() == good[-1]
    dialog.accept()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restoredBox") is not None)
    assert window.bridge.project.integrity_problems() == []


def test_opening_and_closing_without_a_change_keeps_no_new_backup(qtbot, window, backed_up):
    from gui import jobs

    good = list_backups(backed_up)
    for _ in range(3):
        assert open_project(window, backed_up)
        jobs.wait_for_jobs()
        qtbot.wait(50)
        window.bridge.close()
    assert list_backups(backed_up) == good
    assert not [p for p in (backed_up.parent / "backups").iterdir()
                if p.name.endswith("-unfinished")]
