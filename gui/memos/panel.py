"""The memos panel: every memo of the study in a table, and an autosaving editor.

The `memoTable` lists date, author, what the memo is attached to and title, filtered by
kind of target; choosing a row opens it in the `MemoEditor`. New memos can be made on
the study, on the source shown (`selection.source_id`) or on the selected code
(`selection.code_ids`), each one undoable action; `selection.memo_requested(type, id)`
from other panels opens that target's first memo or makes one. `flush()` saves
pending typing (the main window calls it on close).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.memos.editor import MemoEditor
from gui.memos.model import DATE, MEMO_ID_ROLE, TARGET, MemoFilterProxy, MemoTableModel
from storage import Kind
from storage.errors import TelaahError
from storage.models import MEMO_TARGETS
from storage.retrieval import memo_rows

_NAMING = (Kind.MEMOS, Kind.SOURCES, Kind.CODES, Kind.PARTICIPANTS)  # memos and their targets


class MemoPanel(QWidget):
    """Memo list with filter, new/delete actions and the editor."""

    show_requested = Signal()   # the panel wants its dock raised

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("memoPanel")
        self.bridge = bridge
        self.selection = selection
        self.model = MemoTableModel(self)
        self.proxy = MemoFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.type_filter = QComboBox(objectName="memoTypeFilter")
        self.type_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_target_type(self.type_filter.currentData()))
        self.table = QTableView(objectName="memoTable")
        self._setup_table()
        self.editor = MemoEditor(bridge)
        self.new_study_action = QAction(self, objectName="actionNewStudyMemo")
        self.new_source_action = QAction(self, objectName="actionNewSourceMemo")
        self.new_code_action = QAction(self, objectName="actionNewCodeMemo")
        self.delete_action = QAction(self, objectName="actionDeleteMemo")
        self.new_study_action.triggered.connect(lambda: self.new_memo("study", None))
        self.new_source_action.triggered.connect(self.new_source_memo)
        self.new_code_action.triggered.connect(self.new_code_memo)
        self.delete_action.triggered.connect(lambda: self.delete_memo())
        self.new_button = QToolButton(objectName="newMemoButton")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.new_button)
        menu.addActions([self.new_study_action, self.new_source_action, self.new_code_action])
        menu.aboutToShow.connect(self.update_actions)
        self.new_button.setMenu(menu)
        self.delete_button = QToolButton(objectName="deleteMemoButton")
        self.delete_button.setDefaultAction(self.delete_action)
        self._layout()
        selection.memo_requested.connect(self.open_target)
        selection.source_selected.connect(lambda _id: self.update_actions())
        selection.codes_selected.connect(lambda _ids: self.update_actions())
        bridge.changed.connect(self._on_changed)
        bridge.project_opened.connect(lambda _p: self._on_opened())
        bridge.project_closing.connect(self._on_closing)
        self.retranslate_ui()
        self.reload()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(900, 240)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # fit the rows shown, not the first 1,000
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setColumnWidth(TARGET, 240)
        table.setSortingEnabled(True)
        table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        table.selectionModel().currentRowChanged.connect(self._on_current_row)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        bar.addWidget(self.type_filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New memo"))
        self.new_study_action.setText(self.tr("New memo on the &study"))
        self.new_source_action.setText(self.tr("New memo on the current s&ource"))
        self.new_code_action.setText(self.tr("New memo on the selected &code"))
        self.delete_action.setText(self.tr("Delete memo"))
        names = {"study": self.tr("Study"), "source": self.tr("Sources"),
                 "code": self.tr("Codes"), "segment": self.tr("Segments"),
                 "participant": self.tr("Participants")}
        chosen = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All memos"), None)
        for target in MEMO_TARGETS:
            self.type_filter.addItem(names[target], target)
        self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(chosen)))
        self.type_filter.blockSignals(False)
        self.type_filter.setToolTip(self.tr("Show the memos attached to one kind of thing"))
        self.model.retranslate()
        self.update_actions()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- list ----------------------------------------------------------------------------

    def reload(self) -> None:
        project = self.bridge.project
        current = self.editor.memo_id
        rows = [] if project is None else memo_rows(project, i18n.current_language())
        self.table.selectionModel().blockSignals(True)
        try:
            self.model.set_rows(rows)
            self._select_row(current)
        finally:
            self.table.selectionModel().blockSignals(False)
        self.update_actions()

    def _select_row(self, memo_id: int | None) -> None:
        row = self.model.row_of(memo_id) if memo_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _on_current_row(self, current, _previous) -> None:
        memo_id = current.data(MEMO_ID_ROLE) if current.isValid() else None
        if memo_id is not None and memo_id != self.editor.memo_id:
            self.editor.open(memo_id)
        self.update_actions()

    def _on_changed(self, change) -> None:
        if self._affects_list(change):
            self.reload()

    def _affects_list(self, change) -> bool:
        """Whether `change` may alter a listed memo or its target's name: segments count
        only when a memo is attached to one of those touched (coding is not re-listed)."""
        if change.bulk(*_NAMING, Kind.SEGMENTS) or change.affects(*_NAMING):
            return True
        if not change.affects(Kind.SEGMENTS):
            return False
        targets = {row.target_id for row in self.model.rows if row.target_type == "segment"}
        return bool(targets) and not targets.isdisjoint(change.ids_of(Kind.SEGMENTS))

    def _on_opened(self) -> None:
        self.editor.open(None)
        self.reload()

    def _on_closing(self) -> None:
        self.editor.flush()
        self.editor.memo_id = None
        self.model.set_rows([])

    def flush(self) -> None:
        """Save pending typing now."""
        self.editor.flush()

    # -- making, opening, deleting -------------------------------------------------------

    def open_memo(self, memo_id: int) -> None:
        """Show this memo in the editor and select it in the list."""
        if self.proxy.target_type is not None:
            self.type_filter.setCurrentIndex(0)
        self.editor.open(memo_id)
        self.reload()
        self.show_requested.emit()

    def new_memo(self, target_type: str, target_id: int | None) -> int | None:
        """Make an empty memo on a target (one undoable action) and open it."""
        if self.bridge.project is None:
            return None
        self.editor.flush()
        try:
            memo_id = self.bridge.run(self.tr("Add memo"), lambda p: p.memos.add(
                target_type, target_id))
        except TelaahError as error:
            QMessageBox.warning(self, self.tr("Memos"), i18n.translated(error))
            return None
        self.open_memo(memo_id)
        self.editor.title.setFocus()
        return memo_id

    def new_source_memo(self) -> int | None:
        source_id = self.selection.source_id
        return None if source_id is None else self.new_memo("source", source_id)

    def new_code_memo(self) -> int | None:
        ids = self.selection.code_ids
        return self.new_memo("code", ids[0]) if ids else None

    def open_target(self, target_type: str, target_id) -> int | None:
        """The first memo on this target, opened; a new one if there is none."""
        project = self.bridge.project
        if project is None:
            return None
        target_id = None if target_type == "study" else target_id
        existing = project.memos.list(target_type, target_id)
        if target_type == "study":
            existing = [m for m in existing if m.target_id is None]
        if existing:
            self.open_memo(existing[0].id)
            return existing[0].id
        return self.new_memo(target_type, target_id)

    def delete_memo(self, memo_id: int | None = None) -> bool:
        memo_id = memo_id if memo_id is not None else self.editor.memo_id
        if memo_id is None or self.bridge.project is None:
            return False
        self.editor.flush()
        self.bridge.run(self.tr("Delete memo"), lambda p: p.memos.delete(memo_id))
        return True

    def update_actions(self) -> None:
        has_project = self.bridge.project is not None
        self.new_button.setEnabled(has_project)
        self.new_study_action.setEnabled(has_project)
        self.new_source_action.setEnabled(has_project and self.selection.source_id is not None)
        self.new_code_action.setEnabled(has_project and bool(self.selection.code_ids))
        self.delete_action.setEnabled(has_project and self.editor.memo_id is not None)
