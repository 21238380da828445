"""Help → Open demo study opens the user's demo copy, writing a fresh one when gone."""

from __future__ import annotations

from PySide6.QtGui import QAction

from gui.app import build_window, demo_path


def test_open_demo_study_writes_a_fresh_copy_when_gone(qtbot):
    window = build_window()
    qtbot.addWidget(window)
    action = window.findChild(QAction, "actionOpenDemo")
    assert action in window.menu("help").actions() and action.isEnabled()
    assert not demo_path().exists()
    action.trigger()
    assert window.bridge.project is not None
    assert window.bridge.project.path.resolve() == demo_path().resolve()
    assert window.bridge.project.sources.count() > 0
    window.bridge.close()
    demo_path().unlink()
    action.trigger()
    assert demo_path().is_file() and window.bridge.project.sources.count() > 0
    window.bridge.close()
