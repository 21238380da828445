"""`ImageCanvas`: one image in a QGraphicsView, its coded regions drawn on top.

The scene's coordinates are the image's pixels (the pixmap sits at 0,0, read with its
EXIF rotation applied, as the importer measured it), so a rectangle dragged on screen
is already in the stored coordinates whatever the zoom. The image is fitted to the
view until the user zooms (Ctrl+wheel, `zoom_by`); `fit()` fits it again.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImageReader, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView, QRubberBand

REGION_ID = 0


class ImageCanvas(QGraphicsView):
    """Shows an image; dragging draws a rectangle (`rectangle_drawn`, image pixels)."""

    rectangle_drawn = Signal(QRect)
    region_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("imageCanvas")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._pixmap_item = None
        self._regions: list[QGraphicsRectItem] = []
        self._fitted = True
        self._origin = None
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self.problem = ""

    # -- the image -------------------------------------------------------------------

    def show_image(self, path) -> bool:
        """Show the image at `path`; False (and `problem` set) when Qt cannot read it."""
        self.scene().clear()
        self._regions = []
        self._pixmap_item = None
        if path is None:
            return False
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        image = reader.read()
        self.problem = "" if not image.isNull() else reader.errorString()
        if image.isNull():
            return False
        self._pixmap_item = self.scene().addPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(image.rect()))
        self.fit()
        return True

    def image_size(self) -> tuple[int, int]:
        if self._pixmap_item is None:
            return 0, 0
        size = self._pixmap_item.pixmap().size()
        return size.width(), size.height()

    def show_regions(self, regions, colour_of) -> None:
        """Draw each coded region (an `ImageRegion`) in its code's colour."""
        for item in self._regions:
            self.scene().removeItem(item)
        self._regions = []
        for region in regions:
            colour = QColor(colour_of(region.code_id))
            item = self.scene().addRect(QRectF(region.x, region.y, region.width, region.height),
                                        QPen(colour, 0), QBrush(_translucent(colour)))
            item.setData(REGION_ID, region.id)
            item.setToolTip(str(region.id))
            self._regions.append(item)

    def region_items(self) -> list[QGraphicsRectItem]:
        return list(self._regions)

    def mark_region(self, region_id: int | None) -> None:
        """Draw this region's outline thick (the one opened or clicked), the others thin,
        and make sure it is in view."""
        for item in self._regions:
            chosen = item.data(REGION_ID) == region_id
            pen = item.pen()
            pen.setWidth(3 if chosen else 0)
            item.setPen(pen)
            if chosen:
                self.ensureVisible(item)

    # -- zoom ------------------------------------------------------------------------

    def fit(self) -> None:
        self._fitted = True
        if self._pixmap_item is not None:
            self.fitInView(self._pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_by(self, factor: float) -> None:
        self._fitted = False
        self.scale(factor, factor)

    def zoom(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            return
        super().wheelEvent(event)

    # -- drawing a rectangle -----------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self._pixmap_item is not None:
            item = self.itemAt(event.position().toPoint())
            if item is not None and item.data(REGION_ID) is not None:
                self.region_clicked.emit(int(item.data(REGION_ID)))
            self._origin = event.position().toPoint()
            self._band.setGeometry(QRect(self._origin, self._origin))
            self._band.show()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._origin is not None:
            self._band.setGeometry(QRect(self._origin, event.position().toPoint()).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._origin is None:
            super().mouseReleaseEvent(event)
            return
        self._band.hide()
        rect = QRect(self._origin, event.position().toPoint()).normalized()
        self._origin = None
        if rect.width() < 3 or rect.height() < 3:
            return
        self.rectangle_drawn.emit(self.image_rect(rect))

    def image_rect(self, view_rect: QRect) -> QRect:
        """`view_rect` (viewport pixels) in image pixels, clipped to the image."""
        scene = self.mapToScene(view_rect).boundingRect()
        width, height = self.image_size()
        return scene.toAlignedRect().intersected(QRect(0, 0, width, height))


def _translucent(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(70)
    return faded
