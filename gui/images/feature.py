"""Installs the Image dock.

`ImagesFeature(window, bridge, selection)` (listed in `gui.features.FEATURES`) adds the
Image dock (tabbed with the Transcription dock, raised when the source shown has
images). PDFs and photos are imported by File → Import sources… (and dropping them
on the window: `gui.sources.importing`), like every other file. A coded image region
opened from a list of evidence (retrieval, the board: `selection.segment_requested` with the
region's negative item id, see `storage.region_evidence`) shows its image here with
the region marked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QDockWidget

from gui.images.panel import ImagePanel
from storage.region_evidence import is_region, region_of

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Image")
STATUS_MS = 6000


def qt_image_size(path: Path) -> tuple[int, int] | None:
    """The size Qt shows the image at (EXIF rotation applied), or None if it cannot."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    return None if image.isNull() else (image.width(), image.height())


class ImagesFeature(QObject):
    """The Image dock, and coded regions opened from lists of evidence."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window, self.bridge, self.selection = window, bridge, selection
        self.panel = ImagePanel(bridge, selection)
        self.dock = window.add_dock(self.panel, "imageDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        transcription = window.findChild(QDockWidget, "transcriptionDock")
        if transcription is not None:      # one place on the right, tabbed
            window.tabifyDockWidget(transcription, self.dock)
            codebook = window.findChild(QDockWidget, "codebookDock")
            if codebook is not None:
                codebook.raise_()
        self.panel.has_images.connect(self._raise_when_images)
        selection.segment_requested.connect(self.open_region)
        self.panel.message.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))

    def _raise_when_images(self, has_images: bool) -> None:
        if has_images:
            self.dock.show()
            self.dock.raise_()

    def open_region(self, item: int) -> None:
        """Show a coded region (negative evidence item id); segments are the text's."""
        if is_region(item) and self.panel.show_region(region_of(item)):
            self.dock.show()
            self.dock.raise_()
