"""Errors the core raises for the user to read.

Every error a person can cause (a bad file, a locked project, an unknown code) is a
`TelaahError` whose message is already a complete sentence naming the thing at fault.
The CLI prints it on one line and exits 2; the GUI shows it in a message box, in the
interface language when the error was made from a template (`TelaahError.of` with one
of `storage.messages`). Anything else that escapes is a bug.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """An English sentence that keeps the template and values it was made from, so an
    interface can say it in another language (templates: `storage.messages`). It is a
    `str`, so everything that prints or compares the English keeps working."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Message:
        text = super().__new__(cls, template.format(**values))
        text.template, text.values = template, values
        return text


class TelaahError(Exception):
    """A problem the user can understand and fix; the message says what and where."""

    @classmethod
    def of(cls, template: str, **values: Any) -> TelaahError:
        """The error saying `template` (one of `storage.messages`) with `values`."""
        return cls(Message(template, **values))

    @property
    def message(self) -> str:
        """The sentence: a `Message` when made with `of`, else plain English."""
        return self.args[0] if self.args else ""


class ProjectLockedError(TelaahError):
    """The project is open for writing in another process."""


class ProjectReadOnlyError(TelaahError):
    """The project cannot be written here (read-only folder or medium); it can be read."""


class ProjectFileError(TelaahError):
    """The file is not a Telaah project, is damaged, or cannot be opened."""


class NotFoundError(TelaahError):
    """An id or name given by the user does not exist in the project."""


class ValidationError(TelaahError):
    """A value given by the user is not acceptable (bad range, bad date, duplicate)."""


class ImportFailedError(TelaahError):
    """A file could not be imported; the project is unchanged."""
