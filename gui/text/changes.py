"""How the Text panel follows committed changes (`bridge.changed`).

Only what a change touched of the source on screen is refreshed:

- the source deleted: `source_deleted` (the panel clears);
- its text spliced by someone else (undo/redo of an edit): the splices
  (`change.text_splices`) are applied to the document in place (scroll and cursor
  stay), and the text is checked against storage (a mismatch: `reload_needed`);
- its segments inserted, updated, deleted or shifted: the typed deltas are applied to
  the `SegmentLayer` and only the blocks of those segments are re-highlighted
  (`rehighlight`);
- codes changed (colour, label): the state's codes are read again, `colours_stale`,
  and blocks of segments with those codes are re-highlighted;
- key quotes changed: the state's key quotes are read again (`marks_changed`);
- the source's properties changed: the state's source is read again
  (`source_refreshed`). `followed` ends every change that concerned the source.

It reads and writes the `TextState` only; the panel acts on its signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.text.editing import EditSync
from gui.text.state import TextState
from storage import Change, Kind, NotFoundError


class ChangeFollower(QObject):
    """Connects `bridge.changed` to the text state; see the module docstring."""

    source_deleted = Signal()
    reload_needed = Signal()
    message = Signal(str)
    rehighlight = Signal(list)       # code point ranges
    colours_stale = Signal()
    marks_changed = Signal()
    source_refreshed = Signal()
    followed = Signal()

    def __init__(self, state: TextState, sync: EditSync, bridge, origin: object, parent=None):
        super().__init__(parent)
        self.state = state
        self.sync = sync
        self.bridge = bridge
        self.origin = origin       # changes made with this origin are the panel's own
        bridge.changed.connect(self.on_changed)

    def on_changed(self, change: Change) -> None:
        state, sync = self.state, self.sync
        source_id = state.source_id
        project = self.bridge.project
        if source_id is None or project is None:
            return
        own = change.origin is self.origin
        source_rows = ([d for d in change.source_deltas() if d.id == source_id]
                       if change.affects(Kind.SOURCES) else [])
        if any(delta.after is None for delta in source_rows):
            self.source_deleted.emit()
            return
        splices = change.text_splices(source_id)
        if splices and not own and (sync.dirty or not sync.apply_splices(splices)):
            if sync.dirty:  # typing not yet stored cannot be placed in the new text
                self.message.emit(self.tr("The text was changed elsewhere; your last few "
                                          "keystrokes could not be kept."))
            self.reload_needed.emit()
            return
        stale = state.layer.apply_change(change) if change.affects(Kind.SEGMENTS) else []
        if change.affects(Kind.CODES):
            stale += self._codes_changed(project, change)
        if change.affects(Kind.KEY_QUOTES):
            state.load_key_quotes(project)
            self.marks_changed.emit()
        if stale:
            self.rehighlight.emit(stale)
        if splices and not own and project.sources.text(source_id) != sync.text:
            self.reload_needed.emit()
            return
        if source_rows and not splices:
            self._refresh_source(project)
        self.followed.emit()

    def _codes_changed(self, project, change: Change) -> list[tuple[int, int]]:
        state = self.state
        changed = change.ids_of(Kind.CODES)
        state.load_codes(project)
        self.colours_stale.emit()
        return [(s.start, s.end) for s in state.layer.segments.values()
                if s.code_id in changed]

    def _refresh_source(self, project) -> None:
        try:
            fresh = project.sources.get(self.state.source_id)
        except NotFoundError:
            return
        fresh.text = ""
        self.state.source = fresh
        self.source_refreshed.emit()
