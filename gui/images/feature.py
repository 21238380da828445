"""Installs the Image dock and File → Import PDFs and Images….

`ImagesFeature(window, bridge, selection)` (listed in `gui.features.FEATURES`) adds the
Image dock (tabbed with the Transcription dock, raised when the source shown has
images) and the import of PDFs and
images as documentation sources: a PDF is read in the background with a progress bar
and Cancel (`importers.pdf.read_pdf`), then stored as one undoable action; a scanned
PDF's pages come in as images, said in a message. A coded image region opened from a
list of evidence (retrieval, the board: `selection.segment_requested` with the
region's negative item id, see `storage.region_evidence`) shows its image here with
the region marked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QImageReader
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from gui import i18n, jobs
from gui.dialog_parts import open_message
from gui.images.panel import ImagePanel
from importers.images import IMAGE_SUFFIXES, import_image
from importers.pdf import read_pdf, store_pdf
from storage import messages
from storage.errors import Message, TelaahError
from storage.progress import Cancelled
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
    """The Image dock and the PDF/image import."""

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
        self.import_action = QAction(self)
        self.import_action.setObjectName("importDocumentsAction")
        self.import_action.triggered.connect(self.ask_import)
        window.add_action("file", self.import_action)
        self.message_box = None
        self.retranslate_ui()
        window.installEventFilter(self)

    def retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("Import PDFs and Images…"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def _raise_when_images(self, has_images: bool) -> None:
        if has_images:
            self.dock.show()
            self.dock.raise_()

    def open_region(self, item: int) -> None:
        """Show a coded region (negative evidence item id); segments are the text's."""
        if is_region(item) and self.panel.show_region(region_of(item)):
            self.dock.show()
            self.dock.raise_()

    def ask_import(self) -> None:
        if self.bridge.project is None:
            return
        patterns = " ".join(f"*{s}" for s in sorted({".pdf", *IMAGE_SUFFIXES}))
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import PDFs and images"), "",
            self.tr("PDFs and images (%1);;All files (*)").replace("%1", patterns))
        for path in paths:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import one PDF (in the background) or image as a documentation source."""
        if path.suffix.lower() != ".pdf":
            size = qt_image_size(path)
            source_id = self._run(path, lambda project: import_image(project, path,
                                                                     shown_size=size))
            if source_id is not None:
                self.selection.source_selected.emit(source_id)
            return
        jobs.run_job(lambda progress: read_pdf(path, progress), self._store_pdf,
                     self._failed, parent=self.window,
                     title=self.tr("Reading %1…").replace("%1", path.name))

    def _store_pdf(self, content) -> None:
        source_id = self._run(content.path, lambda project: store_pdf(project, content))
        if source_id is None:
            return
        self.selection.source_selected.emit(source_id)
        if content.scanned:
            self._tell(QMessageBox.Icon.Information, Message(
                messages.PDF_SCANNED, path=content.path.name, pages=content.page_count))

    def _run(self, path: Path, work):
        try:
            return self.bridge.run(self.tr("Import %1").replace("%1", path.name), work)
        except TelaahError as error:
            self._failed(error)
            return None

    def _failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            self.window.statusBar().showMessage(i18n.describe_error(error), STATUS_MS)
            return
        self._tell(QMessageBox.Icon.Warning, error)

    def _tell(self, icon, message) -> None:
        self.message_box = open_message(self.window, "documentImportMessage",
                                        self.tr("Import"), i18n.describe_error(message)
                                        if isinstance(message, Exception)
                                        else i18n.translated(message), icon)
