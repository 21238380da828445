"""The Preferences dialog stores per-machine settings and applies them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from gui import i18n
from gui.preferences.dialog import PreferencesDialog, ask_coder_name, preference_signals
from storage import config


def test_preferences_are_stored_in_config(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    dialog.coder.setText("  Rina  ")
    dialog.font_size.setValue(14)
    dialog.backups.setValue(4)
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("en"))
    with qtbot.waitSignal(preference_signals().font_size_changed) as blocker:
        dialog.accept()
    assert blocker.args == [14]
    stored = config.load()
    assert (stored["coder"], stored["font_size"], stored["backups_kept"],
            stored["report_language"], stored["ui_language"]) == ("Rina", 14, 4, "en", "en")


def test_choosing_indonesian_applies_at_once(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    try:
        with qtbot.waitSignal(preference_signals().changed):
            dialog.accept()
        assert i18n.current_language() == "id"
        assert config.get("ui_language") == "id"
        again = PreferencesDialog()
        qtbot.addWidget(again)
        assert again.windowTitle() == "Preferensi"
        assert again.language.currentData() == "id"
    finally:
        i18n.set_language("en")


def test_coder_name_is_asked_once(qtbot):
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            box.setTextValue("Andi")
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert ask_coder_name() == "Andi"
    assert config.get("coder") == "Andi"
    assert ask_coder_name() == "Andi"  # stored: no question this time
