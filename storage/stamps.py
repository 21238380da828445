"""What every new or edited record is stamped with: the local time and a new GUID;
and the same instants as files write them.

A module of its own (imported by the repositories at the top) so that nothing needs
the `Project` facade, and its imports, to stamp a record. Telaah stores local time
with its offset (`2026-12-06T09:15:00+07:00`); files that other tools read get the
same instant in UTC with `Z` (`utc_z`), and times read from such files are stored
the Telaah way (`local`).
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime

_clock: tuple[int, str] = (0, "")


def now() -> str:
    """The current local time as ISO 8601 with offset, to the second."""
    global _clock
    second = int(time.time())
    if _clock[0] != second:
        _clock = (second, datetime.now().astimezone().isoformat(timespec="seconds"))
    return _clock[1]


def new_guid() -> str:
    """A new random GUID (UUID 4, lower case, no braces)."""
    return str(uuid.uuid4())


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
