"""The Indicator board tab: the board table and, for the selected indicator, its
conclusion, key quotes and the audit trail of its verdicts.

The verdict is chosen in the table (combo delegate). The conclusion is written beside
the table and saved with its button, when another indicator is selected, and on
close (`flush`); each save is one undoable action and one audit-trail row. Key quotes
are picked from the segments that count for the indicator (its own and its
sub-indicators' at rolled-up levels). History lists every verdict change with who and
when, newest first. "New verdict option…" extends the study's list of verdicts;
"Print board…" previews the verdict table for paper or PDF (`board_print`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from analysis import board, load_triangulation
from gui.evaluation.board import (
    CODE_ID_ROLE,
    INDICATOR,
    PERIOD,
    VERDICT,
    BoardModel,
    VerdictDelegate,
)
from gui.evaluation.board_print import print_board
from gui.evaluation.common import (
    Page,
    SegmentList,
    compact_rows,
    moment,
    verdict_colour,
    wrap_header,
)
from gui.evaluation.dialogs import VerdictOptionDialog
from gui.evaluation.verdict_options import VerdictOptionsDialog


class BoardTab(Page):
    """See the module docstring."""

    def __init__(self, panel):
        super().__init__(panel)
        self.setObjectName("boardTab")
        self.code_id: int | None = None
        self.dirty = False  # the conclusion editor holds unsaved text
        self.sized = False  # column widths fitted to the contents
        self.model = BoardModel(panel.bridge, self)
        self.table = QTableView(objectName="boardTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(VERDICT, VerdictDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        wrap_header(self.table, 2)
        compact_rows(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.title = QLabel(objectName="boardTitle")
        self.title.setWordWrap(True)
        self.conclusion_label = QLabel()
        self.conclusion = QPlainTextEdit(objectName="conclusionEditor")
        self.conclusion.textChanged.connect(self._on_typed)
        self.save_button = QPushButton(objectName="saveConclusion")
        self.save_button.clicked.connect(self.save_conclusion)
        self.judged = QLabel(objectName="judgedBy")
        self.quotes = SegmentList(self.panel.selection)
        self.quotes.setObjectName("keyQuotes")
        self.segments = SegmentList(self.panel.selection)
        self.segments.setObjectName("indicatorSegments")
        self.remove_button = QPushButton(objectName="removeQuote")
        self.add_button = QPushButton(objectName="addQuote")
        self.remove_button.clicked.connect(lambda: self._choose(self.quotes, False))
        self.add_button.clicked.connect(lambda: self._choose(self.segments, True))
        self.history = QTableWidget(0, 4, objectName="verdictHistory")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.detail = QTabWidget(objectName="boardDetail")
        self.detail.addTab(_with_button(self.quotes, self.remove_button), "")
        self.detail.addTab(_with_button(self.segments, self.add_button), "")
        self.detail.addTab(self.history, "")
        self.legend = QLabel(objectName="verdictLegend")
        self.new_verdict = QPushButton(objectName="newVerdict")
        self.new_verdict.clicked.connect(lambda: self.add_verdict_option())
        self.edit_verdicts = QPushButton(objectName="editVerdicts")
        self.edit_verdicts.clicked.connect(self.edit_verdict_options)
        self.print_button = QPushButton(objectName="printBoard")
        self.print_button.clicked.connect(lambda: self.print_board())
        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.new_verdict)
        top.addWidget(self.edit_verdicts)
        top.addWidget(self.print_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        # laid out side by side (see _detail_pane), the details need no more height than
        # the other evaluation tabs, so they shrink with the dock instead of scrolling
        splitter.addWidget(self._detail_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._show_detail()

    def _detail_pane(self) -> QWidget:
        right = QWidget()
        right.setMinimumWidth(300)
        buttons = QHBoxLayout()
        buttons.addWidget(self.judged, 1)
        buttons.addWidget(self.save_button)
        # the conclusion beside the quotes/segments/history tabs, not above them, so a
        # low bottom dock (a 768-pixel screen) still shows Save and the tabs
        column = QVBoxLayout()
        column.addWidget(self.conclusion_label)
        column.addWidget(self.conclusion, 1)
        column.addLayout(buttons)
        row = QHBoxLayout()
        row.addLayout(column, 1)
        row.addWidget(self.detail, 1)
        outer = QVBoxLayout(right)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.title)
        outer.addLayout(row, 1)
        return right

    def retranslate_ui(self) -> None:
        self.conclusion_label.setText(self.tr("Conclusion:"))
        self.conclusion.setPlaceholderText(self.tr("Write the conclusion for this indicator: "
                                                   "what the evidence shows, where it "
                                                   "disagrees, and why the verdict."))
        self.save_button.setText(self.tr("Save conclusion"))
        self.remove_button.setText(self.tr("Remove from key quotes"))
        self.add_button.setText(self.tr("Add as key quote"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"),
                                                self.tr("Verdict"), self.tr("Conclusion")])
        self.new_verdict.setText(self.tr("New verdict option…"))
        self.edit_verdicts.setText(self.tr("Verdict options…"))
        self.print_button.setText(self.tr("Print board…"))
        self.print_button.setToolTip(self.tr("The verdict table grouped by framework and "
                                             "dimension, to print or save as PDF"))
        self.sized = False
        self.model.retranslate(self.panel.lang)
        self._show_title()
        self._show_tab_counts()
        self._show_legend()

    def _show_legend(self) -> None:
        chips = [f"<span style='background:{verdict_colour(o.key).name()}'>&nbsp;"
                 f"{html.escape(o.label(self.panel.lang))}&nbsp;</span>"
                 for o in self.model.options]
        self.legend.setText(self.tr("Verdicts:") + " " + " ".join(chips) + "  "
                            + self.tr("(double-click a verdict cell to change it)"))

    def _show_tab_counts(self) -> None:
        row = self._current_row()
        counts = (len(row.key_quotes), row.segments, self.history.rowCount()) if row else (
            0, 0, 0)
        names = (self.tr("Key quotes (%1)"), self.tr("Segments (%1)"), self.tr("History (%1)"))
        for index, (name, count) in enumerate(zip(names, counts, strict=True)):
            self.detail.setTabText(index, name.replace("%1", str(count)))

    # -- refreshing ------------------------------------------------------------------

    def reset(self) -> None:
        self.code_id = None
        self.model.set_rows([], None, [], self.panel.lang)
        self._show_detail()

    def refresh(self) -> None:
        project, evidence = self.panel.project, self.panel.evidence()
        if project is None or evidence is None:
            self.reset()
            return
        self.flush()  # the indicator may leave the board (level changed)
        keep = self.code_id
        rows = board(evidence, project.evaluation.judgements(),
                     project.evaluation.all_key_quotes(), self.panel.level)
        kinds = {r.code_id: r.kinds
                 for r in load_triangulation(project, evidence, self.panel.level)}
        self.model.set_rows(rows, evidence, project.evaluation.verdict_options(),
                            self.panel.lang, self.panel.level, kinds)
        self._show_legend()
        if not self.sized:  # first time and after a language change; then the user's
            self.sized = True
            self._size_columns()
        at = self.model.row_of(keep) if keep is not None else -1
        self.select_row(at if at >= 0 else self.model.first_row())
        if self.code_id == keep:  # otherwise selecting the row has shown it already
            self._show_detail()

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(INDICATOR, min(self.table.columnWidth(INDICATOR), 340))
        self.table.setColumnWidth(VERDICT, max(self.table.columnWidth(VERDICT), 110))
        for column in range(VERDICT + 1, PERIOD):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 100))

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, INDICATOR))

    def select_code(self, code_id: int) -> None:
        self.select_row(self.model.row_of(code_id))

    def _on_current(self, current, _previous) -> None:
        code_id = current.data(CODE_ID_ROLE) if current.isValid() else None
        if code_id != self.code_id:
            self.flush()
            self.code_id = code_id
            self._show_detail()

    def _current_row(self):
        at = self.model.row_of(self.code_id) if self.code_id is not None else -1
        return self.model.rows[at] if at >= 0 else None

    def _show_title(self) -> None:
        row = self._current_row()
        self.title.setText(f"<b>{self.panel.code_label(row.code_id)}</b><br>"
                           f"<small style='color:#757575'>{row.key}</small>" if row else
                           self.tr("Select an indicator to write its conclusion and choose "
                                   "key quotes."))

    def _show_detail(self) -> None:
        row, project = self._current_row(), self.panel.project
        self._show_title()
        self.conclusion.blockSignals(True)
        self.conclusion.setPlainText(row.conclusion if row else "")
        self.conclusion.blockSignals(False)
        self.dirty = False
        self.conclusion.setEnabled(row is not None)
        self.judged.setText(self.tr("Last judged by %1 on %2").replace(
            "%1", row.judged_by).replace("%2", moment(row.judged_at))
            if row and row.judged_by else "")
        evidence = self.panel.evidence() if row is not None else None  # read when needed
        if row is None or project is None or evidence is None:
            self.quotes.clear()
            self.segments.clear()
            self.history.setRowCount(0)
            self._show_tab_counts()
        else:
            self.quotes.show_segments(project, row.key_quotes)
            self.segments.show_segments(project, evidence.segment_ids(row.code_id,
                                                                      self.panel.level))
            self._show_history(project.evaluation.history(row.code_id))
        self._show_tab_counts()
        self._update_buttons()

    def _show_history(self, entries: list[dict]) -> None:
        self.history.setRowCount(len(entries))
        for at, entry in enumerate(reversed(entries)):
            values = (moment(entry["at"]), entry["author"],
                      self.model.verdict_label(entry["verdict"]), entry["conclusion"])
            for column, value in enumerate(values):
                item = QTableWidgetItem(value or "")
                item.setToolTip(value or "")
                self.history.setItem(at, column, item)
        self.history.resizeColumnsToContents()

    def _on_typed(self) -> None:
        self.dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty)
        has_row = self._current_row() is not None
        self.add_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)

    # -- writing ---------------------------------------------------------------------

    def save_conclusion(self) -> None:
        row = self._current_row()
        if row is None or self.panel.project is None:
            return
        text = self.conclusion.toPlainText()
        self.dirty = False
        self._update_buttons()
        if text == row.conclusion:
            return
        row.conclusion = text
        self.panel.bridge.run(self.tr("Write conclusion"), lambda project: (
            project.evaluation.set_judgement(row.code_id, conclusion=text)))

    def flush(self) -> None:
        if self.dirty:
            self.save_conclusion()

    def add_verdict_option(self, values: tuple[str, str, str] | None = None) -> None:
        """Add a verdict option (asks for its labels unless `values` are given)."""
        if self.panel.project is None:
            return
        if values is None:
            dialog = VerdictOptionDialog({o.key for o in self.model.options}, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        key, label_en, label_id = values
        self.panel.bridge.run(self.tr("Add verdict option"), lambda project: (
            project.evaluation.add_verdict_option(key, label_en, label_id)))

    def edit_verdict_options(self) -> VerdictOptionsDialog | None:
        """Open the dialog that renames, reorders and removes verdict options."""
        if self.panel.project is None:
            return None
        dialog = VerdictOptionsDialog(self.panel.bridge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def board_title(self) -> str:
        project = self.panel.project
        study = project.study.get().title if project is not None else ""
        return self.tr("Indicator board") + (f": {study}" if study else "")

    def print_board(self):
        """The print preview of the verdict table (returns the dialog, or None)."""
        if self.panel.project is None:
            return None
        return print_board(self.model, self.board_title(), self)

    def _choose(self, listing: SegmentList, chosen: bool) -> None:
        row = self._current_row()
        ids = [i for i in listing.selected_segment_ids() if i > 0]  # not image regions
        if row is None or not ids:
            return
        label = self.tr("Choose key quote") if chosen else self.tr("Drop key quote")
        code_id = row.code_id

        def work(project) -> None:
            for segment_id in ids:
                project.evaluation.set_key_quote(code_id, segment_id, chosen)
        self.panel.bridge.run(label, work)


def _with_button(listing: SegmentList, button: QPushButton) -> QWidget:
    page = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(2, 2, 2, 2)
    layout.addWidget(listing, 1)
    layout.addLayout(row)
    return page
