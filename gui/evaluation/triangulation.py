"""The Triangulation tab: per indicator, its evidence by technique, stakeholder group
and time, flags as coloured badges, whether the study's rule calls it triangulated, and
a separate result for each kind of triangulation chosen in Study properties.

The table shows `analysis.triangulation` rows grouped under framework and dimension
headings; below it, for the selected indicator, three small tables break its segments
down by technique, by group (supporting, contradicting and a short quote each, side by
side) and by source date. "Rule…" edits the study's triangulation rule
(`dialogs.RuleDialog`), saved in the project as one undoable action.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from analysis import TriangulationRule, load_triangulation, save_rule, voices
from analysis.stats import timeline
from analysis.triangulation import load_rule
from exporters.textutil import mark_cuts
from gui.evaluation.common import (
    FLAG_COLOURS,
    Page,
    compact_rows,
    flag_label,
    flag_tooltip,
    kind_label,
    technique_label,
)
from gui.evaluation.dialogs import RuleDialog
from gui.evaluation.grouping import HEADING_FLAGS, Heading, grouped, heading_data
from gui.i18n import translated
from storage.facts import segment_details
from storage.models import TECHNIQUES

INDICATOR, SEGMENTS, TECHNIQUE_COL, GROUPS, TIME, FLAGS_COL, STATUS, KINDS_COL = range(8)
COLUMN_COUNT = 8
QUOTE_WORDS = 14
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 20
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 21
_ROOT = QModelIndex()


class TriangulationModel(QAbstractTableModel):
    """Triangulation rows of one level."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.evidence = None
        self.lang = "id"

    def set_rows(self, rows, evidence, lang: str, level: str = "indicators") -> None:
        self.beginResetModel()
        self.rows, self.evidence, self.lang = grouped(rows, evidence, lang, level), evidence, lang
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < COLUMN_COUNT):
            return None
        return [self.tr("Indicator"), self.tr("Segments (+/−)"), self.tr("Techniques"),
                self.tr("Groups"), self.tr("Time"), self.tr("Flags"),
                self.tr("Triangulated"), self.tr("By kind")][section]

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.rows[index.row()], Heading):
            return HEADING_FLAGS
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def first_row(self) -> int:
        return next((i for i, r in enumerate(self.rows) if not isinstance(r, Heading)), -1)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if isinstance(row, Heading):
            return heading_data(row, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CODE_ID_ROLE:
            return row.code_id
        if role == FLAGS_ROLE and column == FLAGS_COL:
            return list(row.flags)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FLAGS_COL:
                return "\n".join(flag_tooltip(f) for f in row.flags) or None
            if column == GROUPS:
                return ", ".join(row.groups) or None
            return row.key if column == INDICATOR else None
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QColor("#2e7d32") if row.triangulated else QColor("#9e9e9e")
        if role == Qt.ItemDataRole.ForegroundRole and not row.stats.has_evidence:
            return QColor("#9e9e9e")
        return None

    def _display(self, row, column: int) -> str:
        stats = row.stats
        if column == INDICATOR:
            return self.evidence.label(row.code_id, self.lang)
        if column == SEGMENTS:
            return f"{stats.segments}  (+{stats.supporting} / −{stats.contradicting})"
        if column == TECHNIQUE_COL:
            return ", ".join(technique_label(k) for k in stats.techniques)
        if column == GROUPS:
            return self.tr("%1 of %2").replace("%1", str(len(row.groups))).replace(
                "%2", str(len(self.evidence.groups)))
        if column == TIME:
            if not stats.dates:
                return ""
            return self.tr("%n date(s)", "", len(stats.dates)) + (
                f": {stats.first_date} – {stats.last_date}" if len(stats.dates) > 1 else
                f": {stats.first_date}")
        if column == FLAGS_COL:
            return ", ".join(flag_label(f) for f in row.flags)
        if column == KINDS_COL:
            return "  ".join(f"{kind_label(k)} {'✓' if r.met else '✗'}"
                             for k, r in row.kinds.items())
        if not stats.has_evidence:
            return self.tr("no evidence")
        return "✓ " + self.tr("yes") if row.triangulated else "✗ " + self.tr("no")


class FlagDelegate(QStyledItemDelegate):
    """Paints the flags of a row as small coloured badges."""

    def paint(self, painter: QPainter, option, index) -> None:
        flags = index.data(FLAGS_ROLE) or []
        if not flags:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        x = option.rect.x() + 3
        height = metrics.height() + 2
        y = option.rect.y() + (option.rect.height() - height) / 2
        for flag in flags:
            text = flag_label(flag)
            width = metrics.horizontalAdvance(text) + 10
            rect = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(FLAG_COLOURS[flag]))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 (Qt override)
        size = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        width = sum(metrics.horizontalAdvance(flag_label(f)) + 14
                    for f in index.data(FLAGS_ROLE) or [])
        size.setWidth(max(size.width(), width + 6))
        return size


class TriangulationTab(Page):
    """See the module docstring."""

    def __init__(self, panel):
        super().__init__(panel)
        self.setObjectName("triangulationTab")
        self.rule = TriangulationRule()
        self.model = TriangulationModel(self)
        self.table = QTableView(objectName="triangulationTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FLAGS_COL, FlagDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        self.sized = False
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.rule_label = QLabel(objectName="ruleLabel")
        self.rule_button = QPushButton(objectName="ruleButton")
        self.rule_button.clicked.connect(self.edit_rule)
        self.breakdowns = [QTableWidget(0, columns, objectName=name) for name, columns in (
            ("byTechnique", 4), ("byGroup", 4), ("overTime", 3))]
        top = QHBoxLayout()
        top.addWidget(self.rule_label, 1)
        top.addWidget(self.rule_button)
        bottom = QSplitter()
        for table in self.breakdowns:
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            compact_rows(table)
            table.horizontalHeader().setStretchLastSection(table.columnCount() > 3)
            if table.columnCount() == 3:
                table.horizontalHeader().setSectionResizeMode(
                    0, QHeaderView.ResizeMode.Stretch)
            bottom.addWidget(table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.rule_button.setText(self.tr("Rule…"))
        heads = (self.tr("Technique"), self.tr("Stakeholder group"), self.tr("Source date"))
        for table, head in zip(self.breakdowns, heads, strict=True):
            table.setHorizontalHeaderLabels([head, "+", "−", self.tr("What it showed")][
                :table.columnCount()])
        self._show_rule()
        self.sized = False
        self.model.lang = self.panel.lang
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def _show_rule(self) -> None:
        rule = self.rule
        self.rule_label.setText(self.tr(
            "Triangulated: at least %1 technique(s), %2 stakeholder group(s) and %3 "
            "source date(s).").replace("%1", str(rule.min_techniques)).replace(
            "%2", str(rule.min_groups)).replace("%3", str(rule.min_dates)))

    def reset(self) -> None:
        self.model.set_rows([], None, self.panel.lang)
        self._show_detail()

    def refresh(self) -> None:
        project, evidence = self.panel.project, self.panel.evidence()
        if project is None or evidence is None:
            self.reset()
            return
        keep = self.current_code()
        self.rule = load_rule(project)
        self._show_rule()
        self.model.set_rows(load_triangulation(project, evidence, self.panel.level), evidence,
                            self.panel.lang, self.panel.level)
        if not self.sized:  # first time and after a language change; then the user's
            self.sized = True
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(INDICATOR, min(self.table.columnWidth(INDICATOR), 340))
        rows = [r.code_id for r in self.model.rows]
        at = rows.index(keep) if keep is not None and keep in rows else self.model.first_row()
        if at >= 0:
            self.table.selectRow(at)
        self._show_detail()

    def current_code(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CODE_ID_ROLE) if index.isValid() else None

    def _show_detail(self) -> None:
        evidence, code_id = self.model.evidence, self.current_code()
        row = next((r for r in self.model.rows
                    if code_id is not None and r.code_id == code_id), None)
        if row is None or evidence is None:
            for table in self.breakdowns:
                table.setRowCount(0)
            return
        stats = row.stats
        said = self._quotes(code_id)
        techniques = [(technique_label(k), *stats.technique_counts(k), said.get(k, ""))
                      for k in TECHNIQUES]
        groups = [(g.name, *stats.group_counts(g.id), said.get(g.name, ""))
                  for g in evidence.groups]
        if any(stats.group_counts(None)):
            groups.append((self.tr("(no participant)"), *stats.group_counts(None), ""))
        dates = [(d or self.tr("(undated)"), s, c)
                 for d, s, c in timeline(evidence, code_id, self.panel.level)]
        for table, rows in zip(self.breakdowns, (techniques, groups, dates), strict=True):
            table.setRowCount(len(rows))
            for at, values in enumerate(rows):
                for column, value in enumerate(values):
                    item = QTableWidgetItem(str(value))
                    item.setToolTip(str(value) if column == 3 else "")
                    if column in (1, 2):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                    if not values[1] and not values[2]:
                        item.setForeground(QColor("#9e9e9e"))
                    table.setItem(at, column, item)
            for column in range(table.columnCount() - 1):
                table.resizeColumnToContents(column)

    def _quotes(self, code_id: int) -> dict[str, str]:
        """A short quote per group and technique with evidence (what each said/showed)."""
        evidence, project = self.model.evidence, self.panel.project
        first = {}
        for kind in ("source", "technique"):
            for voice in voices(evidence, code_id, self.panel.level, kind):
                ids = voice.supporting or voice.contradicting
                first[voice.key] = ids[0]
        texts = {d.id: translated(d.text)       # a coded image region's description too
                 for d in segment_details(project, list(first.values()))}
        return {key: mark_cuts(texts.get(seg, ""), QUOTE_WORDS) for key, seg in first.items()}

    def edit_rule(self) -> None:
        if self.panel.project is None:
            return
        dialog = RuleDialog(self.rule, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_rule(dialog.rule())

    def apply_rule(self, rule: TriangulationRule) -> None:
        if rule != self.rule and self.panel.project is not None:
            self.panel.bridge.run(self.tr("Change triangulation rule"),
                                  lambda project: save_rule(project, rule))
