"""Small input widgets shared by the sources, participants and study dialogs.

`DateField` is an optional ISO date (a date edit with a clear button; empty means no
date), `FileField` a path with a Browse button, and `CheckList` a checkable list of
(id, text) items used to pick several participants. Each offers plain getters and
setters in storage terms (`iso()`, `path()`, `checked_ids()`).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

_EMPTY = QDate(1900, 1, 1)


class DateField(QWidget):
    """An optional date stored as 'YYYY-MM-DD' (None when empty)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, **kwargs):
        super().__init__(parent, **kwargs)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(_EMPTY)
        self.edit.setSpecialValueText("—")
        self.edit.setDate(_EMPTY)
        self.edit.calendarWidget().setSelectedDate(QDate.currentDate())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.clear_button.setToolTip(self.tr("No date"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def iso(self) -> str | None:
        date = self.edit.date()
        return None if date == _EMPTY else date.toString("yyyy-MM-dd")

    def set_iso(self, value: str | None) -> None:
        date = QDate.fromString(value or "", "yyyy-MM-dd")
        self.edit.setDate(date if date.isValid() else _EMPTY)
        if date.isValid():
            self.edit.calendarWidget().setSelectedDate(date)

    def clear(self) -> None:
        self.edit.setDate(_EMPTY)


class FileField(QWidget):
    """A file path typed or chosen with Browse…"""

    def __init__(self, parent: QWidget | None = None, file_filter: str = "", **kwargs):
        super().__init__(parent, **kwargs)
        self.file_filter = file_filter
        self.line = QLineEdit(self)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Browse…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), self.path(),
                                              self.file_filter)
        if path:
            self.line.setText(path)

    def path(self) -> str:
        return self.line.text().strip()

    def set_path(self, value: str) -> None:
        self.line.setText(value or "")


class CheckList(QListWidget):
    """A list of checkable (id, text) items."""

    def set_items(self, items: list[tuple[int, str]], checked=()) -> None:
        checked = set(checked)
        self.clear()
        for item_id, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in checked
                               else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids, checked: bool = True) -> None:
        wanted = set(ids)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) in wanted:
                self.item(row).setCheckState(state)
