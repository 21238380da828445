"""The Add/Edit source dialog writes every field of its technique, undoably."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from gui.bridge import ProjectBridge
from gui.sources.dialog import SourceDialog


@pytest.fixture
def bridge(project):
    bridge = ProjectBridge()
    bridge.open(project)
    yield bridge
    bridge.project = None  # the project fixture closes the file


def test_add_interview_through_the_dialog(qtbot, bridge, project):
    p1 = project.participants.add("P01", name="Budi")
    p2 = project.participants.add("P02", name="Sari")
    dialog = SourceDialog(bridge, None, "interview")
    qtbot.addWidget(dialog)
    assert dialog.form.isRowVisible(dialog.interviewer)
    assert not dialog.form.isRowVisible(dialog.author)
    qtbot.keyClicks(dialog.title_edit, "Wawancara Kepala Dinas")
    dialog.date.set_iso("2024-03-01")
    qtbot.keyClicks(dialog.place, "Kantor Dinas Koperasi")
    qtbot.keyClicks(dialog.interviewer, "Rina")
    dialog.participants.set_checked([p2])
    dialog.duration.setValue(75)
    dialog.recording.set_path("/data/rec/w01.m4a")
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.data_type.setCurrentIndex(dialog.data_type.findData("primary"))
    dialog.memo.setPlainText("Suasana santai.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    source = project.sources.get(dialog.source_id)
    assert (source.kind, source.title, source.date) == (
        "interview", "Wawancara Kepala Dinas", "2024-03-01")
    assert (source.place, source.interviewer, source.duration_minutes) == (
        "Kantor Dinas Koperasi", "Rina", 75)
    assert source.recording_path == "/data/rec/w01.m4a"
    assert source.participant_ids == [p2] and p1 not in source.participant_ids
    assert (source.language, source.data_type, source.memo) == ("id", "primary",
                                                                "Suasana santai.")
    bridge.undo_stack.undo()
    assert project.sources.count() == 0


def test_add_document_with_free_type(qtbot, bridge, project):
    dialog = SourceDialog(bridge, None, "document")
    qtbot.addWidget(dialog)
    assert dialog.form.isRowVisible(dialog.doc_type)
    assert not dialog.form.isRowVisible(dialog.participants)
    assert dialog.labels["date"].text() == "Document &date:"
    dialog.title_edit.setText("Laporan tahunan 2023")
    dialog.author.setText("Dinas Koperasi dan UKM")
    dialog.doc_type.setCurrentText("laporan")
    dialog.date.set_iso("2023-12-31")
    dialog.data_type.setCurrentIndex(dialog.data_type.findData("secondary"))
    dialog.accept()
    source = project.sources.get(dialog.source_id)
    assert (source.kind, source.author, source.doc_type, source.date, source.data_type) == (
        "document", "Dinas Koperasi dan UKM", "laporan", "2023-12-31", "secondary")
    dialog = SourceDialog(bridge, None, "document")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Notulen khusus")
    dialog.doc_type.setCurrentText("transkrip radio")
    dialog.accept()
    assert project.sources.get(dialog.source_id).doc_type == "transkrip radio"


def test_edit_observation_keeps_other_fields(qtbot, bridge, project):
    p1 = project.participants.add("P01")
    source_id = project.sources.add("observation", "Rapat", "teks", participant_ids=[p1],
                                    event="Rapat koordinasi", observer="Rina",
                                    interviewer="kept")
    dialog = SourceDialog(bridge, source_id)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "observation"
    assert dialog.event_edit.text() == "Rapat koordinasi"
    assert dialog.participants.checked_ids() == [p1]
    assert dialog.labels["participants"].text() == "Participants &present:"
    dialog.observer.setText("Andi")
    dialog.date.clear()
    dialog.accept()
    source = project.sources.get(source_id)
    assert (source.observer, source.interviewer, source.date) == ("Andi", "kept", None)
    assert project.sources.text(source_id) == "teks"
    bridge.undo_stack.undo()
    assert project.sources.get(source_id).observer == "Rina"


def test_empty_title_is_refused_and_the_dialog_stays(qtbot, bridge, project):
    dialog = SourceDialog(bridge, None, "interview")
    qtbot.addWidget(dialog)
    seen = []

    def close_box():
        box = QApplication.activeModalWidget()
        if box is None or box is dialog:
            qtbot.wait(10)
            return close_box_later()
        seen.append(box.text())
        box.close()
        return None

    def close_box_later():
        from PySide6.QtCore import QTimer
        QTimer.singleShot(20, close_box)

    close_box_later()
    dialog.accept()
    assert seen and "title" in seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert project.sources.count() == 0
