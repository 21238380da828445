"""The participants manager: add and edit with a stakeholder group, groups, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gui.bridge import ProjectBridge
from gui.sources.participant_dialog import GroupsDialog, ParticipantDialog, next_participant_code
from gui.sources.participants import ParticipantsManager
from storage.errors import TelaahError


@pytest.fixture
def bridge(project):
    bridge = ProjectBridge()
    bridge.open(project)
    yield bridge
    bridge.project = None


def test_next_code():
    assert next_participant_code([]) == "P01"
    assert next_participant_code(["P01", "p07", "X3"]) == "P08"


def test_add_and_edit_participant_with_group(qtbot, bridge, project):
    manager = ParticipantsManager(bridge)
    qtbot.addWidget(manager)
    dialog = ParticipantDialog(bridge, None, manager)
    assert dialog.code.text() == "P01"
    dialog.name.setText("Budi Santoso")
    dialog.organisation.setText("Koperasi Maju")
    dialog.group.setCurrentIndex(dialog.group.findText("Pemilik UMKM"))
    dialog.role.setText("Ketua")
    dialog.consent.setCurrentIndex(dialog.consent.findData("given"))
    dialog.consent_date.set_iso("2024-02-20")
    dialog.notes.setPlainText("Dihubungi lewat dinas.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = project.participants.by_code("P01")
    assert (stored.name, stored.organisation, stored.group, stored.role) == (
        "Budi Santoso", "Koperasi Maju", "Pemilik UMKM", "Ketua")
    assert (stored.consent_status, stored.consent_date) == ("given", "2024-02-20")
    model = manager.model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(6)] == [
        "P01", "Budi Santoso", "Koperasi Maju", "Pemilik UMKM", "Ketua", "Given"]

    edit = ParticipantDialog(bridge, stored.id, manager)
    assert edit.group.currentText() == "Pemilik UMKM"
    edit.group.setCurrentIndex(edit.group.findText("Instansi pemerintah"))
    edit.consent.setCurrentIndex(edit.consent.findData("withdrawn"))
    edit.accept()
    assert project.participants.get(stored.id).group == "Instansi pemerintah"
    assert model.index(0, 3).data() == "Instansi pemerintah"
    assert model.index(0, 5).data() == "Withdrawn"
    bridge.undo_stack.undo()
    assert project.participants.get(stored.id).group == "Pemilik UMKM"
    assert model.index(0, 3).data() == "Pemilik UMKM"


def test_duplicate_code_is_refused(qtbot, bridge, project):
    project.participants.add("P01")
    dialog = ParticipantDialog(bridge, None)
    qtbot.addWidget(dialog)
    dialog.code.setText("p01")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    seen = []

    def close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)
    dialog.accept()
    assert seen and "already used" in seen[0]
    assert len(project.participants.list()) == 1


def test_groups_add_rename_delete_undoable(qtbot, bridge, project):
    pid = project.participants.add("P01", group_id=project.participants.resolve_group("Lainnya"))
    dialog = GroupsDialog(bridge)
    qtbot.addWidget(dialog)
    group_id = dialog.add_group("Akademisi")
    assert dialog.list.item(dialog.list.count() - 1).text() == "Akademisi"
    both = dialog.add_group("Perguruan tinggi", "University", False)
    assert dialog.list.item(dialog.list.count() - 1).text() == (
        "Perguruan tinggi \u2014 University (non-state)")
    dialog.rename_group(both, "Perguruan tinggi", "Universities", True)
    assert project.participants.group_by_name("universities").is_state == 1
    dialog.rename_group(group_id, "Akademisi/peneliti")
    assert project.participants.group_by_name("Akademisi/peneliti").id == group_id
    other = project.participants.resolve_group("Lainnya")
    dialog.delete_group(other)
    assert project.participants.get(pid).group_id is None
    bridge.undo_stack.undo()
    assert project.participants.get(pid).group == "Lainnya"
    bridge.undo_stack.undo()
    assert project.participants.group_by_name("Akademisi") is not None


def test_groups_reorder_with_the_buttons(qtbot, bridge, project):
    dialog = GroupsDialog(bridge)
    qtbot.addWidget(dialog)
    names = [g.name for g in project.participants.groups()]
    dialog.list.setCurrentRow(len(names) - 1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    moved = names[:-2] + [names[-1], names[-2]]
    assert [g.name for g in project.participants.groups()] == moved
    shown = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert [text.split(" \u2014 ")[0] for text in shown] == moved  # "name — English (…)"
    assert dialog.list.currentItem().text().startswith(names[-1])
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)     # already first
    assert [g.name for g in project.participants.groups()] == moved
    bridge.undo_stack.undo()
    bridge.undo_stack.undo()
    assert [g.name for g in project.participants.groups()] == names


def test_delete_participant_and_undo(qtbot, bridge, project):
    pid = project.participants.add("P03", name="Sari")
    sid = project.sources.add("interview", "W", "teks", participant_ids=[pid])
    manager = ParticipantsManager(bridge)
    qtbot.addWidget(manager)
    manager.select(pid)
    assert manager.selected_id() == pid
    assert manager.model.source_count(pid) == 1
    manager.delete(pid)
    assert manager.model.rowCount() == 0
    assert project.sources.get(sid).participant_ids == []
    bridge.undo_stack.undo()
    assert manager.model.rowCount() == 1
    assert project.sources.get(sid).participant_ids == [pid]


def test_core_refusals_speak_the_interface_language(qtbot, bridge, project, tmp_path):
    from gui import i18n
    from importers.text_files import import_files

    project.participants.add("P01")
    path = tmp_path / "ansi.txt"
    path.write_bytes("Wawancara di café".encode("cp1252"))
    (_path, failure), = import_files(project, [path], "interview").failed
    i18n.set_language("id")
    try:
        with pytest.raises(TelaahError) as caught:
            project.participants.add("P01")
        said = i18n.translated(caught.value)
        said_import = i18n.translated(failure)
    finally:
        i18n.set_language("en")
    assert said == "Kode informan 'P01' sudah dipakai."
    assert said_import.startswith(f"{path}: bukan UTF-8 (bita tidak sah di posisi 16)")
    assert "kemungkinan Latin-1 (ISO-8859-1) atau Windows-1252" in said_import
    assert i18n.translated(caught.value) == "The participant code 'P01' is already used."


def test_columns_fit_their_content_and_the_widths_are_remembered(qtbot, bridge, project):
    from PySide6.QtCore import QSettings

    QSettings().remove("participants/columns")
    manager = ParticipantsManager(bridge)
    qtbot.addWidget(manager)
    manager.show()
    long_name = "Ratna Kusumawardhani Setyaningrum"
    bridge.run("Add", lambda p: p.participants.add("P01", name=long_name,
                                                   organisation="Pak Haji Abdurrahman"))
    table = manager.table
    header = table.horizontalHeader()
    name_width = table.fontMetrics().horizontalAdvance(long_name)
    assert header.sectionSize(1) >= name_width  # not "Rat…"
    last = manager.model.columnCount() - 1
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right >= table.viewport().width() - 2  # the last column takes what is left
    header.resizeSection(2, 303)  # the user's width
    manager.close()
    again = ParticipantsManager(bridge)
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sectionSize(2) == 303
    QSettings().remove("participants/columns")
