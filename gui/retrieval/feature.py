"""The main-window feature that installs the retrieval panel.

`RetrievalFeature(window, bridge, selection)` adds the Retrieval dock at the bottom,
tabbed with the other bottom docks (memos, search) when they exist. The dock title is
marked for translation in the `MainWindow` context, where the window translates it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from gui.retrieval.panel import RetrievalPanel

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Retrieval")
BOTTOM_DOCKS = ("retrievalDock", "memosDock", "searchDock")


def tabify_bottom(window, dock) -> None:
    """Put `dock` in a tab beside the first other bottom dock already in `window`."""
    from PySide6.QtWidgets import QDockWidget

    for name in BOTTOM_DOCKS:
        other = window.findChild(QDockWidget, name)
        if other is not None and other is not dock:
            window.tabifyDockWidget(other, dock)
            first = window.findChild(QDockWidget, BOTTOM_DOCKS[0]) or other
            first.raise_()
            return


class RetrievalFeature(QObject):
    """Retrieval dock."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.panel = RetrievalPanel(bridge, selection)
        self.dock = window.add_dock(self.panel, "retrievalDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        tabify_bottom(window, self.dock)
