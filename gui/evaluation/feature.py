"""The main-window feature that installs the evaluation workspace.

`EvaluationFeature(window, bridge, selection)` puts the evaluation panel in a dock at
the bottom (tabbed with the other bottom docks when there are any; it can be floated
into a window of its own), and adds one Analysis-menu entry per view (Indicator board,
Triangulation, Matrix, Co-occurrence, Summary grid) that shows the dock at that tab.
`flush()` saves text being typed; the main window calls it on close.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from gui import i18n
from gui.evaluation.panel import EvaluationPanel

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Evaluation")
BOTTOM_DOCKS = ("retrievalDock", "memosDock", "searchDock")


class EvaluationFeature(QObject):
    """Evaluation dock and Analysis menu entries."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.panel = EvaluationPanel(bridge, selection)
        self.dock = window.add_dock(self.panel, "evaluationDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        for name in BOTTOM_DOCKS:
            other = window.findChild(QDockWidget, name)
            if other is not None:
                window.tabifyDockWidget(other, self.dock)
                other.raise_()  # the evaluation tab waits to be chosen
                self.panel.set_on_screen(False)  # and computes nothing until then
                break
        self.dock.visibilityChanged.connect(self.panel.set_on_screen)
        menu = window.menu("analysis")
        if not menu.isEmpty():
            menu.addSeparator()
        self.actions: list[tuple[QAction, object]] = []
        for page in self.panel.pages:
            action = QAction(window)
            action.setObjectName(f"show_{page.objectName()}")
            action.triggered.connect(lambda _checked=False, p=page: self.show(p))
            menu.addAction(action)
            self.actions.append((action, page))
        i18n.on_language_change(self.panel, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = [self.tr("Indicator board"), self.tr("Triangulation"),
                 self.tr("Matrix (data display)"), self.tr("Code co-occurrence"),
                 self.tr("Summary grid")]
        for (action, _page), name in zip(self.actions, names, strict=True):
            action.setText(name)

    def show(self, page) -> None:
        """Show the evaluation dock at `page`."""
        self.dock.show()
        self.dock.raise_()
        self.panel.show_tab(page)

    def flush(self) -> None:
        self.panel.flush()
