"""`backups` and `restore`: list a project's backups and put one back safely.

`python main.py backups PROJECT [--json]` lists every backup of the project (oldest
first) with its time, size, record counts and integrity; `python main.py restore
PROJECT BACKUP` restores one (a path, or a file name inside the project's `backups`
folder) with `storage.restore.restore_backup`: lock taken, current state kept as a
backup first, stale `-wal`/`-shm` removed, result checked.
"""

from __future__ import annotations

from pathlib import Path

from cli.output import print_json
from storage.backup import COUNTED, describe_backup, list_backups


def register(sub) -> None:
    backups = sub.add_parser("backups", help="list a project's backups (time, size, counts, "
                             "integrity)")
    backups.add_argument("project")
    backups.add_argument("--json", action="store_true")
    backups.set_defaults(run=cmd_backups)

    restore = sub.add_parser("restore", help="restore a backup in place of the project "
                             "(the current state is kept as a backup first)")
    restore.add_argument("project")
    restore.add_argument("backup", help="a backup file, or its name in the backups folder")
    restore.set_defaults(run=cmd_restore)


def backup_rows(project_path: Path, key: str | None = None) -> list[dict]:
    """Every backup described; encrypted ones are read with `key` (the project's)."""
    rows = []
    for path in list_backups(project_path):
        info = describe_backup(path, key=key)
        rows.append({"file": path.name, "path": str(path), "time": info.time,
                     "size": info.size, "counts": info.counts, "integrity": info.integrity})
    return rows


def cmd_backups(args) -> int:
    from cli.passwords import current_password
    from storage.encryption import derive_key, is_encrypted

    project = Path(args.project)
    encrypted = [p for p in list_backups(project) if is_encrypted(p)]
    key = derive_key(encrypted[0], current_password(project.name)) if encrypted else None
    rows = backup_rows(project, key)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(f"{args.project}: no backups")
        return 0
    for row in rows:
        counts = ", ".join(f"{row['counts'].get(k, 0)} {k}" for k in COUNTED)
        print(f"{row['time']}  {row['size']:>12,} bytes  {counts}  integrity: "
              f"{row['integrity']}  {row['file']}")
    return 0


def cmd_restore(args) -> int:
    from cli.passwords import current_password
    from storage.encryption import is_encrypted
    from storage.restore import find_backup, restore_backup

    project = Path(args.project)
    encrypted = is_encrypted(find_backup(project, args.backup))
    result = restore_backup(project, args.backup,
                            force_unlock=getattr(args, "force_unlock", False),
                            password=current_password(project.name) if encrypted else None)
    kept = f"; the state before it is kept as {result.saved_current}" \
        if result.saved_current else ""
    print(f"Restored {args.project} from {result.restored.path} "
          f"({result.restored.time}, integrity ok){kept}")
    return 0
