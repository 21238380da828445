"""The retrieval panel: every segment coded with the codes selected in the codebook.

Follows `selection.codes_selected`; "include sub-codes" widens the query to the codes
below them. Rows come from `storage.retrieval.segment_rows` (one join), shown in the
`segmentTable` with combos filtering by participant, stakeholder group, technique,
valence and coder and a free-text filter. Clicking or activating a row emits
`selection.source_selected(source_id)` then `selection.segment_requested(segment_id)`
so the text panel opens the source at that segment. Reloads on `bridge.changed` when
segments, codes, sources or participants change, keeping the current row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.retrieval.model import (
    CODER,
    GROUP,
    PARTICIPANT,
    SEGMENT_ID_ROLE,
    SOURCE_ID_ROLE,
    TECHNIQUE,
    TEXT,
    VALENCE,
    SegmentFilterProxy,
    SegmentTableModel,
)
from storage import Kind
from storage.kinds import CODED_EVIDENCE
from storage.retrieval import segment_rows

FILTER_COLUMNS = (PARTICIPANT, GROUP, TECHNIQUE, VALENCE, CODER)
_FILTER_NAMES = {PARTICIPANT: "participantFilter", GROUP: "groupFilter",
                 TECHNIQUE: "techniqueFilter", VALENCE: "valenceFilter", CODER: "coderFilter"}
_WATCHED = (*CODED_EVIDENCE, Kind.CODES, Kind.SOURCES, Kind.SOURCE_TEXT, Kind.PARTICIPANTS,
            Kind.SOURCE_LINKS, Kind.GROUPS)


MAX_COLUMN_WIDTH = 200


class RetrievalPanel(QWidget):
    """Segments of the selected codes, filterable; see the module docstring."""

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("retrievalPanel")
        self.bridge = bridge
        self.selection = selection
        self.code_ids: list[int] = []
        self.model = SegmentTableModel(self)
        self.proxy = SegmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.include_subcodes = QCheckBox(objectName="includeSubcodes")
        self.include_subcodes.setChecked(True)
        self.text_filter = QLineEdit(objectName="segmentFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.combos = {column: QComboBox(objectName=name)
                       for column, name in _FILTER_NAMES.items()}
        self.summary = QLabel(objectName="retrievalSummary")
        self.table = QTableView(objectName="segmentTable")
        self._setup_table()
        self._layout()
        self.include_subcodes.toggled.connect(lambda _on: self.reload())
        self.text_filter.textChanged.connect(self._on_text_filter)
        for column, combo in self.combos.items():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(
                lambda _i, c=column: self._on_combo(c))
        selection.codes_selected.connect(self.show_codes)
        bridge.changed.connect(self._on_changed)
        bridge.project_opened.connect(lambda _p: self.show_codes([]))
        bridge.project_closing.connect(lambda: self.show_codes([]))
        self.retranslate_ui()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(900, 240)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.clicked.connect(self.open_row)
        table.activated.connect(self.open_row)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.include_subcodes)
        filters = QHBoxLayout()
        self._combo_labels = {}
        for column, combo in self.combos.items():
            label = QLabel()
            label.setBuddy(combo)
            self._combo_labels[column] = label
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addWidget(self.text_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def retranslate_ui(self) -> None:
        self.include_subcodes.setText(self.tr("Include sub-codes"))
        self.include_subcodes.setToolTip(self.tr("Also list segments coded with the codes "
                                                 "below the selected ones"))
        self.text_filter.setPlaceholderText(self.tr("Filter by text…"))
        names = {PARTICIPANT: self.tr("Participant:"), GROUP: self.tr("Group:"),
                 TECHNIQUE: self.tr("Technique:"), VALENCE: self.tr("Valence:"),
                 CODER: self.tr("Coder:")}
        for column, label in self._combo_labels.items():
            label.setText(names[column])
        self.model.set_language(i18n.current_language())
        self._fill_combos()
        self._update_summary()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------

    def show_codes(self, code_ids) -> None:
        """List the segments of these codes (from the codebook's selection)."""
        self.code_ids = [int(i) for i in code_ids]
        self.reload()

    def reload(self) -> None:
        project = self.bridge.project
        current = self.current_segment_id()
        rows = [] if project is None else segment_rows(
            project, self.code_ids, self.include_subcodes.isChecked())
        self.model.set_rows(rows)
        self._fill_combos()
        self._update_summary()
        if current is not None:
            self.select_segment(current)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns fit their contents, but no column but the text takes over the row."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            if column != TEXT and header.sectionSize(column) > MAX_COLUMN_WIDTH:
                header.resizeSection(column, MAX_COLUMN_WIDTH)

    def _on_changed(self, change) -> None:
        if self.code_ids and change.affects(*_WATCHED):
            self.reload()

    def _fill_combos(self) -> None:
        for column, combo in self.combos.items():
            chosen = combo.currentData()
            values = sorted({self.model.value(r, column) for r in self.model.rows},
                            key=str.casefold)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(self.model.shown(column, value) or self.tr("(none)"), value)
            at = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)
            self.proxy.set_filter(column, combo.currentData())

    def _on_combo(self, column: int) -> None:
        self.proxy.set_filter(column, self.combos[column].currentData())
        self._update_summary()

    def _on_text_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_summary()

    def set_filter(self, column: int, value: str | None) -> None:
        """Choose a filter value programmatically (None: all)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def _update_summary(self) -> None:
        if not self.code_ids:
            self.summary.setText(self.tr("Select codes in the codebook to list their "
                                         "segments."))
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%n segment(s)", "", total)
        if shown != total:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", text)
        self.summary.setText(text)

    # -- rows ----------------------------------------------------------------------------

    def current_segment_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(SEGMENT_ID_ROLE) if index.isValid() else None

    def select_segment(self, segment_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(SEGMENT_ID_ROLE) == segment_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def open_row(self, index) -> None:
        """Show the segment of this row in the text panel."""
        if not index.isValid():
            return
        self.selection.source_selected.emit(index.data(SOURCE_ID_ROLE))
        self.selection.segment_requested.emit(index.data(SEGMENT_ID_ROLE))

    def _context_menu(self, point) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Show in text"), lambda: self.open_row(index))
        segment_id = index.data(SEGMENT_ID_ROLE)
        if segment_id > 0:          # a coded image region (negative id) takes no memo here
            menu.addAction(self.tr("Memo on this segment"),
                           lambda: self.selection.memo_requested.emit("segment", segment_id))
        menu.exec(self.table.viewport().mapToGlobal(point))
