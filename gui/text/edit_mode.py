"""Read mode and Edit Text mode of the Text panel.

A source opens in read mode, as in the professional tools: the text can be selected
(mouse and keyboard), coded and copied, but a stray key cannot change it, and text is
neither dragged out of a selection nor dropped in (codes still are). The checkable
Edit Text action (Ctrl+E; on the panel's tool row and in the Edit menu) switches to
Edit mode, which looks different (a tinted page and a banner above it) and stores
typing as before. Showing another source returns to read mode; a text the view
cannot keep exact (`state.codable` False) cannot be edited at all.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from gui.text.state import TextState

SHORTCUT = "Ctrl+E"


class EditMode(QObject):
    """The Edit Text switch of one panel: its action, its banner, the view's mode."""

    changed = Signal(bool)     # editing or not

    def __init__(self, state: TextState, view, parent: QWidget):
        super().__init__(parent)
        self.state = state
        self.view = view
        self.action = QAction(parent)
        self.action.setObjectName("editTextAction")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        parent.addAction(self.action)
        self.banner = QLabel(parent)
        self.banner.setObjectName("editModeBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5d4037; padding: 3px 6px; "
                                  "border: 1px solid #f0c36d;")
        self.banner.hide()
        self.action.toggled.connect(self._toggled)

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Edit Text"))
        self.action.setToolTip(self.tr(
            "Switch between reading (the text cannot change) and editing the source's "
            "text (Ctrl+E)"))
        self.banner.setText(self.tr(
            "Edit mode: what you type changes the source. Switch Edit Text off (Ctrl+E) "
            "to read and code without changing it."))

    @property
    def editing(self) -> bool:
        return self.state.editing and self.state.codable

    def reset(self) -> None:
        """Back to read mode (another source is shown, or none)."""
        self.action.setChecked(False)
        self.state.editing = False

    def apply(self) -> None:
        """Put the view and the switch in the state's mode."""
        editing = self.editing
        self.action.setEnabled(self.state.codable)
        if self.action.isChecked() != editing:
            self.action.blockSignals(True)
            self.action.setChecked(editing)
            self.action.blockSignals(False)
        self.view.set_editing(editing)
        self.banner.setVisible(editing)

    def _toggled(self, on: bool) -> None:
        self.state.editing = on and self.state.codable
        self.apply()
        self.changed.emit(self.editing)
