"""Printing helpers for commands: JSON on stdout, one-line messages, opening projects."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from storage import Project
from storage.encryption import PasswordRequired, is_encrypted
from storage.errors import ProjectLockedError


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def open_project(path: str, readonly: bool = False) -> Project:
    """Open PROJECT for a command.

    Writing commands lock it (refused while another process holds it). Reading commands
    (`readonly`) take the lock when they can, so the file is checked and upgraded, and
    otherwise read it alongside the process that holds it. An encrypted project's
    password comes from TELAAH_PASSWORD or the terminal (`cli.passwords`).
    """
    from cli.passwords import current_password

    path = Path(path)
    password = current_password(path.name) if is_encrypted(path) else None
    try:
        return Project.open(path, password=password)
    except ProjectLockedError:
        if not readonly:
            raise
        return Project.open(path, readonly=True, password=password)
    except PasswordRequired:  # encrypted since we looked
        return Project.open(path, password=current_password(path.name))
