"""The GUI's single link to the open project.

`ProjectBridge` owns the open `storage.Project`, turns each committed `Change` into the
Qt signal `changed`, and keeps the `QUndoStack` of those changes. Panels receive the
bridge in their constructor (never a global), call the core through `bridge.project`,
push what they did with `bridge.push(change)`, and refresh in a slot on `changed`,
looking at `change.tables` (and `change.origin`, to skip changes they made themselves).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.undo_labels import key_of
from storage import Change, Project


class ChangeCommand(QUndoCommand):
    """One committed user action on the undo stack; undo/redo replay its journal."""

    def __init__(self, bridge: ProjectBridge, change: Change):
        super().__init__(change.label)
        self.label_key = key_of(change.label)  # so the label follows a language switch
        self._bridge = bridge
        self._change = change
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action was already done when it was pushed
            self._first = False
            return
        project = self._bridge.project
        if project is not None:
            project.redo(self._change)

    def undo(self) -> None:
        project = self._bridge.project
        if project is not None:
            project.undo(self._change)


class ProjectBridge(QObject):
    """Holds the open project; emits `changed(Change)` after every committed action."""

    changed = Signal(object)
    project_opened = Signal(object)
    project_closing = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.project: Project | None = None
        self.undo_stack = QUndoStack(self)

    def open(self, project: Project) -> None:
        self.close()
        self.project = project
        project.subscribe(self._on_change)
        self.project_opened.emit(project)

    def close(self) -> None:
        if self.project is None:
            return
        self.project_closing.emit()
        self.undo_stack.clear()
        self.project.unsubscribe(self._on_change)
        self.project.close()
        self.project = None

    def push(self, change: Change | None) -> None:
        """Put an already committed action on the undo stack.

        A bulk action written without a journal cannot be undone; it clears the stack,
        since earlier steps may no longer apply on top of it.
        """
        if change is None or change.empty:
            return
        if not change.undoable:
            self.undo_stack.clear()
            return
        self.undo_stack.push(ChangeCommand(self, change))

    def run(self, label: str, work, origin: object = None):
        """Run `work(project)` as one action, push it on the undo stack, return its result.

        Every call of the core made by `work` joins the same transaction and Change.
        """
        assert self.project is not None
        with self.project.action(label, origin=origin) as act:
            result = work(self.project)
        self.push(act.change)
        return result

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)
