"""The Summary grid tab (MAXQDA Summary Grid, NVivo Framework Matrix).

Rows are participants or stakeholder groups, columns the codes of the current level,
plus a last "Row summary" column and a last "Column summary" row. Each cell shows how
many segments it holds and the start of its summary. Selecting a cell lists its
segments and opens its summary in the editor, which saves as you type: 0.8 s after the
last keystroke, on leaving the cell and on close (`flush`), each save one undoable
action (`evaluation.set_summary`). An undo or redo from elsewhere reloads the editor.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from analysis import summary_grid
from analysis.evidence import Column
from analysis.summary_grid import COLUMN_SUMMARY, ROW_SUMMARY, cell_segments
from gui.evaluation.common import Page, SegmentList, compact_rows, one_line, wrap_header

SAVE_DELAY_MS = 800
CELL_ROLE = Qt.ItemDataRole.UserRole + 30
_ROOT = QModelIndex()


class SummaryGridModel(QAbstractTableModel):
    """A `analysis.SummaryGrid` with the row- and column-summary margins."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = None
        self.evidence = None
        self.rows: list[Column] = []
        self.code_ids: list[int] = []
        self.lang = "id"

    def set_grid(self, grid, evidence, lang: str) -> None:
        self.beginResetModel()
        self.grid, self.evidence, self.lang = grid, evidence, lang
        self.rows = [*grid.rows, Column(None, COLUMN_SUMMARY, "")] if grid else []
        self.code_ids = [*grid.code_ids, ROW_SUMMARY] if grid else []
        self.endResetModel()

    def cell(self, index: QModelIndex) -> tuple[str, int | None, int]:
        """(row key, row value, code id) of a cell; see analysis.summary_grid."""
        row = self.rows[index.row()]
        return row.key, row.value, self.code_ids[index.column()]

    def index_of(self, key: str, code_id: int) -> QModelIndex:
        rows = [r.key for r in self.rows]
        if key not in rows or code_id not in self.code_ids:
            return QModelIndex()
        return self.index(rows.index(key), self.code_ids.index(code_id))

    def set_summary(self, key: str, code_id: int, text: str) -> None:
        self.grid.summaries[(key, code_id)] = text
        index = self.index_of(key, code_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.code_ids)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if not 0 <= section < (len(self.code_ids) if horizontal else len(self.rows)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if horizontal:
            code_id = self.code_ids[section]
            if code_id == ROW_SUMMARY:
                return self.tr("Row summary")
            label = self.evidence.label(code_id, self.lang)
            return label if role == Qt.ItemDataRole.ToolTipRole else one_line(label, 60)
        row = self.rows[section]
        if row.value is None:
            return self.tr("Column summary")
        return self.row_label(row)

    def row_label(self, row: Column) -> str:
        """A participant's code with its group; a group's name."""
        participant = self.evidence.participant_by_id.get(row.value)
        if self.grid.row_kind == "participant" and participant and participant.group:
            return f"{row.label} · {participant.group}"
        return row.label

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)
                                       and 0 <= index.column() < len(self.code_ids)):
            return None
        key, value, code_id = self.cell(index)
        text = self.grid.summary(key, code_id)
        margin = value is None or code_id == ROW_SUMMARY
        count = 0 if margin else self.grid.count(value, code_id)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [] if margin else [self.tr("%n segment(s)", "", count)] if count else []
            if text:
                lines.append(one_line(text, 60))
            return "\n".join(lines)
        if role == CELL_ROLE:
            return key, value, code_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if margin:
                return QColor("#e3f2fd")
            if text:
                return QColor("#fff8e1")
            return None if count else QColor("#f5f5f5")
        if role == Qt.ItemDataRole.ForegroundRole and not text:
            return QColor("#757575")
        return None


class SummaryTab(Page):
    """See the module docstring."""

    def __init__(self, panel):
        super().__init__(panel)
        self.setObjectName("summaryTab")
        self.cell: tuple[str, int | None, int] | None = None
        self.model = SummaryGridModel(self)
        self.row_kind = QComboBox(objectName="rowKindCombo")
        self.row_kind.addItem("", "participant")
        self.row_kind.addItem("", "group")
        self.row_kind_label = QLabel()
        self.table = QTableView(objectName="summaryTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(170)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        wrap_header(self.table)
        compact_rows(self.table, 4)
        self.table.selectionModel().currentChanged.connect(self._on_current)
        self.cell_label = QLabel(objectName="summaryCellLabel")
        self.cell_label.setWordWrap(True)
        self.segments = SegmentList(panel.selection)
        self.segments.setObjectName("summarySegments")
        self.editor_label = QLabel()
        self.editor = QPlainTextEdit(objectName="summaryEditor")
        self.editor.textChanged.connect(self._on_typed)
        self.saved = QLabel(objectName="summaryStatus")
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self._layout()
        self.row_kind.currentIndexChanged.connect(self._on_row_kind)
        self._show_cell()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.row_kind_label)
        bar.addWidget(self.row_kind)
        bar.addStretch(1)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.cell_label)
        column.addWidget(self.segments, 3)
        head = QHBoxLayout()
        head.addWidget(self.editor_label, 1)
        head.addWidget(self.saved)
        column.addLayout(head)
        column.addWidget(self.editor, 2)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.row_kind_label.setText(self.tr("Rows:"))
        self.row_kind.setItemText(0, self.tr("Participants"))
        self.row_kind.setItemText(1, self.tr("Stakeholder groups"))
        self.editor_label.setText(self.tr("Summary (saved as you type):"))
        self.editor.setPlaceholderText(self.tr("Summarise these segments in your own words…"))
        self.model.lang = self.panel.lang
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(self.model.columnCount() - 1, 0))
        self._show_cell()

    # -- refreshing ------------------------------------------------------------------

    def reset(self) -> None:
        self.timer.stop()
        self.cell = None
        self.model.set_grid(None, None, self.panel.lang)
        self._show_cell()

    def refresh(self) -> None:
        project, evidence = self.panel.project, self.panel.evidence()
        if project is None or evidence is None:
            self.reset()
            return
        self.flush()  # the cell may leave the grid (level changed): keep what was typed
        kind = self.row_kind.currentData()
        grid = summary_grid(evidence, project.evaluation.summaries(kind), kind,
                            self.panel.level)
        keep = self.cell
        self.model.set_grid(grid, evidence, self.panel.lang)
        index = self.model.index_of(keep[0], keep[2]) if keep else QModelIndex()
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.cell = keep if index.isValid() else None
        self._show_cell()

    def _on_row_kind(self, _index: int) -> None:
        self.flush()
        self.cell = None
        self.refresh()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cell = self.model.cell(current) if current.isValid() else None
        if cell == self.cell:
            return
        self.flush()
        self.cell = cell
        self.saved.setText("")
        self._show_cell()

    def select_cell(self, key: str, code_id: int) -> None:
        index = self.model.index_of(key, code_id)
        self.table.setCurrentIndex(index)

    def _show_cell(self) -> None:
        cell, grid = self.cell, self.model.grid
        self.editor.setEnabled(cell is not None)
        if cell is None or grid is None:
            self.cell_label.setText(self.tr("Select a cell to see its segments and write "
                                            "its summary."))
            self._set_editor("")
            self.segments.clear()
            self.saved.setText("")
            return
        key, value, code_id = cell
        row = self.tr("Column summary") if value is None else next(
            r.label for r in grid.rows if r.key == key)
        column = self.tr("Row summary") if code_id == ROW_SUMMARY else (
            self.panel.code_label(code_id))
        self.cell_label.setText(f"<b>{row}</b> × <b>{column}</b>")
        self._set_editor(grid.summary(key, code_id))
        ids = [] if value is None and code_id == ROW_SUMMARY else cell_segments(
            self.model.evidence, grid, value, code_id)
        self.segments.show_segments(self.panel.project, ids)

    def _set_editor(self, text: str) -> None:
        if self.editor.toPlainText() == text:
            return
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)

    # -- saving ----------------------------------------------------------------------

    def _on_typed(self) -> None:
        if self.cell is not None:
            self.saved.setText(self.tr("Editing…"))
            self.timer.start()

    def save(self) -> None:
        """Store the editor's text for the current cell (one undoable action)."""
        self.timer.stop()
        cell, grid, project = self.cell, self.model.grid, self.panel.project
        if cell is None or grid is None or project is None:
            return
        key, _value, code_id = cell
        text = self.editor.toPlainText()
        if text == grid.summary(key, code_id):
            self.saved.setText(self.tr("Saved"))
            return
        kind = grid.row_kind
        self.model.set_summary(key, code_id, text)
        self.panel.bridge.run(self.tr("Write summary"), lambda p: p.evaluation.set_summary(
            kind, key, code_id, text), origin=self)
        self.saved.setText(self.tr("Saved"))

    def flush(self) -> None:
        if self.timer.isActive():
            self.save()
