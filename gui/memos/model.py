"""Table model and filter for the memo list.

`MemoTableModel` shows `storage.retrieval.MemoRow`s: date, author, what the memo is
attached to (study, a source's title, a code's label, a segment's excerpt or a
participant's code, prefixed with the kind of target) and title. `MemoFilterProxy`
keeps one kind of target (None: all) and sorts, newest first by default.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from storage.retrieval import MemoRow

DATE, AUTHOR, TARGET, TITLE = range(4)
MEMO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROOT = QModelIndex()


class MemoTableModel(QAbstractTableModel):
    """Rows of memos; replace them with `set_rows`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[MemoRow] = []

    def set_rows(self, rows: list[MemoRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 3))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def row_of(self, memo_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.memo_id == memo_id), -1)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 4

    def target_text(self, row: MemoRow) -> str:
        kinds = {"study": self.tr("Study"), "source": self.tr("Source"),
                 "code": self.tr("Code"), "segment": self.tr("Segment"),
                 "participant": self.tr("Participant")}
        kind = kinds.get(row.target_type, row.target_type)
        if row.target_type == "study":
            return kind
        label = f"“{row.target_label}”" if row.target_type == "segment" else row.target_label
        return f"{kind}: {label or self.tr('(deleted)')}"

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == MEMO_ID_ROLE:
            return row.memo_id
        if role == _DISPLAY:
            return (row.created[:10], row.author, self.target_text(row),
                    row.title or self.tr("(untitled)"))[column]
        if role == SORT_ROLE:
            return (f"{row.created}#{row.memo_id:012d}", row.author.casefold(),
                    self.target_text(row).casefold(), row.title.casefold())[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            body = row.body if len(row.body) < 600 else row.body[:600] + "…"
            return body or None
        if role == Qt.ItemDataRole.FontRole and column == TITLE and not row.title:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < 4:
            return None
        return (self.tr("Date"), self.tr("Author"), self.tr("Attached to"),
                self.tr("Title"))[section]


class MemoFilterProxy(QSortFilterProxyModel):
    """Keeps the memos of one kind of target (None: all)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.target_type: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_target_type(self, target_type: str | None) -> None:
        self.beginFilterChange()
        self.target_type = target_type
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if self.target_type is None:
            return True
        return self.sourceModel().rows[source_row].target_type == self.target_type
