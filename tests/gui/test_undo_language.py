"""Undo and redo texts follow a language switch, for steps done before it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from gui import i18n
from gui.app import build_window
from gui.project.actions import ProjectActions
from gui.undo_labels import key_of


@pytest.fixture
def window(qtbot, project):
    window = build_window([ProjectActions])
    qtbot.addWidget(window)
    window.bridge.open(project)
    yield window
    i18n.set_language("en")
    window.bridge.project = None


def test_undo_label_is_retranslated_both_ways(qtbot, window):
    bridge = window.bridge
    undo = window.findChild(QAction, "actionUndo")
    label = ProjectActions.tr("Edit study properties")
    bridge.run(label, lambda p: p.study.update(site="Jakarta"))
    assert undo.text() == "Undo Edit study properties"
    i18n.set_language("id")
    qtbot.waitUntil(lambda: undo.text() == "Urungkan Ubah properti penelitian")
    bridge.run(ProjectActions.tr("Edit study properties"),
               lambda p: p.study.update(site="Bandung"))
    i18n.set_language("en")
    qtbot.waitUntil(lambda: undo.text() == "Undo Edit study properties")
    bridge.undo_stack.undo()
    i18n.set_language("id")
    qtbot.waitUntil(lambda: window.findChild(QAction, "actionRedo").text()
                    == "Ulangi Ubah properti penelitian")


def test_labels_with_values_keep_their_values():
    key = key_of("Delete source Interview with Pak Budi")
    assert key is not None and key[1] == "Delete source %1"
    assert key[2] == ("Interview with Pak Budi",)
    assert key_of("Write demo study") is None  # no key: shown as written


def test_a_macro_step_follows_the_language_too(qtbot, window):
    bridge = window.bridge
    undo = window.findChild(QAction, "actionUndo")
    with bridge.macro(ProjectActions.tr("Edit study properties")):
        bridge.run("one", lambda p: p.study.update(site="Jakarta"))
        bridge.run("two", lambda p: p.study.update(site="Bandung"))
    assert bridge.undo_stack.count() == 1
    assert undo.text() == "Undo Edit study properties"
    i18n.set_language("id")
    qtbot.waitUntil(lambda: undo.text() == "Urungkan Ubah properti penelitian")
