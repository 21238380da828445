"""Timestamps for the transcription dock: the core's definitions (`storage.transcript`)."""

from __future__ import annotations

from storage.transcript import clock, timestamp_before
from storage.transcript import timestamp_text as format_timestamp

__all__ = ["clock", "format_timestamp", "timestamp_before"]
