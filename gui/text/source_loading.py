"""Showing a source in the Text panel: a fresh document for each source.

`SourceLoading` is the part of `TextPanel` (panel.py) that puts a source on screen:
`show_source` (storing pending typing of the previous source first), `reload` (the
same source read again, keeping the scroll and the cursor) and `clear`. Each source
gets a new document and its own `CodingHighlighter`; the blocks around the visible one
are highlighted at once and the rest in the background (`finish_highlighting` completes
it), and the recording bar follows the source (`update_recording`). A mixin: it uses
the panel's `state`, `sync`, `layer`, `view`, `highlighter`, `edit_mode`, `recording`,
`notice`, `timestamp_action`, `bridge` and `source_shown`, and its `flush`,
`stripe_columns`, `colour_of` and `retranslate_ui`.
"""

from __future__ import annotations

from shiboken6 import isValid

from gui.text.editing import fill_document, new_document
from gui.text.highlighter import CodingHighlighter, highlight_around
from gui.text.recording import recording_file
from storage import NotFoundError
from storage.models import Segment, Source


class SourceLoading:
    """The Text panel's showing of a source (see the module docstring)."""

    def show_source(self, source_id: int, force: bool = False) -> None:
        """Show source `source_id` (stores pending typing of the previous one first)."""
        if source_id == self.source_id and not force:
            return
        self.flush()
        self.edit_mode.reset()   # another source opens in read mode
        project = self.bridge.project
        if project is None:
            self.clear()
            return
        try:
            source = project.sources.get(source_id)
        except NotFoundError:
            self.clear()
            return
        self._load_project_state(project)
        self._install(source, project.segments.for_source(source_id))

    def reload(self) -> None:
        """Read this source again from storage, keeping the scroll and cursor."""
        project = self.bridge.project
        if self.state.source is None or project is None:
            return
        top = self.view.verticalScrollBar().value()
        cursor = self.view.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        try:
            source = project.sources.get(self.state.source.id)
        except NotFoundError:
            self.clear()
            return
        self._load_project_state(project)
        self._install(source, project.segments.for_source(source.id), top_block=top)
        length = self.view.document().characterCount() - 1
        self.view.select_units(min(anchor, length), min(position, length))
        self.view.verticalScrollBar().setValue(top)

    def clear(self) -> None:
        self.flush()
        self.edit_mode.reset()
        self.state.source = None
        self._install(None, [])

    def _load_project_state(self, project) -> None:
        self.state.load_codes(project)
        self.forget_colours()
        self.state.load_key_quotes(project)

    def forget_colours(self) -> None:
        self._colours.clear()
        self.highlighter.clear_formats()

    def _install(self, source: Source | None, segments: list[Segment],
                 top_block: int = 0) -> None:
        text = source.text if source is not None else ""
        if source is not None:
            source.text = ""  # the document and the mirror hold it
        self.state.source = source
        document = new_document(self, self.view.font())
        self.sync.reset(text, None)
        self.layer.load(self.source_id, segments, self.sync.map)
        document.contentsChange.connect(self.sync.on_contents_change)  # before highlighting
        self.highlighter.stop_walk()
        # one highlighter per document, its child: dropping the old document later
        # does not make the old highlighter clear every block's formats first
        self.highlighter = CodingHighlighter(self.layer, self.colour_of, document)
        fits = fill_document(document, text)
        self.sync.document = document
        self._highlight_first(document, top_block)
        old = self.view.document()
        self.view.setDocument(document)
        if old is not None and isValid(old) and old.parent() is self:
            old.deleteLater()
        project = self.bridge.project
        self.state.codable = source is not None and fits and project is not None \
            and not project.readonly
        self.edit_mode.apply()
        self.notice.setVisible(source is not None and not fits)
        self.update_recording()
        self.view.update_margin_width()
        self.retranslate_ui()
        self.source_shown.emit(self.source_id)

    def _highlight_first(self, document, top_block: int) -> None:
        """Highlight the blocks around `top_block` now, the rest in the background."""
        done = highlight_around(self.highlighter, document, top_block)
        shown = self.layer.at_utf16(*done) if done else list(self.layer.segments.values())
        self.view.margin.reset_width(self.stripe_columns(shown)[1])

    def update_recording(self) -> None:
        project = self.bridge.project
        self.recording.set_recording(recording_file(
            self.state.source, project.path if project is not None else None))
        self.timestamp_action.setEnabled(self.recording.available and self.edit_mode.editing)

    def finish_highlighting(self) -> None:
        """Complete the background highlighting of a long text now."""
        self.highlighter.finish_walk()

    def _on_scrolled(self, _value: int) -> None:
        if self.highlighter.walking:
            lines = self.view.viewport().height() // max(self.view.fontMetrics().lineSpacing(), 1)
            self.highlighter.ensure_highlighted(self.view.visible_block(), lines + 2)
