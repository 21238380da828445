"""The disagreement browser's text: the source with one coding stripe per coder beside
it, so each coder's segments of the chosen code are seen side by side.

`StripedText` is a read-only `QPlainTextEdit` with a margin (`CoderStripes`) painting,
for coder i, a bar in column i from the line where each of their segments starts to
the line where it ends. `show_source(text, spans_by_coder, coders)` loads a source;
`show_region(start, end)` marks and scrolls to a disagreement. Offsets are code points,
converted at this boundary with `gui.offsets.OffsetMap`.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from gui.offsets import OffsetMap

STRIPE, GAP = 6, 3
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")


class CoderStripes(QWidget):
    def __init__(self, view: StripedText):
        super().__init__(view)
        self.view = view

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.view.margin_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        view = self.view
        for column, coder in enumerate(view.coders):
            colour = QColor(COLOURS[column % len(COLOURS)])
            x = GAP + column * (STRIPE + GAP)
            for start, end in view.spans.get(coder, ()):
                top = view.y_of(start, top=True)
                bottom = view.y_of(end, top=False)
                if bottom >= 0 and top <= self.height():
                    painter.fillRect(QRect(x, top, STRIPE, max(2, bottom - top)), colour)
        painter.end()


class StripedText(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("disagreementText")
        self.setReadOnly(True)
        self.coders: list[str] = []
        self.spans: dict[str, list[tuple[int, int]]] = {}
        self._offsets = OffsetMap("")
        self.stripes = CoderStripes(self)
        self.updateRequest.connect(lambda _rect, _dy: self.stripes.update())
        self._update_margin()

    def margin_width(self) -> int:
        return GAP + max(1, len(self.coders)) * (STRIPE + GAP)

    def _update_margin(self) -> None:
        self.setViewportMargins(self.margin_width(), 0, 0, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.stripes.setGeometry(QRect(rect.left(), rect.top(), self.margin_width(),
                                       rect.height()))

    def show_source(self, text: str, spans: dict[str, list[tuple[int, int]]],
                    coders: list[str]) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
            self._offsets = OffsetMap(text)
        self.coders = list(coders)
        self.spans = spans
        self._update_margin()
        rect = self.contentsRect()
        self.stripes.setGeometry(QRect(rect.left(), rect.top(), self.margin_width(),
                                       rect.height()))
        self.stripes.update()

    def y_of(self, point: int, *, top: bool) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._offsets.to_utf16(point),
                               self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        return rect.top() if top else rect.bottom()

    def show_region(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#fff59d"))
        mark.format = fmt
        self.setExtraSelections([mark])
        shown = QTextCursor(cursor)
        shown.setPosition(cursor.selectionStart())
        self.setTextCursor(shown)
        self.centerCursor()
        self.stripes.update()

    def selected_text(self) -> str:
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def clear_source(self) -> None:
        self.setPlainText("")
        self._offsets = OffsetMap("")
        self.spans = {}
        self.setExtraSelections([])
        self.stripes.update()


def legend_colour(index: int) -> str:
    return COLOURS[index % len(COLOURS)]

