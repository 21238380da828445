"""The main-window feature that installs full-text search.

`SearchFeature(window, bridge, selection)` adds the Search dock at the bottom (tabbed
with retrieval and memos) and Edit → Find in all sources… (Ctrl+Shift+F), which shows
the dock and puts the cursor in the search box. A result that is clicked shows its
source (`selection.source_selected`) and then selects the hit in the text panel: via
its `show_range(start, end)` when it has one, else via its view and offset map.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from gui.i18n import on_language_change
from gui.retrieval.feature import tabify_bottom
from gui.search.panel import SearchPanel

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Search")


class SearchFeature(QObject):
    """Search dock and the Find in all sources action."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.selection = selection
        self.panel = SearchPanel(bridge, selection)
        self.dock = window.add_dock(self.panel, "searchDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        tabify_bottom(window, self.dock)
        self.find_action = QAction(window, objectName="actionFindInSources")
        self.find_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.show_search)
        window.menu("edit").addAction(self.find_action)
        self.panel.hit_requested.connect(self.show_hit)
        on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.find_action.setText(self.tr("&Find in all sources…"))

    def show_search(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.box.selectAll()

    def show_hit(self, source_id: int, start: int, end: int) -> None:
        """Open the source and select text[start:end] (code points) in the text panel."""
        self.selection.source_selected.emit(source_id)
        text_panel = self.window.centralWidget()
        show_range = getattr(text_panel, "show_range", None)
        if callable(show_range):
            show_range(start, end)
            return
        view = getattr(text_panel, "view", None)
        offsets = getattr(getattr(text_panel, "sync", None), "map", None)
        if getattr(text_panel, "source_id", None) != source_id or view is None \
                or offsets is None or not hasattr(view, "select_units"):
            return
        view.select_units(offsets.to_utf16(start), offsets.to_utf16(end), center=True)
