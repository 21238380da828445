"""Printing helpers for commands: JSON on stdout, one-line messages, opening projects."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from storage import Project, config
from storage.errors import ProjectLockedError

_session = {"coder": ""}


def set_session_coder(name: str | None) -> None:
    """The `--coder NAME` given on the command line (None when not given)."""
    _session["coder"] = (name or "").strip()


def session_coder() -> str:
    """Who writes in this command: `--coder`, else `TELAAH_CODER`, else the configured
    coder name; empty when none is set (writing coded data is then refused)."""
    return (_session["coder"] or os.environ.get("TELAAH_CODER", "").strip()
            or str(config.get("coder") or "").strip())


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
        return Project.open(Path(path), backups_kept=config.backups_kept(),
                            coder=session_coder())
    except ProjectLockedError:
        if not readonly:
            raise
        return Project.open(Path(path), readonly=True, backups_kept=config.backups_kept(),
                            coder=session_coder())
