"""Aligning two versions of a source's text, for merging a coder's copy.

`edits(old, new)` gives the replacements that turn `old` into `new` as
(start, end, inserted) in `old`'s offsets, last first (so each can be applied with
`sources.edit_text` without moving the next). `PositionMap(old, new)` carries an
offset of `old` to `new`: exact inside unchanged stretches, and to the nearest edge of
a changed stretch otherwise. The texts are compared line by line first and character
by character only inside changed lines, so long transcripts with a few edits stay fast.
"""

from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher


def _blocks(old: str, new: str) -> list[tuple[int, int, int]]:
    """Matching stretches (start in old, start in new, length) in order."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    if prefix == len(old) == len(new):
        return [(0, 0, prefix)] if prefix else []
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    old_at = _starts(old_lines)
    new_at = _starts(new_lines)
    blocks: list[tuple[int, int, int]] = []
    lines = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag == "equal":
            blocks.append((old_at[i1], new_at[j1], old_at[i2] - old_at[i1]))
            continue
        a, b = old[old_at[i1]:old_at[i2]], new[new_at[j1]:new_at[j2]]
        for i, j, size in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
            if size:
                blocks.append((old_at[i1] + i, new_at[j1] + j, size))
    return blocks


def _starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def edits(old: str, new: str) -> list[tuple[int, int, str]]:
    if old == new:
        return []
    result = []
    old_pos = new_pos = 0
    for i, j, size in [*_blocks(old, new), (len(old), len(new), 0)]:
        if i > old_pos or j > new_pos:
            result.append((old_pos, i, new[new_pos:j]))
        old_pos, new_pos = i + size, j + size
    return result[::-1]


class PositionMap:
    """Offsets of `old` carried to `new` (see the module docstring)."""

    def __init__(self, old: str, new: str):
        self.same = old == new
        self._blocks = [] if self.same else _blocks(old, new)
        self._starts = [b[0] for b in self._blocks]
        self._new_length = len(new)

    def __call__(self, position: int, *, end: bool = False) -> int:
        if self.same:
            return position
        index = bisect_right(self._starts, position) - 1
        if index < 0:
            return 0
        start, target, size = self._blocks[index]
        if position <= start + size:
            return target + position - start
        if end:  # inside a changed stretch: an end stays before it
            return target + size
        following = self._blocks[index + 1] if index + 1 < len(self._blocks) else None
        return following[1] if following else self._new_length
