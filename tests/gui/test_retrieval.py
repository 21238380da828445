"""The retrieval panel: segments of the selected codes, filters and the open signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.bridge import ProjectBridge
from gui.codebook import CodebookFeature
from gui.main_window import MainWindow
from gui.retrieval import RetrievalFeature
from gui.retrieval.model import CODE, GROUP, PARTICIPANT, SOURCE, TECHNIQUE, TEXT, VALENCE

TRUST = "ag2008.process.trust_building"


@pytest.fixture
def coded(project):
    umkm = project.participants.resolve_group("Pemilik UMKM")
    gov = project.participants.resolve_group("Instansi pemerintah")
    p1 = project.participants.add("P01", group_id=umkm)
    p2 = project.participants.add("P02", group_id=gov)
    text = "😀 Kami saling percaya. Dinas hadir tiap bulan."
    w1 = project.sources.add("interview", "Wawancara P01", text, participant_ids=[p1],
                             date="2024-03-01")
    rapat = project.sources.add("observation", "Rapat", "Peserta bertukar data.",
                                participant_ids=[p1, p2])
    trust = project.codes.resolve(TRUST).id
    process = project.codes.resolve("ag2008.process").id
    start = text.index("saling percaya")
    s1 = project.segments.add(w1, trust, start, start + 14, coder="ana")
    s2 = project.segments.add(rapat, trust, 0, 7, participant_id=p2, valence="contradicts",
                              coder="budi")
    s3 = project.segments.add(w1, process, text.index("Dinas"), len(text), coder="ana")
    return project, locals()


@pytest.fixture
def window(qtbot, coded):
    project, _ids = coded
    bridge = ProjectBridge()
    main = MainWindow(bridge, [CodebookFeature, RetrievalFeature])
    bridge.setParent(main)
    qtbot.addWidget(main)
    bridge.open(project)
    yield main
    bridge.project.unsubscribe(bridge._on_change)


@pytest.fixture
def panel(window):
    return window.features[1].panel


def shown(panel, column=TEXT):
    return [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]


def test_rows_for_selected_codes_with_context(panel, window, coded):
    _project, ids = coded
    assert panel.table.objectName() == "segmentTable"
    window.features[0].panel.select_codes([ids["trust"]])
    assert shown(panel) == ["saling percaya", "Peserta"]
    assert shown(panel, PARTICIPANT) == ["P01", "P02"]  # source's first, then segment's own
    assert shown(panel, GROUP) == ["Pemilik UMKM", "Instansi pemerintah"]
    assert shown(panel, SOURCE) == ["Wawancara P01", "Rapat"]
    assert shown(panel, TECHNIQUE) == ["Interview", "Observation"]
    assert panel.proxy.index(0, CODE).data(Qt.ItemDataRole.ToolTipRole) == TRUST
    assert panel.summary.text().startswith("2 segment")


def test_include_subcodes_checkbox(panel, coded):
    _project, ids = coded
    panel.selection.codes_selected.emit([ids["process"]])
    assert len(shown(panel)) == 3
    panel.include_subcodes.setChecked(False)
    assert shown(panel) == ["Dinas hadir tiap bulan."]


def test_filters_combine(panel, coded):
    _project, ids = coded
    panel.selection.codes_selected.emit([ids["process"]])
    panel.set_filter(VALENCE, "contradicts")
    assert shown(panel) == ["Peserta"]
    assert "1 of 3" in panel.summary.text()
    panel.set_filter(VALENCE, None)
    panel.set_filter(PARTICIPANT, "P01")
    assert len(shown(panel)) == 2
    panel.text_filter.setText("DINAS")
    assert shown(panel) == ["Dinas hadir tiap bulan."]
    panel.text_filter.clear()
    panel.set_filter(PARTICIPANT, None)
    coder = panel.combos[8]
    assert [coder.itemData(i) for i in range(coder.count())] == [None, "ana", "budi"]
    panel.set_filter(8, "budi")
    assert shown(panel) == ["Peserta"]


def test_click_row_opens_source_at_segment(qtbot, panel, coded):
    _project, ids = coded
    panel.selection.codes_selected.emit([ids["trust"]])
    sources, segments = [], []
    panel.selection.source_selected.connect(sources.append)
    panel.selection.segment_requested.connect(segments.append)
    index = panel.proxy.index(1, TEXT)
    rect = panel.table.visualRect(index)
    panel.table.show()
    qtbot.waitExposed(panel.table)
    from PySide6.QtTest import QTest

    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sources == [ids["rapat"]] and segments == [ids["s2"]]
    panel.table.activated.emit(panel.proxy.index(0, TEXT))
    assert segments[-1] == ids["s1"] and sources[-1] == ids["w1"]


def test_refreshes_on_change_and_undo(panel, window, coded):
    project, ids = coded
    panel.selection.codes_selected.emit([ids["trust"]])
    window.bridge.run("Code", lambda p: p.segments.add(ids["w1"], ids["trust"], 0, 1))
    assert "😀" in shown(panel)
    window.bridge.undo_stack.undo()
    assert "😀" not in shown(panel)
    project.participants.update(ids["p1"], code="X01")
    assert shown(panel, PARTICIPANT)[0] == "X01"


def test_empty_selection_shows_hint(panel, coded):
    panel.selection.codes_selected.emit([])
    assert panel.proxy.rowCount() == 0
    assert "Select codes" in panel.summary.text()
