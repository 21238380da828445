"""The Matrix and Co-occurrence tabs: codes crossed with a dimension, or with each other.

The Matrix tab crosses the codes of the current level with stakeholder groups,
techniques, participants or sources (`analysis.crosstab`); cells show the number of
segments or the first coded passages, optionally heat-coloured. A "(no participant)"
column appears when some segments have no participant. The Co-occurrence tab shows
`analysis.cooccurrence` (overlapping segments of two codes in one source). Clicking a
cell lists its segments beside the table; activating one opens it in the text panel.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from analysis import cooccurrence, crosstab
from analysis.evidence import DIMENSIONS, Column
from analysis.matrix import cell_samples, cell_segments
from gui.evaluation.common import (
    Page,
    SegmentList,
    compact_rows,
    heat_colour,
    one_line,
    technique_label,
    wrap_header,
)
from gui.i18n import translated
from storage.facts import segment_details

_ROOT = QModelIndex()
HEADER_CHARS = 60


class MatrixModel(QAbstractTableModel):
    """A `analysis.Matrix` as a table; rows are codes, columns dimension values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix = None
        self.evidence = None
        self.rows: list[int] = []
        self.cols: list[Column] = []
        self.texts: dict[tuple, str] | None = None
        self.heat = True
        self.lang = "id"
        self._max = 0

    def set_matrix(self, matrix, evidence, lang: str, *, hide_empty: bool = False,
                   texts: dict | None = None) -> None:
        self.beginResetModel()
        self.matrix, self.evidence, self.lang, self.texts = matrix, evidence, lang, texts
        self.cols = list(matrix.cols) if matrix else []
        self.rows = list(matrix.rows) if matrix else []
        if matrix and matrix.dimension in ("participant", "stakeholder_group") and any(
                matrix.unassigned(r) for r in self.rows):
            self.cols.append(Column(None, "", ""))
        if matrix and hide_empty:
            self.rows = [r for r in self.rows if any(self.count(r, c.value) for c in self.cols)]
            if matrix.dimension == "code":
                kept = set(self.rows)
                self.cols = [c for c in self.cols if c.value in kept]
        self._max = max((self.count(r, c.value) or 0 for r in self.rows for c in self.cols),
                        default=0)
        self.endResetModel()

    def set_heat(self, heat: bool) -> None:
        self.heat = heat
        if self.rows and self.cols:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.cols) - 1))

    def count(self, code_id: int, value) -> int | None:
        if value is None and self.matrix.dimension != "code":
            return self.matrix.unassigned(code_id)
        return self.matrix.count(code_id, value)

    def cell(self, index: QModelIndex) -> tuple[int, object]:
        return self.rows[index.row()], self.cols[index.column()].value

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.cols)

    def column_label(self, column: Column) -> str:
        if column.value is None:
            return self.tr("(no participant)")
        if self.matrix.dimension == "technique":
            return technique_label(column.key)
        if self.matrix.dimension == "code":
            return self.evidence.label(column.value, self.lang)
        return column.label

    def row_label(self, code_id: int) -> str:
        depth = 0
        if self.matrix.level in ("all", "direct"):
            depth = self.evidence.depth[code_id]
        return "   " * depth + self.evidence.label(code_id, self.lang)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if not 0 <= section < (len(self.cols) if horizontal else len(self.rows)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if horizontal:
                return one_line(self.column_label(self.cols[section]), HEADER_CHARS)
            return self.row_label(self.rows[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            if horizontal:
                return self.column_label(self.cols[section])
            return self.evidence.key(self.rows[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)
                                       and 0 <= index.column() < len(self.cols)):
            return None
        code_id, value = self.cell(index)
        count = self.count(code_id, value)
        if role == Qt.ItemDataRole.DisplayRole:
            if count is None:
                return "–"
            if not count and self.matrix.dimension == "code":
                return ""
            if self.texts is not None:
                return self.texts.get((code_id, value), "")
            return str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.texts is None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.heat and count:
            return heat_colour(count, self._max)
        if role == Qt.ItemDataRole.ForegroundRole and not count:
            return QColor("#bdbdbd")
        if role == Qt.ItemDataRole.ToolTipRole and count is not None:
            return self.tr("%1 × %2: %n segment(s)", "", count).replace(
                "%1", self.evidence.label(code_id, self.lang)).replace(
                "%2", self.column_label(self.cols[index.column()]))
        return None


class MatrixTab(Page):
    """Matrix (or co-occurrence) table with a list of the clicked cell's segments."""

    def __init__(self, panel, cooccurrence: bool = False):
        super().__init__(panel)
        self.is_cooccurrence = cooccurrence
        self.setObjectName("cooccurrenceTab" if cooccurrence else "matrixTab")
        self.model = MatrixModel(self)
        self.dimension = QComboBox(objectName="dimensionCombo")
        for dimension in DIMENSIONS:
            self.dimension.addItem("", dimension)
        self.values = QComboBox(objectName="valuesCombo")
        self.values.addItems(["", ""])
        self.heat = QCheckBox(objectName="heatCheck", checked=True)
        self.hide_empty = QCheckBox(objectName="hideEmpty", checked=cooccurrence)
        self.dimension_label, self.values_label = QLabel(), QLabel()
        self.table = QTableView(objectName="cooccurrenceTable" if cooccurrence else
                                "matrixTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                        | Qt.AlignmentFlag.AlignVCenter)
        wrap_header(self.table)
        compact_rows(self.table)
        self.table.clicked.connect(self.show_cell)
        self.table.activated.connect(self.show_cell)
        self.cell_label = QLabel(objectName="cellLabel")
        self.cell_label.setWordWrap(True)
        self.segments = SegmentList(panel.selection)
        self.segments.setObjectName("cellSegments")
        self._layout()
        self.dimension.currentIndexChanged.connect(lambda _i: self.refresh())
        self.values.currentIndexChanged.connect(lambda _i: self.refresh())
        self.hide_empty.toggled.connect(lambda _on: self.refresh())
        self.heat.toggled.connect(self.model.set_heat)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.dimension_label, self.dimension, self.values_label, self.values):
            bar.addWidget(widget)
            widget.setVisible(not self.is_cooccurrence)
        bar.addWidget(self.heat)
        bar.addWidget(self.hide_empty)
        bar.addStretch(1)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.cell_label)
        column.addWidget(self.segments, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.dimension_label.setText(self.tr("Columns:"))
        names = {"stakeholder_group": self.tr("Stakeholder groups"),
                 "technique": self.tr("Techniques"), "participant": self.tr("Participants"),
                 "source": self.tr("Sources")}
        for index, dimension in enumerate(DIMENSIONS):
            self.dimension.setItemText(index, names[dimension])
        self.values_label.setText(self.tr("Cells:"))
        self.values.setItemText(0, self.tr("Number of segments"))
        self.values.setItemText(1, self.tr("Coded text"))
        self.heat.setText(self.tr("Heat colouring"))
        self.hide_empty.setText(self.tr("Hide codes without overlaps") if self.is_cooccurrence
                                else self.tr("Hide rows without segments"))
        self.model.lang = self.panel.lang
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(self.model.columnCount() - 1, 0))
        self._show_hint()

    def _show_hint(self) -> None:
        self.cell_label.setText(self.tr("Click a cell to list its segments."))

    def reset(self) -> None:
        self.model.set_matrix(None, None, self.panel.lang)
        self.segments.clear()
        self._show_hint()

    def refresh(self) -> None:
        project, evidence = self.panel.project, self.panel.evidence()
        if project is None or evidence is None:
            self.reset()
            return
        level = self.panel.level
        if self.is_cooccurrence:
            matrix = cooccurrence(evidence, level)
        else:
            matrix = crosstab(evidence, self.dimension.currentData(), level)
        texts = self._texts(project, evidence, matrix) if self.show_text else None
        self.model.set_matrix(matrix, evidence, self.panel.lang,
                              hide_empty=self.hide_empty.isChecked(), texts=texts)
        width = 260 if texts is not None else 120
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, width)
        if texts is not None:
            self.table.resizeRowsToContents()
        else:
            compact_rows(self.table)
        self.segments.clear()
        self._show_hint()

    @property
    def show_text(self) -> bool:
        return not self.is_cooccurrence and self.values.currentIndex() == 1

    def _texts(self, project, evidence, matrix) -> dict[tuple, str]:
        samples = cell_samples(evidence, matrix)
        details = {d.id: d for d in segment_details(
            project, [i for ids in samples.values() for i in ids])}
        texts = {}
        for cell, ids in samples.items():
            lines = [f"• {one_line(translated(details[i].text), 90)}"   # regions: translated
                     for i in ids if i in details]
            more = matrix.counts[cell[0]][cell[1]] - len(ids)
            if more > 0:
                lines.append(self.tr("(+%n more)", "", more))
            texts[cell] = "\n".join(lines)
        return texts

    def show_cell(self, index: QModelIndex) -> None:
        """List the segments counted in the clicked cell."""
        evidence, project = self.model.evidence, self.panel.project
        if not index.isValid() or evidence is None or project is None:
            return
        code_id, value = self.model.cell(index)
        if self.model.count(code_id, value) is None:
            return
        ids = cell_segments(evidence, self.model.matrix, code_id, value)
        self.cell_label.setText(self.tr("%1 × %2: %n segment(s)", "", len(ids)).replace(
            "%1", evidence.label(code_id, self.panel.lang)).replace(
            "%2", self.model.column_label(self.model.cols[index.column()])))
        self.segments.show_segments(project, ids)

    def cell_segment_ids(self, row: int, column: int) -> list[int]:
        """The segments of a cell as the side list would show them (for tests)."""
        self.show_cell(self.model.index(row, column))
        return self.segments.segment_ids()
