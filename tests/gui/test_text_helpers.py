"""Shared set-up for the Text panel tests (no tests here): a window with the text feature."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor

from gui.bridge import ProjectBridge
from gui.main_window import MainWindow
from gui.text import TextFeature, TextPanel


@dataclass
class Env:
    project: object
    bridge: ProjectBridge
    window: MainWindow
    panel: TextPanel
    editing: bool = False     # switch on Edit Text for each source shown

    def edit(self) -> None:
        """Switch on Edit Text, as the user does before typing."""
        self.panel.edit_mode.action.setChecked(True)

    @property
    def view(self):
        return self.panel.view

    @property
    def selection(self):
        return self.window.selection

    def add_source(self, text: str, title: str = "Wawancara A", **values) -> int:
        source_id = self.project.sources.add(values.pop("kind", "interview"), title, text,
                                             **values)
        self.bridge.undo_stack.clear()   # the setup is not a step the test undoes
        self.selection.source_selected.emit(source_id)
        if self.editing:
            self.edit()
        return source_id

    def code(self, node_id: str) -> int:
        return self.project.codes.resolve(node_id).id

    def select(self, text: str, start: int, end: int) -> None:
        """Select code points [start, end) of `text` in the view, in UTF-16 units."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(units(text[:start]))
        cursor.setPosition(units(text[:end]), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def stored(self, source_id: int) -> list[tuple[int, int, int]]:
        return [(s.start, s.end, s.code_id) for s in self.project.segments.for_source(source_id)]


def units(text: str) -> int:
    """UTF-16 length of `text`, computed independently of the code under test."""
    return len(text.encode("utf-16-le")) // 2


def highlighted(view) -> list[tuple[int, int]]:
    """UTF-16 [start, end) ranges carrying a highlight format, merged, in order.

    A range running to the end of a block continues into the next block when that one
    is highlighted from its start (the paragraph break itself carries no format).
    """
    ranges: list[list[int]] = []
    block_end = -1
    block = view.document().firstBlock()
    while block.isValid():
        for fmt in sorted(block.layout().formats(), key=lambda f: f.start):
            if fmt.length <= 0 or fmt.format.background().style() == 0:
                continue
            a = block.position() + fmt.start
            b = a + fmt.length
            if ranges and (ranges[-1][1] == a or (
                    fmt.start == 0 and ranges[-1][1] == block_end and a == block_end + 1)):
                ranges[-1][1] = b
            else:
                ranges.append([a, b])
        block_end = block.position() + block.length() - 1
        block = block.next()
    return [(a, b) for a, b in ranges]


def expected_units(text: str, ranges) -> list[tuple[int, int]]:
    """Stored code point ranges as UTF-16 ranges (merged), for comparing highlights."""
    merged: list[list[int]] = []
    for a, b in sorted((units(text[:s]), units(text[:e])) for s, e in ranges):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(b, merged[-1][1])
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def make_env(qtbot, project, editing: bool = False) -> Env:
    bridge = ProjectBridge()
    bridge.open(project)
    window = MainWindow(bridge, features=[TextFeature])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return Env(project, bridge, window, window.features[0].panel, editing)


def formats_of(block) -> list[tuple[int, int, object]]:
    """(start, length, format copy) of a block's highlight formats, in order."""
    ranges = block.layout().formats()
    found = [(r.start, r.length, type(r.format)(r.format)) for r in ranges]
    return sorted(found, key=lambda f: f[0])


def covered(view) -> set[int]:
    """UTF-16 positions of the characters carrying a highlight format."""
    found: set[int] = set()
    block = view.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.background().style() != 0:
                found.update(range(block.position() + fmt.start,
                                   block.position() + fmt.start + fmt.length))
        block = block.next()
    return found


def expected_covered(text: str, ranges) -> set[int]:
    """UTF-16 positions of code point `ranges` of `text`, paragraph breaks left out."""
    found: set[int] = set()
    for a, b in ranges:
        unit = units(text[:a])
        for ch in text[a:b]:
            width = units(ch)
            if ch != "\n":
                found.update(range(unit, unit + width))
            unit += width
    return found
