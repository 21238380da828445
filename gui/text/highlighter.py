"""Coded segments painted in their code colours by a QSyntaxHighlighter.

For each block the highlighter asks the `SegmentLayer`'s interval index which segments
overlap the block (UTF-16 positions, as Qt counts), cuts the block at every segment
boundary and gives each piece the format of the codes covering it: one code is a light
tint of its colour; where codes overlap the tint is the blend of their colours, darker
the more codes there are, and underlined in the second code's colour; text coded as
contradicting its code has a dashed dark red underline. Formats are cached per
combination of codes (a contradicting coding counts as the negative code id).

Opening a long transcript highlights only the blocks around the shown place at once
(the panel does that with `rehighlight_units`); `walk_outside(first, last)` starts a
background walk (~8 ms per event-loop turn) over the other blocks, blocks scrolled
into view first are done on the spot (`ensure_highlighted`), and `finish_walk()`
completes it synchronously.
"""

from __future__ import annotations

import logging
import time
from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from gui.text.segment_layer import SegmentLayer

_log = logging.getLogger(__name__)
_UNDERLINE = QTextCharFormat.UnderlineStyle.SingleUnderline  # resolve the enums once
_DASHED = QTextCharFormat.UnderlineStyle.DashUnderline
CONTRADICTS = QColor("#c62828")


def tint(colours: list[QColor], count: int) -> QColor:
    """Background for text coded with `count` codes having `colours` (distinct)."""
    n = len(colours)
    red = sum(c.red() for c in colours) / n
    green = sum(c.green() for c in colours) / n
    blue = sum(c.blue() for c in colours) / n
    white = 0.62 if count == 1 else max(0.25, 0.62 - 0.17 * (count - 1))
    return QColor(round(red + (255 - red) * white), round(green + (255 - green) * white),
                  round(blue + (255 - blue) * white))


class CodingHighlighter(QSyntaxHighlighter):
    """Highlights the segments of `layer`; `colour_of(code_id)` gives a code's colour."""

    def __init__(self, layer: SegmentLayer, colour_of: Callable[[int], QColor],
                 parent=None):
        super().__init__(parent)
        self.layer = layer
        self._colour_of = colour_of
        self._formats: dict[tuple[int, ...], QTextCharFormat] = {}
        self._rgb: dict[int, int] = {}
        self._by_codes: dict[frozenset[int], QTextCharFormat] = {}
        self.enabled = True
        # sweep state for blocks highlighted in order (see _hits)
        self._swept = None
        self._next = -1
        self._pointer = 0
        self._active: list[int] = []
        # background highlighting of long texts (see the module docstring)
        self._done: tuple[int, int] = (0, -1)
        self._walk_block = -1
        self._walk_timer = QTimer(self)
        self._walk_timer.setSingleShot(True)
        self._walk_timer.setInterval(0)
        self._walk_timer.timeout.connect(self._walk_step)

    def clear_formats(self) -> None:
        """Forget cached colours and formats (after a code's colour changed)."""
        self._formats.clear()
        self._by_codes.clear()
        self._rgb.clear()

    def _rgb_of(self, code_id: int) -> int:
        rgb = self._rgb.get(code_id)
        if rgb is None:
            rgb = self._rgb[code_id] = self._colour_of(code_id).rgb()
        return rgb

    def format_for(self, code_ids: frozenset[int]) -> QTextCharFormat:
        """Format for text coded with `code_ids` (negative: contradicting); cached per
        colours, code count and valence.

        Codes of one framework dimension share a colour, so keying by colour keeps the
        number of distinct formats small even where many codes overlap.
        """
        fmt = self._by_codes.get(code_ids)
        if fmt is None:
            rgb = self._rgb_of
            contradicts = any(c < 0 for c in code_ids)
            key = (min(len(code_ids), 3), contradicts,
                   *sorted({rgb(abs(c)) for c in code_ids}))
            fmt = self._formats.get(key)
            if fmt is None:
                fmt = self._formats[key] = self._make_format(key[0], contradicts, key[2:])
            self._by_codes[code_ids] = fmt
        return fmt

    @staticmethod
    def _make_format(count: int, contradicts: bool, rgbs: tuple[int, ...]) -> QTextCharFormat:
        colours = [QColor.fromRgb(value) for value in rgbs]
        fmt = QTextCharFormat()
        fmt.setBackground(tint(colours, count))
        if contradicts:
            fmt.setUnderlineStyle(_DASHED)
            fmt.setUnderlineColor(CONTRADICTS)
        elif count > 1:
            fmt.setUnderlineStyle(_UNDERLINE)
            fmt.setUnderlineColor(colours[min(1, len(colours) - 1)].darker(150))
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        # an exception escaping a virtual called from Qt's C++ would abort the app
        try:
            self._highlight_block()
        except Exception:  # pragma: no cover - a bug here must not crash the app
            _log.exception("highlighting a block failed")

    def _highlight_block(self) -> None:
        index = self.layer.index
        block = self.currentBlock()
        start = block.position()
        end = start + block.length() - 1
        hits = self._hits(index, start, end) if index and self.enabled else None
        self._next = end + 1
        if not hits or end <= start:
            return
        starts, ends, ids = index.starts, index.ends, index.ids
        segments = self.layer.segments
        if len(hits) == 1:
            i = hits[0]
            a = starts[i] if starts[i] > start else start
            b = ends[i] if ends[i] < end else end
            code = _signed(segments[ids[i]])
            self.setFormat(a - start, b - a, self.format_for(frozenset((code,))))
            return
        pieces = []
        cuts = set()
        for i in hits:
            a = starts[i] if starts[i] > start else start
            b = ends[i] if ends[i] < end else end
            pieces.append((a, b, _signed(segments[ids[i]])))
            cuts.add(a)
            cuts.add(b)
        cuts = sorted(cuts)
        set_format, format_for = self.setFormat, self.format_for
        for a, b in zip(cuts, cuts[1:], strict=False):
            codes = frozenset([code_id for p, q, code_id in pieces if p <= a and q >= b])
            if codes:
                set_format(a - start, b - a, format_for(codes))

    def _hits(self, index, start: int, end: int) -> list[int]:
        """Index positions of the segments overlapping [start, end).

        Blocks are mostly highlighted in order (opening a text, typing); then a sweep
        carries the open segments from one block to the next. Any other block is
        looked up in the index.
        """
        if index is self._swept and start == self._next:
            ends, starts = index.ends, index.starts
            active = [i for i in self._active if ends[i] > start]
            i = self._pointer
            count = len(starts)
            while i < count and starts[i] < end:
                if ends[i] > start:
                    active.append(i)
                i += 1
            self._pointer = i
        else:
            active = index.overlapping(start, end)
            self._swept = index
            self._pointer = bisect_left(index.starts, end)
        self._active = active
        return active


    # -- deferred highlighting of long texts ----------------------------------------------

    def walk_outside(self, first: int, last: int) -> None:
        """Highlight in the background the blocks outside UTF-16 range [first, last]."""
        self._done = (first, last)
        self._walk_block = 0
        self._walk_timer.start()

    def stop_walk(self) -> None:
        self._walk_block = -1
        self._walk_timer.stop()

    @property
    def walking(self) -> bool:
        return self._walk_block >= 0

    def restart_walk(self) -> None:
        """Blocks were added or removed while walking: walk again from the top."""
        if self.walking:
            self._done = (0, -1)
            self._walk_block = 0
            self._walk_timer.start()

    def finish_walk(self) -> None:
        """Complete the background highlighting now."""
        self._walk(None)

    def _walk_step(self) -> None:
        self._walk(time.perf_counter() + 0.008)

    def _walk(self, deadline: float | None) -> None:
        document = self.document()
        if document is None or self._walk_block < 0:
            self._walk_block = -1
            return
        block = document.findBlockByNumber(self._walk_block)
        first, last = self._done
        while block.isValid():
            start = block.position()
            if start + block.length() <= first or start > last:
                self.rehighlightBlock(block)
            block = block.next()
            self._walk_block += 1
            if deadline is not None and time.perf_counter() > deadline:
                break
        if block.isValid():
            self._walk_timer.start()
        else:
            self._walk_block = -1

    def ensure_highlighted(self, block, count: int) -> None:
        """While walking, highlight `count` blocks from `block` (scrolled into view)."""
        if not self.walking:
            return
        first, last = self._done
        for _ in range(count):
            if not block.isValid():
                break
            start = block.position()
            if block.blockNumber() >= self._walk_block and (
                    start + block.length() <= first or start > last):
                self.rehighlightBlock(block)
            block = block.next()


DEFER_BLOCKS = 300      # texts with more blocks are highlighted around the view first
AROUND = 120            # blocks highlighted at once around the shown place


def highlight_around(highlighter: CodingHighlighter, document: QTextDocument,
                     top_block: int) -> tuple[int, int] | None:
    """Highlight a newly filled document: a short one wholly; a long one only around
    `top_block`, walking the rest in the background. Returns the UTF-16 range done
    at once, or None when all of it was."""
    if document.blockCount() <= DEFER_BLOCKS:
        highlighter.rehighlight()
        return None
    first = document.findBlockByNumber(max(top_block - 10, 0)).position()
    last_block = document.findBlockByNumber(top_block + AROUND)
    last = last_block.position() if last_block.isValid() else document.characterCount()
    rehighlight_units(highlighter, document, [(first, last)])
    highlighter.walk_outside(first, last)
    return first, last


def _signed(segment) -> int:
    """The segment's code id, negative when the segment contradicts the code."""
    return -segment.code_id if segment.valence == "contradicts" else segment.code_id


def rehighlight_units(highlighter: CodingHighlighter, document: QTextDocument,
                      ranges: list[tuple[int, int]]) -> int:
    """Re-highlight the blocks touching UTF-16 `ranges` (sorted, merged); returns count."""
    done = 0
    last = -1
    for a, b in ranges:
        block = document.findBlock(a)
        while block.isValid() and block.position() <= b:
            if block.blockNumber() > last:
                highlighter.rehighlightBlock(block)
                last = block.blockNumber()
                done += 1
            block = block.next()
    return done
