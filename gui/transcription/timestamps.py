"""Timestamps in a transcript: where the nearest one before a position points.

The format and parsing of `[hh:mm:ss]` are `gui.recording`'s (one definition for the
whole interface); this adds what transcription needs on top: the last timestamp at or
before a code point offset, from which a coded segment is played.
"""

from __future__ import annotations

from gui.recording import TIMESTAMP, format_timestamp, parse_timestamp

__all__ = ["format_timestamp", "parse_timestamp", "timestamp_before", "clock"]


def timestamp_before(text: str, position: int) -> int | None:
    """Milliseconds of the last `[hh:mm:ss]` that starts at or before `position`."""
    found = None
    for match in TIMESTAMP.finditer(text, 0, min(len(text), position + 10)):
        if match.start() > position:
            break
        found = match
    return None if found is None else parse_timestamp(found.group(0))


def clock(ms: int) -> str:
    """hh:mm:ss of a position or duration."""
    return format_timestamp(ms).strip()[1:-1]
