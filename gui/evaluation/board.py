"""The indicator board's table model and its verdict editor.

`BoardModel` shows `analysis.BoardRow`s: indicator (indented by depth at the
all-levels views), the verdict (coloured), segments, supporting, contradicting,
sources, participants, stakeholder groups, techniques, the period the sources cover,
the number of key quotes, the conclusion's first line and the result of each kind of
triangulation chosen in Study properties. The verdict column is
editable: `setData` with a verdict key runs `evaluation.set_judgement` as one undoable
action (the storage layer adds the audit-trail row). Rows are grouped under framework
and dimension heading rows (`grouping`). `VerdictDelegate` edits the verdict with a
`VerdictEditor`: arrow keys and the mouse wheel never change the verdict, they open
the list and move within it; only Enter or a click on an entry commits.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from gui.evaluation.common import (
    kind_label,
    moment,
    one_line,
    technique_label,
    verdict_colour,
)
from gui.evaluation.grouping import HEADING_FLAGS, Heading, grouped, heading_data

COLUMNS = ("indicator", "verdict", "segments", "supporting", "contradicting", "sources",
           "participants", "groups", "techniques", "period", "quotes", "conclusion",
           "triangulation")
(INDICATOR, VERDICT, SEGMENTS, SUPPORTING, CONTRADICTING, SOURCES, PARTICIPANTS, GROUPS,
 TECHNIQUES, PERIOD, QUOTES, CONCLUSION, TRIANGULATION) = range(len(COLUMNS))
NUMBERS = (SEGMENTS, SUPPORTING, CONTRADICTING, SOURCES, PARTICIPANTS, GROUPS, TECHNIQUES,
           QUOTES)
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 10
_ROOT = QModelIndex()


class BoardModel(QAbstractTableModel):
    """Board rows; replace them with `set_rows`."""

    def __init__(self, bridge, parent=None):
        super().__init__(parent)
        self.bridge = bridge
        self.rows: list = []
        self.evidence = None
        self.options: list = []
        self.kinds: dict = {}
        self.lang = "id"

    def set_rows(self, rows, evidence, options, lang: str, level: str = "indicators",
                 kinds: dict | None = None) -> None:
        """`kinds`: {code id: {kind: KindResult}} for the triangulation column."""
        self.beginResetModel()
        self.kinds = kinds or {}
        self.rows = grouped(rows, evidence, lang, level)
        self.evidence, self.options, self.lang = evidence, options, lang
        self.endResetModel()

    def board_rows(self) -> list:
        """The indicator rows (no headings)."""
        return [r for r in self.rows if not isinstance(r, Heading)]

    def first_row(self) -> int:
        """The first indicator row (after the headings), or -1."""
        return next((i for i, r in enumerate(self.rows) if not isinstance(r, Heading)), -1)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def row_of(self, code_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.code_id == code_id), -1)

    def verdict_label(self, key: str | None) -> str:
        option = next((o for o in self.options if o.key == key), None)
        return option.label(self.lang) if option else (key or "")

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Indicator"), self.tr("Verdict"), self.tr("Segments"), "+", "−",
                    self.tr("Sources"), self.tr("Participants"), self.tr("Groups"),
                    self.tr("Techniques"), self.tr("Period"), self.tr("Key quotes"),
                    self.tr("Conclusion"), self.tr("Triangulation")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {SUPPORTING: self.tr("Supporting segments"),
                    CONTRADICTING: self.tr("Contradicting segments"),
                    PERIOD: self.tr("First and last date of the sources"),
                    VERDICT: self.tr("Double-click to choose a verdict")}
            return tips.get(section)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.rows[index.row()], Heading):
            return HEADING_FLAGS
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == VERDICT else base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if isinstance(row, Heading):
            return heading_data(row, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return row.verdict if column == VERDICT else self._display(row, column)
        if role == CODE_ID_ROLE:
            return row.code_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == VERDICT:
            return verdict_colour(row.verdict)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row, column: int):
        stats = row.stats
        if column == INDICATOR:
            return "    " * row.depth + self.evidence.label(row.code_id, self.lang)
        values = {SEGMENTS: stats.segments, SUPPORTING: stats.supporting,
                  CONTRADICTING: stats.contradicting, SOURCES: len(stats.sources),
                  PARTICIPANTS: len(stats.participants), GROUPS: len(stats.group_ids),
                  TECHNIQUES: len(stats.techniques), QUOTES: len(row.key_quotes)}
        if column in values:
            return str(values[column])
        if column == PERIOD:
            if not stats.first_date:
                return ""
            if stats.first_date == stats.last_date:
                return stats.first_date
            return f"{stats.first_date} – {stats.last_date}"
        if column == VERDICT:
            return self.verdict_label(row.verdict)
        if column == TRIANGULATION:  # a result per kind chosen in Study properties
            return "  ".join(f"{kind_label(k)} {'✓' if r.met else '✗'}"
                             for k, r in self.kinds.get(row.code_id, {}).items())
        return one_line(row.conclusion, 120)

    def _foreground(self, row, column: int):
        if column == CONTRADICTING and row.stats.contradicting:
            return QColor("#b71c1c")
        if column != INDICATOR and row.stats.segments == 0 and column != VERDICT:
            return QColor("#9e9e9e")
        return None

    def _tooltip(self, row, column: int):
        if column == INDICATOR:
            return row.key
        if column == TECHNIQUES:
            return ", ".join(technique_label(k) for k in row.stats.techniques)
        if column == GROUPS:
            return ", ".join(self.evidence.group_names(row.stats.group_ids))
        if column == CONCLUSION:
            return row.conclusion or None
        if column == VERDICT and row.judged_by:
            return self.tr("%1 on %2").replace("%1", row.judged_by).replace(
                "%2", moment(row.judged_at))
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != VERDICT or self.bridge.project is None):
            return False
        row = self.rows[index.row()]
        if isinstance(row, Heading):
            return False
        value = value or ""  # "" clears the verdict (not judged)
        if value == (row.verdict or "") or value not in {o.key for o in self.options} | {""}:
            return False
        code_id = row.code_id
        self.bridge.run(self.tr("Set verdict"), lambda project: project.evaluation.set_judgement(
            code_id, verdict=value))
        row.verdict = value or None
        self.dataChanged.emit(index, index)
        return True


MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
             Qt.Key.Key_Home, Qt.Key.Key_End)


class VerdictEditor(QComboBox):
    """A combo whose value changes only by Enter or a click in its open list: an arrow
    key opens the list (and then moves within it), the mouse wheel does nothing."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in MOVE_KEYS and not self.view().isVisible():
            self.showPopup()
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        event.ignore()


class VerdictDelegate(QStyledItemDelegate):
    """Edits the verdict column with a `VerdictEditor` of the verdict options."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        combo = VerdictEditor(parent)
        combo.setObjectName("verdictEditor")
        model = index.model()
        combo.addItem(self.tr("— not judged —"), "")
        for verdict in model.options:
            combo.addItem(verdict.label(model.lang), verdict.key)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 (Qt override)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 (Qt override)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, combo) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)
