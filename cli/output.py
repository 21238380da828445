"""Printing helpers for commands: JSON on stdout, one-line messages, opening projects."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from storage import Project, config
from storage.encryption import PasswordRequired, is_encrypted
from storage.errors import ProjectLockedError, ProjectReadOnlyError

FORCE_UNLOCK = False  # --force-unlock, set by cli.main for the command being run

_session = {"coder": ""}


def set_session_coder(name: str | None) -> None:
    """The `--coder NAME` given on the command line (None when not given)."""
    _session["coder"] = (name or "").strip()


def session_coder() -> str:
    """Who writes in this command: `--coder`, else `TELAAH_CODER`, else the configured
    coder name; empty when none is set (writing coded data is then refused)."""
    return (_session["coder"] or os.environ.get("TELAAH_CODER", "").strip()
            or str(config.get("coder") or "").strip())


def add_privacy_arguments(parser) -> None:
    """--pseudonymize / --real-names of a command whose output leaves the project."""
    parser.add_argument("--pseudonymize", action="store_true",
                        help="replace participants' names, aliases, identifying "
                             "organisations and the always-replace terms")
    parser.add_argument("--real-names", action="store_true",
                        help="a confidential study: write real names anyway")


def pseudonymized(project, args) -> bool:
    """--pseudonymize, or a confidential study written without --real-names."""
    return bool(args.pseudonymize or (project.privacy.confidential() and not args.real_names))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def open_project(path: str, readonly: bool = False) -> Project:
    """Open PROJECT for a command.

    Writing commands lock it (refused while another process holds it). Reading commands
    (`readonly`) take the lock when they can, so the file is checked and upgraded, and
    otherwise read it alongside the process that holds it, or where no lock can be
    made (a read-only folder or medium). Reading never makes a backup; writing makes
    one before its first change. An encrypted project's password comes from
    TELAAH_PASSWORD or the terminal (`cli.passwords`).
    """
    from cli.passwords import current_password

    path = Path(path)
    password = current_password(path.name) if is_encrypted(path) else None
    try:
        return Project.open(path, backups_kept=config.backups_kept(), coder=session_coder(),
                            password=password, force_unlock=FORCE_UNLOCK)
    except (ProjectLockedError, ProjectReadOnlyError):
        if not readonly:
            raise
        return Project.open(path, readonly=True, backups_kept=config.backups_kept(),
                            coder=session_coder(), password=password)
    except PasswordRequired:  # encrypted since we looked
        return Project.open(path, backups_kept=config.backups_kept(), coder=session_coder(),
                            password=current_password(path.name), force_unlock=FORCE_UNLOCK)
