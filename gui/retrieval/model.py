"""Table model and filter for the retrieval panel: coded segments with their context.

`SegmentTableModel` shows `storage.retrieval.SegmentRow`s: excerpt, code, source,
participant code, stakeholder group, technique, date, valence and coder, one segment a
row. `SegmentFilterProxy` keeps the rows matching the chosen participant, group,
technique, valence and coder (exact values, None = any) and a free-text filter on the
excerpt, source title and code; it also sorts by any column.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from gui.i18n import translated
from storage.retrieval import SegmentRow

COLUMNS = ("text", "code", "source", "participant", "group", "technique", "date",
           "valence", "coder")
TEXT, CODE, SOURCE, PARTICIPANT, GROUP, TECHNIQUE, DATE, VALENCE, CODER = range(len(COLUMNS))
SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # the raw value the filters compare
EXCERPT_CHARS = 160
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROOT = QModelIndex()


def one_line(text: str, limit: int = EXCERPT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


class SegmentTableModel(QAbstractTableModel):
    """Rows of coded segments; replace them with `set_rows`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[SegmentRow] = []
        self.language = "id"

    def set_rows(self, rows: list[SegmentRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def row_at(self, row: int) -> SegmentRow:
        return self.rows[row]

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(COLUMNS)

    @staticmethod
    def text_of(row: SegmentRow) -> str:
        """The coded text; a coded image region's description in the interface language
        ("[region x,y w×h] of <caption>")."""
        return translated(row.text) if row.region is not None else row.text

    def value(self, row: SegmentRow, column: int) -> str:
        """The raw (untranslated) value of a column, as the filters compare it."""
        return {TEXT: self.text_of(row), CODE: row.code_key, SOURCE: row.source_title,
                PARTICIPANT: row.participant_code, GROUP: row.group,
                TECHNIQUE: row.technique, DATE: row.date, VALENCE: row.valence,
                CODER: row.coder}[column]

    def shown(self, column: int, value: str) -> str:
        """How a raw value of `column` is displayed (techniques and valences translated)."""
        if column == TECHNIQUE:
            return {"interview": self.tr("Interview"), "observation": self.tr("Observation"),
                    "document": self.tr("Document"),
                    "survey": self.tr("Survey")}.get(value, value)
        if column == VALENCE:
            return {"supports": self.tr("supports"),
                    "contradicts": self.tr("contradicts")}.get(value, value)
        return value

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == _DISPLAY:
            if column == TEXT:
                return one_line(self.text_of(row))
            if column == CODE:
                return row.code_label(self.language)
            return self.shown(column, self.value(row, column))
        if role == SEGMENT_ID_ROLE:
            return row.segment_id
        if role == SOURCE_ID_ROLE:
            return row.source_id
        if role == FILTER_ROLE:
            return self.value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                text = self.text_of(row)
                return text if len(text) < 2000 else text[:2000] + "…"
            if column == CODE:
                return row.code_key
        if role == Qt.ItemDataRole.DecorationRole and column == CODE:
            return QColor(row.code_color) if QColor.isValidColorName(row.code_color) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == VALENCE \
                and row.valence == "contradicts":
            return QColor("#c62828")
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("Text"), self.tr("Code"), self.tr("Source"), self.tr("Participant"),
                self.tr("Group"), self.tr("Technique"), self.tr("Date"), self.tr("Valence"),
                self.tr("Coder"))[section]


class SegmentFilterProxy(QSortFilterProxyModel):
    """Exact filters on some columns plus a case-insensitive text filter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filters: dict[int, str | None] = {}
        self.text = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(FILTER_ROLE)

    def set_filter(self, column: int, value: str | None) -> None:
        self.beginFilterChange()
        self.filters[column] = value
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.casefold().strip()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        model = self.sourceModel()
        row = model.row_at(source_row)
        for column, wanted in self.filters.items():
            if wanted is not None and model.value(row, column) != wanted:
                return False
        if self.text:
            hay = " ".join((model.text_of(row), row.source_title, row.code_label_en,
                            row.code_label_id, row.code_key, row.participant_code)).casefold()
            return all(word in hay for word in self.text.split())
        return True
