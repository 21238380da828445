"""Issue 13 in the GUI: project password, privacy settings, confidential exports,
the consent override and files outside a REFI-QDA archive (real widgets, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_refi_support import foreign_project, write_qdpx

from gui.app import build_window
from gui.exchange.export import ExportDialog
from gui.exchange.refi import RefiActions
from gui.project.actions import ProjectActions, open_project
from gui.project.privacy import PasswordDialog, PrivacyActions, PrivacyDialog
from gui.sources.feature import SourcesFeature
from gui.sources.participant_dialog import ParticipantDialog
from storage import Project
from storage.encryption import is_encrypted


@pytest.fixture
def window(qtbot, tmp_path):
    window = build_window([SourcesFeature, ProjectActions, PrivacyActions, RefiActions])
    qtbot.addWidget(window)
    path = tmp_path / "studi.telaah"
    Project.create(path, title="Studi", frameworks=["ag2008"]).close()
    assert open_project(window, path)
    yield window
    window.bridge.close()


def feature(window, kind):
    return next(f for f in window.features if isinstance(f, kind))


def answer_modals(*answers):
    """Answer the next modal dialogs in turn: each answer is `fn(dialog)`."""
    pending = list(answers)

    def step():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, step)
            return
        pending.pop(0)(dialog)
        if pending:
            QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)


def type_password(text):
    def answer(dialog):
        dialog.setTextValue(text)
        dialog.accept()
    return answer


def test_password_is_set_changed_and_asked_for_when_opening(window, tmp_path):
    actions = feature(window, PrivacyActions)
    path = window.bridge.project.path
    assert actions.change_password(None, "rahasia")
    assert is_encrypted(path) and window.bridge.project.encrypted
    window.bridge.close()
    answer_modals(type_password("salah"), type_password("rahasia"))  # wrong, then right
    assert open_project(window, path)
    assert window.bridge.project.study.get().title == "Studi"
    window.bridge.close()
    answer_modals(lambda dialog: dialog.reject())
    assert not open_project(window, path) and window.bridge.project is None


def test_password_dialog_checks_the_repeat(qtbot):
    dialog = PasswordDialog(encrypted=True)
    qtbot.addWidget(dialog)
    dialog.current.setText("lama")
    dialog.new.setText("baru")
    dialog.repeat.setText("bar")
    assert dialog.problem()
    dialog.repeat.setText("baru")
    assert not dialog.problem() and dialog.passwords() == ("lama", "baru")
    dialog.remove.setChecked(True)
    assert dialog.passwords() == ("lama", None) and not dialog.new.isEnabled()


def test_privacy_dialog_is_one_undoable_action(window, qtbot):
    dialog = PrivacyDialog(window.bridge, window)
    qtbot.addWidget(dialog)
    dialog.confidential.setChecked(True)
    dialog.terms.setPlainText("Kelurahan Kauman\n\nKopi Lereng Arum\n")
    dialog.accept()
    privacy = window.bridge.project.privacy
    assert privacy.confidential()
    assert privacy.always_replace() == ["Kelurahan Kauman", "Kopi Lereng Arum"]
    window.bridge.undo_stack.undo()
    assert not privacy.confidential() and privacy.always_replace() == []


def test_a_confidential_study_exports_pseudonymised_unless_confirmed(window, qtbot):
    window.bridge.project.privacy.set_confidential(True)
    dialog = ExportDialog(window.bridge.project, window)
    qtbot.addWidget(dialog)
    assert dialog.pseudonymize_check.isChecked()
    dialog.pseudonymize_check.setChecked(False)
    answer_modals(lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert not dialog.confirm_real_names()


def test_the_override_is_recorded_only_for_pending_consent(window, qtbot):
    project = window.bridge.project
    pid = project.participants.add("P01", name="Siti", consent_status="pending")
    dialog = ParticipantDialog(window.bridge, pid, window)
    qtbot.addWidget(dialog)
    assert dialog.override.isEnabled() and not dialog.consent_date.isEnabled()
    dialog.override.setChecked(True)
    dialog.accept()
    assert project.participants.get(pid).quote_override
    dialog = ParticipantDialog(window.bridge, pid, window)
    qtbot.addWidget(dialog)
    dialog.consent.setCurrentIndex(dialog.consent.findData("given"))
    assert not dialog.override.isEnabled() and dialog.consent_date.isEnabled()


def test_each_file_outside_the_archive_is_confirmed(window, tmp_path, qtbot):
    secret = tmp_path / "catatan.txt"
    secret.write_text("Catatan lapangan pribadi.", encoding="utf-8")
    archive = write_qdpx(tmp_path / "luar.qdpx",
                         foreign_project(text_path=f"absolute://{secret.as_posix()}"))
    refi = feature(window, RefiActions)
    answer_modals(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    refi.import_file(archive)
    project = window.bridge.project
    qtbot.waitUntil(lambda: project.sources.count() == 1, timeout=10000)
    assert "pribadi" in project.sources.text(project.sources.list()[0].id)


def test_declining_the_outside_file_skips_it(window, tmp_path, qtbot):
    secret = tmp_path / "catatan.txt"
    secret.write_text("Catatan lapangan pribadi.", encoding="utf-8")
    archive = write_qdpx(tmp_path / "luar.qdpx",
                         foreign_project(text_path=f"absolute://{secret.as_posix()}"))
    refi = feature(window, RefiActions)
    answer_modals(lambda box: box.button(QMessageBox.StandardButton.No).click())
    refi.import_file(archive)
    qtbot.waitUntil(lambda: getattr(refi, "summary_dialog", None) is not None, timeout=10000)
    assert window.bridge.project.sources.count() == 0
