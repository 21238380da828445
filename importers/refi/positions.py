"""Which unit a tool counted selection positions in, and converting them to code points.

The REFI-QDA standard counts Unicode code points. NVivo (a .NET program) counts UTF-16
code units, so every character outside the Basic Multilingual Plane (emoji, flags,
some CJK and mathematical letters) shifts all later NVivo positions by one. ATLAS.ti,
MAXQDA, QualCoder and Telaah count code points (docs/REFI-QDA.md says how this was
found). Per source, the reading is decided from the data where it matters: when the
text has characters outside the BMP, both readings are scored by how many selections
start and end on word boundaries, and the better one is taken (a tie goes to what the
writing tool is known to use). Texts without such characters read the same either way.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

CODE_POINTS = "code points"
UTF16 = "UTF-16 code units"


def origin_unit(origin: str) -> tuple[str, bool]:
    """(unit, certain): the unit a writing tool uses, from the file's `origin`.

    Telaah's own exports say which unit they wrote, so they are not second-guessed;
    for other tools the data can overrule the expectation (see `choose_reading`).
    """
    origin = (origin or "").lower()
    if origin.startswith("telaah"):
        return (UTF16 if "utf-16" in origin else CODE_POINTS), True
    return (UTF16 if "nvivo" in origin else CODE_POINTS), False


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def has_astral(text: str) -> bool:
    """True when `text` has characters outside the BMP (found by the regex engine: a
    large study's 31 million characters are scanned in C, not one by one)."""
    return not text.isascii() and _ASTRAL.search(text) is not None


def astral_positions(text: str) -> list[int]:
    """Code point offsets of the characters outside the BMP (two UTF-16 units each)."""
    if not has_astral(text):
        return []
    return [match.start() for match in _ASTRAL.finditer(text)]


class Utf16Reader:
    """Maps UTF-16 offsets of one text to code point offsets (None inside a pair)."""

    def __init__(self, astral: list[int]):
        # UTF-16 offset at which each astral character starts
        self.starts = [index + number for number, index in enumerate(astral)]

    def __call__(self, unit: int) -> int | None:
        before = bisect_left(self.starts, unit)          # astral chars starting before
        if before and self.starts[before - 1] + 1 == unit:
            return None                                  # between the two halves
        return unit - before


def _on_boundary(text: str, offset: int) -> bool:
    if offset <= 0 or offset >= len(text):
        return True
    return not (text[offset - 1].isalnum() and text[offset].isalnum())


def score(text: str, pairs: Iterable[tuple[int, int]],
          convert: Callable[[int], int | None] | None) -> int:
    """How many (start, end) pairs, read with `convert`, fall on word boundaries."""
    length, hits = len(text), 0
    for start, end in pairs:
        if convert is not None:
            start, end = convert(start), convert(end)
            if start is None or end is None:
                continue
        if 0 <= start < end <= length and _on_boundary(text, start) and _on_boundary(
                text, end):
            hits += 1
    return hits


def choose_reading(text: str, pairs: list[tuple[int, int]], preferred: tuple[str, bool]
                   ) -> tuple[str, Callable[[int], int | None] | None, tuple[int, int]]:
    """(unit, converter or None for code points, (code point score, UTF-16 score)).

    Only texts with characters outside the BMP are scored; for the others both units
    agree and the converter is None. The expected unit (`preferred`: unit, certain)
    is kept unless it is certain or the other reading puts clearly more selections
    (over 5 % of them, at least one) on word boundaries.
    """
    astral = astral_positions(text)
    unit, certain = preferred
    if not astral or not pairs:
        return CODE_POINTS, None, (0, 0)
    utf16 = Utf16Reader(astral)
    if certain:
        return unit, (utf16 if unit == UTF16 else None), (0, 0)
    scores = (score(text, pairs, None), score(text, pairs, utf16))
    margin = max(1, len(pairs) // 20)
    if unit == UTF16:
        chosen = CODE_POINTS if scores[0] - scores[1] >= margin else UTF16
    else:
        chosen = UTF16 if scores[1] - scores[0] >= margin else CODE_POINTS
    return chosen, (utf16 if chosen == UTF16 else None), scores


def to_utf16(text: str) -> Callable[[int], int]:
    """A function mapping code point offsets of `text` to UTF-16 offsets (for export)."""
    astral = astral_positions(text)
    if not astral:
        return lambda offset: offset
    return lambda offset: offset + bisect_left(astral, offset)
