"""Installs the collaboration network: a dock with the map, Analysis → Collaboration
network, and Code → Mark tie… for the passage selected in the text.

Marking a tie asks which actors the passage ties (`TieDialog`) and stores the tie
with the passage as its evidence, one undoable action. Without a project the actions
are disabled; without a selected passage or two actors, the status bar says what is
missing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget

from gui import i18n
from gui.network.dialogs import TieDialog
from gui.network.panel import NetworkPanel
from storage.errors import TelaahError

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Collaboration network")
STATUS_MS = 6000


class NetworkFeature(QObject):
    """See the module docstring."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window, self.bridge, self.selection = window, bridge, selection
        self.panel = NetworkPanel(bridge, selection)
        self.dock = window.add_dock(self.panel, "networkDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        other = window.findChild(QDockWidget, "evaluationDock")
        if other is not None:
            window.tabifyDockWidget(other, self.dock)
            other.raise_()
        self.panel.set_on_screen(False)
        self.dock.visibilityChanged.connect(self.panel.set_on_screen)
        self.show_action = QAction(window)
        self.show_action.setObjectName("show_network")
        self.show_action.triggered.connect(self.show)
        window.add_action("analysis", self.show_action)
        self.tie_action = QAction(window)
        self.tie_action.setObjectName("mark_tie")
        self.tie_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.tie_action.triggered.connect(self.mark_tie)
        window.add_action("code", self.tie_action)
        bridge.project_opened.connect(lambda _p: self._enable(True))
        bridge.project_closing.connect(lambda: self._enable(False))
        self._enable(bridge.project is not None)
        i18n.on_language_change(self.panel, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.show_action.setText(self.tr("Collaboration &network"))
        self.tie_action.setText(self.tr("Mark t&ie…"))
        self.tie_action.setStatusTip(self.tr("Record that the selected passage shows a tie "
                                             "between two actors"))

    def _enable(self, enabled: bool) -> None:
        self.show_action.setEnabled(enabled)
        self.tie_action.setEnabled(enabled)

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def mark_tie(self) -> None:
        """Ask for the actors and type of the selected passage's tie, then store it."""
        project = self.bridge.project
        chosen = self.selection.text_range() if project is not None else None
        if chosen is None:
            self._say(self.tr("Select a passage in a source first, then mark the tie."))
            return
        actors = project.network.actors()
        if len(actors) < 2:
            self._say(self.tr("Add at least two actors first (Collaboration network → "
                              "Actors…)."))
            self.show()
            return
        dialog = TieDialog(actors, project.network.tie_types(), i18n.current_language(),
                           self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.store_tie(chosen, *dialog.values())

    def store_tie(self, chosen, first: int, second: int, kind: str, directed: bool) -> None:
        source_id, start, end = chosen
        try:
            self.bridge.run(self.tr("Mark tie"), lambda project: project.network.add_tie(
                first, second, kind, source_id, start, end, directed=directed))
        except TelaahError as error:
            self._say(i18n.translated(error))
