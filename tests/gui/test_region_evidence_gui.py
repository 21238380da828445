"""A region coded on a photo in the Image dock is evidence in every panel: the sources
list's codings, the codebook's counts, retrieval (its description, opening the photo
with the region marked) and the indicator board's count and evidence list."""

from __future__ import annotations

import pytest
from media_files import exif_jpeg
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDockWidget

from gui.bridge import ProjectBridge
from gui.codebook import CodebookFeature
from gui.evaluation import EvaluationFeature
from gui.images import ImagesFeature
from gui.main_window import MainWindow
from gui.retrieval import RetrievalFeature
from gui.sources.feature import SourcesFeature
from gui.text import TextFeature
from importers.images import import_image

TRUST = "ag2008.process.trust_building"
FEATURES = [SourcesFeature, TextFeature, CodebookFeature, RetrievalFeature,
            EvaluationFeature, ImagesFeature]


@pytest.fixture
def env(qtbot, project, tmp_path):
    interview = project.sources.add("interview", "Wawancara P01", "Kami percaya pada dinas.",
                                    date="2024-05-02")
    code_id = project.codes.resolve(TRUST).id
    project.segments.add(interview, code_id, 0, 11)
    photo = import_image(project, exif_jpeg(tmp_path / "forum.jpg", (800, 600)),
                         caption="Forum desa")
    bridge = ProjectBridge()
    bridge.open(project)
    window = MainWindow(bridge, features=FEATURES)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    features = {type(f).__name__: f for f in window.features}
    yield type("Env", (), {"project": project, "window": window, "bridge": bridge,
                           "f": features, "photo": photo, "interview": interview,
                           "code_id": code_id})
    project.unsubscribe(bridge._on_change)


def _draw_region(env, qtbot) -> int:
    """Code a rectangle of the photo with TRUST by dragging on the canvas."""
    env.window.selection.source_selected.emit(env.photo)
    env.window.selection.codes_selected.emit([env.code_id])
    canvas = env.f["ImagesFeature"].panel.canvas
    start = canvas.mapFromScene(QPointF(100, 50))
    end = canvas.mapFromScene(QPointF(300, 250))
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    (region,) = env.project.images.regions()
    return region.id


def test_region_counted_in_sources_codebook_and_board(env, qtbot):
    sources = env.f["SourcesFeature"].panel.model
    assert sources.segment_count(env.photo) == 0
    _draw_region(env, qtbot)
    assert sources.segment_count(env.photo) == 1
    codebook = env.f["CodebookFeature"].panel.model
    assert codebook.counts(env.code_id).segments == 2
    evaluation = env.f["EvaluationFeature"].panel
    evaluation.window().findChild(QDockWidget, "evaluationDock").raise_()
    evaluation.set_on_screen(True)
    evaluation.refresh_now()
    board = evaluation.board
    assert board.model.rows[board.model.row_of(env.code_id)].segments == 2
    board.select_code(env.code_id)
    (region,) = env.project.images.regions()
    ids = board.segments.segment_ids()
    assert len(ids) == 2 and ids[0] > 0 and ids[1] == -region.id
    assert "[region " in board.segments.item(1).text()
    env.bridge.undo_stack.undo()                   # the region is gone: counts follow
    assert sources.segment_count(env.photo) == 0
    assert codebook.counts(env.code_id).segments == 1


def test_retrieval_lists_region_and_opens_the_photo(env, qtbot):
    region_id = _draw_region(env, qtbot)
    env.window.selection.source_selected.emit(env.interview)
    images = env.f["ImagesFeature"].panel
    assert images.source_id == env.interview
    retrieval = env.f["RetrievalFeature"].panel
    retrieval.show_codes([env.code_id])
    texts = [retrieval.proxy.index(r, 0).data() for r in range(retrieval.proxy.rowCount())]
    assert texts[1].startswith("[region ") and texts[1].endswith("of Forum desa")
    retrieval.open_row(retrieval.proxy.index(1, 0))
    assert images.source_id == env.photo and images.region_id == region_id
    assert env.f["ImagesFeature"].dock.isVisible()
    marked = [i for i in images.canvas.region_items() if i.pen().width() == 3]
    assert len(marked) == 1
