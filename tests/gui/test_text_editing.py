"""Editing in the Text panel: stored as you type, segments follow, undo, timestamps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from test_text_helpers import (
    covered,
    expected_covered,
    expected_units,
    highlighted,
    make_env,
    units,
)

from gui.text.editing import DEBOUNCE_MS

TEXT = "Kami membangun kepercayaan dengan dinas koperasi.\nBaris kedua tentang ekspor."


@pytest.fixture
def env(qtbot, project):
    return make_env(qtbot, project, editing=True)


def put_cursor(env, text: str, point: int) -> None:
    cursor = env.view.textCursor()
    cursor.setPosition(units(text[:point]))
    env.view.setTextCursor(cursor)
    env.view.setFocus()


def wait_stored(qtbot, env, source_id, expected: str) -> None:
    qtbot.waitUntil(lambda: env.project.sources.text(source_id) == expected,
                    timeout=DEBOUNCE_MS * 4)


def test_typing_before_and_inside_a_segment_is_stored_as_typed(env, qtbot):
    source_id = env.add_source(TEXT)
    code = env.code("ag2008.process.trust_building")
    start, end = TEXT.index("membangun"), TEXT.index(" dengan")
    env.panel.code_selection(code, start, end)
    steps = env.bridge.undo_stack.count()
    put_cursor(env, TEXT, 0)
    qtbot.keyClicks(env.view, "Ya, ")
    assert highlighted(env.view) == [(start + 4, end + 4)]  # the screen follows at once
    text = "Ya, " + TEXT
    QCoreApplication.processEvents()      # no pause needed: each key is stored at once
    assert env.project.sources.text(source_id) == text
    assert env.stored(source_id) == [(start + 4, end + 4, code)]
    assert env.bridge.undo_stack.count() == steps + 1  # one burst, one undo step
    inside = text.index("kepercayaan")
    put_cursor(env, text, inside)
    qtbot.keyClicks(env.view, "rasa ")
    text = text[:inside] + "rasa " + text[inside:]
    wait_stored(qtbot, env, source_id, text)
    assert env.stored(source_id) == [(start + 4, end + 9, code)]
    assert highlighted(env.view) == [(start + 4, end + 9)]
    assert env.bridge.undo_stack.count() == steps + 2
    env.bridge.undo_stack.undo()
    assert env.project.sources.text(source_id) == "Ya, " + TEXT
    assert env.view.toPlainText() == "Ya, " + TEXT
    assert highlighted(env.view) == [(start + 4, end + 4)]
    env.bridge.undo_stack.undo()
    assert env.view.toPlainText() == TEXT
    assert env.stored(source_id) == [(start, end, code)]
    assert highlighted(env.view) == [(start, end)]
    env.bridge.undo_stack.redo()
    assert env.view.toPlainText() == "Ya, " + TEXT
    assert highlighted(env.view) == [(start + 4, end + 4)]


def test_deleting_the_coded_words_drops_the_segment(env, qtbot):
    source_id = env.add_source(TEXT)
    code = env.code("ag2008.process.trust_building")
    env.panel.code_selection(code, 5, 14)
    env.select(TEXT, 4, 15)
    qtbot.keyClick(env.view, Qt.Key.Key_Delete)
    assert highlighted(env.view) == []
    env.panel.flush()
    assert env.project.sources.text(source_id) == TEXT[:4] + TEXT[15:]
    assert env.stored(source_id) == []
    env.bridge.undo_stack.undo()
    assert env.stored(source_id) == [(5, 14, code)]
    assert highlighted(env.view) == [(5, 14)]


def test_typing_next_to_emoji_keeps_exact_offsets(env, qtbot):
    text = "Kopi ☕ enak 👍🏽 dan cafe\u0301 ya."
    source_id = env.add_source(text)
    code = env.code("ag2008.process.trust_building")
    start = text.index("cafe")
    env.panel.code_selection(code, start, start + 5)
    put_cursor(env, text, text.index(" dan"))
    qtbot.keyClicks(env.view, "!")
    text = text.replace(" dan", "! dan")
    env.panel.flush()
    assert env.project.sources.text(source_id) == text
    stored = env.stored(source_id)
    assert [text[a:b] for a, b, _ in stored] == ["cafe\u0301"]
    assert highlighted(env.view) == expected_units(text, [(a, b) for a, b, _ in stored])


def test_paste_of_several_lines_and_switching_source_stores_at_once(env, qtbot):
    source_id = env.add_source(TEXT)
    other = env.project.sources.add("document", "Dokumen", "Lain.")
    put_cursor(env, TEXT, len(TEXT))
    env.view.textCursor().insertText("\nP2: satu\r\ndua")
    env.selection.source_selected.emit(other)
    assert env.project.sources.text(source_id) == TEXT + "\nP2: satu\ndua"
    assert env.panel.source_id == other
    assert env.view.toPlainText() == "Lain."


def test_ctrl_z_in_the_text_undoes_through_the_project(env, qtbot):
    source_id = env.add_source(TEXT)
    env.window.activateWindow()
    put_cursor(env, TEXT, 0)
    qtbot.keyClicks(env.view, "Oh ")
    qtbot.keyClick(env.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert env.project.sources.text(source_id) == TEXT
    assert env.view.toPlainText() == TEXT
    assert not env.view.document().isUndoAvailable()


def test_closing_the_window_stores_pending_typing(env, qtbot):
    source_id = env.add_source(TEXT)
    put_cursor(env, TEXT, 0)
    qtbot.keyClicks(env.view, "Akhir ")
    env.window.close()
    assert env.project.sources.text(source_id) == "Akhir " + TEXT


def test_recording_bar_degrades_and_timestamps_are_typed(env, qtbot, tmp_path):
    source_id = env.add_source(TEXT, recording_path=str(tmp_path / "missing.mp3"))
    bar = env.panel.recording
    assert bar.isVisible()
    assert not bar.available
    assert not bar.play_button.isEnabled()
    assert "missing.mp3" in bar.toolTip()
    put_cursor(env, TEXT, 0)
    env.panel.insert_timestamp(61_000)
    env.panel.flush()
    assert env.project.sources.text(source_id) == "[00:01:01] " + TEXT
    other = env.project.sources.add("observation", "Catatan", "x", recording_path="a.mp3")
    env.selection.source_selected.emit(other)
    assert not bar.isVisible()
    (tmp_path / "rekaman.mp3").write_bytes(b"\0" * 512)  # playable or not: never a crash
    third = env.add_source("Ada rekaman.", title="Dengan rekaman",
                           recording_path=str(tmp_path / "rekaman.mp3"))
    assert env.panel.source_id == third and bar.isVisible()
    assert bar.available or bar.toolTip()
    assert env.panel.timestamp_action.isEnabled() == bar.available


def test_long_text_is_highlighted_around_the_view_first_then_completely(env, qtbot):
    text = "\n".join(f"P{i}: kami bekerja sama dengan dinas." for i in range(3000))
    source_id = env.project.sources.add("interview", "Panjang", text)
    code = env.code("ag2008.process.trust_building")
    ranges = [(text.index(f"P{i}:"), text.index(f"P{i}:") + 3) for i in (5, 1500, 2999)]
    for a, b in ranges:
        env.project.segments.add(source_id, code, a, b)
    env.selection.source_selected.emit(source_id)
    env.edit()
    assert env.panel.highlighter.walking
    qtbot.waitUntil(lambda: not env.panel.highlighter.walking, timeout=10_000)
    assert highlighted(env.view) == expected_units(text, ranges)
    env.panel.view.verticalScrollBar().setValue(2000)
    put_cursor(env, text, ranges[1][0])
    qtbot.keyClicks(env.view, "xy")
    env.panel.flush()
    stored = env.stored(source_id)
    assert stored[1][:2] == (ranges[1][0] + 2, ranges[1][1] + 2)


def test_cursor_edit_from_code_is_stored_like_typing(env, qtbot):
    source_id = env.add_source(TEXT)
    cursor = QTextCursor(env.view.document())
    cursor.setPosition(0)
    cursor.setPosition(4, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("Kita")
    cursor.insertText("")
    wait_stored(qtbot, env, source_id, "Kita" + TEXT[4:])


@pytest.mark.parametrize("seed", [5, 11, 23, 42])
def test_random_edits_keep_screen_storage_and_segments_in_step(env, qtbot, seed):
    import random

    from gui.text.editing import document_text

    rng = random.Random(seed)
    text = "Kopi ☕ enak 👍🏽 dan cafe\u0301.\nP2: kami 𝔸 bekerja sama.\nP3: selesai."
    source_id = env.add_source(text)
    codes = [env.code("ag2008.process.trust_building"), env.code("deseve2007")]
    for a, b in ((0, 4), (5, 20), (12, 40), (30, len(text))):
        env.panel.code_selection(rng.choice(codes), a, b)
    pieces = ["x", "", "👍", "é", "\n", "ab ", "\u0301"]
    for step in range(120):
        document = env.view.document()
        screen = document_text(document)
        cursor = QTextCursor(document)
        cursor.setPosition(units(screen[:rng.randrange(0, len(screen) + 1)]))  # never mid-pair
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter,
                            QTextCursor.MoveMode.KeepAnchor, rng.choice([0, 0, 1, 2]))
        cursor.insertText(rng.choice(pieces))
        if step % 17 == 0:
            env.panel.flush()
        if step % 29 == 0:
            env.bridge.undo_stack.undo()
        screen = document_text(env.view.document())
        assert env.panel.sync.text == screen
    env.panel.flush()
    assert env.project.sources.text(source_id) == env.panel.sync.text
    stored = sorted((s.id, s.start, s.end) for s in env.project.segments.for_source(source_id))
    shown = sorted((s.id, s.start, s.end) for s in env.panel.layer.segments.values())
    assert stored == shown
    ranges = [(a, b) for _, a, b in stored]
    assert covered(env.view) == expected_covered(env.panel.sync.text, ranges)
