"""`WaveformStrip`: a recording's loudness as a strip of bars, with the playing position.

Given the peaks of `gui.transcription.peaks` (one byte per `BIN_MS`), it draws one bar
per pixel column (the loudest bin under it, recomputed only when the width or the
peaks change), a line at the current position, and says where a click lands
(`seek_requested(ms)`), so the transcriber can jump to a stretch of speech. Without
peaks (still being computed, or none) it shows only the position line.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class WaveformStrip(QWidget):
    """Bars of a recording's peaks; click to seek."""

    seek_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("transcriptionWaveform")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.peaks = np.zeros(0, dtype=np.uint8)
        self.duration_ms = 0
        self.position_ms = 0
        self._columns: np.ndarray | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(240, 40)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(60, 28)

    def set_peaks(self, peaks: bytes | None, duration_ms: int) -> None:
        self.peaks = np.frombuffer(peaks or b"", dtype=np.uint8)
        self.duration_ms = max(int(duration_ms), 0)
        self._columns = None
        self.update()

    def set_position(self, ms: int) -> None:
        if ms != self.position_ms:
            self.position_ms = int(ms)
            self.update()

    def x_of(self, ms: int) -> float:
        """The x coordinate of a time (for the position line and for tests)."""
        if self.duration_ms <= 0:
            return 0.0
        return min(max(ms / self.duration_ms, 0.0), 1.0) * (self.width() - 1)

    def ms_at(self, x: float) -> int:
        if self.duration_ms <= 0 or self.width() <= 1:
            return 0
        return round(min(max(x / (self.width() - 1), 0.0), 1.0) * self.duration_ms)

    def columns(self) -> np.ndarray:
        """The bar height (0-255) of each pixel column."""
        width = max(self.width(), 1)
        if self._columns is None or len(self._columns) != width:
            if not len(self.peaks):
                self._columns = np.zeros(width, dtype=np.uint8)
            else:
                edges = np.linspace(0, len(self.peaks), width + 1).astype(np.int64)
                starts = np.minimum(edges[:-1], len(self.peaks) - 1)
                self._columns = np.maximum.reduceat(self.peaks, starts)
        return self._columns

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._columns = None
        super().resizeEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.duration_ms > 0:
            self.seek_requested.emit(self.ms_at(event.position().x()))
            event.accept()
            return
        super().mousePressEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        height, middle = self.height(), self.height() / 2
        bars = QColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setAlpha(150 if self.isEnabled() else 60)
        painter.setPen(QPen(bars, 1))
        if len(self.peaks):
            for x, value in enumerate(self.columns().tolist()):
                half = max(value / 255 * (height - 4) / 2, 0.5)
                painter.drawLine(QPointF(x + 0.5, middle - half), QPointF(x + 0.5, middle + half))
        if self.duration_ms > 0:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2))
            x = self.x_of(self.position_ms)
            painter.drawLine(QPointF(x, 0), QPointF(x, height))
        painter.end()
