"""Timestamps as files write them: ISO 8601 in UTC with `Z`.

Telaah stores local time with its offset (`2026-12-06T09:15:00+07:00`); files that
other tools read get the same instant in UTC (`2026-12-06T02:15:00Z`), which every
reader of xsd:dateTime understands the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_z(value: str) -> str:
    """`value` (ISO 8601, with an offset or Z; naive taken as UTC) in UTC with `Z`."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    spec = "seconds" if not moment.microsecond else "milliseconds"
    return moment.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def local(value: str | None) -> str | None:
    """An ISO 8601 date-time from a file as Telaah stores time: local, with its offset
    (the same instant); None when `value` is not a date-time."""
    if not value or "T" not in value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    spec = "seconds" if not moment.microsecond else "milliseconds"
    return moment.astimezone().isoformat(timespec=spec)
