"""The Text panel: read, code and edit one source (the coding workbench's centre).

`TextPanel` shows the source chosen with `selection.source_selected`: a header (title,
technique, date), a player bar for interviews with a recording, and the `TextView`
with coding stripes and highlighting. It is the `host` the view, margin and
highlighter ask about segments; `EditSync` (editing.py) stores typing, and
`CodingActions` (coding_actions.py) performs codings, `EditMode` (edit_mode.py) switches
between read mode (the default) and Edit Text mode, and `ChangeFollower` (changes.py)
follows `bridge.changed`, refreshing only what a change touched of this source. The
helpers share the explicit `TextState` (state.py) and report back with signals.
Putting a source on screen (a fresh document, highlighting, reload) is the mixin
`SourceLoading` (source_loading.py); the player bar is `gui.text.recording`.

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

from gui.text import presentation
from gui.text.changes import ChangeFollower
from gui.text.coding_actions import CodingActions
from gui.text.edit_mode import EditMode
from gui.text.editing import EditSync
from gui.text.highlighter import CodingHighlighter, rehighlight_units
from gui.text.lang import ui_language
from gui.text.quick_code import QuickCodePopup
from gui.text.recording import RecordingBar, format_timestamp, timestamp_at
from gui.text.segment_layer import assign_columns, merge_ranges
from gui.text.source_loading import SourceLoading
from gui.text.state import TextState
from gui.text.view import TextView
from storage.models import Segment


class TextPanel(SourceLoading, QWidget):
    """See the module docstring."""

    message = Signal(str)           # short feedback for the status bar
    source_shown = Signal(object)   # source id, or None when cleared

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("textPanel")
        self.bridge = bridge
        self.selection = selection
        self.state = TextState(lang=ui_language())
        self.layer = self.state.layer
        self._colours: dict[int, QColor] = {}
        self.sync = EditSync(self.state, bridge, origin=self, parent=self)
        self.coding = CodingActions(self.state, bridge, selection, host=self, parent=self)
        self.changes = ChangeFollower(self.state, self.sync, bridge, origin=self, parent=self)
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
        self.edit_mode = EditMode(self.state, self.view, self)
        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("editTextButton")
        self.edit_button.setDefaultAction(self.edit_mode.action)
        top = QVBoxLayout()  # the header on its own line, the buttons in a row below
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.header)
        tools = QHBoxLayout()
        tools.addWidget(self.edit_button)
        tools.addWidget(self.valence_button)
        tools.addWidget(self.quick_button)
        tools.addStretch(1)
        top.addLayout(tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.edit_mode.banner)
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
                                      QKeySequence("Ctrl+Alt+V"), QKeySequence("Ctrl+E")]

    def _connect(self) -> None:
        self.sync.spliced.connect(self.text_spliced)
        self.sync.failed.connect(self.edit_failed)
        self.coding.message.connect(self.message)
        changes = self.changes
        changes.source_deleted.connect(self.clear)
        changes.reload_needed.connect(self.reload)
        changes.message.connect(self.message)
        changes.rehighlight.connect(self.rehighlight)
        changes.colours_stale.connect(self.forget_colours)
        changes.marks_changed.connect(lambda: self.view.margin.update())
        changes.source_refreshed.connect(self.update_recording)
        changes.followed.connect(self._after_change)
        self.edit_mode.changed.connect(self._edit_mode_changed)
        self.selection.source_selected.connect(self.show_source)
        self.selection.code_activated.connect(self.apply_code)
        self.selection.segment_requested.connect(self.coding.show_segment)
        self.bridge.project_closing.connect(self.clear)
        self.view.codes_dropped.connect(self._on_codes_dropped)
        self.view.flush_requested.connect(self.flush)
        self.view.undo_requested.connect(lambda: self._undo_redo(undo=True))
        self.view.redo_requested.connect(lambda: self._undo_redo(undo=False))
        self.view.ctrl_clicked.connect(self._on_ctrl_clicked)
        self.selection.insert_text_requested.connect(self.insert_text)
        self.selection.edit_text_requested.connect(self.start_editing)
        self.view.margin.segment_clicked.connect(self.coding.show_segment)
        self.view.margin.segment_menu_requested.connect(self.coding.exec_segment_menu)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.popup.chosen.connect(self.coding.quick_chosen)
        self.recording.timestamp_requested.connect(lambda: self.insert_timestamp())
        presentation.follow_font_size(self, self._set_font_size)

    # -- translation -------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.state.lang = ui_language()
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
        self.edit_mode.retranslate_ui()
        self.view.setPlaceholderText(self.tr("Type or paste the text here.") if self.state.source
                                     else self.tr("Choose a source to read and code it."))
        self.update_header()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def update_header(self) -> None:
        html = presentation.header_html(self, self.state.source, len(self.layer.segments))
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
        return self.state.source_id

    # the state, read by presentation, tests and benchmarks
    source = property(lambda self: self.state.source)
    codes = property(lambda self: self.state.codes)
    lang = property(lambda self: self.state.lang)
    codable = property(lambda self: self.state.codable)

    @property
    def valence(self) -> str:
        return "contradicts" if self.valence_action.isChecked() else "supports"

    # -- what the view, margin and highlighter ask -------------------------------------

    def colour_of(self, code_id: int) -> QColor:
        colour = self._colours.get(code_id)
        if colour is None:
            code = self.state.codes.get(code_id)
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
        return self.state.is_key_quote(segment)

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
        if self.state.source is None or not self.state.codable:
            if self.state.source is not None:
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

    def _edit_mode_changed(self, editing: bool) -> None:
        if not editing:
            self.flush()   # what was typed is stored when Edit mode ends
        self.update_recording()

    def _undo_redo(self, undo: bool) -> None:
        self.flush()
        (self.bridge.undo_stack.undo if undo else self.bridge.undo_stack.redo)()

    def _on_ctrl_clicked(self, unit: int) -> None:
        """Seek the recording to a Ctrl+clicked timestamp, and announce it."""
        block = self.view.document().findBlock(unit)
        self.recording.seek_at(block, unit)
        column = len(block.text().encode("utf-16-le")[:2 * (unit - block.position())]
                     .decode("utf-16-le", "ignore"))
        ms = timestamp_at(block.text(), column)
        if ms is not None:
            self.selection.timestamp_activated.emit(ms)

    def start_editing(self, source_id: int | None = None) -> bool:
        """Switch to Edit mode for the source shown (`source_id`: only if it is that
        one); False when its text cannot be edited."""
        if self.state.source is None or not self.state.codable:
            return False
        if source_id is not None and source_id != self.source_id:
            return False
        if not self.edit_mode.editing:
            self.edit_mode.action.setChecked(True)
        return self.edit_mode.editing

    def insert_text(self, text: str) -> None:
        """Type `text` at the cursor, as if the user typed it (transcription keys). A
        transcriber's key means typing, so read mode switches to Edit mode first."""
        if self.start_editing():
            self.view.textCursor().insertText(text)

    def insert_timestamp(self, ms: int | None = None) -> None:
        """Type "[hh:mm:ss] " at the cursor (the recording's position by default)."""
        if self.state.source is None or not self.state.codable:
            return
        if not self.edit_mode.editing:
            self.message.emit(self.tr("The text is read-only: switch on Edit Text (Ctrl+E) "
                                      "to change it."))
            return
        text = format_timestamp(self.recording.position_ms() if ms is None else ms)
        self.view.textCursor().insertText(text)

    # -- following the project ---------------------------------------------------------

    def _after_change(self) -> None:
        self.view.update_margin_width()
        self.update_header()

    def rehighlight(self, ranges: list[tuple[int, int]]) -> None:
        """Re-highlight the blocks of code point `ranges` (never the whole text)."""
        to16 = self.sync.map.to_utf16
        length = self.sync.map.length
        units = merge_ranges((to16(min(a, length)), to16(min(b, length))) for a, b in ranges)
        rehighlight_units(self.highlighter, self.view.document(), units)
        self.view.margin.update()
