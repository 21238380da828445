"""The search panel: typing searches, results in context, opening hits, code all hits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui import jobs
from gui.bridge import ProjectBridge
from gui.codebook import dialogs as code_dialogs
from gui.main_window import MainWindow
from gui.search import SearchFeature
from gui.search import panel as search_panel
from gui.search.model import AFTER, BEFORE, MATCH, SOURCE

TRUST = "ag2008.process.trust_building"
W1 = "😀 Kami saling percaya. Kepercayaan tumbuh; saling percaya lagi."
W2 = "Di rapat, peserta tidak saling percaya."


@pytest.fixture
def filled(project):
    w1 = project.sources.add("interview", "Wawancara 1", W1)
    w2 = project.sources.add("observation", "Rapat", W2)
    return project, {"w1": w1, "w2": w2, "trust": project.codes.resolve(TRUST).id}


def _window(qtbot, project, features):
    bridge = ProjectBridge()
    main = MainWindow(bridge, features)
    bridge.setParent(main)
    qtbot.addWidget(main)
    bridge.open(project)
    return main


@pytest.fixture
def window(qtbot, filled):
    main = _window(qtbot, filled[0], [SearchFeature])
    yield main
    jobs.wait_for_jobs()
    main.bridge.project.unsubscribe(main.bridge._on_change)


@pytest.fixture
def panel(window):
    return window.features[0].panel


def cells(panel, column):
    return [panel.model.index(r, column).data() for r in range(panel.model.rowCount())]


def test_typing_searches_and_shows_hits_in_context(qtbot, panel):
    assert panel.box.objectName() == "searchBox"
    qtbot.keyClicks(panel.box, "percaya")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=3000)
    assert cells(panel, MATCH) == ["percaya"] * 3
    assert cells(panel, SOURCE) == ["Wawancara 1", "Wawancara 1", "Rapat"]
    assert cells(panel, BEFORE)[0] == "😀 Kami saling "
    assert cells(panel, AFTER)[2] == "."
    assert panel.summary.text().startswith("3 hit")
    assert panel.code_button.isEnabled()


def test_hostile_input_and_modes(qtbot, panel):
    for text in ['"', "AND (", "*", "percaya OR", "NEAR(", "percaya)"]:
        panel.box.setText(text)
        panel.run_search()
        assert "failed" not in panel.summary.text()
    assert panel.model.rowCount() == 3  # "percaya)": the bracket is no syntax
    panel.box.setText("Kepercayaan")
    panel.mode.setCurrentIndex(panel.mode.findData(search_panel.PHRASE))
    assert cells(panel, MATCH) == ["Kepercayaan"]
    panel.box.setText("percaya")
    panel.run_search()
    assert len(cells(panel, MATCH)) == 4  # exact substring: inside "Kepercayaan" too
    panel.kind.setCurrentIndex(panel.kind.findData("observation"))
    assert cells(panel, SOURCE) == ["Rapat"]


def test_clicking_a_hit_asks_for_its_source_and_range(qtbot, panel, window, filled):
    _project, ids = filled
    panel.box.setText("Kepercayaan")
    panel.run_search()
    requested, sources = [], []
    panel.hit_requested.connect(lambda *args: requested.append(args))
    window.selection.source_selected.connect(sources.append)
    panel.table.clicked.emit(panel.model.index(0, MATCH))
    start = W1.index("Kepercayaan")
    assert requested == [(ids["w1"], start, start + len("Kepercayaan"))]
    assert sources == [ids["w1"]]


def test_code_all_hits_is_one_undo_step(qtbot, panel, filled, monkeypatch):
    project, ids = filled
    panel.box.setText("saling percaya")
    panel.mode.setCurrentIndex(panel.mode.findData(search_panel.PHRASE))
    assert panel.model.rowCount() == 3
    monkeypatch.setattr(code_dialogs, "ask_code", lambda *a, **k: ids["trust"])
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    segments = project.segments.for_codes([ids["trust"]])
    assert len(segments) == 3
    assert {project.sources.text(s.source_id)[s.start:s.end] for s in segments} == {
        "saling percaya"}
    assert panel.bridge.undo_stack.count() == 1
    assert panel.code_all_hits(ids["trust"]) == 0  # already coded at exactly those ranges
    assert panel.bridge.undo_stack.count() == 1
    panel.bridge.undo_stack.undo()
    assert project.segments.for_codes([ids["trust"]]) == []


def test_large_study_searches_in_background(qtbot, panel, monkeypatch):
    monkeypatch.setattr(search_panel, "LARGE_STUDY_CHARS", 10)
    panel.box.setText("saling")
    panel.run_search()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3 and not panel.busy, timeout=5000)
    panel.box.setText("tumbuh")
    panel.run_search()
    panel.box.setText("rapat")
    panel.run_search()  # the older search's answer is ignored
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    jobs.wait_for_jobs()
    qtbot.wait(50)
    assert cells(panel, MATCH) == ["rapat"]


def test_shortcut_action_focuses_the_box(qtbot, window, panel):
    feature = window.features[0]
    assert feature.find_action.shortcut().toString() == "Ctrl+Shift+F"
    window.show()
    qtbot.waitExposed(window)
    feature.find_action.trigger()
    qtbot.waitUntil(lambda: panel.box.hasFocus(), timeout=2000)


def test_hit_opens_text_panel_at_the_hit(qtbot, filled):
    text_feature = pytest.importorskip("gui.text.feature")
    project, ids = filled
    main = _window(qtbot, project, [text_feature.TextFeature, SearchFeature])
    try:
        panel = main.features[1].panel
        panel.box.setText("lagi")
        panel.run_search()
        panel.table.clicked.emit(panel.model.index(0, MATCH))
        text_panel = main.centralWidget()
        assert text_panel.source_id == ids["w1"]
        assert text_panel.selected_points() == (W1.index("lagi"), W1.index("lagi") + 4)
    finally:
        main.bridge.project.unsubscribe(main.bridge._on_change)
