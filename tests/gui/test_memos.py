"""The memos panel: list, filter, new memos on targets, autosave with undo, flush."""

from __future__ import annotations

import pytest

from gui.bridge import ProjectBridge
from gui.main_window import MainWindow
from gui.memos import MemosFeature
from gui.memos.editor import AUTOSAVE_MS
from gui.memos.model import TARGET, TITLE


@pytest.fixture
def filled(project):
    p1 = project.participants.add("P01")
    src = project.sources.add("interview", "Wawancara Budi", "Kami saling percaya 😀 sekali.")
    code = project.codes.resolve("ag2008.process.trust_building").id
    seg = project.segments.add(src, code, 5, 19)
    project.memos.add("study", None, "Catatan umum", "isi", created="2024-01-01T10:00:00+07:00")
    project.memos.add("segment", seg, "Tentang segmen", created="2024-01-02T10:00:00+07:00")
    project.memos.add("participant", p1, "", created="2024-01-03T10:00:00+07:00")
    return project, {"src": src, "code": code, "seg": seg, "p1": p1}


@pytest.fixture
def window(qtbot, filled):
    project, _ids = filled
    bridge = ProjectBridge()
    main = MainWindow(bridge, [MemosFeature])
    bridge.setParent(main)
    qtbot.addWidget(main)
    bridge.open(project)
    yield main
    if bridge.project is not None:
        bridge.project.unsubscribe(bridge._on_change)


@pytest.fixture
def panel(window):
    return window.features[0].panel


def cells(panel, column):
    return [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]


def test_list_shows_targets_newest_first_and_filters(panel):
    assert panel.table.objectName() == "memoTable"
    assert cells(panel, TARGET) == ["Participant: P01", "Segment: “saling percaya”", "Study"]
    assert cells(panel, TITLE) == ["(untitled)", "Tentang segmen", "Catatan umum"]
    panel.type_filter.setCurrentIndex(panel.type_filter.findData("segment"))
    assert cells(panel, TITLE) == ["Tentang segmen"]
    panel.type_filter.setCurrentIndex(0)
    assert len(cells(panel, TITLE)) == 3


def test_choosing_a_row_opens_the_memo(panel):
    panel.table.setCurrentIndex(panel.proxy.index(2, 0))
    assert panel.editor.title.text() == "Catatan umum"
    assert panel.editor.body.toPlainText() == "isi"


def test_typing_autosaves_as_undoable_actions(qtbot, panel, filled):
    project, _ids = filled
    memo_id = panel.new_memo("study", None)
    stack = panel.bridge.undo_stack
    assert stack.count() == 1
    qtbot.keyClicks(panel.editor.body, "Refleksi")
    assert panel.editor.dirty
    assert project.memos.get(memo_id).body == ""
    qtbot.waitUntil(lambda: project.memos.get(memo_id).body == "Refleksi",
                    timeout=AUTOSAVE_MS * 5)
    assert stack.count() == 2 and not panel.editor.dirty
    assert "Saved" in panel.editor.status.text()
    qtbot.keyClicks(panel.editor.title, "Judul")
    qtbot.waitUntil(lambda: project.memos.get(memo_id).title == "Judul", timeout=AUTOSAVE_MS * 5)
    assert stack.count() == 3
    assert "Judul" in cells(panel, TITLE)
    stack.undo()
    assert project.memos.get(memo_id).title == ""
    assert panel.editor.title.text() == ""  # the editor follows the undo
    assert panel.editor.body.toPlainText() == "Refleksi"
    stack.undo()
    stack.undo()
    assert panel.editor.memo_id is None
    assert project.memos.count() == 3


def test_flush_on_window_close_saves_pending_typing(qtbot, window, panel, filled):
    project, _ids = filled
    memo_id = panel.new_memo("study", None)
    qtbot.keyClicks(panel.editor.body, "belum tersimpan")
    assert panel.editor.dirty
    window.close()
    assert project.memos.get(memo_id).body == "belum tersimpan"


def test_switching_memos_saves_the_previous_one(qtbot, panel, filled):
    project, _ids = filled
    first = panel.new_memo("study", None)
    qtbot.keyClicks(panel.editor.body, "satu")
    source_index = panel.model.index(panel.model.row_of(1), 0)
    panel.table.setCurrentIndex(panel.proxy.mapFromSource(source_index))
    assert project.memos.get(first).body == "satu"
    assert panel.editor.memo_id != first


def test_new_memos_on_current_source_and_selected_code(panel, filled):
    project, ids = filled
    assert not panel.new_source_action.isEnabled()
    panel.selection.source_selected.emit(ids["src"])
    panel.selection.codes_selected.emit([ids["code"]])
    assert panel.new_source_action.isEnabled() and panel.new_code_action.isEnabled()
    panel.new_source_action.trigger()
    panel.new_code_action.trigger()
    assert [m.target_id for m in project.memos.list("source")] == [ids["src"]]
    assert [m.target_id for m in project.memos.list("code")] == [ids["code"]]
    assert "Code: " in cells(panel, TARGET)[0]


def test_memo_requested_opens_existing_or_makes_one(panel, filled):
    project, ids = filled
    panel.selection.memo_requested.emit("segment", ids["seg"])
    assert panel.editor.title.text() == "Tentang segmen"
    assert project.memos.count() == 3
    panel.selection.memo_requested.emit("source", ids["src"])
    assert project.memos.count() == 4
    memo = project.memos.get(panel.editor.memo_id)
    assert (memo.target_type, memo.target_id) == ("source", ids["src"])
    panel.selection.memo_requested.emit("study", None)
    assert panel.editor.title.text() == "Catatan umum"


def test_delete_memo_is_undoable(panel, filled):
    project, _ids = filled
    panel.open_memo(1)
    panel.delete_action.trigger()
    assert project.memos.count() == 2 and panel.editor.memo_id is None
    panel.bridge.undo_stack.undo()
    assert project.memos.count() == 3
