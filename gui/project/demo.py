"""Help → Open demo study: back to the bundled demo at any time.

The user's copy lives in `data_dir()/demo/demo.telaah` (see `gui.app.demo_path`); when
it is gone, a fresh copy is written first. The action works without an open project.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from gui import i18n
from gui.dialog_parts import open_message


class DemoFeature(QObject):
    """Main-window feature: the Help menu's Open demo study."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.action = QAction(window, objectName="actionOpenDemo")
        self.action.triggered.connect(lambda _checked=False: self.open_demo())
        menu = window.menu("help")
        first = menu.actions()[0] if menu.actions() else None
        if first is not None:
            menu.insertAction(first, self.action)
            menu.insertSeparator(first)
        else:
            menu.addAction(self.action)
        i18n.on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Open &demo study"))
        self.action.setStatusTip(self.tr("Open the fictional demo study (a fresh copy if "
                                         "yours has been deleted)"))

    def open_demo(self) -> bool:
        from gui.app import demo_path, ensure_demo
        from gui.project.actions import open_project

        path = ensure_demo()
        if path is None:
            open_message(self.window, "demoErrorBox", self.tr("Demo study"),
                         self.tr("The demo study could not be written to %1.").replace(
                             "%1", str(demo_path().parent)))
            return False
        return open_project(self.window, path)
