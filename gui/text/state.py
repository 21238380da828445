"""What the Text panel's helpers share, named: `TextState` and the `TextHost` protocol.

The panel (`panel.py`) owns one `TextState`: the source on screen, the codes and key
quotes it draws with, the UI language, whether the text may be coded and edited, and
the `SegmentLayer`. Its helpers (`EditSync`, `CodingActions`, `ChangeFollower`) get
this state and the bridge explicitly, read and write only the state, and tell the
panel what happened through their own signals. What `CodingActions` asks of the view
around it is the `TextHost` protocol, not the panel class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from gui.text.segment_layer import SegmentLayer
from storage.models import Code, Segment, Source


@dataclass
class TextState:
    """The Text panel's shared state (see the module docstring)."""

    layer: SegmentLayer = field(default_factory=SegmentLayer)
    source: Source | None = None        # its text is held by the document, not here
    codes: dict[int, Code] = field(default_factory=dict)
    key_quotes: set[tuple[int, int]] = field(default_factory=set)
    lang: str = "id"
    codable: bool = False               # shown codable (not read-only for coding)
    editing: bool = False               # in Edit Text mode (typing changes the source)

    @property
    def source_id(self) -> int | None:
        return None if self.source is None else self.source.id

    def is_key_quote(self, segment: Segment) -> bool:
        return (segment.code_id, segment.id) in self.key_quotes

    def load_codes(self, project) -> None:
        self.codes = {code.id: code for code in project.codes.list()}

    def load_key_quotes(self, project) -> None:
        self.key_quotes = {(code_id, segment_id) for code_id, ids in
                           project.evaluation.all_key_quotes().items() for segment_id in ids}


class TextHost(Protocol):
    """What `CodingActions` needs of the widget it works for (the `TextPanel`)."""

    view: object
    popup: object
    quick_code_action: object

    def selected_points(self) -> tuple[int, int] | None: ...

    def units_of(self, segment: Segment) -> tuple[int, int]: ...

    def flush(self) -> None: ...

    def show_source(self, source_id: int, force: bool = False) -> None: ...

    def code_selection(self, code_id: int, start: int | None = None, end: int | None = None,
                       valence: str | None = None) -> int | None: ...
