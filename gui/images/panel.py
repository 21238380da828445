"""The Image dock: the picture(s) of the source shown, and coding rectangles of them.

For a source with images (a photo, or a scanned PDF's pages, chosen in the page box)
the panel shows the image scaled to fit (`canvas.ImageCanvas`), zoomable, with its coded
regions in their codes' colours. Dragging a rectangle codes it with the codes selected
in the codebook (one undo step); clicking a region selects it for "Remove Region
Coding" (Delete). The caption is edited here; the description is the source's text in
the text panel. Refreshes by `change.affects(Kind...)` only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.images.canvas import ImageCanvas
from storage.errors import TelaahError
from storage.kinds import Kind

REFRESH_KINDS = (Kind.MEDIA, Kind.IMAGES, Kind.IMAGE_REGIONS, Kind.CODES)


class ImagePanel(QWidget):
    """Images of one source and their coded regions."""

    message = Signal(str)
    has_images = Signal(bool)

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("imagePanel")
        self.bridge, self.selection = bridge, selection
        self.source_id: int | None = None
        self.images = []
        self.region_id: int | None = None
        self._build()
        self.bridge.changed.connect(self._on_change)
        self.bridge.project_closing.connect(lambda: self.show_source(None))
        self.selection.source_selected.connect(self.show_source)
        self.retranslate_ui()

    def _build(self) -> None:
        self.canvas = ImageCanvas(self)
        self.pages = QComboBox(self, objectName="imagePages")
        self.caption = QLineEdit(self, objectName="imageCaption")
        self.details = QLabel(self, objectName="imageDetails")
        self.zoom_in_action = self._action("imageZoomIn", "Ctrl++",
                                           lambda: self.canvas.zoom_by(1.25))
        self.zoom_out_action = self._action("imageZoomOut", "Ctrl+-",
                                            lambda: self.canvas.zoom_by(0.8))
        self.fit_action = self._action("imageFit", "Ctrl+0", self.canvas.fit)
        self.remove_action = self._action("imageRemoveRegion", QKeySequence.StandardKey.Delete,
                                          self.remove_region)
        bar = QHBoxLayout()
        bar.addWidget(self.pages, 1)
        for act in (self.zoom_in_action, self.zoom_out_action, self.fit_action,
                    self.remove_action):
            button = QToolButton(self)
            button.setDefaultAction(act)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.details)
        self.pages.currentIndexChanged.connect(lambda _i: self._show_current())
        self.canvas.rectangle_drawn.connect(self.code_rectangle)
        self.canvas.region_clicked.connect(self._select_region)
        self.caption.editingFinished.connect(self._store_caption)

    def _action(self, name: str, key, slot) -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def retranslate_ui(self) -> None:
        self.zoom_in_action.setText(self.tr("Zoom In"))
        self.zoom_out_action.setText(self.tr("Zoom Out"))
        self.fit_action.setText(self.tr("Fit"))
        self.remove_action.setText(self.tr("Remove Region Coding"))
        self.caption.setPlaceholderText(self.tr("Caption"))
        self.canvas.setToolTip(self.tr(
            "Drag a rectangle to code it with the codes selected in the codebook; "
            "Ctrl+wheel zooms."))
        self._show_details()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------

    def show_source(self, source_id: int | None) -> None:
        project = self.bridge.project
        self.source_id = source_id
        self.images = project.media.images(source_id) if project and source_id else []
        self.pages.blockSignals(True)
        self.pages.clear()
        for number, media in enumerate(self.images, 1):
            self.pages.addItem(self.tr("Page %1").replace("%1", str(number))
                               if media.role == "page_image" else media.original_name)
        self.pages.setVisible(len(self.images) > 1)
        self.pages.blockSignals(False)
        self._show_current()
        self.has_images.emit(bool(self.images))

    @property
    def media(self):
        index = self.pages.currentIndex()
        return self.images[index] if 0 <= index < len(self.images) else None

    def _show_current(self) -> None:
        media, project = self.media, self.bridge.project
        self.region_id = None
        path = project.media.path_of(media) if media is not None else None
        if not self.canvas.show_image(path) and media is not None:
            self.message.emit(self.tr("The image cannot be shown: %1").replace(
                "%1", project.media.check(media, full=False) or self.canvas.problem))
        self._show_regions()
        self._show_details()

    def _show_regions(self) -> None:
        project, media = self.bridge.project, self.media
        if project is None or media is None:
            return
        codes = {code.id: code.display_color for code in project.codes.list()}
        self.canvas.show_regions(project.images.regions(media.id),
                                 lambda code_id: codes.get(code_id, "#9e9e9e"))

    def _show_details(self) -> None:
        project = self.bridge.project
        details = project.images.details(self.source_id) if project and self.source_id else None
        self.caption.setEnabled(details is not None)
        self.caption.setText(details.caption if details else "")
        media = self.media
        parts = []
        if media is not None and media.width:
            parts.append(f"{media.width} × {media.height} px")
        if details and details.taken:
            parts.append(self.tr("taken %1").replace("%1", details.taken.replace("T", " ")))
        if details and details.camera:
            parts.append(details.camera)
        self.details.setText(" · ".join(parts))

    def _on_change(self, change) -> None:
        if self.source_id is None:
            return
        if change.affects(Kind.MEDIA) or self.source_id in change.ids_of(Kind.SOURCES):
            self.show_source(self.source_id)
        elif change.affects(*REFRESH_KINDS):
            self._show_regions()
            self._show_details()

    # -- coding --------------------------------------------------------------------------

    def code_rectangle(self, rect: QRect) -> list[int]:
        """Code `rect` (image pixels) with the codes selected in the codebook."""
        media, codes = self.media, list(self.selection.code_ids)
        if media is None or rect.isEmpty():
            return []
        if not codes:
            self.message.emit(self.tr("Select a code in the codebook, then draw the region."))
            return []
        box = (rect.x(), rect.y(), rect.width(), rect.height())
        try:
            return self.bridge.run(self.tr("Code image region"), lambda project: [
                project.images.add_region(media.id, code_id, box) for code_id in codes])
        except TelaahError as error:
            from gui.i18n import describe_error

            self.message.emit(describe_error(error))
            return []

    def _select_region(self, region_id: int) -> None:
        self.region_id = region_id
        self.canvas.mark_region(region_id)

    def show_region(self, region_id: int) -> bool:
        """Show the image (page) holding this coded region, with the region marked."""
        project = self.bridge.project
        try:
            region = project.images.region(region_id) if project else None
        except TelaahError:
            return False
        if region is None:
            return False
        media = project.media.get(region.media_id)
        if media.source_id != self.source_id:
            self.show_source(media.source_id)
        index = next((i for i, m in enumerate(self.images) if m.id == media.id), -1)
        if index >= 0 and index != self.pages.currentIndex():
            self.pages.setCurrentIndex(index)
        self._select_region(region_id)
        return True

    def remove_region(self) -> None:
        if self.region_id is not None:
            region_id, self.region_id = self.region_id, None
            self.bridge.run(self.tr("Remove image coding"),
                            lambda project: project.images.delete_region(region_id))

    def _store_caption(self) -> None:
        project, source_id = self.bridge.project, self.source_id
        details = project.images.details(source_id) if project and source_id else None
        if details is not None and details.caption != self.caption.text():
            text = self.caption.text()
            self.bridge.run(self.tr("Edit caption"),
                            lambda p: p.images.set_details(source_id, caption=text))
