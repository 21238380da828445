"""The GUI's single link to the open project, and its one way onto the undo stack.

`ProjectBridge` owns the open `storage.Project`, turns each committed `Change` into the
Qt signal `changed`, and keeps the `QUndoStack`. It subscribes to the project and puts
every undoable Change on the stack itself, whoever made it: a panel writes through
`bridge.run(label, fn)` (or calls a repository method; the result is the same) and
never pushes anything. The Changes of undo and redo (`change.replayed`) are not pushed
again; an unjournaled bulk Change clears the stack. `with bridge.macro(label):` makes
the actions inside one undo step (a multi-file import). The history is bounded by
steps (`UNDO_STEPS`) and by the memory its journals hold (`UNDO_BYTES`, from each
Change's estimate): the oldest steps go first. Checkpoints of the project's
write-ahead log wait for a pause (`IDLE_CHECKPOINT_MS`) instead of falling on a
keystroke. A keystroke (`change.typing_only`) is on the undo stack at once, a burst of
them one step; the other panels hear of typing when it pauses (`TYPING_PAUSE_MS`, one
Change for the burst), so no panel re-reads a long text on every key.
Panels refresh in a slot on `changed`,
following the domain contract of `storage.change` (`change.affects(Kind.X)`, typed
deltas) and `change.origin`, to skip changes they made themselves.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.undo_labels import key_of
from storage import Change, Project, config

UNDO_STEPS = 500
UNDO_BYTES = 64 * 1024 * 1024
IDLE_CHECKPOINT_MS = 2000   # the log is copied into the file when work pauses
TYPING_PAUSE_MS = 700       # keystrokes closer than this are one burst
TYPING_STEP = 1             # the QUndoCommand id of typing (bursts merge)


@dataclass
class MacroStep:
    """The undo step a `bridge.macro` block is making (its name may change inside)."""

    label: str


class ChangeCommand(QUndoCommand):
    """One undo step: committed Changes (one, or a macro's); undo/redo replay them."""

    def __init__(self, bridge: ProjectBridge, label: str, changes: list[Change],
                 mergeable: bool = True):
        super().__init__(label)
        self.label_key = key_of(label)  # so the label follows a language switch
        self._bridge = bridge
        self.changes = changes
        self.weight = sum(change.weight for change in changes)
        self._first = True
        typing = mergeable and all(change.typing_only for change in changes)
        self._typed_at = time.monotonic() if typing else None

    def id(self) -> int:  # noqa: A003 (Qt override)
        return TYPING_STEP if self._typed_at is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        """Keystrokes of one burst (same view, one place, no pause) are one undo step."""
        if not isinstance(other, ChangeCommand) or other.id() != TYPING_STEP or (
                other.changes[0].origin is not self.changes[-1].origin) or (
                other._typed_at - self._typed_at > TYPING_PAUSE_MS / 1000) or not (
                _typed_on(self.changes[-1], other.changes[0])):
            return False
        self.changes.extend(other.changes)
        self.weight += other.weight
        self._typed_at = other._typed_at
        return True

    def redo(self) -> None:
        if self._first:  # the actions were already done when they were pushed
            self._first = False
            return
        project = self._bridge.project
        if project is not None:
            for change in self.changes:
                project.redo(change)

    def undo(self) -> None:
        project = self._bridge.project
        if project is not None:
            for change in reversed(self.changes):
                project.undo(change)


def _typed_on(last: Change, following: Change) -> bool:
    """Whether `following` types on where `last` stopped (or deletes back from there)."""
    before, after = last.text_splices_all()[-1], following.text_splices_all()[0]
    end = before.start + len(before.inserted)
    return before.source_id == after.source_id and end in (
        after.start, after.start + len(after.removed))


class ProjectBridge(QObject):
    """Holds the open project; emits `changed(Change)` after every committed action."""

    changed = Signal(object)
    coder_changed = Signal(str)
    project_opened = Signal(object)
    project_closing = Signal()
    _committed = Signal(object)   # to the GUI thread, where the stack lives

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.project: Project | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_STEPS)
        self._macro: list[Change] | None = None
        self._committed.connect(self._push)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_CHECKPOINT_MS)
        self._idle.timeout.connect(self._checkpoint)
        self._typed: list[Change] = []
        self._typing_pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(self.announce_typing)

    def open(self, project: Project) -> None:
        self.close()
        self.project = project
        if not project.coder:  # the coder named once on this machine (preferences)
            project.set_coder(str(config.get("coder") or ""))
        if not project.readonly:
            project.defer_checkpoints()
        project.subscribe(self._on_change)
        self.project_opened.emit(project)

    def set_coder(self, name: str) -> None:
        """Switch who codes: the open project stamps `name` from now on, and it is
        remembered on this machine."""
        name = name.strip()
        config.set_values(coder=name)
        if self.project is not None:
            self.project.set_coder(name)
        self.coder_changed.emit(name)

    def coder(self) -> str:
        if self.project is not None and self.project.coder:
            return self.project.coder
        return str(config.get("coder") or "").strip()

    def close(self) -> None:
        if self.project is None:
            return
        self.project_closing.emit()
        self._idle.stop()
        self._typing_pause.stop()
        self._typed = []
        self.undo_stack.clear()
        self.project.unsubscribe(self._on_change)
        self.project.close()
        self.project = None

    def run(self, label: str, work, origin: object = None):
        """Run `work(project)` as one action and return its result.

        Every call of the core made by `work` joins the same transaction and Change,
        which reaches the undo stack and the panels like any other.
        """
        assert self.project is not None
        with self.project.action(label, origin=origin):
            return work(self.project)

    @contextmanager
    def macro(self, label: str) -> Iterator[MacroStep]:
        """The actions committed inside the block become one undo step, named `label`
        (or what the block sets as the yielded step's `label` once it knows more)."""
        step = MacroStep(label)
        if self._macro is not None:   # nested: joins the outer macro
            yield step
            return
        self._macro = []
        try:
            yield step
        finally:
            changes, self._macro = self._macro, None
            if changes:
                self._add(ChangeCommand(self, step.label, changes))

    @property
    def undo_bytes(self) -> int:
        """The estimated memory the undo history keeps."""
        stack = self.undo_stack
        return sum(getattr(stack.command(i), "weight", 0) for i in range(stack.count()))

    def _on_change(self, change: Change) -> None:
        self._committed.emit(change)
        if change.typing_only and not change.replayed:
            self._typed.append(change)
            self._typing_pause.start()
            return
        self.announce_typing()
        self.changed.emit(change)

    def announce_typing(self) -> None:
        """Tell the panels of the keystrokes held back: one Change per view typed in."""
        self._typing_pause.stop()
        typed, self._typed = self._typed, []
        if self.project is None or self.project.closed:
            return   # closed meanwhile: nobody shows its text any more
        while typed:
            origin = typed[0].origin
            count = next((n for n, c in enumerate(typed) if c.origin is not origin),
                         len(typed))
            burst, typed = typed[:count], typed[count:]
            self.changed.emit(Change.joined(burst))

    def _checkpoint(self) -> None:
        if self.project is not None:
            self.project.checkpoint()

    def _push(self, change: Change) -> None:
        self._idle.start()
        if change.empty or change.replayed:
            return
        if not change.undoable:   # earlier steps may no longer apply on top of it
            self.undo_stack.clear()
            if self._macro is not None:
                self._macro.clear()
            return
        if self._macro is not None:
            self._macro.append(change)
            return
        self._add(ChangeCommand(self, change.label, [change]))

    def _add(self, command: ChangeCommand) -> None:
        self.undo_stack.push(command)
        if self.undo_bytes > UNDO_BYTES:
            self._drop_oldest()

    def _drop_oldest(self) -> None:
        """Keep the newest steps whose journals fit in UNDO_BYTES (at least one).

        A QUndoStack cannot drop its oldest command alone, so the kept steps are put
        on a cleared stack again (as done steps: nothing is replayed)."""
        stack = self.undo_stack
        steps = [(stack.command(i).text(), stack.command(i).changes,
                  stack.command(i).weight) for i in range(stack.index())]
        kept, total = [], 0
        for text, changes, weight in reversed(steps):
            if kept and total + weight > UNDO_BYTES:
                break
            kept.append((text, changes))
            total += weight
        stack.clear()
        for text, changes in reversed(kept):
            stack.push(ChangeCommand(self, text, changes, mergeable=False))
