"""Errors the core raises for the user to read.

Every error a person can cause (a bad file, a locked project, an unknown code) is a
`TelaahError` whose message is already a complete sentence naming the thing at fault.
The CLI prints it on one line and exits 2; the GUI shows it in a message box. Anything
else that escapes is a bug.
"""

from __future__ import annotations


class TelaahError(Exception):
    """A problem the user can understand and fix; the message says what and where."""


class ProjectLockedError(TelaahError):
    """The project is open for writing in another process."""


class ProjectFileError(TelaahError):
    """The file is not a Telaah project, is damaged, or cannot be opened."""


class NotFoundError(TelaahError):
    """An id or name given by the user does not exist in the project."""


class ValidationError(TelaahError):
    """A value given by the user is not acceptable (bad range, bad date, duplicate)."""


class ImportFailedError(TelaahError):
    """A file could not be imported; the project is unchanged."""
