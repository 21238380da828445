"""End-to-end workflows on the real main window (every feature) over the demo study.

Each test opens a fresh copy of the demo study as the app does and drives it through the
widgets a research assistant uses, found by object name (`sourceList`, `textView`,
`codeTree`, `segmentTable`, the Edit and Analysis menu actions, the board table); storage
is read only to check what was saved.
"""

from __future__ import annotations

import random
import re

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTreeView,
)

from gui import i18n, jobs
from gui.app import build_window
from gui.evaluation.board import VERDICT
from gui.project.actions import open_project
from gui.retrieval.model import SEGMENT_ID_ROLE
from gui.text.editing import DEBOUNCE_MS
from importers.demo import write_demo
from storage import Project, config

EMOJI_SOURCE = "Wawancara pemilik Batik Tulis Srikandi"
EMOJI_PHRASE = "Matur nuwun sanget Bu Ratna, Mas Agus 🙏"  # ends on an astral character
CODED_SOURCE = "Wawancara Kabid Pemberdayaan UMKM (1)"
TRUST = "ag2008.process.trust_building"
TRUST_AMONG = "deseve2007.trust_among_participants"
MENUS = ("file", "edit", "code", "analysis", "view", "help")


@pytest.fixture(autouse=True)
def english():
    config.set_values(ui_language="en", coder="Rina")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.telaah"
    write_demo(path).close()
    return path


@pytest.fixture
def window(qtbot, demo_path):
    window = build_window()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert open_project(window, demo_path)
    yield window
    jobs.wait_for_jobs()
    window.bridge.close()


# -- helpers: what a user does ---------------------------------------------------------

def widget(window, kind, name: str):
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def units(text: str) -> int:
    """UTF-16 length (Qt's positions), computed independently of the code under test."""
    return len(text.encode("utf-16-le")) // 2


def source_id(window, title: str) -> int:
    return next(s.id for s in window.bridge.project.sources.list() if s.title == title)


def code_id(window, key: str) -> int:
    return window.bridge.project.codes.resolve(key).id


def click(qtbot, view, index, double: bool = False) -> None:
    view.scrollTo(index)  # opens the parents too
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def open_source(qtbot, window, title: str) -> tuple[int, QPlainTextEdit]:
    """Click the source in the Sources list; the text view then shows it."""
    sid = source_id(window, title)
    tree = widget(window, QTreeView, "sourceList")
    click(qtbot, tree, tree.model().index_of_source(sid))
    view = widget(window, QPlainTextEdit, "textView")
    stored = window.bridge.project.sources.text(sid)
    qtbot.waitUntil(lambda: view.toPlainText() == stored)
    return sid, view


def select_text(view, text: str, start: int, end: int) -> None:
    """Select code points [start, end) of `text`, as a drag with the mouse would."""
    cursor = view.textCursor()
    cursor.setPosition(units(text[:start]))
    cursor.setPosition(units(text[:end]), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def type_text(qtbot, view, text: str) -> None:
    """Type `text` key by key; a non-ASCII character arrives as one key event carrying
    it, as an input method delivers it (QTest can only type ASCII)."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]", text):
        if run.isascii():
            qtbot.keyClicks(view, run)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(view, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                   Qt.KeyboardModifier.NoModifier, run))


def listed_segment_ids(window) -> list[int]:
    table = widget(window, QTableView, "segmentTable")
    model = table.model()
    return [model.index(row, 0).data(SEGMENT_ID_ROLE) for row in range(model.rowCount())]


def edit_action(window, name: str) -> QAction:
    return next(a for a in window.menu("edit").actions() if a.objectName() == name)


def stored(window, sid: int) -> list[tuple[int, int, int]]:
    return [(s.start, s.end, s.code_id) for s in window.bridge.project.segments.for_source(sid)]


def menu_actions(window) -> list[QAction]:
    return [a for key in MENUS for a in window.menu(key).actions()
            if not a.isSeparator() and a.isVisible() and a.text()]


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def assert_unique_accelerators(window) -> None:
    titles = [window.menu(key).title() for key in MENUS]
    keys = [k for k in map(accelerator, titles) if k]
    assert len(keys) == len(set(keys)), titles
    for key in MENUS:
        texts = [a.text() for a in window.menu(key).actions() if not a.isSeparator()]
        keys = [k for k in map(accelerator, texts) if k]
        assert len(keys) == len(set(keys)), (key, texts)


# -- (a) code an emoji phrase from the codebook; undo and redo from the Edit menu -------

def test_code_an_emoji_phrase_then_undo_and_redo_from_the_edit_menu(qtbot, window):
    sid, view = open_source(qtbot, window, EMOJI_SOURCE)
    text = window.bridge.project.sources.text(sid)
    start = text.index(EMOJI_PHRASE)
    end = start + len(EMOJI_PHRASE)
    assert ord(text[end - 1]) > 0xFFFF and units(text[:end]) > end  # astral, before and in
    select_text(view, text, start, end)
    code = code_id(window, TRUST_AMONG)
    before = stored(window, sid)
    tree = widget(window, QTreeView, "codeTree")
    click(qtbot, tree, tree.model().index_of(code), double=True)  # selection.code_activated

    made = [s for s in stored(window, sid) if s not in before]
    assert made == [(start, end, code)]  # exact code point offsets, end exclusive
    segment = next(s for s in window.bridge.project.segments.for_source(sid)
                   if (s.start, s.end) == (start, end))
    assert segment.valence == "supports" and segment.coder == "Rina"
    assert text[segment.start:segment.end] == EMOJI_PHRASE
    qtbot.waitUntil(lambda: segment.id in listed_segment_ids(window))  # code is selected

    undo, redo = edit_action(window, "actionUndo"), edit_action(window, "actionRedo")
    assert undo.isEnabled() and undo.text() == "Undo Code selection"
    undo.trigger()
    assert stored(window, sid) == before
    qtbot.waitUntil(lambda: segment.id not in listed_segment_ids(window))
    assert redo.isEnabled() and redo.text() == "Redo Code selection"
    assert undo.text() == "Undo"  # the demo was written without undo steps
    redo.trigger()
    assert (start, end, code) in stored(window, sid)
    qtbot.waitUntil(lambda: segment.id in listed_segment_ids(window))
    assert view.textCursor().selectedText() == EMOJI_PHRASE  # the selection is kept


# -- (b) typing is stored: autosave, then the last burst on close ---------------------------

def test_typing_in_a_coded_transcript_survives_closing_and_reopening(qtbot, window, demo_path):
    sid, view = open_source(qtbot, window, CODED_SOURCE)
    project = window.bridge.project
    original = project.sources.text(sid)
    words = {s.id: original[s.start:s.end] for s in project.segments.for_source(sid)}
    assert len(words) > 10
    first = "Catatan peneliti: suara agak pelan, café ramai 🙏. "  # é and an astral emoji
    last = " Selesai direkam."

    view.setFocus()
    type_text(qtbot, view, "x")          # read mode: a stray key changes nothing
    assert view.toPlainText() == original
    edit_text = window.findChild(QAction, "editTextAction")
    assert edit_text in window.menu("edit").actions()
    edit_text.trigger()                  # Edit > Edit Text
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, view, first)
    qtbot.waitUntil(lambda: project.sources.text(sid) == first + original,
                    timeout=DEBOUNCE_MS * 10)  # the pause after typing stores it
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, view, last)
    window.close()  # at once: closing stores what was typed since the last pause
    jobs.wait_for_jobs()
    window.bridge.close()

    reopened = Project.open(demo_path, coder="Tester")
    try:
        text = reopened.sources.text(sid)
        assert text == first + original + last
        segments = reopened.segments.for_source(sid)
        assert {s.id: text[s.start:s.end] for s in segments} == words
    finally:
        reopened.close()


# -- (c) a verdict set on the board is in the audit trail ---------------------------------

def test_verdict_chosen_on_the_board_appears_in_the_audit_trail(qtbot, window):
    widget(window, QAction, "show_boardTab").trigger()  # Analysis > Indicator board
    table = widget(window, QTableView, "boardTable")
    model = table.model()
    indicator = code_id(window, TRUST)
    qtbot.waitUntil(lambda: model.row_of(indicator) >= 0)
    row = model.row_of(indicator)
    assert not model.index(row, VERDICT).data()  # not judged yet in the demo
    history = widget(window, QTableWidget, "verdictHistory")

    click(qtbot, table, model.index(row, VERDICT), double=True)
    editor = widget(table, QComboBox, "verdictEditor")
    met = editor.findData("met")
    editor.setCurrentIndex(met)
    editor.activated.emit(met)  # the user picks "Met" in the open combo

    qtbot.waitUntil(lambda: model.index(model.row_of(indicator), VERDICT).data() == "Met")
    trail = window.bridge.project.evaluation.history(indicator)
    assert [(e["verdict"], e["author"]) for e in trail] == [("met", "Rina")]
    qtbot.waitUntil(lambda: history.rowCount() == 1)
    shown = [history.item(0, column).text() for column in range(history.columnCount())]
    assert shown[1:3] == ["Rina", "Met"]
    detail = widget(window, QTabWidget, "boardDetail")
    assert detail.tabText(2) == "History (1)"
    assert edit_action(window, "actionUndo").text() == "Undo Set verdict"


# -- (d) the whole window switches to Indonesian --------------------------------------------

def test_switching_to_indonesian_translates_menus_docks_and_actions(qtbot, window):
    titles = {key: window.menu(key).title() for key in MENUS}
    docks = {d.objectName(): d.windowTitle() for d in window.findChildren(QDockWidget)}
    english = [(action, action.text()) for action in menu_actions(window)]
    assert len(english) >= 40 and len(docks) >= 6
    assert all(window.menu(key).actions() for key in MENUS)  # Help too: About Telaah
    assert_unique_accelerators(window)

    assert i18n.set_language("id") == "id"
    qtbot.waitUntil(lambda: window.menu("file").title() == "&Berkas")
    for key in MENUS:
        assert window.menu(key).title() != titles[key], key
    for dock in window.findChildren(QDockWidget):
        assert dock.windowTitle() not in ("", docks[dock.objectName()]), dock.objectName()
    assert widget(window, QDockWidget, "sourcesDock").windowTitle() == "Sumber"
    sample = random.Random(20).sample(english, 20)
    same = [source for action, source in sample if action.text() == source]
    assert same == []
    assert [a.text() for a in menu_actions(window) if a.text() in dict(english).values()] == []
    assert_unique_accelerators(window)
    assert QLocale().monthName(1) == "Januari"  # calendar popups of the date fields
    header = widget(window, QLabel, "textHeader")  # the first source opens with the study
    assert "&nbsp; Wawancara &nbsp;" in header.text() and "20 koding" in header.text()

    # quick coding (Ctrl+K) in Indonesian; the Edit menu names the step in Indonesian
    sid, view = open_source(qtbot, window, CODED_SOURCE)
    text = window.bridge.project.sources.text(sid)
    start = text.index("Pak Kadis")
    select_text(view, text, start, start + len("Pak Kadis"))
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = widget(window, QFrame, "quickCodePopup")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClicks(widget(popup, QLineEdit, "quickCodeEdit"), "membangun kepercayaan")
    qtbot.keyClick(widget(popup, QLineEdit, "quickCodeEdit"), Qt.Key.Key_Return)
    assert (start, start + 9, code_id(window, TRUST)) in stored(window, sid)
    assert edit_action(window, "actionUndo").text() == "Urungkan Beri kode pada teks terpilih"
    tree = widget(window, QTreeView, "codeTree")
    click(qtbot, tree, tree.model().index_of(code_id(window, TRUST)))
    details = widget(window, QTextBrowser, "codeDetails").toPlainText()
    assert "Membangun kepercayaan" in details and "Petunjuk bukti" in details
    assert "Evidence cues" not in details and "Counter-cue" not in details


# -- small things a researcher stumbled on ------------------------------------------------

def test_about_box_export_summary_and_new_project_dialog_read_right(qtbot, window, tmp_path):
    from gui.exchange.refi import RefiActions
    from gui.project.actions import NewProjectDialog

    seen = []

    def read_about_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, read_about_box)

    QTimer.singleShot(0, read_about_box)
    about = next(a for a in window.menu("help").actions() if a.objectName() == "actionAbout")
    about.trigger()  # Help > About Telaah
    assert re.search(r"<b>Telaah \d+\.\d+", seen[0])

    dialog = NewProjectDialog(window)
    names = [box.text() for box in dialog.frameworks.values()]
    assert "Ansell && Gash (2008)" in names  # shown as "Ansell & Gash", not "Ansell _Gash"
    dialog.deleteLater()
    i18n.set_language("id")
    refi = next(f for f in window.features if isinstance(f, RefiActions))
    jobs.set_synchronous(True)
    try:
        refi.export_file(tmp_path / "pertukaran.qdpx")
    finally:
        jobs.set_synchronous(False)
    summary = refi.summary_dialog.text.toPlainText()
    assert summary.startswith("Ditulis ke ") and "187 segmen berkode" in summary
    refi.summary_dialog.close()
