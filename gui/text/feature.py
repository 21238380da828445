"""Installs the Text panel as the main window's central widget.

`TextFeature(window, bridge, selection)` is listed in `gui.features.FEATURES`. It puts
the panel in the centre, adds Quick Code (Ctrl+K) and the valence switch to the Code
menu, and Edit Text (Ctrl+E, the switch between read and Edit mode, also on the
panel's tool row) and Insert Timestamp (Ctrl+T) to the Edit menu, stores pending typing whenever
the Edit menu opens (so Undo there sees it), and `flush()` is called by
`MainWindow.closeEvent`.
"""

from __future__ import annotations

from gui.text.panel import TextPanel

STATUS_MS = 5000


class TextFeature:
    """The coding workbench's text panel; see the module docstring."""

    def __init__(self, window, bridge, selection):
        self.window = window
        self.panel = TextPanel(bridge, selection, window)
        window.set_central(self.panel)
        window.add_action("code", self.panel.quick_code_action)
        window.add_action("code", self.panel.valence_action)
        window.add_action("edit", self.panel.edit_mode.action)
        window.add_action("edit", self.panel.timestamp_action)
        window.menu("edit").aboutToShow.connect(self.panel.flush)
        self.panel.message.connect(self._show_message)
        selection.text_range = self._text_range

    def _text_range(self) -> tuple[int, int, int] | None:
        """The selected passage as (source id, start, end) in code points, or None."""
        points = self.panel.selected_points()
        if points is None or self.panel.source is None:
            return None
        return (self.panel.source.id, *points)

    def _show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def flush(self) -> None:
        """Store pending typing now (called when the window closes)."""
        self.panel.flush()
