"""Small pieces every dialog of Telaah uses, so each dialog states only what is its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget


def ok_cancel_buttons(dialog: QDialog, on_ok=None) -> QDialogButtonBox:
    """OK/Cancel buttons wired to `on_ok` (default: accept) and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def list_with_side_buttons(dialog: QDialog, view: QWidget, buttons, *below: QWidget) -> None:
    """Lay out `dialog`: `view` with a column of `buttons` on its right, then `below`."""
    side = QVBoxLayout()
    for button in buttons:
        side.addWidget(button)
    side.addStretch(1)
    row = QHBoxLayout()
    row.addWidget(view, 1)
    row.addLayout(side)
    layout = QVBoxLayout(dialog)
    layout.addLayout(row)
    for widget in below:
        layout.addWidget(widget)
