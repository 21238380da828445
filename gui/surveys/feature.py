"""The main-window feature that installs questionnaires.

`SurveysFeature(window, bridge, selection)` adds the Surveys dock (bottom, tabbed with
the other bottom docks) holding the `SurveyPanel`, and a Survey submenu in the Analysis
menu with the file actions of `SurveyActions` and an entry that shows the dock.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from gui import i18n
from gui.surveys.actions import SurveyActions
from gui.surveys.panel import SurveyPanel

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Surveys")
BOTTOM_DOCKS = ("evaluationDock", "retrievalDock", "memosDock", "searchDock")


class SurveysFeature(QObject):
    """Surveys dock and Survey menu."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.panel = SurveyPanel(bridge)
        self.dock = window.add_dock(self.panel, "surveysDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        for name in BOTTOM_DOCKS:
            other = window.findChild(QDockWidget, name)
            if other is not None:
                window.tabifyDockWidget(other, self.dock)
                other.raise_()
                break
        self.actions = SurveyActions(window, bridge, self.panel)
        self.menu = QMenu(window)
        self.menu.setObjectName("surveyMenu")
        self.show_action = QAction(window, objectName="action_showSurveys")
        self.show_action.triggered.connect(lambda _checked=False: self.raise_dock())
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        self.menu.addActions(list(self.actions.actions.values()))
        analysis = window.menu("analysis")
        if not analysis.isEmpty():
            analysis.addSeparator()
        analysis.addMenu(self.menu)
        i18n.on_language_change(self.panel, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Survey"))
        self.show_action.setText(self.tr("Show &questionnaires"))
        self.actions.retranslate_ui()

    def raise_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()
