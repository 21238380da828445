"""Team work in the window: the coder in the status bar, preparing a copy, merging
copies as one undoable step, and the disagreement browser (real widgets, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.bridge import ProjectBridge
from gui.main_window import MainWindow
from gui.team import TeamFeature
from storage import Project
from storage.config import get as config_get
from tests.team_study import X, Y, build_team_study


@pytest.fixture
def window(qtbot, tmp_path):
    project = build_team_study(tmp_path / "team.telaah")
    bridge = ProjectBridge()
    main = MainWindow(bridge, [TeamFeature])
    bridge.setParent(main)
    qtbot.addWidget(main)
    bridge.open(project)
    main.show()
    yield main
    if bridge.project is not None:
        bridge.project.unsubscribe(bridge._on_change)
        bridge.project.close()


@pytest.fixture
def feature(window):
    return window.features[0]


def test_the_status_bar_shows_the_coder_and_switches_it(feature, window):
    assert feature.coder_status.label.text() == "Coder: Lead"
    window.bridge.set_coder("Sari")
    assert feature.coder_status.label.text() == "Coder: Sari"
    assert window.bridge.project.coder == "Sari" and config_get("coder") == "Sari"


def test_prepare_a_copy_and_merge_it_back_in_one_undo_step(feature, window, tmp_path):
    path = feature.prepare_copy({"coder": "Dewi", "output": str(tmp_path / "dewi.telaah"),
                                 "without_codings": True})
    with Project.open(path, coder="Dewi") as copy:
        assert copy.team.stamp().coder == "Dewi" and copy.segments.count() == 0
        source = copy.sources.by_title("S1").id
        copy.segments.add(source, copy.codes.resolve(X).id, 0, 10)
    project = window.bridge.project
    assert feature.merge_copies([path], ask=False)
    assert "Dewi" in project.segments.coders()
    window.bridge.undo_stack.undo()
    assert "Dewi" not in project.segments.coders()


def test_a_bad_copy_is_reported_not_merged(feature, window, tmp_path):
    bad = tmp_path / "bad.telaah"
    bad.write_bytes(b"not a database at all" * 100)
    assert not feature.merge_copies([bad], ask=False)
    box = window.findChild(object, "teamErrorBox")
    assert box is not None and "bad.telaah: cannot be merged" in box.text()


def test_the_disagreement_browser_walks_and_settles_disagreements(feature, qtbot):
    feature.show_browser()
    panel = feature.panel
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() > 0)
    panel.set_coders(["A", "B"])
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2)  # S1 [40,50), S2 [25,30)
    assert "κ 0.828" in panel.figures.text()
    first = panel.current()
    assert (first.start, first.end, first.coded_by) == (40, 50, frozenset({"A"}))
    panel.step(1)
    assert panel.current() is not first
    assert panel.text.extraSelections()[0].cursor.hasSelection()
    assert panel.text.coders == ["A", "B"]
    panel.code_filter.setCurrentIndex(panel.code_filter.findData(
        feature.bridge.project.codes.resolve(Y).id))
    assert panel.list.topLevelItemCount() == 1
    panel.accept_coder.setCurrentIndex(panel.accept_coder.findData("A"))
    panel.memo.setPlainText("A benar.")
    panel.accept_button.click()
    qtbot.waitUntil(lambda: "κ" in panel.figures.text() and panel.list.topLevelItemCount() == 0)
    panel.code_filter.setCurrentIndex(0)
    assert panel.list.topLevelItemCount() == 1
    feature.bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2)


def test_merge_into_consensus_from_the_browser(feature, qtbot):
    feature.show_browser()
    panel = feature.panel
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() > 0)
    panel.consensus.setText("Konsensus")
    panel.consensus_button.click()
    qtbot.waitUntil(lambda: "Konsensus" in [panel.coder_list.item(i).text()
                                            for i in range(panel.coder_list.count())])
    assert "Konsensus" in feature.bridge.project.segments.coders()
    assert panel.coder_list.findItems("Konsensus", Qt.MatchFlag.MatchExactly)[0].checkState() \
        == Qt.CheckState.Unchecked


def test_the_merge_dialog_wants_a_choice_for_every_conflict(feature, window, tmp_path, qtbot):
    from gui.team.merge_dialog import MergeDialog
    from importers.coder_copies import open_copies
    from storage.merge import merge

    project = window.bridge.project
    path = feature.prepare_copy({"coder": "Dewi", "output": str(tmp_path / "d.telaah")})
    code_id = project.codes.resolve(X).id
    project.evaluation.set_judgement(code_id, verdict="met")
    with Project.open(path, coder="Dewi") as copy:
        copy.evaluation.set_judgement(copy.codes.resolve(X).id, verdict="not_found")
    with open_copies(project, [path]) as copies:
        dialog = MergeDialog(merge(project, copies.copies, dry_run=True), window)
        qtbot.addWidget(dialog)
        assert dialog.conflicts.rowCount() == 1 and "d.telaah (Dewi)" in \
            dialog.summary.toPlainText()
        dialog.accept()
        assert dialog.result() != dialog.DialogCode.Accepted
        assert "every conflict" in dialog.conflicts_label.text()
        combo = next(iter(dialog.choices.values()))
        combo.setCurrentIndex(combo.findData("theirs"))
        assert list(dialog.chosen().values()) == ["theirs"]


def test_the_handout_dialog_gives_its_options(window, qtbot):
    from gui.team.handout_dialog import HandoutDialog

    dialog = HandoutDialog(window.bridge.project.sources.list(), window)
    qtbot.addWidget(dialog)
    dialog.coder.setText(" Sari ")
    dialog.sources.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.without_codings.setChecked(True)
    options = dialog.options()
    assert options["coder"] == "Sari" and options["without_codings"]
    assert options["source_ids"] == [window.bridge.project.sources.by_title("S1").id]


def test_the_merge_dialog_shows_a_coders_edits_and_deletions(feature, window, tmp_path,
                                                              qtbot):
    from gui.team.merge_dialog import MergeDialog
    from importers.coder_copies import open_copies
    from storage.merge import merge

    project = window.bridge.project
    path = feature.prepare_copy({"coder": "A", "output": str(tmp_path / "a.telaah")})
    with Project.open(path, coder="A") as copy:
        first, second, *_ = [s for s in copy.segments.all() if s.coder == "A"]
        copy.segments.update(first.id, end=first.end - 5)
        copy.segments.delete(second.id)
        theirs_b = next(s for s in copy.segments.all() if s.coder == "B")
        copy.segments.delete(theirs_b.id)
    with open_copies(project, [path]) as copies:
        dialog = MergeDialog(merge(project, copies.copies, dry_run=True), window)
        qtbot.addWidget(dialog)
    summary = dialog.summary.toPlainText()
    assert "1 codings changed in the copy, 1 codings deleted in the copy" in summary
    assert "Coding changed: S1" in summary and "Coding deleted: " in summary
    assert dialog.conflicts.rowCount() == 1  # B's coding, deleted in A's copy
    assert dialog.conflicts.item(0, 1).text().startswith("Coding: ")
    assert "(B)" in dialog.conflicts.item(0, 1).text()
    assert dialog.conflicts.item(0, 3).text() == "(deleted)"
