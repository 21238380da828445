"""What the user is looking at, shared between panels without them knowing each other.

Panels emit requests here (show this source, show this segment, these codes are
selected) and listen for the ones they serve. Ids only, never records or widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Signals that connect the panels of one main window."""

    source_selected = Signal(int)          # a source to show in the text view
    segment_requested = Signal(int)        # show the text at this segment
    codes_selected = Signal(list)          # code ids selected in the codebook
    code_activated = Signal(int)           # apply this code to the current text selection
    memo_requested = Signal(str, object)   # (target_type, target_id): open/add a memo
    insert_text_requested = Signal(str)    # type this at the text cursor (transcription)
    timestamp_activated = Signal(int)      # a [hh:mm:ss] in the text was clicked (ms)
    edit_text_requested = Signal(int)      # put this source's text in Edit mode (transcribing)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.source_id: int | None = None
        self.code_ids: list[int] = []
        # (source id, start, end) of the text selected in the text panel, in code
        # points, or None; the text feature provides it.
        self.text_range = lambda: None
        self.source_selected.connect(self._remember_source)
        self.codes_selected.connect(self._remember_codes)

    def _remember_source(self, source_id: int) -> None:
        self.source_id = source_id

    def _remember_codes(self, code_ids: list) -> None:
        self.code_ids = list(code_ids)
