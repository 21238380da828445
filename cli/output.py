"""Printing helpers for commands: JSON on stdout, one-line messages, opening projects."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from storage import Project
from storage.errors import ProjectLockedError, ProjectReadOnlyError

FORCE_UNLOCK = False  # --force-unlock, set by cli.main for the command being run


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def open_project(path: str, readonly: bool = False) -> Project:
    """Open PROJECT for a command.

    Writing commands lock it (refused while another process holds it). Reading commands
    (`readonly`) take the lock when they can, so the file is checked and upgraded, and
    otherwise read it alongside the process that holds it, or where no lock can be
    made (a read-only folder or medium). Reading never makes a backup; writing makes
    one before its first change.
    """
    try:
        return Project.open(Path(path), force_unlock=FORCE_UNLOCK)
    except (ProjectLockedError, ProjectReadOnlyError):
        if not readonly:
            raise
        return Project.open(Path(path), readonly=True)
