"""Table model and filter for the memo list.

`MemoTableModel` shows `storage.retrieval.MemoRow`s: date, author, what the memo is
attached to (study, a source's title, a code's label, a segment's excerpt or a
participant's code, prefixed with the kind of target) and title. Each row's texts and
sort keys are made once per `set_rows`, and the model sorts itself (`sort`, one
Python key sort from the loaded order), so thousands of memos load and sort without
a call of `data()` per comparison. `MemoFilterProxy` keeps one kind of target (None:
all) and passes sorting on to the model; the list is newest first by default.
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
        self._loaded: list[MemoRow] = []    # in the order given (oldest first)
        self._texts: dict[int, tuple[str, ...]] = {}
        self._keys: dict[int, tuple[str, ...]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[MemoRow]) -> None:
        self.beginResetModel()
        self._loaded = list(rows)
        self._describe()
        self.rows = self._sorted()
        self.endResetModel()

    def retranslate(self) -> None:
        self._describe()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 3))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def _describe(self) -> None:
        """The shown texts and the sort keys of every row, in the current language."""
        kinds = {"study": self.tr("Study"), "source": self.tr("Source"),
                 "code": self.tr("Code"), "segment": self.tr("Segment"),
                 "participant": self.tr("Participant")}
        untitled, deleted = self.tr("(untitled)"), self.tr("(deleted)")
        self._texts, self._keys = {}, {}
        for row in self._loaded:
            target = self._target_text(row, kinds, deleted)
            self._texts[row.memo_id] = (row.created[:10], row.author, target,
                                        row.title or untitled)
            self._keys[row.memo_id] = (f"{row.created}#{row.memo_id:012d}",
                                       row.author.casefold(), target.casefold(),
                                       row.title.casefold())

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` (Qt override); ties keep the loaded order."""
        self._sort = (column, order)
        if not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where = [(self.rows[i.row()].memo_id, i.column()) if i.isValid() else None
                 for i in persistent]
        self.rows = self._sorted()
        rows = {row.memo_id: n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(persistent, [
            self.index(rows[w[0]], w[1]) if w is not None and w[0] in rows else QModelIndex()
            for w in where])
        self.layoutChanged.emit()

    def _sorted(self) -> list[MemoRow]:
        if self._sort is None or not 0 <= self._sort[0] < 4:
            return list(self._loaded)
        column, order = self._sort
        keys = self._keys
        return sorted(self._loaded, key=lambda row: keys[row.memo_id][column],
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def row_of(self, memo_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.memo_id == memo_id), -1)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 4

    def target_text(self, row: MemoRow) -> str:
        found = self._texts.get(row.memo_id)
        if found is not None:
            return found[TARGET]
        kinds = {"study": self.tr("Study"), "source": self.tr("Source"),
                 "code": self.tr("Code"), "segment": self.tr("Segment"),
                 "participant": self.tr("Participant")}
        return self._target_text(row, kinds, self.tr("(deleted)"))

    @staticmethod
    def _target_text(row: MemoRow, kinds: dict[str, str], deleted: str) -> str:
        kind = kinds.get(row.target_type, row.target_type)
        if row.target_type == "study":
            return kind
        label = f"“{row.target_label}”" if row.target_type == "segment" else row.target_label
        return f"{kind}: {label or deleted}"

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == _DISPLAY:
            return self._texts[row.memo_id][column]
        if role == MEMO_ID_ROLE:
            return row.memo_id
        if role == SORT_ROLE:
            return self._keys[row.memo_id][column]
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

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (fast); this proxy keeps its order."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if self.target_type is None:
            return True
        return self.sourceModel().rows[source_row].target_type == self.target_type
