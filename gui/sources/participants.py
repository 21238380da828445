"""The participants manager (File → Participants…): a table of informants.

`ParticipantTableModel` lists every participant with code, name, organisation,
stakeholder group, role, consent status and date, notes and the number of sources
linked. `ParticipantsManager` is a non-modal dialog over it with Add, Edit, Delete
and Groups… buttons; every change is one undoable action, and the table follows the
project's changes (including undo) through `bridge.changed`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.sources import labels
from gui.sources.participant_dialog import GroupsDialog, ParticipantDialog
from storage import Kind
from storage.models import Participant

COLUMNS = ("code", "name", "organisation", "group", "role", "consent_status",
           "consent_date", "notes", "sources")
WIDTHS_KEY = "participants/columns"  # QSettings: the widths the user set
WATCHED_KINDS = (Kind.PARTICIPANTS, Kind.GROUPS, Kind.SOURCE_LINKS, Kind.SOURCES)
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ParticipantTableModel(QAbstractTableModel):
    """One row per participant, ordered by code."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._project = None
        self._rows: list[Participant] = []
        self._source_counts: dict[int, int] = {}

    def set_project(self, project) -> None:
        self._project = project
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._source_counts = [], {}
        if self._project is not None:
            self._rows = self._project.participants.list()
            for source in self._project.sources.list():
                for pid in source.participant_ids:
                    self._source_counts[pid] = self._source_counts.get(pid, 0) + 1
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        return self._rows[row]

    def row_of(self, participant_id: int) -> int:
        return next((row for row, p in enumerate(self._rows) if p.id == participant_id), -1)

    def source_count(self, participant_id: int) -> int:
        return self._source_counts.get(participant_id, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Name"), self.tr("Organisation"),
                self.tr("Stakeholder group"), self.tr("Role"), self.tr("Consent"),
                self.tr("Consent date"), self.tr("Notes"), self.tr("Sources"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        participant = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return participant.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "consent_status":
            return labels.consent_label(participant.consent_status)
        if column == "sources":
            return self._source_counts.get(participant.id, 0)
        if column == "notes" and role == Qt.ItemDataRole.DisplayRole:
            return participant.notes.splitlines()[0] if participant.notes else ""
        value = getattr(participant, column)
        return "" if value is None else value

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))


class ParticipantsManager(QDialog):
    """The participants table with its buttons (non-modal)."""

    def __init__(self, bridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("participantsManager")
        self.bridge = bridge
        self.model = ParticipantTableModel(self)
        self.table = QTableView(objectName="participantTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(objectName="addParticipant")
        self.edit_button = QPushButton(objectName="editParticipant")
        self.delete_button = QPushButton(objectName="deleteParticipant")
        self.groups_button = QPushButton(objectName="manageGroups")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.groups_button.clicked.connect(lambda: GroupsDialog(self.bridge, self).exec())
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.groups_button):
            row.addWidget(button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        bridge.changed.connect(self._on_change)
        bridge.project_closing.connect(self._on_closing)
        self.model.set_project(bridge.project)
        self.table.horizontalHeader().setMaximumSectionSize(320)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self._fitting = False
        self._own_widths = self._restore_widths()
        self.fit_columns()
        self.table.horizontalHeader().sectionResized.connect(self._on_resized)
        self.retranslate_ui()
        self.resize(980, 460)

    # -- column widths: fitted to the content until the user sets them, then remembered --

    def _restore_widths(self) -> bool:
        state = QSettings().value(WIDTHS_KEY)
        return state is not None and self.table.horizontalHeader().restoreState(state)

    def fit_columns(self) -> None:
        if self._own_widths:
            return
        self._fitting = True
        try:
            self.table.resizeColumnsToContents()
        finally:
            self._fitting = False

    def _on_resized(self, section: int, _old: int, _new: int) -> None:
        if self._fitting or section == self.model.columnCount() - 1:  # the stretching one
            return
        self._own_widths = True
        QSettings().setValue(WIDTHS_KEY, self.table.horizontalHeader().saveState())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Participants"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.groups_button.setText(self.tr("Stakeholder &groups…"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_change(self, change) -> None:
        if change.affects(*WATCHED_KINDS):
            selected = self.selected_id()
            self.model.reload()
            self.fit_columns()
            if selected is not None:
                self.select(selected)

    def _on_closing(self) -> None:
        self.model.set_project(None)
        self.close()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.participant(rows[0].row()).id if rows else None

    def select(self, participant_id: int) -> None:
        row = self.model.row_of(participant_id)
        if row >= 0:
            self.table.selectRow(row)

    def add(self) -> None:
        dialog = ParticipantDialog(self.bridge, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.participant_id:
            self.select(dialog.participant_id)

    def edit_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is not None:
            ParticipantDialog(self.bridge, participant_id, self).exec()

    def delete_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None:
            return
        participant = self.bridge.project.participants.get(participant_id)
        question = self.tr("Delete participant %1?").replace("%1", participant.code)
        linked = self.model.source_count(participant_id)
        if linked:
            question += " " + self.tr("%n source(s) will no longer name this participant; "
                                      "their text and codings stay.", "", linked)
        question += " " + self.tr("You can undo this.")
        if QMessageBox.question(self, self.windowTitle(),
                                question) == QMessageBox.StandardButton.Yes:
            self.delete(participant_id)

    def delete(self, participant_id: int) -> None:
        code = self.bridge.project.participants.get(participant_id).code
        self.bridge.run(self.tr("Delete participant %1").replace("%1", code),
                        lambda p: p.participants.delete(participant_id))
