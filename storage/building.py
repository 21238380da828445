"""Build a new project file under a temporary name and move it into place when complete.

`build_then_move(path, build)` holds the lock of `path` (so two builds of one name
cannot race, and a killed build's lock is taken over), removes what a killed earlier
build left (`NAME.telaah.unfinished` and its `-wal`, `-shm`, lock), calls
`build(temporary)`, makes the file durable and links it to `path` without ever
replacing a file that appeared there meanwhile. On any failure the temporary file is
removed, so `path` either does not exist or is a complete project. Media files the
build copied (`storage.media`: into the temporary name's media folder) move with it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from storage import messages
from storage.errors import TelaahError
from storage.faults import as_telaah_error
from storage.lock import ProjectLock

UNFINISHED = ".unfinished"


def unfinished_path(path: Path) -> Path:
    return path.with_name(path.name + UNFINISHED)


def _leftovers(temporary: Path) -> list[Path]:
    return [temporary, *(Path(f"{temporary}{end}") for end in ("-wal", "-shm", "-journal",
                                                                ".lock"))]


def build_then_move(path: Path, build: Callable[[Path], None]) -> None:
    """Run `build(temporary)` and move the finished file to `path` (see module doc)."""
    temporary = unfinished_path(path)
    guard = ProjectLock(path)
    guard.acquire()
    try:
        for leftover in _leftovers(temporary):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(_media_dir(temporary), ignore_errors=True)
        try:
            build(temporary)
            _sync(temporary)
            _move_into_place(temporary, path)
            _move_media(temporary, path)
        except BaseException as error:
            for leftover in _leftovers(temporary):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            shutil.rmtree(_media_dir(temporary), ignore_errors=True)
            problem = as_telaah_error(error, path) if isinstance(error, OSError) else None
            if problem is not None:
                raise problem from None
            raise
    finally:
        guard.release()


def _media_dir(path: Path) -> Path:
    from storage.media import media_dir

    return media_dir(path)


def _move_media(temporary: Path, path: Path) -> None:
    """The build's media folder becomes the project's (merged into one already there)."""
    built, final = _media_dir(temporary), _media_dir(path)
    if not built.is_dir():
        return
    if not final.exists():
        os.replace(built, final)
        return
    for item in built.rglob("*"):
        if item.is_file():
            target = final / item.relative_to(built)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(item, target)
    shutil.rmtree(built, ignore_errors=True)


def _sync(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _move_into_place(temporary: Path, path: Path) -> None:
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise TelaahError.of(messages.PROJECT_EXISTS, path=path) from None
    except OSError:  # a file system without hard links (FAT): check, then rename
        if path.exists():
            raise TelaahError.of(messages.PROJECT_EXISTS, path=path) from None
        os.replace(temporary, path)
    else:
        temporary.unlink()
    if os.name == "posix":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
