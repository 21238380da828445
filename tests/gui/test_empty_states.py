"""Every empty view of the window says why it is empty and what would fill it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget

from gui.app import build_window
from gui.empty_state import hinted_views, messages
from storage import Project


def hint_of(view):
    return view.viewport().findChild(QLabel, "emptyHint")


def test_every_view_has_a_hint_and_empty_ones_show_it(qtbot, tmp_path):
    window = build_window()
    qtbot.addWidget(window)
    project = Project.create(tmp_path / "e.telaah", title="E", frameworks=["ag2008"])
    window.bridge.open(project)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    views = [v for v in hinted_views(window) if v.property("emptyHint") is not False]
    assert len(views) >= 20
    missing = [v.objectName() or type(v).__name__ for v in views if hint_of(v) is None]
    assert missing == [], "add a sentence to gui/empty_state.messages() for these views"
    tabs = window.findChild(QTabWidget, "evaluationTabs")
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.widget(i).objectName() == "cooccurrenceTab"))
    cooccurrence = next(v for v in views if v.objectName() == "cooccurrenceTable")
    qtbot.waitUntil(cooccurrence.isVisible)
    hint = hint_of(cooccurrence)
    assert hint.isVisible() and "overlapping" in hint.text()
    assert hint.width() > 100 and hint.height() > 20
    sources = next(v for v in views if v.objectName() == "sourceList")
    assert hint_of(sources).isVisible()  # only empty technique groups: still empty

    text = tmp_path / "a.txt"
    text.write_text("Kami bekerja sama dengan dinas.", encoding="utf-8")
    window.bridge.run("Add", lambda p: p.sources.add(kind="interview", title="A",
                                                     text=text.read_text(encoding="utf-8")))
    qtbot.waitUntil(lambda: not hint_of(sources).isVisible())
    window.bridge.close()


def test_every_sentence_names_what_fills_the_view():
    for name, sentence in messages().items():
        assert len(sentence.split()) >= 6, name
