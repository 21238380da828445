"""Small pieces every dialog of Telaah uses, so each dialog states only what is its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel_buttons(dialog: QDialog, on_ok=None) -> QDialogButtonBox:
    """OK/Cancel buttons wired to `on_ok` (default: accept) and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
