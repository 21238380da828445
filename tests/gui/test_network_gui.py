"""The network feature on the real main window over the demo study: the map, marking
a tie from a selected passage, dragging nodes, the evidence of a tie, empty states."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QPlainTextEdit

from gui import i18n, jobs
from gui.app import build_window
from gui.network.scene import SCALE, TieEdge
from gui.project.actions import open_project
from importers.demo import write_demo
from storage import config


@pytest.fixture(autouse=True)
def english():
    config.set_values(ui_language="en", coder="Rina")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "demo.telaah"
    write_demo(path).close()
    window = build_window()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert open_project(window, path)
    yield window
    jobs.wait_for_jobs()
    window.bridge.close()


def feature(window):
    return next(f for f in window.features if type(f).__name__ == "NetworkFeature")


def show_map(qtbot, window):
    net = feature(window)
    net.show_action.trigger()
    qtbot.waitUntil(lambda: net.panel.on_screen and bool(net.panel.scene.nodes))
    return net


def test_the_demo_network_is_drawn_with_its_measures(qtbot, window):
    net = show_map(qtbot, window)
    project = window.bridge.project
    assert set(net.panel.scene.nodes) == {a.id for a in project.network.actors()}
    assert len(net.panel.scene.edges) == len(net.panel.view.edges)
    assert net.panel.measures.rowCount() == len(project.network.actors())
    assert "suggested form" in net.panel.summary.text()
    assert window.findChild(QDockWidget, "networkDock").isVisible()


def test_mark_a_tie_on_the_selected_passage_and_undo_it(qtbot, window):
    net = show_map(qtbot, window)
    project = window.bridge.project
    source = next(s for s in project.sources.list() if s.kind == "interview")
    window.selection.source_selected.emit(source.id)
    view = next(f for f in window.features if type(f).__name__ == "TextFeature").panel.view
    assert isinstance(view, QPlainTextEdit)
    qtbot.waitUntil(lambda: view.toPlainText() == project.sources.text(source.id))
    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(20, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    before = len(project.network.ties())
    actors = project.network.actors()
    net.store_tie(window.selection.text_range(), actors[0].id, actors[1].id, "conflict", False)
    ties = project.network.ties()
    assert len(ties) == before + 1
    assert (ties[-1].source_id, ties[-1].start, ties[-1].end) == (source.id, 0, 20)
    qtbot.waitUntil(lambda: sum(e.passages for e in net.panel.view.edges) == before + 1)
    window.bridge.undo_stack.undo()
    assert len(project.network.ties()) == before


def test_a_self_tie_is_refused_with_a_message(qtbot, window):
    net = feature(window)
    project = window.bridge.project
    actor = project.network.actors()[0]
    source = project.sources.list()[0]
    net.store_tie((source.id, 0, 5), actor.id, actor.id, "conflict", False)
    assert "cannot be tied to itself" in window.statusBar().currentMessage()


def test_dragging_a_node_stores_its_position_as_one_step(qtbot, window):
    net = show_map(qtbot, window)
    scene = net.panel.scene
    actor_id, node = next(iter(scene.nodes.items()))
    node.item.setPos(QPointF(0.25 * SCALE, -0.5 * SCALE))
    scene.positions_moved.emit(scene.layout_positions())
    moved = next(a for a in window.bridge.project.network.actors() if a.id == actor_id)
    assert (moved.x, moved.y) == pytest.approx((0.25, -0.5))
    window.bridge.undo_stack.undo()
    back = next(a for a in window.bridge.project.network.actors() if a.id == actor_id)
    assert (back.x, back.y) != pytest.approx((0.25, -0.5))


def test_clicking_a_tie_lists_its_evidence(qtbot, window):
    net = show_map(qtbot, window)
    edge = max(net.panel.scene.edges, key=lambda e: e.edge.passages)
    assert isinstance(edge, TieEdge)
    start, control, end = edge.control()
    on_curve = (start + control * 2 + end) / 4            # the curve at t = 1/2
    assert net.panel.scene.edge_at(on_curve) is edge
    net.panel.scene.edge_clicked.emit(edge.edge)
    assert net.panel.evidence.count() == edge.edge.passages
    assert "“" in net.panel.evidence.item(0).text()


def test_filters_narrow_the_map(qtbot, window):
    net = show_map(qtbot, window)
    for action in net.panel.types_menu.actions():
        action.setChecked(action.data() == "conflict")
    assert {e.type_key for e in net.panel.view.edges} == {"conflict"}


def test_an_empty_network_says_what_would_fill_it(qtbot, window):
    project = window.bridge.project
    for actor in project.network.actors():
        window.bridge.run("x", lambda p, a=actor.id: p.network.delete_actor(a, with_ties=True))
    net = show_map_empty(qtbot, window)
    empty = net.panel.findChild(QLabel, "networkEmpty")
    assert net.panel.pages.currentWidget() is empty and "Mark tie" in empty.text()


def show_map_empty(qtbot, window):
    net = feature(window)
    net.show_action.trigger()
    qtbot.waitUntil(lambda: net.panel.on_screen)
    return net


def test_actions_need_a_project(qtbot, window):
    net = feature(window)
    assert net.tie_action.isEnabled()
    window.bridge.close()
    assert not net.tie_action.isEnabled() and not net.show_action.isEnabled()


def test_mark_tie_without_a_selection_says_so(qtbot, window):
    net = feature(window)
    net.tie_action.trigger()
    assert "Select a passage" in window.statusBar().currentMessage()
    assert net.panel is not None and Qt is not None
