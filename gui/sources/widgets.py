"""Small input widgets shared by the sources, participants and study dialogs.

`DateField` is an optional ISO date (typed, or picked from a calendar; empty means not
known), `FileField` a path with a Browse button, and `CheckList` a checkable list of
(id, text) items used to pick several participants. Each offers plain getters and
setters in storage terms (`iso()`, `path()`, `checked_ids()`).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from gui import file_dialogs

ISO = "yyyy-MM-dd"


class DateField(QWidget):
    """An optional date stored as 'YYYY-MM-DD' (None when empty).

    The date is typed straight into a line edit (empty means unknown; nothing is filled
    in for the user), or picked from the calendar button's popup.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, **kwargs):
        super().__init__(parent, **kwargs)
        self.edit = QLineEdit(self)
        self.edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"), self.edit))
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        pick = QWidgetAction(menu)
        pick.setDefaultWidget(self.calendar)
        menu.addAction(pick)
        menu.aboutToShow.connect(self._show_current)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setAutoRaise(True)
        self.calendar_button.setMenu(menu)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD (empty: not known)"))
        self.calendar_button.setToolTip(self.tr("Pick from a calendar"))
        self.clear_button.setToolTip(self.tr("No date"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_current(self) -> None:
        date = QDate.fromString(self.edit.text(), ISO)
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())

    def _picked(self, date: QDate) -> None:
        self.edit.setText(date.toString(ISO))
        self.calendar_button.menu().close()

    def iso(self) -> str | None:
        """The date typed or picked; None when empty or not a real date."""
        date = QDate.fromString(self.edit.text().strip(), ISO)
        return date.toString(ISO) if date.isValid() else None

    def set_iso(self, value: str | None) -> None:
        date = QDate.fromString(value or "", ISO)
        self.edit.setText(date.toString(ISO) if date.isValid() else "")

    def clear(self) -> None:
        self.edit.clear()


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
        path = (file_dialogs.open_file(self, "sources", self.tr("Choose a file"),
                                       self.file_filter) if not self.path() else
                QFileDialog.getOpenFileName(self, self.tr("Choose a file"), self.path(),
                                            self.file_filter)[0])
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
