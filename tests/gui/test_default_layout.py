"""The default layout shows the text and the evaluation at 1,366 × 768 and 1,920 × 1,080.

Each size is checked on a screenshot of the window with the demo study: the named
widgets are visible, not clipped, and big enough to work in.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QLabel, QTableView, QWidget

from gui.app import build_window
from importers.demo import write_demo

# size -> (lines of text, indicator rows) that must be visible at once
SIZES = {(1366, 768): (16, 6), (1920, 1080): (28, 10)}


def fully_visible(widget: QWidget) -> bool:
    shown = widget.visibleRegion().boundingRect()
    return widget.isVisible() and shown.size() == widget.size()


@pytest.fixture
def demo_window(qtbot, tmp_path):
    QSettings().remove("window")  # no layout saved by an earlier window
    window = build_window()
    qtbot.addWidget(window)
    window.bridge.open(write_demo(tmp_path / "demo.telaah"))
    yield window
    window.bridge.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_default_layout_shows_text_and_evaluation(qtbot, demo_window, tmp_path, size):
    window = demo_window
    window.resize(*size)
    window.restore_state()  # as at start-up: nothing saved, so the default layout
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    evaluation = window.findChild(QDockWidget, "evaluationDock")
    evaluation.raise_()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "saveConclusion").isVisible())
    shot = window.grab()
    shot.save(str(tmp_path / f"layout-{size[0]}x{size[1]}.png"))
    assert (shot.width(), shot.height()) == size
    lines, rows = SIZES[size]

    text = window.findChild(QWidget, "textView")
    assert fully_visible(text) and text.width() >= 600
    assert text.viewport().height() >= lines * text.fontMetrics().lineSpacing()
    header = window.findChild(QLabel, "textHeader")
    assert fully_visible(header) and header.height() >= header.heightForWidth(header.width())
    assert header.toolTip()  # the whole header, also in its tooltip

    board = window.findChild(QTableView, "boardTable")
    assert fully_visible(board)
    assert board.viewport().height() >= rows * board.rowHeight(0)
    for name in ("saveConclusion", "boardDetail", "conclusionEditor"):
        assert fully_visible(window.findChild(QWidget, name)), name
    editor = window.findChild(QWidget, "conclusionEditor")
    assert editor.height() >= 4 * editor.fontMetrics().lineSpacing()
    quotes = window.findChild(QWidget, "keyQuotes")
    assert fully_visible(quotes) and quotes.height() >= 60

    for dock in window.findChildren(QDockWidget):  # every dock shown is workable
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            assert dock.width() >= 250 and dock.height() >= 200, dock.objectName()
