"""Printing helpers for commands: JSON on stdout, one-line messages, opening projects."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from storage import Project, config
from storage.errors import ProjectLockedError


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def open_project(path: str, readonly: bool = False) -> Project:
    """Open PROJECT for a command.

    Writing commands lock it (refused while another process holds it). Reading commands
    (`readonly`) take the lock when they can, so the file is checked and upgraded, and
    otherwise read it alongside the process that holds it.
    """
    try:
        return Project.open(Path(path), backups_kept=config.backups_kept())
    except ProjectLockedError:
        if not readonly:
            raise
        return Project.open(Path(path), readonly=True, backups_kept=config.backups_kept())
