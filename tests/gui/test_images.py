"""The Image dock: photos shown scaled and zoomable, rectangles coded in image pixels,
and PDFs/images imported from the File menu (a scan's pages as images)."""

from __future__ import annotations

import pytest
from media_files import exif_jpeg, report_pdf, scanned_pdf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from gui import jobs
from gui.bridge import ProjectBridge
from gui.images import ImagesFeature
from gui.main_window import MainWindow
from gui.text import TextFeature
from importers.images import import_image

TRUST = "ag2008.process.trust_building"


@pytest.fixture
def env(qtbot, project, tmp_path):
    source_id = import_image(project, exif_jpeg(tmp_path / "forum.jpg", (800, 600)),
                             caption="Forum desa", description="Peserta duduk melingkar.")
    bridge = ProjectBridge()
    bridge.open(project)
    window = MainWindow(bridge, features=[TextFeature, ImagesFeature])
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    feature = window.features[1]
    window.selection.source_selected.emit(source_id)
    return type("Env", (), {"project": project, "window": window, "bridge": bridge,
                            "panel": feature.panel, "feature": feature,
                            "canvas": feature.panel.canvas, "source_id": source_id,
                            "tmp_path": tmp_path})


def drag(qtbot, canvas, top_left: tuple[int, int], bottom_right: tuple[int, int]) -> None:
    """Drag from one image pixel to another on screen, whatever the zoom."""
    start = canvas.mapFromScene(QPointF(*top_left))
    end = canvas.mapFromScene(QPointF(*bottom_right))
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_photo_shown_fitted_with_caption_and_exif(env):
    assert env.canvas.image_size() == (800, 600)
    assert env.canvas.zoom() < 1.0                     # scaled to fit the dock
    assert env.panel.caption.text() == "Forum desa"
    assert "800 × 600 px" in env.panel.details.text()
    assert "2024-05-17 09:30:00" in env.panel.details.text()
    assert env.feature.dock.isVisible()


def test_dragged_rectangle_coded_in_image_pixels_at_any_zoom(env, qtbot):
    code_id = env.project.codes.resolve(TRUST).id
    env.window.selection.codes_selected.emit([code_id])
    drag(qtbot, env.canvas, (100, 50), (300, 250))
    (region,) = env.project.images.regions()
    assert region.code_id == code_id
    for stored, wanted in zip((region.x, region.y, region.width, region.height),
                              (100, 50, 200, 200), strict=True):
        assert abs(stored - wanted) <= 3          # one screen pixel at the fitted zoom
    env.panel.zoom_in_action.trigger()
    env.panel.zoom_in_action.trigger()
    drag(qtbot, env.canvas, (400, 300), (450, 340))
    second = env.project.images.regions()[-1]
    assert abs(second.x - 400) <= 1 and abs(second.width - 50) <= 2
    items = env.canvas.region_items()
    assert len(items) == 2 and items[0].rect().width() == region.width
    env.bridge.undo_stack.undo()
    assert len(env.project.images.regions()) == 1 and len(env.canvas.region_items()) == 1


def test_clicked_region_removed_and_caption_edited(env, qtbot):
    code_id = env.project.codes.resolve(TRUST).id
    region_id = env.project.images.add_region(env.project.media.images(env.source_id)[0].id,
                                              code_id, (10, 10, 200, 100))
    env.panel.show_source(env.source_id)
    point = env.canvas.mapFromScene(QPointF(100, 50))
    qtbot.mouseClick(env.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert env.panel.region_id == region_id
    env.panel.remove_action.trigger()
    assert env.project.images.regions() == [] and env.canvas.region_items() == []
    env.panel.caption.setText("Forum desa Sleman, Mei 2024")
    env.panel.caption.editingFinished.emit()
    assert env.project.images.details(env.source_id).caption == "Forum desa Sleman, Mei 2024"


def test_pdfs_imported_with_import_sources(qtbot, project, tmp_path):
    """File → Import sources… takes PDFs: a scan's pages come in as images, said in a
    message, and are shown page by page in the Image dock."""
    from gui.sources.feature import SourcesFeature
    from gui.sources.importing import ImportController

    bridge = ProjectBridge()
    bridge.open(project)
    window = MainWindow(bridge, features=[SourcesFeature, TextFeature, ImagesFeature])
    qtbot.addWidget(window)
    window.show()
    importer: ImportController = window.features[0].importer
    panel = window.features[2].panel
    jobs.set_synchronous(True)
    try:
        report_pdf(tmp_path / "laporan.pdf", 3)
        scanned = scanned_pdf(tmp_path / "pindaian.pdf", pages=2)
        importer.import_paths([str(tmp_path / "laporan.pdf"), str(scanned)], "document")
    finally:
        jobs.set_synchronous(False)
    laporan = project.sources.by_title("laporan")
    assert len(project.pages.ranges(laporan.id)) == 3
    box = importer.scan_message
    assert box.icon() == QMessageBox.Icon.Information and "pindaian.pdf" in box.text()
    assert bridge.undo_stack.count() == 1                  # one step for the import
    window.selection.source_selected.emit(project.sources.by_title("pindaian").id)
    env = type("Env", (), {"panel": panel, "canvas": panel.canvas})
    assert env.panel.pages.count() == 2 and env.panel.pages.isVisible()
    assert env.canvas.image_size() == (400, 560)
    env.panel.pages.setCurrentIndex(1)
    assert env.panel.media.position == 2
