"""Small pieces every dialog of Telaah uses, so each dialog states only what is its own."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


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


def open_message(parent: QWidget, name: str, title: str, text: str,
                 icon=QMessageBox.Icon.Warning) -> QMessageBox:
    """A message box over `parent` that does not block the caller (`open`, not `exec`),
    named so that tests and scripts can find it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.open()
    return box


def run_or_warn(dialog: QWidget, bridge, label: str, work) -> bool:
    """Run `work(project)` as one undoable action; a refusal is shown in a warning over
    `dialog` (in the interface language). True when it was written."""
    from gui import i18n
    from storage.errors import TelaahError

    try:
        bridge.run(label, work)
    except TelaahError as error:
        QMessageBox.warning(dialog, dialog.windowTitle(), i18n.translated(error))
        return False
    return True
