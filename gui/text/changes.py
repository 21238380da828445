"""How the Text panel follows committed changes (`bridge.changed`).

Only what a change touched of the source on screen is refreshed:

- the source deleted: the panel clears;
- its text spliced by someone else (undo/redo of an edit): the splices are applied to
  the document in place (scroll and cursor stay), and the text is checked against
  storage (a mismatch reloads it);
- its segments inserted, updated or deleted (coding, undo, edits moving them): the row
  images are applied to the `SegmentLayer` and only the blocks of those segments are
  re-highlighted;
- codes changed (colour, label): blocks of segments with those codes are re-highlighted;
- key quotes or its metadata changed: marks and header are refreshed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from storage import NotFoundError
from storage.journal import Change, RowOp, TextSplice


class ChangeFollower(QObject):
    """Connects `bridge.changed` to the panel; see the module docstring."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        panel.bridge.changed.connect(self.on_changed)

    def on_changed(self, change: Change) -> None:
        panel = self.panel
        source_id = panel.source_id
        project = panel.bridge.project
        if source_id is None or project is None:
            return
        own = change.origin is panel
        source_rows = [op for op in change.ops if isinstance(op, RowOp)
                       and op.table == "sources" and op.key.get("id") == source_id]
        if any(op.after is None for op in source_rows):
            panel.clear()
            return
        splices = [op for op in change.ops
                   if isinstance(op, TextSplice) and op.source_id == source_id]
        if splices and not own and (panel.sync.dirty or not panel.sync.apply_splices(splices)):
            if panel.sync.dirty:  # typing not yet stored cannot be placed in the new text
                panel.message.emit(self.tr("The text was changed elsewhere; your last few "
                                           "keystrokes could not be kept."))
            panel.reload()
            return
        stale = panel.layer.apply_change(change)
        if change.touches("codes"):
            stale += self._codes_changed(project, change)
        if change.touches("key_quotes"):
            panel.load_key_quotes(project)
            panel.view.margin.update()
        if stale:
            panel.rehighlight(stale)
        if splices and not own and project.sources.text(source_id) != panel.sync.text:
            panel.reload()
            return
        if source_rows and not splices:
            self._refresh_source(project)
        panel.view.update_margin_width()
        panel.update_header()

    def _codes_changed(self, project, change: Change) -> list[tuple[int, int]]:
        panel = self.panel
        changed = change.ids("codes")
        panel.codes = {code.id: code for code in project.codes.list()}
        panel.forget_colours()
        return [(s.start, s.end) for s in panel.layer.segments.values()
                if s.code_id in changed]

    def _refresh_source(self, project) -> None:
        panel = self.panel
        try:
            fresh = project.sources.get(panel.source_id)
        except NotFoundError:
            return
        fresh.text = ""
        panel.source = fresh
        panel.update_recording()
