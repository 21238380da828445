"""The memo editor: a title and a body that save themselves as you type.

Typing restarts a ~700 ms timer; when it fires, the edit is stored with
`memos.update` through `bridge.run`, so each pause in typing is one action on the undo
stack. `flush()` saves a pending edit at once (called before another memo is opened,
and by the main window on close). Changes made elsewhere to the open memo (undo, for
example) reload the editor; its own saves (origin = the editor) do not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from gui import i18n
from storage import Kind
from storage.errors import NotFoundError, TelaahError

AUTOSAVE_MS = 700


class MemoEditor(QWidget):
    """Title and body of one memo, autosaved; see the module docstring."""

    saved = Signal(int)   # memo id, after each save

    def __init__(self, bridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("memoEditor")
        self.bridge = bridge
        self.memo_id: int | None = None
        self._loading = False
        self.title = QLineEdit(objectName="memoTitle")
        self.body = QPlainTextEdit(objectName="memoBody")
        self.status = QLabel(objectName="memoStatus")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.title.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        bridge.changed.connect(self._on_changed)
        self.retranslate_ui()
        self.open(None)

    def retranslate_ui(self) -> None:
        self.title.setPlaceholderText(self.tr("Memo title"))
        self.body.setPlaceholderText(self.tr("Write the memo here; it is saved as you type."))
        self._show_status()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def dirty(self) -> bool:
        return self.timer.isActive()

    def open(self, memo_id: int | None) -> None:
        """Show a memo (None: nothing), saving the one open before."""
        self.flush()
        self.memo_id = memo_id
        self.reload()

    def reload(self) -> None:
        """Load the open memo's stored title and body (dropping unsaved typing)."""
        self.timer.stop()
        memo = None
        project = self.bridge.project
        if self.memo_id is not None and project is not None:
            try:
                memo = project.memos.get(self.memo_id)
            except NotFoundError:
                self.memo_id = None
        self._loading = True
        try:
            self.title.setText(memo.title if memo else "")
            self.body.setPlainText(memo.body if memo else "")
        finally:
            self._loading = False
        self.title.setEnabled(memo is not None)
        self.body.setEnabled(memo is not None)
        self._show_status()

    def _edited(self, *_args) -> None:
        if self._loading or self.memo_id is None:
            return
        self.timer.start()
        self._show_status()

    def save(self) -> bool:
        """Store the title and body now as one undoable action; False if nothing to do."""
        self.timer.stop()
        project = self.bridge.project
        if self.memo_id is None or project is None:
            return False
        memo_id, title, body = self.memo_id, self.title.text(), self.body.toPlainText()
        try:
            current = project.memos.get(memo_id)
        except NotFoundError:
            return False
        if (current.title, current.body) == (title, body):
            self._show_status()
            return False
        try:
            self.bridge.run(self.tr("Edit memo"), lambda p: p.memos.update(
                memo_id, origin=self, title=title, body=body), origin=self)
        except TelaahError as error:
            self.status.setText(i18n.translated(error))
            return False
        self._show_status()
        self.saved.emit(memo_id)
        return True

    def flush(self) -> None:
        """Save a pending edit at once (before closing or switching memos)."""
        if self.timer.isActive():
            self.save()

    def _on_changed(self, change) -> None:
        if change.origin is self or self.memo_id is None:
            return
        if change.affects(Kind.MEMOS) and self.memo_id in change.ids_of(Kind.MEMOS):
            self.reload()

    def _show_status(self) -> None:
        if self.memo_id is None:
            self.status.setText(self.tr("No memo open. Choose one in the list or make a new "
                                        "one."))
        elif self.timer.isActive():
            self.status.setText(self.tr("Editing…"))
        else:
            self.status.setText(self.tr("Saved"))
