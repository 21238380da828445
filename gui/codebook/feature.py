"""The main-window feature that installs the codebook.

`CodebookFeature(window, bridge, selection)` adds the Codebook dock on the right and
puts the panel's actions (add code, add sub-code, edit, colour, move, merge, delete,
memo on code) in the Code menu. The dock title is marked for translation in the
`MainWindow` context, where the window translates it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from gui.codebook.panel import CodebookPanel

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Codebook")


class CodebookFeature(QObject):
    """Codebook dock and Code menu entries."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.panel = CodebookPanel(bridge, selection)
        self.dock = window.add_dock(self.panel, "codebookDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        menu = window.menu("code")
        if not menu.isEmpty():
            menu.addSeparator()
        for action in self.panel.actions_in_menu:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
