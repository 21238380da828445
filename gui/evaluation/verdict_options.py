"""The study's verdict options: rename, reorder, add and remove them.

`VerdictOptionsDialog` lists the options in their order with the Indonesian and
English label and how many indicators carry each. Labels are edited in place; Add…,
Move up, Move down and Remove act at once, each as one undoable step through the
bridge (so Edit > Undo in the main window reverses them, and the dialog follows any
change made elsewhere). An option that indicators still carry cannot be removed: the
button is disabled and its tooltip says why. Refusals are shown under the table, not
in a pop-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui import i18n
from gui.dialog_parts import list_with_side_buttons
from gui.evaluation.dialogs import VerdictOptionDialog
from storage import Kind
from storage.errors import TelaahError

KEY_ROLE = Qt.ItemDataRole.UserRole
LABEL_COLUMNS = {0: "label_id", 1: "label_en"}


class VerdictOptionsDialog(QDialog):
    """Manage the verdict options of the open study; see the module docstring."""

    def __init__(self, bridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verdictOptionsDialog")
        self.bridge = bridge
        self.usage: dict[str, int] = {}     # verdict key -> indicators carrying it
        self.table = QTableWidget(0, 3, objectName="verdictOptionsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = {name: QPushButton(objectName=f"verdict{name.title()}")
                        for name in ("add", "up", "down", "remove")}
        self.buttons["add"].clicked.connect(self.ask_add)
        self.buttons["up"].clicked.connect(lambda: self.move_option(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_option(1))
        self.buttons["remove"].clicked.connect(self.remove)
        self.table.itemChanged.connect(self._label_edited)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.message = QLabel(objectName="verdictMessage", wordWrap=True)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.rejected.connect(self.reject)
        list_with_side_buttons(self, self.table, self.buttons.values(), self.message,
                               self.close_box)
        self.resize(560, 300)
        bridge.changed.connect(self._on_change)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Verdict options"))
        self.table.setHorizontalHeaderLabels([self.tr("Indonesian"), self.tr("English"),
                                              self.tr("Indicators")])
        for name, text in (("add", self.tr("&Add…")), ("up", self.tr("Move &up")),
                           ("down", self.tr("Move &down")), ("remove", self.tr("&Remove"))):
            self.buttons[name].setText(text)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing ---------------------------------------------------------------------

    def reload(self) -> None:
        project = self.bridge.project
        keep = self.current_key()
        options = project.evaluation.verdict_options() if project else []
        self.usage = project.evaluation.verdict_usage() if project else {}
        self.table.blockSignals(True)
        self.table.setRowCount(len(options))
        for row, option in enumerate(options):
            for column, text in enumerate((option.label_id, option.label_en,
                                           str(self.usage.get(option.key, 0)))):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, option.key)
                if column == 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        keys = [o.key for o in options]
        self.table.selectRow(keys.index(keep) if keep in keys else 0)
        self._update_buttons()

    def current_key(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return None if item is None else item.data(KEY_ROLE)

    def _update_buttons(self) -> None:
        row, key = self.table.currentRow(), self.current_key()
        used = self.usage.get(key, 0)
        self.buttons["up"].setEnabled(key is not None and row > 0)
        self.buttons["down"].setEnabled(key is not None and row < self.table.rowCount() - 1)
        self.buttons["remove"].setEnabled(key is not None and not used)
        self.buttons["remove"].setToolTip(self.tr(
            "%n indicator(s) carry this verdict; give them another verdict first.", "", used)
            if used else "")

    def _on_change(self, change) -> None:
        if change.affects(Kind.VERDICT_OPTIONS, Kind.JUDGEMENTS):
            QTimer.singleShot(0, self.reload)   # not inside the table's own signal

    # -- acting ----------------------------------------------------------------------

    def _label_edited(self, item: QTableWidgetItem) -> None:
        field, text = LABEL_COLUMNS.get(item.column()), item.text().strip()
        if field is None:
            return
        if not text:
            self.message.setText(self.tr("A verdict option needs a label in both languages."))
            QTimer.singleShot(0, self.reload)
            return
        key = item.data(KEY_ROLE)
        self._write(self.tr("Rename verdict option"), lambda project: (
            project.evaluation.update_verdict_option(key, **{field: text})))

    def move_option(self, offset: int) -> None:
        key = self.current_key()
        if key is not None:
            self._write(self.tr("Move verdict option"),
                        lambda project: project.evaluation.move_verdict_option(key, offset))

    def remove(self) -> None:
        key = self.current_key()
        if key is None or self.usage.get(key, 0):
            return
        self._write(self.tr("Remove verdict option"),
                    lambda project: project.evaluation.delete_verdict_option(key))

    def ask_add(self) -> None:
        dialog = VerdictOptionDialog({self.table.item(r, 0).data(KEY_ROLE)
                                      for r in range(self.table.rowCount())}, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(*dialog.values())

    def add(self, key: str, label_en: str, label_id: str) -> None:
        self._write(self.tr("Add verdict option"), lambda project: (
            project.evaluation.add_verdict_option(key, label_en, label_id)))

    def _write(self, label: str, work) -> None:
        """Run `work` as one undoable action; a refusal is shown under the table."""
        try:
            self.bridge.run(label, work)
        except TelaahError as error:
            self.message.setText(i18n.translated(error))
            QTimer.singleShot(0, self.reload)
            return
        self.message.clear()
