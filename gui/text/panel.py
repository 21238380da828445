"""The Text panel: read, code and edit one source (the coding workbench's centre).

`TextPanel` shows the source chosen with `selection.source_selected`: a header (title,
technique, date), a player bar for interviews with a recording, and the `TextView`
with coding stripes and highlighting. It is the `host` the view, margin and
highlighter ask about segments; `EditSync` (editing.py) stores typing, and
`CodingActions` (coding_actions.py) performs codings. It follows `bridge.changed`,
refreshing only what a change touched of this source.

Public API (used by the benchmark and tests): `show_source(source_id)`,
`code_selection(code_id, start, end)`, `flush()`, `view`, `highlighter`, `layer`,
`segments_at(point)`, `finish_highlighting()`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from gui.recording import RecordingBar, format_timestamp, recording_file
from gui.text import presentation
from gui.text.changes import ChangeFollower
from gui.text.coding_actions import CodingActions
from gui.text.editing import EditSync, fill_document, new_document
from gui.text.highlighter import CodingHighlighter, highlight_around, rehighlight_units
from gui.text.lang import ui_language
from gui.text.quick_code import QuickCodePopup
from gui.text.segment_layer import SegmentLayer, assign_columns, merge_ranges
from gui.text.view import TextView
from storage import NotFoundError
from storage.models import Code, Segment, Source


class TextPanel(QWidget):
    """See the module docstring."""

    message = Signal(str)           # short feedback for the status bar
    source_shown = Signal(object)   # source id, or None when cleared

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("textPanel")
        self.bridge = bridge
        self.selection = selection
        self.source: Source | None = None
        self.codes: dict[int, Code] = {}
        self.key_quotes: set[tuple[int, int]] = set()
        self.lang = ui_language()
        self.codable = False
        self._colours: dict[int, QColor] = {}
        self.layer = SegmentLayer()
        self.sync = EditSync(self)
        self.coding = CodingActions(self)
        self.changes = ChangeFollower(self)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self.clear()
        self.retranslate_ui()

    def _build_widgets(self) -> None:
        self.header = QLabel(self)
        self.header.setObjectName("textHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        # a long title must not widen the window and squeeze the docks
        self.header.setMinimumWidth(1)
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.header.setWordWrap(True)  # wraps rather than hiding the place or the count
        self.notice = QLabel(self)
        self.notice.setObjectName("textNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b71c1c;")
        self.notice.hide()
        self.valence_button = QToolButton(self)
        self.valence_button.setObjectName("valenceButton")
        self.quick_button = QToolButton(self)
        self.quick_button.setObjectName("quickCodeButton")
        self.recording = RecordingBar(self)
        self.recording.hide()
        self.view = TextView(self, self)
        self.view.document().setUndoRedoEnabled(False)
        self.highlighter = CodingHighlighter(self.layer, self.colour_of, None)
        self.popup = QuickCodePopup(self)
        top = QVBoxLayout()  # the header on its own line, the coding buttons in a row below
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.header)
        tools = QHBoxLayout()
        tools.addWidget(self.valence_button)
        tools.addWidget(self.quick_button)
        tools.addStretch(1)
        top.addLayout(tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.recording)
        layout.addWidget(self.view, 1)
        font = self.view.font()
        font.setPointSize(presentation.font_size())
        self.view.setFont(font)

    def _build_actions(self) -> None:
        def action(name: str, shortcut: str | QKeySequence) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
            return act

        self.quick_code_action = action("quickCodeAction", "Ctrl+K")
        self.quick_code_action.triggered.connect(lambda: self.coding.open_quick_code())
        self.valence_action = action("valenceAction", "Ctrl+Alt+V")
        self.valence_action.setCheckable(True)
        self.valence_action.toggled.connect(lambda _on: self.retranslate_ui())
        self.timestamp_action = action("insertTimestampAction", "Ctrl+T")
        self.timestamp_action.triggered.connect(lambda: self.insert_timestamp())
        self.valence_button.setDefaultAction(self.valence_action)
        self.quick_button.setDefaultAction(self.quick_code_action)
        self.view.passthrough_keys = [QKeySequence("Ctrl+K"), QKeySequence("Ctrl+T"),
                                      QKeySequence("Ctrl+Alt+V")]

    def _connect(self) -> None:
        self.selection.source_selected.connect(self.show_source)
        self.selection.code_activated.connect(self.apply_code)
        self.selection.segment_requested.connect(self.coding.show_segment)
        self.bridge.project_closing.connect(self.clear)
        self.view.codes_dropped.connect(self._on_codes_dropped)
        self.view.flush_requested.connect(self.flush)
        self.view.undo_requested.connect(lambda: self._undo_redo(undo=True))
        self.view.redo_requested.connect(lambda: self._undo_redo(undo=False))
        self.view.ctrl_clicked.connect(lambda unit: self.recording.seek_at(
            self.view.document().findBlock(unit), unit))
        self.view.margin.segment_clicked.connect(self.coding.show_segment)
        self.view.margin.segment_menu_requested.connect(self.coding.exec_segment_menu)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.popup.chosen.connect(self.coding.quick_chosen)
        self.recording.timestamp_requested.connect(lambda: self.insert_timestamp())
        presentation.follow_font_size(self, self._set_font_size)

    # -- translation -------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.lang = ui_language()
        self.quick_code_action.setText(self.tr("Quick Code…"))
        self.quick_code_action.setToolTip(self.tr("Code the selection: type a code (Ctrl+K)"))
        contradicts = self.valence_action.isChecked()
        self.valence_action.setText(self.tr("Valence: contradicts") if contradicts
                                    else self.tr("Valence: supports"))
        self.valence_action.setToolTip(self.tr(
            "Valence of new codings: click to switch between supports and contradicts "
            "(Ctrl+Alt+V)"))
        self.timestamp_action.setText(self.tr("Insert Timestamp"))
        self.notice.setText(self.tr(
            "This text has Windows or old Mac line breaks, which this view cannot keep "
            "exact; it is shown read-only. Import it again to code or edit it."))
        self.popup.retranslate_ui()
        self.view.setPlaceholderText(self.tr("Type or paste the text here.") if self.source
                                     else self.tr("Choose a source to read and code it."))
        self.update_header()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def update_header(self) -> None:
        html = presentation.header_html(self, self.source, len(self.layer.segments))
        self.header.setText(html)
        self.header.setToolTip(QTextDocumentFragment.fromHtml(html).toPlainText())

    def _set_font_size(self, size: int) -> None:
        font = self.view.font()
        font.setPointSize(size)
        self.view.setFont(font)
        self.view.document().setDefaultFont(font)

    # -- showing a source --------------------------------------------------------------

    @property
    def source_id(self) -> int | None:
        return None if self.source is None else self.source.id

    @property
    def valence(self) -> str:
        return "contradicts" if self.valence_action.isChecked() else "supports"

    def show_source(self, source_id: int, force: bool = False) -> None:
        """Show source `source_id` (stores pending typing of the previous one first)."""
        if source_id == self.source_id and not force:
            return
        self.flush()
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
        if self.source is None or project is None:
            return
        top = self.view.verticalScrollBar().value()
        cursor = self.view.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        try:
            source = project.sources.get(self.source.id)
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
        self.source = None
        self._install(None, [])

    def _load_project_state(self, project) -> None:
        self.codes = {code.id: code for code in project.codes.list()}
        self.forget_colours()
        self.load_key_quotes(project)

    def load_key_quotes(self, project) -> None:
        self.key_quotes = {(code_id, segment_id) for code_id, ids in
                           project.evaluation.all_key_quotes().items() for segment_id in ids}

    def forget_colours(self) -> None:
        self._colours.clear()
        self.highlighter.clear_formats()

    def _install(self, source: Source | None, segments: list[Segment],
                 top_block: int = 0) -> None:
        text = source.text if source is not None else ""
        if source is not None:
            source.text = ""  # the document and the mirror hold it
        self.source = source
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
        self.codable = source is not None and fits and project is not None \
            and not project.readonly
        self.view.setReadOnly(not self.codable)
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
            self.source, project.path if project is not None else None))
        self.timestamp_action.setEnabled(self.recording.available and self.codable)

    def finish_highlighting(self) -> None:
        """Complete the background highlighting of a long text now."""
        self.highlighter.finish_walk()

    def _on_scrolled(self, _value: int) -> None:
        if self.highlighter.walking:
            lines = self.view.viewport().height() // max(self.view.fontMetrics().lineSpacing(), 1)
            self.highlighter.ensure_highlighted(self.view.visible_block(), lines + 2)

    # -- what the view, margin and highlighter ask -------------------------------------

    def colour_of(self, code_id: int) -> QColor:
        colour = self._colours.get(code_id)
        if colour is None:
            code = self.codes.get(code_id)
            colour = self._colours[code_id] = QColor(code.display_color if code else "#9e9e9e")
        return colour

    def units_of(self, segment: Segment) -> tuple[int, int]:
        to16 = self.sync.map.to_utf16
        return to16(segment.start), to16(segment.end)

    def stripe_columns(self, segments: list[Segment]) -> tuple[dict[int, int], int]:
        """Stripe columns of `segments` (see `assign_columns`), by text block."""
        find = (self.sync.document or self.view.document()).findBlock
        spans = []
        for segment in segments:
            a, b = self.units_of(segment)
            spans.append((find(a).blockNumber(), find(max(a, b - 1)).blockNumber(), segment.id))
        return assign_columns(spans)

    def is_key_quote(self, segment: Segment) -> bool:
        return (segment.code_id, segment.id) in self.key_quotes

    def tooltip_for(self, segment_ids: list[int]) -> str:
        segments = [self.layer.segments[i] for i in segment_ids if i in self.layer.segments]
        return presentation.tooltip_html(self, segments)

    def context_menu(self, unit: int | None, viewport_pos=None):
        return self.coding.context_menu(unit, viewport_pos)

    def segments_at(self, point: int) -> list[Segment]:
        """Segments containing code point offset `point`."""
        return self.layer.at_point(point)

    # -- coding ------------------------------------------------------------------------

    def selected_points(self) -> tuple[int, int] | None:
        """The view's selection as code point offsets, or None."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        offsets = self.sync.map
        return offsets.to_point(cursor.selectionStart()), offsets.point_end(cursor.selectionEnd())

    def code_selection(self, code_id: int, start: int | None = None, end: int | None = None,
                       valence: str | None = None) -> int | None:
        """Code [start, end) (code points; default: the selection); the segment id."""
        if self.source is None or not self.codable:
            if self.source is not None:
                self.message.emit(self.tr("This text is shown read-only and cannot be coded."))
            return None
        self.flush()
        if start is None or end is None:
            selected = self.selected_points()
            if selected is None:
                self.message.emit(self.tr("Select some text first, then apply a code."))
                return None
            start, end = selected
        return self.coding.code_range(code_id, start, end, valence or self.valence)

    def apply_code(self, code_id: int) -> None:
        self.code_selection(code_id)

    def _on_codes_dropped(self, code_ids: list) -> None:
        for code_id in code_ids:
            self.code_selection(int(code_id))

    # -- editing -------------------------------------------------------------------------

    def flush(self) -> None:
        """Store pending typing now (source switch, undo, closing)."""
        self.sync.flush()

    def text_spliced(self, start: int, end: int, inserted: str, dropped) -> None:
        """EditSync: the screen text changed (segments already moved)."""
        if "\n" in inserted or end > start:  # blocks may have come or gone
            self.highlighter.restart_walk()
        self.view.update_margin_width()

    def edit_failed(self, reason: str) -> None:
        self.message.emit(self.tr("The edit could not be stored: %1").replace("%1", reason))
        self.reload()

    def _undo_redo(self, undo: bool) -> None:
        self.flush()
        (self.bridge.undo_stack.undo if undo else self.bridge.undo_stack.redo)()

    def insert_timestamp(self, ms: int | None = None) -> None:
        """Type "[hh:mm:ss] " at the cursor (the recording's position by default)."""
        if self.source is None or not self.codable:
            return
        text = format_timestamp(self.recording.position_ms() if ms is None else ms)
        self.view.textCursor().insertText(text)

    # -- following the project ---------------------------------------------------------

    def rehighlight(self, ranges: list[tuple[int, int]]) -> None:
        """Re-highlight the blocks of code point `ranges` (never the whole text)."""
        to16 = self.sync.map.to_utf16
        length = self.sync.map.length
        units = merge_ranges((to16(min(a, length)), to16(min(b, length))) for a, b in ranges)
        rehighlight_units(self.highlighter, self.view.document(), units)
        self.view.margin.update()
