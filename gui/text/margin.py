"""Coding stripes beside the text: one coloured bar per segment, side by side.

Like the coding stripes of MAXQDA and NVivo, each segment is a vertical bar in its
code's colour running from the line where it starts to the line where it ends;
overlapping segments stand in separate columns. A segment that contradicts its code is
dashed, a key quote outlined. Hovering names the code, clicking a bar selects the
segment's text and a right click opens the segment's context menu.

Columns are assigned to the segments in view at each paint (cheap whatever the size of
the text); the margin only grows, up to MAX_COLUMNS, so the text does not reflow while
scrolling. `reset_width()` starts again for a new source.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

STRIPE = 5
GAP = 2
PAD = 4
MAX_COLUMNS = 12
DASH = 4


class CodingMargin(QWidget):
    """Painted by the owning `TextView`'s data; see the module docstring."""

    segment_clicked = Signal(int)
    segment_menu_requested = Signal(int, QPoint)

    def __init__(self, view, host):
        super().__init__(view)
        self.setObjectName("codingMargin")
        self._view = view
        self._host = host
        self._bars: list[tuple[QRect, int]] = []
        self._shown = 1
        self.setMouseTracking(True)

    # -- geometry ----------------------------------------------------------------------

    def wanted_width(self) -> int:
        shown = self._shown
        return PAD * 2 + shown * STRIPE + (shown - 1) * GAP

    def reset_width(self, columns: int = 1) -> None:
        self._shown = min(max(columns, 1), MAX_COLUMNS)

    def _grow(self, columns: int) -> None:
        if min(columns, MAX_COLUMNS) > self._shown:
            self._shown = min(columns, MAX_COLUMNS)
            QTimer.singleShot(0, self._view.update_margin_width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.wanted_width(), 0)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        view, host = self._view, self._host
        self._bars = []
        layer = host.layer
        if not layer.index:
            return
        first = view.visible_block()
        if not first.isValid():
            return
        top_unit = first.position()
        bottom_unit = view.cursorForPosition(QPoint(0, view.viewport().height() - 1))
        bottom_block = bottom_unit.block()
        bottom_unit = bottom_block.position() + bottom_block.length()
        visible = layer.at_utf16(top_unit, bottom_unit)
        columns, count = host.stripe_columns(visible)
        self._grow(count)
        height = self.height()
        for segment in visible:
            a, b = host.units_of(segment)
            y0 = 0 if a < top_unit else self._line_top(a)
            y1 = height if b > bottom_unit else self._line_bottom(max(a, b - 1))
            if y1 <= y0:
                continue
            column = min(columns.get(segment.id, 0), MAX_COLUMNS - 1)
            x = PAD + column * (STRIPE + GAP)
            rect = QRect(x, int(y0) + 1, STRIPE, int(y1 - y0) - 2)
            colour = host.colour_of(segment.code_id)
            if segment.valence == "contradicts":  # dashed, like its text's underline
                for y in range(rect.top(), rect.bottom() + 1, DASH + GAP):
                    painter.fillRect(QRect(rect.left(), y, STRIPE,
                                           min(DASH, rect.bottom() + 1 - y)), colour)
            else:
                painter.fillRect(rect, colour)
            if host.is_key_quote(segment):
                painter.setPen(QPen(QColor("#212121"), 1))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
            self._bars.append((rect, segment.id))

    def _line_geometry(self, unit: int) -> tuple[float, float]:
        view = self._view
        block = view.document().findBlock(unit)
        box = view.block_rect(block)
        line = block.layout().lineForTextPosition(unit - block.position())
        if not line.isValid():
            return box.top(), box.bottom()
        top = box.top() + line.y()
        return top, top + line.height()

    def _line_top(self, unit: int) -> float:
        return self._line_geometry(unit)[0]

    def _line_bottom(self, unit: int) -> float:
        return self._line_geometry(unit)[1]

    # -- mouse -------------------------------------------------------------------------

    def bar_at(self, point: QPoint) -> list[int]:
        """Segment ids of the bars under `point` (last painted)."""
        return [segment_id for rect, segment_id in self._bars
                if rect.adjusted(-1, -1, 1, 1).contains(point)]

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            ids = self.bar_at(event.pos())
            if ids:
                QToolTip.showText(event.globalPos(), self._host.tooltip_for(ids), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        ids = self.bar_at(event.position().toPoint())
        if not ids:
            super().mousePressEvent(event)
            return
        if event.button() == Qt.MouseButton.RightButton:
            self.segment_menu_requested.emit(ids[0], event.globalPosition().toPoint())
        elif event.button() == Qt.MouseButton.LeftButton:
            self.segment_clicked.emit(ids[0])
