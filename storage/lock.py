"""One writer per project: a lock file beside the project names its holder.

`PROJECT.telaah.lock` holds JSON with host, pid and the time it was taken, created with
O_EXCL so two processes cannot both win. A second process is refused with a message
naming the holder. A lock whose process no longer runs on this host (a crash) is stale
and is taken over.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage import messages
from storage.errors import Message, ProjectLockedError


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    since: str


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(project_path: Path) -> LockHolder | None:
    """The current holder of the project's lock, or None when unlocked or unreadable."""
    try:
        data = json.loads(lock_path(project_path).read_text(encoding="utf-8"))
        return LockHolder(str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_stale(holder: LockHolder | None) -> bool:
    if holder is None:
        return True
    return holder.host == socket.gethostname() and not _pid_alive(holder.pid)


class ProjectLock:
    """The lock held by this process on one project file."""

    def __init__(self, project_path: Path):
        self.project_path = project_path
        self.path = lock_path(project_path)
        self.held = False

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; raises ProjectLockedError if held."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = read_holder(self.project_path)
                if holder is not None and holder.pid == os.getpid() \
                        and holder.host == socket.gethostname():
                    raise ProjectLockedError(_held_message(self.project_path, holder)) from None
                if not _is_stale(holder):
                    raise ProjectLockedError(_held_message(self.project_path, holder)) from None
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"host": socket.gethostname(), "pid": os.getpid(),
                           "since": datetime.now().astimezone().isoformat(timespec="seconds")},
                          handle)
            self.held = True
            return
        raise ProjectLockedError(f"Could not lock {self.project_path}: the lock file "
                                 f"{self.path} keeps reappearing.")

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False


def _held_message(project_path: Path, holder: LockHolder) -> Message:
    return Message(messages.PROJECT_LOCKED, name=project_path.name, host=holder.host,
                   pid=holder.pid, since=holder.since)
