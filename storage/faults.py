"""Turn the errors of a failing disk or file into one sentence for the user.

SQLite and the operating system report a full disk, a read-only medium or a damaged
file as exceptions (`sqlite3.OperationalError: database or disk is full`,
`OSError(ENOSPC)`, ...). `as_telaah_error(error, path)` gives the `TelaahError` to
raise instead, or None when the error is not one of those (a bug, to be reported as
such). Every caller leaves nothing half-written: SQLite rolls the transaction back,
exports and backups delete their unfinished file.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from storage import messages
from storage.errors import Message, TelaahError

_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def as_telaah_error(error: BaseException, path: str | Path) -> TelaahError | None:
    """The user-facing error for a disk or file fault at `path`, else None."""
    if isinstance(error, TelaahError):
        return error
    if isinstance(error, OSError):
        if error.errno in _FULL:
            return TelaahError(Message(messages.DISK_FULL, path=path))
        if error.errno in _READ_ONLY or error.errno == errno.EIO:
            return TelaahError(Message(messages.DISK_READ_ONLY, path=path,
                                       detail=error.strerror or error))
        return None
    if not isinstance(error, sqlite3.DatabaseError):
        return None
    text = str(error).lower()
    if "full" in text:
        return TelaahError(Message(messages.DISK_FULL, path=path))
    if "readonly" in text or "read-only" in text or "disk i/o" in text \
            or "unable to open" in text:
        return TelaahError(Message(messages.DISK_READ_ONLY, path=path, detail=error))
    if "malformed" in text or "decode" in text or "not a database" in text \
            or "reference to page" in text:
        from storage.fullcheck import damaged_error

        return damaged_error(Path(path), str(error))
    return None
