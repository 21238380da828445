"""Progress and cancel for every long job of the core (imports, exports, search).

A long job takes `progress: Progress | None`, a callback `progress(done, total, text)`
that returns False once the user asked to stop. The job then raises `Cancelled` (via
`report`), never returns partial results, and leaves nothing behind: an import stores
nothing, an export writes no file (an earlier file is kept). The GUI's job helper
(`gui.jobs.run_job`) supplies the callback and shows the dialog with Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from storage import messages
from storage.errors import Message, TelaahError

Progress = Callable[[int, int, str], bool]


class Cancelled(TelaahError):
    """The user cancelled a long job; nothing was written or changed."""

    def __init__(self, *args):
        super().__init__(*(args or (Message(messages.CANCELLED),)))


def report(progress: Progress | None, done: int, total: int, text: str = "") -> None:
    """Tell `progress` how far the job is; raise `Cancelled` when it says stop."""
    if progress is not None and progress(done, total, text) is False:
        raise Cancelled()
