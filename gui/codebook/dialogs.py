"""Dialogs of the codebook: edit a code, pick a code from a searchable list, colours.

`CodeDialog` edits labels and definitions in English and Indonesian and the colour;
`CodePickerDialog` is a filterable list of codes shown with their path (used by Move
to…, Merge into… and the search panel's "Code all hits with…"). The module-level
`ask_*`, `pick_colour` and `confirm` functions are what the panels call, so tests can
replace them with answers instead of driving modal dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.dialog_parts import ok_cancel_buttons

TOP_LEVEL = 0  # "no parent" when picking where to move a code (code ids start at 1)


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if QColor.isValidColorName(colour) else QColor("#9e9e9e"))
    return QIcon(pixmap)


class CodeDialog(QDialog):
    """Labels (EN/ID), definitions (EN/ID) and colour of a code."""

    def __init__(self, parent: QWidget | None = None, initial: dict | None = None):
        super().__init__(parent)
        self.setObjectName("codeDialog")
        initial = initial or {}
        self.label_en = QLineEdit(initial.get("label_en", ""), objectName="labelEn")
        self.label_id = QLineEdit(initial.get("label_id", ""), objectName="labelId")
        self.definition_en = QPlainTextEdit(initial.get("definition_en", ""),
                                            objectName="definitionEn")
        self.definition_id = QPlainTextEdit(initial.get("definition_id", ""),
                                            objectName="definitionId")
        for edit in (self.definition_en, self.definition_id):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(80)
        self.colour = initial.get("color") or "#9e9e9e"
        self.colour_button = QPushButton(objectName="colourButton")
        self.colour_button.clicked.connect(self._choose_colour)
        self.form = QFormLayout()
        self._form_labels = [QLabel() for _ in range(5)]
        for label, field in zip(self._form_labels, (
                self.label_id, self.label_en, self.definition_id, self.definition_en,
                self.colour_button), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.label_en.textChanged.connect(self._update_ok)
        self.label_id.textChanged.connect(self._update_ok)
        self.resize(520, 0)
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        texts = (self.tr("Label (&Indonesian):"), self.tr("Label (&English):"),
                 self.tr("Definition (I&ndonesian):"), self.tr("Definition (En&glish):"),
                 self.tr("&Colour:"))
        for label, text in zip(self._form_labels, texts, strict=True):
            label.setText(text)
        self.colour_button.setText(self.tr("Choose…"))
        self._show_colour()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_colour(self) -> None:
        self.colour_button.setIcon(swatch(self.colour))
        self.colour_button.setToolTip(self.colour)

    def _choose_colour(self) -> None:
        chosen = pick_colour(self, self.colour)
        if chosen:
            self.colour = chosen
            self._show_colour()

    def _update_ok(self) -> None:
        has_label = bool(self.label_en.text().strip() or self.label_id.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_label)

    def values(self) -> dict:
        return {"label_en": self.label_en.text().strip(),
                "label_id": self.label_id.text().strip(),
                "definition_en": self.definition_en.toPlainText().strip(),
                "definition_id": self.definition_id.toPlainText().strip(),
                "color": self.colour}


class CodePickerDialog(QDialog):
    """Choose one code from a list filtered as you type (path, labels or id)."""

    def __init__(self, parent: QWidget | None, model, exclude=(), allow_top: bool = False,
                 prompt: str = ""):
        super().__init__(parent)
        self.setObjectName("codePicker")
        self.prompt = QLabel(prompt, objectName="pickerPrompt")
        self.prompt.setWordWrap(True)
        self.filter = QLineEdit(objectName="codeFilter")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="codeList")
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.filter, self.list, self.buttons):
            layout.addWidget(widget)
        self._top_item = QListWidgetItem() if allow_top else None
        if self._top_item is not None:
            self._top_item.setData(Qt.ItemDataRole.UserRole, TOP_LEVEL)
            self.list.addItem(self._top_item)
        excluded = set(exclude)
        for code in model.codes():
            if code.id in excluded:
                continue
            item = QListWidgetItem(swatch(code.display_color), model.path(code.id, skip_root=True))
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            item.setToolTip(f"{model.path(code.id)}\n{code.key}")
            search = " ".join((model.path(code.id), code.label_en, code.label_id, code.key))
            item.setData(Qt.ItemDataRole.UserRole + 1, search.casefold())
            self.list.addItem(item)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(lambda *_: self._update_ok())
        self.resize(640, 520)
        self.retranslate_ui()
        self._apply_filter("")

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Type to filter codes…"))
        if self._top_item is not None:
            self._top_item.setText(self.tr("(top level)"))
            self._top_item.setData(Qt.ItemDataRole.UserRole + 1,
                                   self._top_item.text().casefold())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hay = item.data(Qt.ItemDataRole.UserRole + 1) or ""
            hidden = not all(word in hay for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        self._update_ok()

    def _update_ok(self) -> None:
        current = self.list.currentItem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            current is not None and not current.isHidden())

    def select_code(self, code_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code_id:
                self.list.setCurrentRow(row)

    def chosen(self) -> int | None:
        current = self.list.currentItem()
        if current is None or current.isHidden():
            return None
        return current.data(Qt.ItemDataRole.UserRole)


def ask_code_values(parent: QWidget, title: str, initial: dict | None = None) -> dict | None:
    """Show a `CodeDialog`; the values entered, or None when cancelled."""
    dialog = CodeDialog(parent, initial)
    dialog.setWindowTitle(title)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_code(parent: QWidget, title: str, model, *, exclude=(), allow_top: bool = False,
             prompt: str = "") -> int | None:
    """Let the user pick a code: its id, TOP_LEVEL for "(top level)", None if cancelled."""
    dialog = CodePickerDialog(parent, model, exclude, allow_top, prompt)
    dialog.setWindowTitle(title)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def pick_colour(parent: QWidget, initial: str) -> str | None:
    """A colour from QColorDialog as #rrggbb, or None when cancelled."""
    colour = QColorDialog.getColor(QColor(initial), parent)
    return colour.name() if colour.isValid() else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, title: str, error: Exception) -> None:
    QMessageBox.warning(parent, title, i18n.translated(error))
