"""Coding in the Text panel: exact offsets, highlighting, undo, quick code, drops, menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from test_text_helpers import expected_units, formats_of, highlighted, make_env, units

from gui.text.highlighter import tint
from gui.text.view import CODE_MIME

TEXT = "Kami membangun kepercayaan dengan dinas koperasi.\nBaris kedua tentang ekspor."


@pytest.fixture
def env(qtbot, project):
    return make_env(qtbot, project)


def test_code_activated_codes_the_selection_exactly(env):
    source_id = env.add_source(TEXT)
    trust = env.code("ag2008.process.trust_building")
    start = TEXT.index("membangun")
    end = TEXT.index(" dengan")
    env.select(TEXT, start, end)
    env.selection.code_activated.emit(trust)
    assert env.stored(source_id) == [(start, end, trust)]
    assert highlighted(env.view) == [(start, end)]
    fmt = formats_of(env.view.document().firstBlock())[0][2]
    assert fmt.background().color().name() == tint([env.panel.colour_of(trust)], 1).name()
    assert env.bridge.undo_stack.count() == 1


def test_undo_and_redo_of_a_coding(env):
    source_id = env.add_source(TEXT)
    code = env.code("ag2008.process.trust_building")
    env.panel.code_selection(code, 5, 14)
    env.bridge.undo_stack.undo()
    assert env.stored(source_id) == []
    assert highlighted(env.view) == []
    env.bridge.undo_stack.redo()
    assert env.stored(source_id) == [(5, 14, code)]
    assert highlighted(env.view) == [(5, 14)]


def test_emoji_and_combining_marks_code_exact_words(env):
    text = "Kopi ☕ enak 👍🏽 dan cafe\u0301 ya.\nLalu 𝔸 lagi."
    source_id = env.add_source(text)
    first, second, third = (env.code("ag2008.process.trust_building"),
                            env.code("ag2008.process.commitment_to_process"),
                            env.code("ag2008.process.face_to_face_dialogue"))
    words = [("enak", first), ("👍🏽", second), ("cafe\u0301", third), ("lagi", first)]
    ranges = []
    for word, code in words:
        start = text.index(word)
        env.select(text, start, start + len(word))
        env.selection.code_activated.emit(code)
        ranges.append((start, start + len(word)))
    stored = env.stored(source_id)
    assert [(a, b) for a, b, _ in stored] == ranges
    assert [text[a:b] for a, b, _ in stored] == [w for w, _ in words]
    assert highlighted(env.view) == expected_units(text, ranges)


def test_overlapping_codes_blend_and_underline(env):
    source_id = env.add_source(TEXT)
    a, b = env.code("ag2008.process.trust_building"), env.code("deseve2007")
    env.panel.code_selection(a, 0, 20)
    env.panel.code_selection(b, 10, 30)
    assert len(env.stored(source_id)) == 2
    formats = formats_of(env.view.document().firstBlock())
    assert [(f[0], f[1]) for f in formats] == [(0, 10), (10, 10), (20, 10)]
    middle = formats[1][2]
    assert middle.underlineStyle() != middle.UnderlineStyle.NoUnderline
    assert middle.background().color() != formats[0][2].background().color()


def test_same_code_overlapping_is_merged_and_contained_is_ignored(env):
    source_id = env.add_source(TEXT)
    code = env.code("ag2008.process.trust_building")
    env.panel.code_selection(code, 0, 10)
    env.panel.code_selection(code, 5, 20)
    env.panel.code_selection(code, 6, 8)
    assert env.stored(source_id) == [(0, 20, code)]


def test_quick_code_with_ctrl_k_and_an_indonesian_label(env, qtbot):
    source_id = env.add_source(TEXT)
    env.window.activateWindow()
    env.view.setFocus()
    env.select(TEXT, 5, 14)
    qtbot.keyClick(env.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = env.panel.popup
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClicks(popup.edit, "kepercaya")
    trust = env.code("ag2008.process.trust_building")
    assert popup.shown_code_ids()[0] == trust
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert env.stored(source_id) == [(5, 14, trust)]


def test_quick_code_finds_node_ids_and_english_labels(env):
    env.add_source(TEXT)
    popup = env.panel.popup
    popup.set_codes(list(env.panel.codes.values()), "id", [])
    popup.edit.setText("face_to_face")
    assert env.code("ag2008.process.face_to_face_dialogue") in popup.shown_code_ids()
    popup.edit.setText("trust build")
    assert popup.shown_code_ids()[0] == env.code("ag2008.process.trust_building")


def test_dropping_a_code_codes_the_selection(env):
    source_id = env.add_source(TEXT)
    code = env.code("ag2008.process.commitment_to_process")
    env.select(TEXT, 0, 4)
    mime = QMimeData()
    mime.setData(CODE_MIME, str(code).encode())
    point = QPointF(env.view.viewport().rect().center())
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    env.view.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    env.view.dropEvent(drop)
    assert drop.isAccepted()
    assert env.stored(source_id) == [(0, 4, code)]
    assert env.view.toPlainText() == TEXT


def test_context_menu_removes_and_changes_codings(env, qtbot):
    source_id = env.add_source(TEXT)
    code = env.code("ag2008.process.trust_building")
    segment_id = env.panel.code_selection(code, 5, 14)
    menu = env.panel.context_menu(units(TEXT[:7]))
    names = {a.objectName() for a in menu.findChildren(type(menu.actions()[0]))}
    assert {"removeCoding", "changeCode", "valence_contradicts", "segmentMemo",
            "keyQuote", "fitToSelection"} <= names

    def action(name):
        return next(a for a in menu.findChildren(type(menu.actions()[0]))
                    if a.objectName() == name and a.data() == segment_id)

    action("valence_contradicts").trigger()
    assert env.project.segments.get(segment_id).valence == "contradicts"
    with qtbot.waitSignal(env.selection.memo_requested) as signal:
        action("segmentMemo").trigger()
    assert signal.args == ["segment", segment_id]
    action("keyQuote").trigger()
    assert env.project.evaluation.key_quotes(code) == [segment_id]
    env.select(TEXT, 0, 14)
    menu = env.panel.context_menu(units(TEXT[:7]))
    action("fitToSelection").trigger()
    assert env.stored(source_id) == [(0, 14, code)]
    action("removeCoding").trigger()
    assert env.stored(source_id) == []
    assert highlighted(env.view) == []
    env.bridge.undo_stack.undo()
    assert env.stored(source_id) == [(0, 14, code)]
    assert highlighted(env.view) == [(0, 14)]


def test_recently_used_codes_submenu(env):
    source_id = env.add_source(TEXT)
    code = env.code("ag2008.process.commitment_to_process")
    env.panel.code_selection(code, 0, 4)
    env.select(TEXT, 15, 26)
    menu = env.panel.context_menu(None)
    recent = next(a for a in menu.findChildren(type(menu.actions()[0]))
                  if a.objectName() == "recentCode" and a.data() == code)
    recent.trigger()
    assert env.stored(source_id) == [(0, 4, code), (15, 26, code)]


def test_recent_codes_outlast_the_session(env):
    from gui.text.coding_actions import CodingActions

    env.add_source(TEXT)
    first = env.code("ag2008.process.commitment_to_process")
    second = env.code("ag2008.process.trust_building")
    env.panel.code_selection(first, 0, 4)
    env.panel.code_selection(second, 15, 26)
    # as the next session's panel starts
    later = CodingActions(env.panel.state, env.bridge, env.selection, host=env.panel)
    assert later.recent == [second, first]
    env.bridge.run("Delete code", lambda p: p.codes.delete(second))
    later.load_recent(env.project)            # a code deleted since is left out
    assert later.recent == [first]


def test_valence_switch_applies_to_new_codings(env):
    source_id = env.add_source(TEXT)
    env.panel.valence_action.trigger()
    assert env.panel.valence == "contradicts"
    segment_id = env.panel.code_selection(env.code("ag2008.process.commitment_to_process"), 0, 4)
    assert env.project.segments.get(segment_id).valence == "contradicts"
    assert env.stored(source_id)
    fmt = formats_of(env.view.document().firstBlock())[0][2]
    assert fmt.underlineStyle() == fmt.UnderlineStyle.DashUnderline


def test_tooltip_names_code_node_id_and_valence(env):
    env.add_source(TEXT)
    code = env.code("ag2008.process.trust_building")
    segment_id = env.panel.code_selection(code, 5, 14)
    tip = env.panel.tooltip_for(env.panel.layer.index.ids_at(7))
    assert "Trust building" in tip and "ag2008.process.trust_building" in tip
    assert "supports" in tip
    assert env.panel.layer.index.ids_at(7) == [segment_id]


def test_changes_made_elsewhere_are_followed(env):
    source_id = env.add_source(TEXT)
    code = env.code("ag2008.process.commitment_to_process")
    env.bridge.run("Auto-code", lambda p: p.segments.add(source_id, code, 50, 55))
    assert highlighted(env.view) == [(50, 55)]
    env.bridge.run("Recolour", lambda p: p.codes.update(code, color="#000080"))
    fmt = formats_of(env.view.document().findBlock(51))[0][2]
    assert fmt.background().color().name() == tint([env.panel.colour_of(code)], 1).name()
    assert env.panel.colour_of(code).name() == "#000080"
    env.bridge.run("Delete", lambda p: p.sources.delete(source_id))
    assert env.panel.source_id is None
    assert env.view.toPlainText() == ""


def test_whole_text_segment_is_highlighted_in_a_middle_block(env, qtbot):
    text = "\n".join(f"P{i}: kami bekerja sama dengan dinas." for i in range(2000))
    env.add_source(text)
    code = env.code("ag2008.process.commitment_to_process")
    env.panel.code_selection(code, 0, len(text))
    env.panel.finish_highlighting()
    block = env.view.document().findBlockByNumber(1000)
    assert [(f[0], f[1]) for f in formats_of(block)] == [(0, block.length() - 1)]


def test_code_labels_follow_the_interface_language(env, qtbot):
    from gui import i18n

    env.add_source(TEXT)
    code = env.code("ag2008.process.trust_building")
    env.panel.code_selection(code, 5, 14)
    try:
        i18n.set_language("id")
        qtbot.waitUntil(lambda: env.panel.lang == "id")
        tip = env.panel.tooltip_for(env.panel.layer.index.ids_at(6))
        assert "Membangun kepercayaan" in tip and "ag2008.process.trust_building" in tip
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: env.panel.lang == "en")
    assert "Trust building" in env.panel.tooltip_for(env.panel.layer.index.ids_at(6))


def test_clicking_a_coding_stripe_selects_its_text(env, qtbot):
    env.add_source(TEXT)
    code = env.code("ag2008.process.trust_building")
    start, end = TEXT.index("membangun"), TEXT.index(" dengan")
    env.panel.code_selection(code, start, end)
    margin = env.view.margin
    margin.grab()  # paints the stripes
    assert margin.width() >= margin.wanted_width()
    rect, segment_id = margin._bars[0]
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = env.view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, end)
    assert env.panel.tooltip_for(margin.bar_at(rect.center()))


def test_segment_requested_shows_its_source_and_selects_it(env):
    first = env.add_source(TEXT)
    code = env.code("ag2008.process.trust_building")
    other = env.project.sources.add("document", "Dokumen", "Isi dokumen lain.")
    segment_id = env.project.segments.add(other, code, 4, 11)
    assert env.panel.source_id == first
    env.selection.segment_requested.emit(segment_id)
    assert env.panel.source_id == other
    assert env.view.textCursor().selectedText() == "dokumen"
