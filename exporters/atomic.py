"""Write an export to a temporary file beside the target, then move it into place.

`atomic_output(path)` checks the folder first (missing or unwritable: `ExportError`,
one sentence), yields a temporary path in the same folder, and only when the body
finishes without an exception flushes it to disk and renames it over `path` with
`os.replace` (atomic on one file system). On any failure or cancellation the temporary
file is removed, so there is never a half-written file and an earlier export with the
same name stays byte-identical. The temporary file is named
`NAME.unfinished-export-PID-XXXX.part`, so a person can tell what it is; one left by a
killed export (its process gone) is removed by the next export into that folder.
`check_target(path, project_path)` also refuses to write over the project, its
`-wal`/`-shm`/lock files, its backups, or any other `.telaah` project. A pseudonymised
export passes `verify` (the final privacy scan) and every export the project's file `mode`.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from exporters.options import ExportError

UNFINISHED = re.compile(r".+\.unfinished-export-(\d+)-[^.]+\.part\Z")
PROJECT_FILE_ENDS = (".telaah", ".telaah-wal", ".telaah-shm", ".telaah-journal",
                     ".telaah.lock", ".telaah.unfinished")


def check_target(path: str | Path, project_path: Path | None = None) -> Path:
    """The target as an absolute Path; ExportError if it cannot or must not be written."""
    path = Path(path).expanduser().absolute()
    _refuse_project_files(path, project_path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose another place to "
                          "save the export.")
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name for the export.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"The folder {folder} cannot be written to; choose another place "
                          "to save the export.")
    if path.exists() and not os.access(path, os.W_OK):
        raise ExportError(f"{path} is read-only; choose another file name.")
    return path


def _refuse_project_files(path: Path, project_path: Path | None) -> None:
    resolved = path.resolve()
    protected = resolved.name.lower().endswith(PROJECT_FILE_ENDS)
    if project_path is not None:
        project = Path(project_path).resolve()
        own = {project, *(project.with_name(project.name + end) for end in
                          ("-wal", "-shm", "-journal", ".lock"))}
        protected = protected or resolved in own \
            or resolved.is_relative_to(project.parent / "backups")
    if protected:
        raise ExportError(f"{path} is a Telaah project file (or one of its working or backup "
                          "files); choose another file name for the export.")


def remove_unfinished(folder: Path) -> None:
    """Delete temporary files of exports into `folder` whose process is gone."""
    with contextlib.suppress(OSError):
        for leftover in folder.iterdir():
            match = UNFINISHED.match(leftover.name)
            if match and int(match.group(1)) != os.getpid() \
                    and not _running(int(match.group(1))):
                leftover.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


@contextlib.contextmanager
def atomic_output(path: str | Path, project_path: Path | None = None, *,
                  verify: Callable[[Path], None] | None = None,
                  mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path; on success it replaces `path`, on failure it vanishes.

    `project_path` guards the project's own files (`check_target`). `verify(temporary)`
    runs on the finished file before it is moved into place (the privacy scan); an error
    it raises leaves no file. `mode` (the project's file mode, `storage.privacy`) is the
    new file's permissions."""
    target = check_target(path, project_path)
    remove_unfinished(target.parent)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f"{target.name}.unfinished-export-{os.getpid()}-", suffix=".part",
            dir=target.parent)
    except OSError as error:
        raise ExportError(f"Cannot write in {target.parent} ({error.strerror}).") from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if verify is not None:
            verify(temporary)
        _flush(temporary)
        if mode is None:
            _keep_mode(target, temporary)
        else:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        raise ExportError(f"Could not write {target} ({error.strerror or error}); "
                          "nothing was changed.") from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _flush(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _keep_mode(target: Path, temporary: Path) -> None:
    """Give the new file the old one's permissions, else the usual umask default."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)
