"""Edit → Preferences: the per-machine settings, and the signal other panels follow.

The dialog edits `storage.config` (interface language, coder name, text font size,
backups kept, report language) and stores them with `config.set_values` when
accepted. A new interface language applies at once (`gui.i18n.set_language`). Panels
that care about a setting read it from `storage.config` when built and connect to
`preference_signals().changed(key, value)` (or the convenience `font_size_changed`)
to follow later changes. `ask_coder_name` is the one-time question on first start.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.dialog_parts import ok_cancel_buttons
from storage import config

FONT_SIZES = (8, 32)
REPORT_LANGUAGES = ("id", "en")


class PreferenceSignals(QObject):
    """Announces settings changed in the Preferences dialog."""

    changed = Signal(str, object)      # (config key, new value)
    font_size_changed = Signal(int)


_signals: PreferenceSignals | None = None


def preference_signals() -> PreferenceSignals:
    """The one `PreferenceSignals` object of this process."""
    global _signals
    if _signals is None:
        _signals = PreferenceSignals()
    return _signals


def apply_preferences(values: dict) -> None:
    """Store `values` in the config, apply the language and announce what changed."""
    before = config.load()
    config.set_values(**values)
    if "ui_language" in values:
        i18n.set_language(values["ui_language"] or i18n.configured_language())
    signals = preference_signals()
    for key, value in values.items():
        if before.get(key) != value:
            signals.changed.emit(key, value)
            if key == "font_size":
                signals.font_size_changed.emit(int(value))


class PreferencesDialog(QDialog):
    """The Preferences dialog; `values()` gives the settings as entered."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        current = config.load()
        self.language = QComboBox(objectName="uiLanguage")
        for lang in i18n.available_languages():
            self.language.addItem(i18n.LANGUAGE_NAMES.get(lang, lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.coder = QLineEdit(str(current.get("coder") or ""), objectName="coderName")
        self.font_size = QSpinBox(objectName="fontSize")
        self.font_size.setRange(*FONT_SIZES)
        self.font_size.setValue(int(current.get("font_size") or 11))
        self.backups = QSpinBox(objectName="backupsKept")
        self.backups.setRange(0, 100)
        self.backups.setValue(int(current.get("backups_kept") or 0))
        self.report_language = QComboBox(objectName="reportLanguage")
        for lang in REPORT_LANGUAGES:
            self.report_language.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        self.report_language.setCurrentIndex(
            max(0, self.report_language.findData(current.get("report_language"))))

        self.form = QFormLayout()
        self.labels = []
        for widget in (self.language, self.coder, self.font_size, self.backups,
                       self.report_language):
            label = QLabel()
            label.setBuddy(widget)
            self.labels.append(label)
            self.form.addRow(label, widget)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        labels = (self.tr("Interface language:"), self.tr("Coder name:"),
                  self.tr("Text font size:"), self.tr("Backups kept per project:"),
                  self.tr("Report language:"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.coder.setPlaceholderText(self.tr("Your name, stamped on codings and memos"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.backups.setToolTip(self.tr("How many automatic backups to keep for each "
                                        "project (taken each time it is opened)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def values(self) -> dict:
        return {"ui_language": self.language.currentData(),
                "coder": self.coder.text().strip(),
                "font_size": self.font_size.value(),
                "backups_kept": self.backups.value(),
                "report_language": self.report_language.currentData()}

    def accept(self) -> None:
        apply_preferences(self.values())
        super().accept()


def ask_coder_name(parent: QWidget | None = None) -> str:
    """Ask for the coder's name once (when none is stored); returns the stored name."""
    name = str(config.get("coder") or "").strip()
    if name:
        return name
    text, ok = QInputDialog.getText(
        parent, PreferencesDialog.tr("Welcome to Telaah"),
        PreferencesDialog.tr("Your name as coder (stamped on every coding and memo; "
                             "change it later in Edit → Preferences):"),
        QLineEdit.EchoMode.Normal, config.coder_name())
    if ok and text.strip():
        config.set_values(coder=text.strip())
        return text.strip()
    return ""


class PreferencesFeature:
    """Main-window feature: Edit → Preferences…"""

    def __init__(self, window, bridge, selection):
        self.window = window
        self.action = QAction(window, objectName="actionPreferences")
        self.action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.show_dialog)
        menu = window.menu("edit")
        menu.addSeparator()
        window.add_action("edit", self.action)
        i18n.on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(PreferencesDialog.tr("&Preferences…"))

    def show_dialog(self) -> None:
        PreferencesDialog(self.window).exec()

