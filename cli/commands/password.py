"""The `password` command: set, change or remove a project's password (encryption).

`python main.py password PROJECT --set|--change|--remove`. The current password comes
from TELAAH_PASSWORD or the terminal, the new one from TELAAH_NEW_PASSWORD or the
terminal (typed twice), never from the command line. The project file and its backups
are rewritten (`storage.encryption.change_password`); the project must not be open
elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from cli.passwords import current_password, new_password
from storage import messages
from storage.encryption import change_password, is_encrypted
from storage.errors import ProjectFileError, ValidationError


def register(sub) -> None:
    command = sub.add_parser("password", help="set, change or remove the project's password "
                             "(encrypts the file and its backups)")
    command.add_argument("project")
    what = command.add_mutually_exclusive_group(required=True)
    what.add_argument("--set", action="store_true",
                      help="encrypt a project that has no password")
    what.add_argument("--change", action="store_true", help="change the password")
    what.add_argument("--remove", action="store_true",
                      help="remove the password (the file is stored unencrypted)")
    command.set_defaults(run=cmd_password)


def cmd_password(args) -> int:
    path = Path(args.project)
    if not path.is_file():
        raise ProjectFileError.of(messages.PROJECT_MISSING, path=path)
    encrypted = is_encrypted(path)
    if args.set and encrypted:
        raise ValidationError.of(messages.PASSWORD_ALREADY, name=path.name)
    if (args.change or args.remove) and not encrypted:
        raise ValidationError.of(messages.PASSWORD_NONE, name=path.name)
    old = current_password(path.name) if encrypted else None
    new = None if args.remove else new_password(
        path.name, "TELAAH_NEW_PASSWORD" if encrypted else "TELAAH_PASSWORD")
    change_password(path, old, new)
    done = {"set": "is now encrypted", "change": "has a new password",
            "remove": "is no longer encrypted"}
    action = "set" if args.set else "change" if args.change else "remove"
    print(f"{path.name} {done[action]} (its backups too).")
    return 0
