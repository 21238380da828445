"""Search results in context: one hit a row, keyword-in-context columns.

`HitTableModel` shows `storage.search.Hit`s as source title, the text before the hit
(right-aligned, elided on the left by `ContextDelegate` so the words next to the hit
stay visible), the hit itself in bold, and the text after it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate

from storage.search import Hit

SOURCE, BEFORE, MATCH, AFTER = range(4)
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROOT = QModelIndex()


class HitTableModel(QAbstractTableModel):
    """Rows of search hits; replace them with `set_hits`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit, column = self.hits[index.row()], index.column()
        if role == _DISPLAY:
            return (hit.title, hit.before, " ".join(hit.match.split()), hit.after)[column]
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == BEFORE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == MATCH:
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == MATCH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.before}[{hit.match}]{hit.after}"
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < 4:
            return None
        return (self.tr("Source"), self.tr("Before"), self.tr("Hit"), self.tr("After"))[section]


class ContextDelegate(QStyledItemDelegate):
    """Elides on the left, so the end of the text (next to the hit) stays visible."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft
