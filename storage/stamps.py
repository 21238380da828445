"""What every new or edited record is stamped with: the local time and a new GUID.

A module of its own (imported by the repositories at the top) so that nothing needs
the `Project` facade, and its imports, to stamp a record.
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime

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
