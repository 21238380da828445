"""The network map's drawing: edges as segments on the cached background, cut where
nodes hide them, finer when zoomed in; clicks and drags still reach the right tie and
node; labels keep their size. Real projects, real widgets offscreen, real pixels."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsView

from analysis.network import layout, network_view
from gui.network.edges import SMOOTH_TOLERANCE, visible_span
from gui.network.scene import SCALE, NetworkMap, NetworkScene

EDGE_GREY, CONFLICT_RED = QColor("#555555"), QColor("#c0392b")


@pytest.fixture
def triangle(project):
    """Three actors far apart: A–B agreement, A→C information (2 passages), B–C conflict."""
    source = project.sources.add("interview", "W1", "kata " * 200)
    ids = [project.network.add_actor(name) for name in ("A", "B", "C")]
    for first, second, kind, start in ((0, 1, "agreement", 0), (0, 2, "information", 10),
                                       (0, 2, "information", 20), (1, 2, "conflict", 30)):
        project.network.add_tie(ids[first], ids[second], kind, source, start, start + 4)
    positions = {ids[0]: (-0.8, 0.5), ids[1]: (0.8, 0.5), ids[2]: (0.0, -0.6)}
    return network_view(project), positions, ids


def shown(qtbot, view_result, positions, cache=True) -> NetworkMap:
    scene = NetworkScene()
    view = NetworkMap(scene)
    scene.setParent(view)                                # kept alive by the view
    qtbot.addWidget(view)
    if not cache:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    for bar in (view.setHorizontalScrollBarPolicy, view.setVerticalScrollBarPolicy):
        bar(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)       # both views the same size
    view.resize(640, 480)
    view.show()
    scene.show_view(view_result, positions, [])
    view.fit()
    return view


def picture(view: NetworkMap) -> QImage:
    return view.viewport().grab().toImage()


def on_curve(drawn_edge, t: float = 0.5) -> QPointF:
    a, control, b = drawn_edge.control()
    return a * (1 - t) ** 2 + control * (2 * (1 - t) * t) + b * (t * t)


def painted_near(image: QImage, point: QPoint, colour: QColor, reach: int = 2) -> bool:
    """Whether a pixel within `reach` of `point` has (about) `colour`."""
    assert image.rect().adjusted(reach, reach, -reach, -reach).contains(point)
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            found = image.pixelColor(point.x() + dx, point.y() + dy)
            if all(abs(x - y) < 40 for x, y in zip(found.getRgb()[:3], colour.getRgb()[:3],
                                                      strict=True)):
                return True
    return False


def edge_of(view: NetworkMap, type_key: str):
    return next(e for e in view.scene().edges if e.edge.type_key == type_key)


def test_each_edge_is_painted_along_its_curve(qtbot, triangle):
    view = shown(qtbot, *triangle[:2])
    image = picture(view)
    for type_key, colour in (("agreement", EDGE_GREY), ("information", EDGE_GREY),
                             ("conflict", CONFLICT_RED)):
        middle = view.mapFromScene(on_curve(edge_of(view, type_key)))
        assert painted_near(image, middle, colour), type_key
    white = view.mapFromScene(QPointF(0, 0.62 * SCALE))    # below A–B, nothing there
    assert not painted_near(image, white, EDGE_GREY)


def test_a_click_on_an_edge_reports_that_tie(qtbot, triangle):
    view = shown(qtbot, *triangle[:2])
    for type_key in ("agreement", "conflict", "information"):
        drawn = edge_of(view, type_key)
        with qtbot.waitSignal(view.scene().edge_clicked) as clicked:
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                             pos=view.mapFromScene(on_curve(drawn, 0.4)))
        assert clicked.args[0] is drawn.edge


def test_dragging_a_node_moves_its_edges_and_reports_the_position(qtbot, triangle):
    view_result, positions, ids = triangle
    view = shown(qtbot, view_result, positions)
    scene, node = view.scene(), view.scene().nodes[ids[2]]
    conflict = edge_of(view, "conflict")
    before = view.mapFromScene(on_curve(conflict))
    grabbed = view.mapFromScene(node.item.pos())
    dropped = grabbed + QPoint(0, 150)
    with qtbot.waitSignal(scene.positions_moved) as moved:
        QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=grabbed)
        for step in range(1, 6):
            QTest.mouseMove(view.viewport(), grabbed + QPoint(0, 30 * step))
        QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=dropped)
    x, y = moved.args[0][ids[2]]
    assert y > positions[ids[2]][1] + 0.1 and x == pytest.approx(positions[ids[2]][0])
    image = picture(view)
    after = view.mapFromScene(on_curve(conflict))
    assert after != before
    assert painted_near(image, after, CONFLICT_RED)
    assert not painted_near(image, before, CONFLICT_RED)


def test_the_cached_background_matches_a_full_repaint_after_pans_and_zooms(qtbot, project):
    source = project.sources.add("interview", "W1", "kata " * 2000)
    rng = random.Random(5)
    ids = [project.network.add_actor(f"Aktor {n}") for n in range(30)]
    types = [t.key for t in project.network.tie_types()]
    with project.action("Ties"):
        for number in range(300):
            first, second = rng.sample(ids, 2)
            project.network.add_tie(first, second, rng.choice(types), source,
                                    number * 5, number * 5 + 4)
    result = network_view(project)
    cached, full = (shown(qtbot, result, layout(result), cache=flag) for flag in (True, False))
    for step in range(8):
        for view in (cached, full):
            if step % 2:
                view.scale(1.25, 1.25)
            else:
                view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 31)
                view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 17)
        first, second = (softened(picture(v)) for v in (cached, full))
        differing = np.count_nonzero(np.abs(first - second) > 40) / first.size
        assert differing < 0.0005, f"step {step}: {differing:.2%} of the pixels differ"


def softened(image: QImage) -> np.ndarray:
    """Grey levels averaged over 3×3 pixels. A pan scrolls the cached picture by whole
    pixels while the scene moved by a fraction more, and antialiased edges then differ
    by a few levels; a stale or missing edge differs by far more."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), -1)
    pixels = rows[:, :grey.width()].astype(float)
    padded = np.pad(pixels, 1, mode="edge")
    return sum(padded[dy:dy + pixels.shape[0], dx:dx + pixels.shape[1]]
               for dy in range(3) for dx in range(3)) / 9


@pytest.mark.parametrize("type_key", ["agreement", "conflict"])
def test_curves_get_more_segments_when_zoomed_in_and_stay_on_the_curve(qtbot, triangle,
                                                                       type_key):
    view = shown(qtbot, *triangle[:2])
    drawn = edge_of(view, type_key)
    layer = next(layer for layer in view.scene().layers if drawn in layer.edges)
    assert layer.edges == [drawn] and layer.antialiased
    samples = [on_curve(drawn, step / 2000) for step in range(2001)]
    counts = []
    for scale in (0.5, 2.0, 4.0):           # (past that, MAX_SEGMENTS bounds the cut)
        if layer.polylines:                 # dashed: one polyline, the dashes run on
            (polyline,) = layer.polylines_at(scale)
            segments = [(polyline[i], polyline[i + 1]) for i in range(len(polyline) - 1)]
        else:
            segments = [(line.p1(), line.p2()) for line in layer.lines_at(scale)]
        counts.append(len(segments))
        for first, second in segments:
            middle = (first + second) / 2
            nearest = min(range(len(samples)), key=lambda i: math.hypot(
                middle.x() - samples[i].x(), middle.y() - samples[i].y()))
            finer = [on_curve(drawn, (nearest + k / 100) / 2000) for k in range(-100, 101)]
            gap = min(math.hypot(middle.x() - p.x(), middle.y() - p.y()) for p in finer)
            assert gap * scale <= SMOOTH_TOLERANCE + 0.01
    assert counts[0] < counts[1] < counts[2]


def test_the_parts_under_the_nodes_are_not_drawn_and_no_gap_shows():
    rng = np.random.default_rng(3)
    chord = rng.uniform(20, 400, 500)
    bend = rng.uniform(0.0, 0.4, 500)
    radius = rng.uniform(0, 60, 500)
    t = visible_span(chord, bend, radius)
    distance = t * chord * np.sqrt(1 + 4 * ((1 - t) * bend) ** 2)   # |B(t) − start|
    inside = radius < chord / 2
    assert np.all(distance <= radius + 1e-9)
    assert np.all(distance[inside] >= radius[inside] - 0.5)


def test_labels_keep_their_size_in_pixels_when_zoomed(qtbot, triangle):
    view = shown(qtbot, *triangle[:2])
    label = next(iter(view.scene().nodes.values())).label
    before = label.deviceTransform(view.viewportTransform()).m11()
    view.scale(3, 3)
    assert label.deviceTransform(view.viewportTransform()).m11() == pytest.approx(before)
    assert before == pytest.approx(1.0)


def test_only_the_segments_that_meet_the_exposed_rect_are_drawn(qtbot, triangle):
    view = shown(qtbot, *triangle[:2])
    layer = next(layer for layer in view.scene().layers
                 if layer.edges[0].edge.type_key == "information")
    every = layer.lines_at(4.0)
    corner = QRectF(-0.8 * SCALE, 0.0, 0.5 * SCALE, 0.6 * SCALE)     # around actor A
    some = layer.lines_at(4.0, corner)
    assert 0 < len(some) < len(every)
    for line in every:
        box = QRectF(line.p1(), line.p2()).normalized()
        meets = box.intersects(corner) or corner.contains(line.p1())
        assert (line in some) == meets
    assert layer.lines_at(4.0, layer.bounds.adjusted(-1, -1, 1, 1)) == every


def test_the_next_zoom_levels_are_made_while_idle(qtbot, triangle):
    view = shown(qtbot, *triangle[:2])
    picture(view)
    scale = view.transform().m11()
    layers = view.scene().layers
    qtbot.waitUntil(lambda: all(layer.ready_at(scale * 2) and layer.ready_at(scale / 2)
                                for layer in layers))
    assert not any(layer.ready_at(scale * 4) for layer in layers)
