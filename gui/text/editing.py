"""Typing in the text view, stored as you type.

`EditSync` mirrors the document's text in code points (`text`) with a `LiveOffsetMap`.
Each `QTextDocument.contentsChange(position, removed, added)` (UTF-16) becomes an exact
code point splice: the mirror, the offset map and the on-screen segments
(`SegmentLayer.shift`) follow at once, so highlighting never lags behind the words.
The splice is folded into one pending edit, stored through `project.sources.edit_text`
at once when it only adds text (typing: the project's typing log takes each key in a
few milliseconds, so no keystroke waits in memory), else ~700 ms after the keys stop
(deleting stored text moves segments), or at once by `flush()` (source switch, undo,
focus leaving the text, window closing). The bridge makes a burst of keys one undo
step. Splices coming from storage (undo/redo of an edit) are applied to the document
with `apply_splices`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout
from shiboken6 import isValid

from gui import i18n
from gui.text.live_text import (
    LiveOffsetMap,
    PendingEdit,
    common_prefix,
    common_suffix,
    merge_edit,
    trim_splice,
)
from storage import TelaahError, TextEdit

DEBOUNCE_MS = 700
_log = logging.getLogger(__name__)
PARAGRAPH = "\u2029"


def document_text(document: QTextDocument) -> str:
    """The document's text as storage holds it (paragraph breaks as newlines)."""
    return document.toRawText().replace(PARAGRAPH, "\n")


def new_document(parent, font) -> QTextDocument:
    """An empty plain-text document without Qt's own undo."""
    document = QTextDocument(parent)
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(font)
    return document


def fill_document(document: QTextDocument, text: str) -> bool:
    """Put `text` in `document` quietly (no contentsChange: nothing is highlighted or
    stored for it); returns whether the document holds `text` exactly (carriage
    returns would become paragraph breaks, shifting every later offset)."""
    document.blockSignals(True)
    try:
        document.setPlainText(text)
    finally:
        document.blockSignals(False)
    return not ("\r" in text or PARAGRAPH in text) or document_text(document) == text


class EditSync(QObject):
    """See the module docstring. Works on the panel's `TextState` (the source and the
    segment layer) and the bridge; edits are stored with `origin` (the panel), and
    `spliced` / `failed` tell the panel what happened.

    The screen text is `stored_text` with the pending edit applied: stored
    [start:old_end] shows as `piece`. Keystrokes change only the small piece, so typing
    in a long transcript copies no long strings; `text` joins the parts when asked.
    """

    spliced = Signal(int, int, str, object)   # start, end, inserted, dropped ranges
    failed = Signal(str)                      # an edit could not be stored: why

    def __init__(self, state, bridge, origin: object, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.bridge = bridge
        self.origin = origin
        self.stored_text = ""
        self.map = LiveOffsetMap("")
        self.pending: PendingEdit | None = None
        self._piece = ""
        self._text: str | None = ""
        self.document: QTextDocument | None = None
        self._external = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)

    def reset(self, text: str, document: QTextDocument | None) -> None:
        """Start following `document`, whose text is `text` as stored."""
        self.timer.stop()
        self.pending = None
        self._piece = ""
        self.stored_text = self._text = text
        self.map = LiveOffsetMap(text)
        self.document = document

    @property
    def text(self) -> str:
        """The text on screen (code points)."""
        if self._text is None:
            pending = self.pending
            stored = self.stored_text
            self._text = stored[:pending.start] + self._piece + stored[pending.old_end:]
        return self._text

    def slice(self, a: int, b: int) -> str:
        """`text[a:b]` without joining the whole text."""
        pending = self.pending
        if pending is None or self._text is not None:
            return self.text[a:b]
        stored, piece = self.stored_text, self._piece
        parts = []
        if a < pending.start:
            parts.append(stored[a:min(b, pending.start)])
        if b > pending.start and a < pending.new_end:
            parts.append(piece[max(a, pending.start) - pending.start:
                               min(b, pending.new_end) - pending.start])
        if b > pending.new_end:
            offset = pending.old_end - pending.new_end
            parts.append(stored[max(a, pending.new_end) + offset:b + offset])
        return "".join(parts)

    # -- from the screen -------------------------------------------------------------

    def on_contents_change(self, position: int, removed: int, added: int) -> None:
        document = self.document
        if document is None:
            return
        length = document.characterCount() - 1
        delta = length - self.map.utf16_length
        added = min(added, length - position)
        removed = added - delta
        if added < 0 or removed < 0 or position + removed > self.map.utf16_length:
            self._resync()
            return
        start = self.map.to_point(position)
        end = self.map.point_end(position + removed)
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        new = cursor.selectedText().replace(PARAGRAPH, "\n")
        skip, old_end, inserted = trim_splice(self.slice(start, end), new)
        if skip == old_end and not inserted:
            return
        self.splice(start + skip, start + old_end, inserted)

    def _resync(self) -> None:
        """Find the change by comparing the whole text (when Qt's report is odd)."""
        old, new = self.text, document_text(self.document)
        prefix = common_prefix(old, new)
        suffix = common_suffix(old, new, min(len(old), len(new)) - prefix)
        if prefix == len(old) == len(new):
            return
        self.splice(prefix, len(old) - suffix, new[prefix:len(new) - suffix])

    def splice(self, start: int, end: int, inserted: str) -> None:
        """Screen text[start:end] became `inserted`: follow it, and remember to store it."""
        if self._external:  # from storage: the stored text changed the same way
            stored = self.stored_text
            self.stored_text = self._text = stored[:start] + inserted + stored[end:]
        else:
            merged = merge_edit(self.pending, start, end, len(inserted))
            if merged is None:
                self.flush()
                merged = merge_edit(None, start, end, len(inserted))
            high = max(self.pending.new_end, end) if self.pending else end
            self._piece = self.slice(merged.start, start) + inserted + self.slice(end, high)
            self.pending = merged
            self._text = None
        units = (self.map.to_utf16(start), self.map.to_utf16(end),
                 len(inserted.encode("utf-16-le")) // 2)
        self.map.splice(start, end, inserted)
        dropped = self.state.layer.shift(start, end, len(inserted), units)
        self.spliced.emit(start, end, inserted, dropped)
        if not self._external:
            typing = self.pending.old_end == self.pending.start
            self.timer.start(0 if typing else DEBOUNCE_MS)

    # -- to storage --------------------------------------------------------------------

    def flush(self) -> None:
        """Store the pending edit now (no-op when there is none)."""
        self.timer.stop()
        pending = self.pending
        if pending is None:
            return
        inserted, stored = self._piece, self.stored_text
        unchanged = stored[pending.start:pending.old_end] == inserted
        self.stored_text = self.text
        self.pending, self._piece = None, ""
        source_id = self.state.source_id
        bridge = self.bridge
        if unchanged or source_id is None or not isValid(bridge) or bridge.project is None:
            return
        try:
            label = QCoreApplication.translate("TextPanel", "Edit text")
            bridge.run(label, lambda project: project.sources.edit_text(
                source_id, pending.start, pending.old_end, inserted), origin=self.origin)
        except TelaahError as error:
            self.failed.emit(i18n.translated(error))
        except Exception as error:  # a bug: show the stored text again rather than drift
            _log.exception("storing an edit failed")
            self.failed.emit(i18n.translated(error))

    @property
    def dirty(self) -> bool:
        return self.pending is not None

    # -- from storage ----------------------------------------------------------------

    def apply_splices(self, splices: list[TextEdit]) -> bool:
        """Apply stored splices (undo/redo) to the document; False if they do not fit."""
        document = self.document
        if document is None:
            return False
        self._external = True
        try:
            for op in splices:
                end = op.start + len(op.removed)
                if self.slice(op.start, end) != op.removed:
                    return False
                cursor = QTextCursor(document)
                cursor.setPosition(self.map.to_utf16(op.start))
                cursor.setPosition(self.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(op.inserted)
        finally:
            self._external = False
        return True
