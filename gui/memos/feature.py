"""The main-window feature that installs the memos panel.

`MemosFeature(window, bridge, selection)` adds the Memos dock at the bottom (tabbed
with the retrieval and search docks), puts "New memo on the study / current source /
selected code" in the Edit menu, raises the dock when a memo is requested, and has
`flush()`, which the main window calls on close so no typing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from gui.memos.panel import MemoPanel
from gui.retrieval.feature import tabify_bottom

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Memos")


class MemosFeature(QObject):
    """Memos dock and menu entries."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.panel = MemoPanel(bridge, selection)
        self.dock = window.add_dock(self.panel, "memosDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        tabify_bottom(window, self.dock)
        menu = window.menu("edit")
        menu.addSeparator()
        menu.addActions([self.panel.new_study_action, self.panel.new_source_action,
                         self.panel.new_code_action])
        menu.aboutToShow.connect(self.panel.update_actions)
        self.panel.show_requested.connect(self.raise_dock)

    def raise_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def flush(self) -> None:
        """Save a memo being typed (called by the main window on close)."""
        self.panel.flush()
