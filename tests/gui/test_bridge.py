"""The bridge is the one way onto the undo stack: it pushes every undoable Change itself."""

from __future__ import annotations

import pytest

from gui import bridge as bridge_module
from gui.bridge import ProjectBridge
from storage import Kind, Project


@pytest.fixture
def bridge(qtbot, tmp_path):
    made = ProjectBridge()
    made.open(Project.create(tmp_path / "p.telaah", title="t", coder="Tester"))
    yield made
    made.close()


def test_a_repository_call_is_one_undo_step_and_undo_is_not_pushed_again(bridge):
    seen = []
    bridge.changed.connect(seen.append)
    project = bridge.project
    source = project.sources.add("interview", "Wawancara", "kami percaya")
    assert bridge.undo_stack.count() == 1 and seen[-1].affects(Kind.SOURCES)
    bridge.run("Rename", lambda p: p.sources.update(source, title="Baru"))
    assert bridge.undo_stack.count() == 2
    bridge.undo_stack.undo()
    assert project.sources.get(source).title == "Wawancara"
    assert seen[-1].replayed and bridge.undo_stack.count() == 2
    bridge.undo_stack.redo()
    assert project.sources.get(source).title == "Baru"
    assert bridge.undo_stack.count() == 2 and bridge.undo_stack.index() == 2


def test_a_macro_is_one_step(bridge):
    project = bridge.project
    with bridge.macro("Import 2 file(s)"):
        project.sources.add("interview", "a", "satu")
        project.sources.add("interview", "b", "dua")
    assert bridge.undo_stack.count() == 1
    assert bridge.undo_stack.undoText() == "Import 2 file(s)"
    bridge.undo_stack.undo()
    assert project.sources.count() == 0
    bridge.undo_stack.redo()
    assert project.sources.count() == 2


def test_an_unjournaled_bulk_change_clears_the_history(bridge):
    project = bridge.project
    project.sources.add("interview", "a", "satu")
    with project.action("Bulk", journal=False) as act:
        act.insert("settings", {"key": "x", "value": "1"})
    assert bridge.undo_stack.count() == 0


def test_the_history_keeps_the_newest_steps_within_its_memory(bridge, monkeypatch):
    project = bridge.project
    source = project.sources.add("interview", "a", "kata " * 2000)
    one_edit = None
    for n in range(6):
        project.sources.edit_text(source, 0, 100, str(n) * 100)
        one_edit = one_edit or bridge.undo_bytes - bridge.undo_stack.command(0).weight
    monkeypatch.setattr(bridge_module, "UNDO_BYTES", 3 * one_edit + 10)
    project.sources.edit_text(source, 0, 100, "7" * 100)
    assert bridge.undo_stack.count() == 3
    assert bridge.undo_bytes <= bridge_module.UNDO_BYTES
    while bridge.undo_stack.canUndo():
        bridge.undo_stack.undo()
    assert project.sources.text(source)[:100] == "3" * 100   # back to before the 3 kept


def test_the_history_has_a_step_limit(bridge):
    assert bridge.undo_stack.undoLimit() == bridge_module.UNDO_STEPS


def test_a_burst_of_keys_is_one_undo_step_told_to_the_panels_when_typing_pauses(
        bridge, qtbot):
    project = bridge.project
    source = project.sources.add("interview", "Wawancara", "kami percaya")
    seen, steps = [], bridge.undo_stack.count()
    bridge.changed.connect(seen.append)
    for n, char in enumerate("Ya, "):
        bridge.run("Edit text", lambda p, n=n, char=char: p.sources.edit_text(
            source, n, n, char), origin="view")
    bridge.run("Edit text", lambda p: p.sources.edit_text(source, 10, 10, "!"),
               origin="view")                     # typed elsewhere: a step of its own
    assert bridge.undo_stack.count() == steps + 2 and not seen   # stored, not yet told
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    told, = seen
    assert told.typing_only and told.origin == "view"
    assert "".join(e.inserted for e in told.text_splices(source)) == "Ya, !"
    bridge.undo_stack.undo()
    bridge.undo_stack.undo()
    assert project.sources.text(source) == "kami percaya"
    bridge.undo_stack.redo()
    assert project.sources.text(source) == "Ya, kami percaya"


def test_held_keys_are_told_before_the_next_change(bridge):
    project = bridge.project
    source = project.sources.add("interview", "Wawancara", "kami")
    seen = []
    bridge.changed.connect(seen.append)
    project.sources.edit_text(source, 0, 0, "K")
    project.sources.update(source, title="Baru")
    assert [change.typing_only for change in seen] == [True, False]
