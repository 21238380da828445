"""Read mode by default, Edit Text mode on request: stray keys and drags change nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from test_text_helpers import make_env

TEXT = "Kami membangun kepercayaan dengan dinas koperasi.\nBaris kedua tentang ekspor."


@pytest.fixture
def env(qtbot, project):
    return make_env(qtbot, project)


def base_colour(view) -> str:
    return view.palette().color(QPalette.ColorRole.Base).name()


def text_drop(view, accept_enter: bool):
    mime = QMimeData()
    mime.setText("SISIPAN ")
    point = QPointF(view.viewport().rect().center())
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.MoveAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dragEnterEvent(enter)
    assert enter.isAccepted() == accept_enter
    drop = QDropEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    return drop


def test_a_source_opens_read_only_and_stray_keys_change_nothing(env, qtbot):
    source_id = env.add_source(TEXT)
    action = env.panel.edit_mode.action
    assert action.isEnabled() and not action.isChecked()
    assert env.view.isReadOnly() and not env.panel.edit_mode.banner.isVisible()
    env.view.setFocus()
    qtbot.keyClicks(env.view, "zz")
    qtbot.keyClick(env.view, Qt.Key.Key_Delete)
    env.panel.flush()
    assert env.view.toPlainText() == TEXT
    assert env.project.sources.text(source_id) == TEXT
    assert env.bridge.undo_stack.count() == 0
    env.select(TEXT, 5, 14)        # reading still selects, so coding works
    assert env.panel.selected_points() == (5, 14)


def test_edit_text_mode_looks_different_and_stores_typing(env, qtbot):
    source_id = env.add_source(TEXT)
    read_colour = base_colour(env.view)
    env.edit()
    assert not env.view.isReadOnly()
    assert env.panel.edit_mode.banner.isVisible()
    assert base_colour(env.view) != read_colour
    cursor = env.view.textCursor()
    cursor.setPosition(0)
    env.view.setTextCursor(cursor)
    env.view.setFocus()
    qtbot.keyClicks(env.view, "Ya, ")
    env.panel.edit_mode.action.setChecked(False)   # leaving Edit mode stores the typing
    assert env.project.sources.text(source_id) == "Ya, " + TEXT
    assert env.view.isReadOnly() and base_colour(env.view) == read_colour
    assert not env.panel.edit_mode.banner.isVisible()


def test_another_source_opens_in_read_mode_again(env):
    env.add_source(TEXT)
    env.edit()
    env.add_source("Teks lain.", title="Wawancara B")
    assert env.view.isReadOnly() and not env.panel.edit_mode.action.isChecked()


def test_text_is_neither_dropped_nor_dragged_from_a_selection_in_read_mode(env, qtbot):
    source_id = env.add_source(TEXT)
    drop = text_drop(env.view, accept_enter=False)
    assert not drop.isAccepted()
    env.select(TEXT, 5, 26)
    inside = env.view.cursorRect(env.view.textCursor()).center()
    inside.setX(inside.x() - 20)           # a point on the selected words
    qtbot.mousePress(env.view.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    assert not env.view.textCursor().hasSelection()   # a new selection, not a drag
    qtbot.mouseRelease(env.view.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    assert env.view.toPlainText() == TEXT
    assert env.project.sources.text(source_id) == TEXT


def test_edit_mode_accepts_dropped_text(env):
    source_id = env.add_source(TEXT)
    env.edit()
    assert text_drop(env.view, accept_enter=True).isAccepted()
    env.panel.flush()
    assert env.project.sources.text(source_id) != TEXT
    assert "SISIPAN" in env.project.sources.text(source_id)


def test_a_text_shown_inexactly_cannot_be_edited(env):
    env.add_source("Baris satu\r\nBaris dua")
    assert not env.panel.edit_mode.action.isEnabled()
    env.panel.edit_mode.action.setChecked(True)
    assert env.view.isReadOnly()
