"""Dates start empty unless known, and are typed without clicking into parts of them."""

from __future__ import annotations

from gui.bridge import ProjectBridge
from gui.sources.importing import ImportDialog
from gui.sources.participant_dialog import ParticipantDialog
from gui.sources.widgets import DateField


def test_date_field_starts_empty_and_takes_typing(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    assert field.iso() is None
    field.setFocus()
    qtbot.keyClicks(field.edit, "2024-02-20")
    assert field.iso() == "2024-02-20"
    field.clear()
    assert field.iso() is None
    qtbot.keyClicks(field.edit, "2024-13-40")  # not a date: nothing is stored
    assert field.iso() is None


def test_import_date_is_empty(qtbot, project, tmp_path):
    bridge = ProjectBridge()
    bridge.open(project)
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    dialog = ImportDialog(bridge, [str(path)])
    qtbot.addWidget(dialog)
    assert dialog.options()["date"] is None
    bridge.project = None


def test_consent_date_only_with_given_consent(qtbot, project):
    bridge = ProjectBridge()
    bridge.open(project)
    dialog = ParticipantDialog(bridge)
    qtbot.addWidget(dialog)
    assert dialog.consent.currentData() == "pending"
    assert dialog.consent_date.iso() is None and not dialog.consent_date.isEnabled()
    dialog.consent.setCurrentIndex(dialog.consent.findData("given"))
    assert dialog.consent_date.isEnabled()
    qtbot.keyClicks(dialog.consent_date.edit, "2024-05-02")
    dialog.consent.setCurrentIndex(dialog.consent.findData("pending"))
    dialog.accept()
    stored = project.participants.by_code("P01")
    assert (stored.consent_status, stored.consent_date) == ("pending", None)
    bridge.project = None
