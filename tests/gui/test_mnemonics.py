"""Every label with a mnemonic (&X) in every dialog gives the focus to a real field."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.app import build_window
from importers.demo import write_demo
from tests.gui.every_dialog import arguments, build_dialog, dialog_classes


@pytest.fixture
def demo_window(qtbot, tmp_path):
    project = write_demo(tmp_path / "demo.telaah")
    window = build_window()
    qtbot.addWidget(window)
    window.bridge.open(project)
    yield window
    window.bridge.close()


def has_mnemonic(text: str) -> bool:
    return "&" in text.replace("&&", "")


def broken_buddies(widget) -> list[str]:
    """Labels with a mnemonic whose buddy is missing or cannot take the focus."""
    problems = []
    for label in widget.findChildren(QLabel):
        if not has_mnemonic(label.text()) or label.textFormat() == Qt.TextFormat.RichText:
            continue
        buddy = label.buddy()
        target = buddy.focusProxy() if buddy is not None and buddy.focusProxy() else buddy
        while target is not None and target.focusProxy() is not None:
            target = target.focusProxy()
        if target is None or target.focusPolicy() == Qt.FocusPolicy.NoFocus:
            problems.append(f"{label.text()!r} -> {type(buddy).__name__ if buddy else None}")
    return problems


def test_every_dialog_mnemonic_reaches_a_focusable_field(demo_window, tmp_path):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("A short interview.", encoding="utf-8")
    values = arguments(demo_window, text_file)
    problems, unbuilt, checked = [], [], 0
    for cls in dialog_classes():
        try:
            dialog = build_dialog(cls, values)
        except LookupError as missing:
            unbuilt.append(str(missing))
            continue
        checked += 1
        problems += [f"{cls.__name__}: {p}" for p in broken_buddies(dialog)]
        shiboken6.delete(dialog)  # gone before the project closes
    assert not unbuilt, "add these parameters to tests/gui/every_dialog.py: " + str(unbuilt)
    assert checked >= 20
    assert not problems


def test_main_window_mnemonics_reach_a_focusable_field(demo_window):
    assert not broken_buddies(demo_window)


def test_stakeholder_group_mnemonic_focuses_the_list(qtbot, demo_window):
    """What QLabel does on its Alt+letter: focus the buddy (through its focus proxy)."""
    from gui.sources.participant_dialog import ParticipantDialog

    dialog = ParticipantDialog(demo_window.bridge, None, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    label = next(lb for lb in dialog.findChildren(QLabel) if "&group" in lb.text())
    dialog.code.setFocus()
    label.buddy().setFocus(Qt.FocusReason.ShortcutFocusReason)
    assert dialog.focusWidget() is dialog.group
