"""Timestamps in transcripts: `[hh:mm:ss]`, as typed by the transcription mode.

One definition for the core and the interface: formatting a position, reading a
timestamp, and finding the last one at or before a place in the text (from which a
coded segment is played, and which a quote can cite as "(00:12:34)").
"""

from __future__ import annotations

import re

TIMESTAMP = re.compile(r"\[(\d{1,2}):([0-5]\d):([0-5]\d)\]")


def clock(ms: int) -> str:
    """'hh:mm:ss' of a position in milliseconds."""
    seconds = max(int(ms), 0) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def timestamp_text(ms: int) -> str:
    """'[hh:mm:ss] ', what the transcription key types."""
    return f"[{clock(ms)}] "


def timestamp_ms(match: re.Match) -> int:
    hours, minutes, seconds = (int(g) for g in match.groups())
    return ((hours * 60 + minutes) * 60 + seconds) * 1000


def timestamp_before(text: str, position: int) -> int | None:
    """Milliseconds of the last `[hh:mm:ss]` that starts at or before `position`."""
    found = None
    for match in TIMESTAMP.finditer(text, 0, min(len(text), position + 10)):
        if match.start() > position:
            break
        found = match
    return None if found is None else timestamp_ms(found)
