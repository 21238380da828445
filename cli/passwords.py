"""Reading project passwords for commands: from the environment or the terminal only.

A password is never an argument (it would end up in the shell history and the process
list). `TELAAH_PASSWORD` holds the project's current password and `TELAAH_NEW_PASSWORD`
the new one for `password --set/--change`; without them the terminal is asked
(`getpass`, nothing echoed; a new password is asked twice).
"""

from __future__ import annotations

import getpass
import os

from storage import messages
from storage.encryption import PasswordRequired
from storage.errors import ValidationError

CURRENT = "TELAAH_PASSWORD"
NEW = "TELAAH_NEW_PASSWORD"


def current_password(name: str) -> str:
    """The password that opens the project `name`."""
    return os.environ.get(CURRENT) or _ask(f"Password for {name}: ", name)


def _ask(prompt: str, name: str) -> str:
    """Ask the terminal; with no terminal to ask, the one-line "needs a password"."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise PasswordRequired.of(messages.PASSWORD_NOT_GIVEN, name=name) from None


def new_password(name: str, env_first: str = NEW) -> str:
    """A new password for `name`: from the environment, else typed twice."""
    given = os.environ.get(env_first)
    if given:
        return given
    first = _ask(f"New password for {name}: ", name)
    if _ask("Type it again: ", name) != first:
        raise ValidationError("The two passwords differ; nothing was changed.")
    return first
