"""The main-window feature that installs the Sources side of the workbench.

`SourcesFeature(window, bridge, selection)` adds the Sources dock on the left, and to
the File menu: Participants… (the participants manager, one non-modal window) and
Import sources… (which also accepts files dropped on the window). The dock title is
marked for translation in the `MainWindow` context, where the window translates it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction

from gui.i18n import on_language_change
from gui.sources.importing import ImportController
from gui.sources.panel import SourcesPanel
from gui.sources.participants import ParticipantsManager

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Sources")


class SourcesFeature(QObject):
    """Sources dock, participants manager and importing."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.panel = SourcesPanel(bridge, selection)
        self.dock = window.add_dock(self.panel, "sourcesDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.LeftDockWidgetArea)
        self.importer = ImportController(window, bridge, selection)
        self.participants_action = QAction(window, objectName="actionParticipants")
        self.participants_action.triggered.connect(self.show_participants)
        self.participants_window: ParticipantsManager | None = None
        menu = window.menu("file")
        menu.addAction(self.participants_action)
        menu.addSeparator()
        menu.addAction(self.importer.action)
        self.panel.toolbar.addSeparator()
        self.panel.toolbar.addAction(self.importer.action)
        bridge.project_opened.connect(lambda _p: self._update_enabled())
        bridge.project_closing.connect(lambda: self.participants_action.setEnabled(False))
        on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.participants_action.setText(self.tr("&Participants…"))
        self.participants_action.setToolTip(self.tr("Participants (informants) and "
                                                    "stakeholder groups"))

    def _update_enabled(self) -> None:
        self.participants_action.setEnabled(self.bridge.project is not None)

    def show_participants(self) -> ParticipantsManager | None:
        if self.bridge.project is None:
            return None
        if self.participants_window is None:
            self.participants_window = ParticipantsManager(self.bridge, self.window)
        elif not self.participants_window.isVisible():
            self.participants_window.model.set_project(self.bridge.project)
        self.participants_window.show()
        self.participants_window.raise_()
        self.participants_window.activateWindow()
        return self.participants_window
