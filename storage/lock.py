"""One writer per project: an OS-level lock on a file beside the project names its holder.

`PROJECT.telaah.lock` is locked with `fcntl.flock` (`msvcrt.locking` on Windows) while
a process holds the project; the kernel drops that lock when the process dies, so a
crash never leaves the project blocked, and a reused pid cannot keep it either. Taking
the lock is: open (create if missing), lock without waiting, check that the locked file
is still the one at the lock path (a releasing holder may have just deleted it), then
write our JSON (host, pid, process start time, boot id, since) into it. Release deletes
the lock file only while we still hold it, so it never removes another holder's lock.

The OS lock works on one machine. A lock file naming another host (a project on a
shared or moved drive) cannot be judged from here: it is refused with a message naming
the lock file, and taken over only when asked (`force=True`: the CLI's
`--force-unlock`, the GUI's question). A folder where no lock file can be made
(read-only folder or medium) raises `ProjectReadOnlyError`: the project can then only
be read.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage import messages
from storage.errors import Message, ProjectLockedError, ProjectReadOnlyError, TelaahError

ATTEMPTS = 50


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    since: str
    started: str = ""
    boot: str = ""


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def process_started(pid: int) -> str:
    """The start time of process `pid` (clock ticks since boot), or '' when unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[1].split()[19]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def holder_running(holder: LockHolder) -> bool:
    """Whether the process named by `holder` still runs on this machine: same boot,
    the pid alive, and (when recorded) the same process start time, so a pid reused
    after a reboot or by another program does not count."""
    if holder.host != socket.gethostname():
        return False
    if holder.boot and _boot_id() and holder.boot != _boot_id():
        return False
    if not _pid_alive(holder.pid):
        return False
    return not holder.started or holder.started == process_started(holder.pid)


def _parse(text: str) -> LockHolder | None:
    try:
        data = json.loads(text)
        return LockHolder(str(data["host"]), int(data["pid"]), str(data["since"]),
                          str(data.get("started", "")), str(data.get("boot", "")))
    except (ValueError, KeyError, TypeError):
        return None


def read_holder(project_path: Path) -> LockHolder | None:
    """The holder named in the project's lock file, or None when absent or unreadable."""
    try:
        return _parse(lock_path(project_path).read_text(encoding="utf-8"))
    except OSError:
        return None


def _os_lock(fd: int) -> bool:
    """Lock the open file without waiting; False when another process holds it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as error:  # a file system without flock: fall back to the pid check
        if error.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            raise
        holder = _read_fd(fd)
        return holder is None or not holder_running(holder)
    return True


def _read_fd(fd: int) -> LockHolder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return _parse(os.read(fd, 4096).decode("utf-8", "replace"))
    except OSError:
        return None


def _same_file(fd: int, path: Path) -> bool:
    try:
        current = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (current.st_dev, current.st_ino)


class ProjectLock:
    """The lock held by this process on one project file."""

    def __init__(self, project_path: Path):
        self.project_path = project_path
        self.path = lock_path(project_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, force: bool = False) -> None:
        """Take the lock; ProjectLockedError while another process holds it.

        `force` takes over a lock recorded by another host (never one that a process
        on this machine holds)."""
        for _attempt in range(ATTEMPTS):
            fd = self._open()
            try:
                if not _os_lock(fd):
                    raise ProjectLockedError(_held_message(self, _read_fd(fd)))
                if not _same_file(fd, self.path):
                    os.close(fd)  # deleted or replaced by its releasing holder: again
                    continue
                previous = _read_fd(fd)
                if previous and previous.host != socket.gethostname() and not force:
                    raise ProjectLockedError(Message(
                        messages.PROJECT_LOCKED_ELSEWHERE, name=self.project_path.name,
                        host=previous.host, since=previous.since, lock=self.path))
                self._write_holder(fd)
            except BaseException:
                os.close(fd)
                raise
            self._fd = fd
            return
        raise ProjectLockedError(Message(messages.LOCK_UNSTABLE, path=self.project_path,
                                         lock=self.path))

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise ProjectReadOnlyError(Message(
                    messages.FOLDER_READ_ONLY, name=self.project_path.name,
                    folder=self.path.parent, detail=error.strerror)) from None
            raise TelaahError(Message(messages.LOCK_FAILED, lock=self.path,
                                      detail=error.strerror or error)) from None

    def _write_holder(self, fd: int) -> None:
        record = json.dumps({
            "host": socket.gethostname(), "pid": os.getpid(),
            "started": process_started(os.getpid()), "boot": _boot_id(),
            "since": datetime.now().astimezone().isoformat(timespec="seconds")})
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, record.encode("utf-8"))
        except OSError as error:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            if _same_file(fd, self.path):
                self.path.unlink(missing_ok=True)
            raise TelaahError(Message(messages.LOCK_FAILED, lock=self.path,
                                      detail=error.strerror or error)) from None

    def release(self) -> None:
        """Delete the lock file (only if it is still ours) and drop the OS lock."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if _same_file(fd, self.path):
                with contextlib.suppress(OSError):
                    self.path.unlink()
        finally:
            os.close(fd)


def _held_message(lock: ProjectLock, holder: LockHolder | None) -> Message:
    if holder is None:
        return Message(messages.PROJECT_LOCKED_UNNAMED, name=lock.project_path.name,
                       lock=lock.path)
    return Message(messages.PROJECT_LOCKED, name=lock.project_path.name, host=holder.host,
                   pid=holder.pid, since=holder.since)
