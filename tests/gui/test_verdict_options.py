"""The verdict options dialog: rename in place, reorder, add, remove what is unused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.bridge import ProjectBridge
from gui.evaluation.verdict_options import VerdictOptionsDialog

TRUST = "ag2008.process.trust_building"


@pytest.fixture
def bridge(project):
    bridge = ProjectBridge()
    bridge.open(project)
    yield bridge
    project.unsubscribe(bridge._on_change)  # the project fixture closes the file


@pytest.fixture
def dialog(qtbot, bridge):
    dialog = VerdictOptionsDialog(bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def keys(project) -> list[str]:
    return [o.key for o in project.evaluation.verdict_options()]


def column(dialog, number: int) -> list[str]:
    return [dialog.table.item(r, number).text() for r in range(dialog.table.rowCount())]


def test_lists_options_with_how_many_indicators_carry_them(qtbot, project, bridge, dialog):
    trust = project.codes.resolve(TRUST).id
    bridge.run("Judge", lambda p: p.evaluation.set_judgement(trust, verdict="partly_met"))
    qtbot.waitUntil(lambda: column(dialog, 2) == ["0", "1", "0", "0"])
    assert column(dialog, 0) == ["Terpenuhi", "Sebagian", "Belum optimal", "Tidak ditemukan"]
    dialog.table.selectRow(1)
    assert not dialog.buttons["remove"].isEnabled()
    assert "1 indicator" in dialog.buttons["remove"].toolTip()


def test_rename_in_place_is_one_undoable_step(qtbot, project, bridge, dialog):
    dialog.table.item(1, 0).setText("Sebagian terpenuhi")
    assert project.evaluation.verdict_options()[1].label_id == "Sebagian terpenuhi"
    bridge.undo_stack.undo()
    assert project.evaluation.verdict_options()[1].label_id == "Sebagian"
    qtbot.waitUntil(lambda: column(dialog, 0)[1] == "Sebagian")


def test_move_add_and_remove(qtbot, project, dialog):
    dialog.table.selectRow(3)
    assert not dialog.buttons["down"].isEnabled()
    qtbot.mouseClick(dialog.buttons["up"], Qt.MouseButton.LeftButton)
    assert keys(project) == ["met", "partly_met", "not_found", "not_optimal"]
    qtbot.waitUntil(lambda: dialog.current_key() == "not_found")
    dialog.add("needs_data", "Needs more data", "Perlu data tambahan")
    assert keys(project)[-1] == "needs_data"
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5)
    dialog.table.selectRow(4)
    qtbot.mouseClick(dialog.buttons["remove"], Qt.MouseButton.LeftButton)
    assert keys(project) == ["met", "partly_met", "not_found", "not_optimal"]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4)


def test_empty_label_is_refused_under_the_table(qtbot, project, dialog):
    dialog.table.item(0, 1).setText("  ")
    assert "both languages" in dialog.message.text()
    assert project.evaluation.verdict_options()[0].label_en == "Met"
    qtbot.waitUntil(lambda: column(dialog, 1)[0] == "Met")


def test_board_button_opens_the_dialog(qtbot, project, bridge):
    from gui.evaluation.panel import EvaluationPanel
    from gui.selection import Selection

    panel = EvaluationPanel(bridge, Selection())
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh_now()
    dialog = panel.board.edit_verdict_options()
    assert dialog is not None and dialog.isVisible()
    dialog.table.item(0, 1).setText("Fully met")
    panel.refresh_now()
    assert "Fully met" in panel.board.legend.text()
    dialog.close()


def test_the_dialog_can_be_placed_like_any_widget(dialog):
    dialog.move(40, 30)         # QWidget.move is not shadowed by the list's own moves
    assert (dialog.x(), dialog.y()) == (40, 30)
