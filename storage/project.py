"""The project facade: one `.telaah` SQLite file, opened, locked, migrated and backed up.

`Project.create()` and `Project.open()` are the only ways in. Writes happen inside
`project.action(label)`, one transaction per user action, committed before the caller
returns; the resulting `Change` is handed to every subscriber (the GUI's bridge, for
example) and can be undone with `project.undo(change)`. Reading and writing of each
kind of record lives in a repository object hanging off the project
(`project.sources`, `project.codes`, ...), all sharing this one connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from storage import backup, messages
from storage.change import Change
from storage.codes import CodeRepository
from storage.errors import ProjectFileError, TelaahError
from storage.evaluation import EvaluationRepository
from storage.guides import GuideRepository
from storage.journal import Action, replay
from storage.lock import ProjectLock
from storage.memos import MemoRepository
from storage.network import NetworkRepository
from storage.participants import ParticipantRepository
from storage.schema import SCHEMA_VERSION, migrations, pending_count, schema_version
from storage.segments import SegmentRepository
from storage.sessions import SessionRepository
from storage.sources import SourceRepository
from storage.study import StudyRepository
from storage.survey_responses import SurveyResponseRepository
from storage.surveys import SurveyRepository
from storage.team import TeamRepository
from storage.users import UserRepository

PROJECT_SUFFIX = ".telaah"
IDLE_CHECKPOINT_PAGES = 10_000   # 40 MB of log when checkpoints wait for idle time
Subscriber = Callable[[Change], None]


class Project:
    """An open project. Use `Project.create` / `Project.open`, then `close()`."""

    def __init__(self, path: Path, db: Database, lock: ProjectLock | None,
                 backups_kept: int = backup.DEFAULT_KEEP, coder: str = ""):
        self.path = path
        self.backups_kept = backups_kept
        self.db = db
        self._lock = lock
        self.coder = (coder or "").strip()
        self._subscribers: list[Subscriber] = []
        self._action: Action | None = None
        self.readonly = lock is None
        self.closed = False
        self._attach_repositories()

    def _attach_repositories(self) -> None:
        self.study = StudyRepository(self)
        self.participants = ParticipantRepository(self)
        self.sources = SourceRepository(self)
        self.codes = CodeRepository(self)
        self.segments = SegmentRepository(self)
        self.memos = MemoRepository(self)
        self.evaluation = EvaluationRepository(self)
        self.users = UserRepository(self)
        self.guides = GuideRepository(self)
        self.sessions = SessionRepository(self)
        self.network = NetworkRepository(self)
        self.surveys = SurveyRepository(self)
        self.survey_responses = SurveyResponseRepository(self)
        self.team = TeamRepository(self)

    # -- opening and closing -------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, title: str = "",
               frameworks: tuple[str, ...] | list[str] = (),
               deseve_variant: str | None = None,
               backups_kept: int = backup.DEFAULT_KEEP, coder: str = "") -> Project:
        """Make a new project file at `path` (refused if it exists) and open it.

        `coder` is the person whose codings, memos, verdicts and summaries this session
        writes (see `open`).
        """
        path = Path(path)
        if path.exists():
            raise TelaahError.of(messages.PROJECT_EXISTS, path=path)
        if not path.parent.is_dir():
            raise TelaahError.of(messages.FOLDER_MISSING, folder=path.parent)
        project = cls.open(path, create=True, backups_kept=backups_kept, coder=coder)
        try:
            with project.action("Create project") as act:
                project.study.initialise(act, title=title)
                project.participants.seed_groups(act)
                for framework_id in frameworks:
                    project.codes.add_framework(act, framework_id, variant=deseve_variant)
        except BaseException:
            project.close()
            path.unlink(missing_ok=True)
            raise
        return project

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, readonly: bool = False,
             backups_kept: int = backup.DEFAULT_KEEP, full_check: bool = True,
             backup_now: bool = True, coder: str = "") -> Project:
        """Open (lock, check, back up, migrate) the project at `path`.

        `coder` names who works in this session: every coding, memo, verdict and
        summary written without an explicit coder is stamped with it, and writing one
        with no coder at all is refused (`require_coder`). `set_coder` switches it.

        The check is SQLite's `integrity_check`; with `full_check=False` it is the much
        faster `quick_check` (structure without index contents), and the caller is
        expected to run `integrity_problems()` in the background (the GUI does). With
        `backup_now=False` the rotating backup is left to the caller, who makes it
        with `make_backup()`, typically on a `reader()` in the background (the GUI
        does); the backup before a schema upgrade is always made first. Only the newest
        `backups_kept` backups are kept (the GUI and CLI pass the per-machine setting).
        """
        path = Path(path)
        if not create and not path.is_file():
            raise ProjectFileError.of(messages.PROJECT_MISSING, path=path)
        lock = None if readonly else ProjectLock(path)
        if lock:
            lock.acquire()
        project = None
        try:
            db = _connect(path, readonly)
            if not create:
                _check_file(db, path, full_check)
            project = cls(path, db, lock, backups_kept, coder)
            if not readonly:
                project._upgrade_and_backup(create, backup_now)
        except BaseException:
            if project is not None:
                project.db.close()
            if lock:
                lock.release()
            raise
        return project

    def _upgrade_and_backup(self, created: bool, backup_now: bool) -> None:
        keep = self.backups_kept
        if created:
            migrations.apply(self.db)
            return
        needs_upgrade = pending_count(self.db) > 0
        if needs_upgrade:
            backup.make_backup(self.db.conn, self.path, max(keep, 1), reason="before-upgrade")
        elif backup_now:
            backup.make_backup(self.db.conn, self.path, keep)
        migrations.apply(self.db)
        if schema_version(self.db) > SCHEMA_VERSION:
            raise ProjectFileError.of(messages.PROJECT_NEWER, name=self.path.name)

    def set_coder(self, name: str) -> None:
        """Switch the coder of this session (the GUI's status bar does)."""
        self.coder = (name or "").strip()

    def require_coder(self, given: str | None = None) -> str:
        """The coder to stamp on coded data: `given`, else the session's; refused when
        neither names one."""
        name = (given or "").strip() or self.coder
        if not name:
            raise TelaahError.of(messages.CODER_REQUIRED)
        return name

    def make_backup(self) -> Path | None:
        """Copy the project into its rotating backups (see `storage.backup`) now.

        Safe on a `reader()` in another thread: the backup API copies a consistent
        snapshot while the main connection goes on writing.
        """
        return backup.make_backup(self.db.conn, self.path, self.backups_kept)

    def defer_checkpoints(self, pages: int = IDLE_CHECKPOINT_PAGES) -> None:
        """Let the write-ahead log grow to `pages` before a commit copies it into the
        file (SQLite's default is 1,000: every few edits of a long transcript). For an
        interactive caller that calls `checkpoint()` when idle, so that typing does not
        pay for it."""
        self.db.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")

    def checkpoint(self) -> None:
        """Copy the committed write-ahead log into the project file now (passive: it
        never waits for or blocks a reader)."""
        if not (self.readonly or self.closed):
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def reader(self) -> Project:
        """A second, read-only connection for background work in another thread."""
        return Project(self.path, _connect(self.path, readonly=True), None, self.backups_kept,
                       self.coder)

    def close(self) -> None:
        self.closed = True
        try:
            self.db.close()
        finally:
            if self._lock:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    # -- actions, change notification, undo ------------------------------------------

    @contextmanager
    def action(self, label: str, origin: object = None,
               journal: bool = True) -> Iterator[Action]:
        """One user action: a transaction whose Change is announced after commit.

        Nested calls join the outer action (one transaction, one Change). Bulk writers
        (generators, very large imports) may pass `journal=False`: the Change then names
        the tables written but cannot be undone (`change.undoable` is False).
        """
        if self._action is not None:
            yield self._action
            return
        if self.readonly:
            raise TelaahError.of(messages.PROJECT_READ_ONLY, name=self.path.name)
        change = Change(label, origin=origin)
        act = Action(self.db, change, journal=journal)
        self._action = act
        try:
            with self.db.atomic():
                yield act
        finally:
            self._action = None
        if not change.empty:
            self._announce(change)

    def subscribe(self, callback: Subscriber) -> None:
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Subscriber) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def _announce(self, change: Change) -> None:
        for callback in list(self._subscribers):
            callback(change)

    def undo(self, change: Change, origin: object = None) -> Change:
        """Restore the state before `change`; returns the Change describing that."""
        return self._replay(change, backwards=True, origin=origin)

    def redo(self, change: Change, origin: object = None) -> Change:
        """Apply `change` again after an undo."""
        return self._replay(change, backwards=False, origin=origin)

    def _replay(self, change: Change, *, backwards: bool, origin: object) -> Change:
        label = ("Undo " if backwards else "Redo ") + change.label
        with self.action(label, origin=origin) as act:
            act.change.undone = backwards
            act.change.replayed = True
            replay(act, change, backwards=backwards)
        return act.change

    # -- settings stored in the project ----------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str) -> None:
        with self.action("Change setting") as act:
            if self.get_setting(key) is None:
                act.insert("settings", {"key": key, "value": value})
            else:
                act.update("settings", {"key": key}, {"value": value})

    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity check; an empty list when the file is sound."""
        rows = self.db.execute("PRAGMA integrity_check").fetchall()
        return [] if rows == [("ok",)] else [str(r[0]) for r in rows]


def _connect(path: Path, readonly: bool) -> Database:
    try:
        if readonly:  # a reader may be handed to the one worker thread that uses it
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:  # the project's own connection: only the thread that opened it
            conn = sqlite3.connect(path, check_same_thread=True)
        conn.execute("PRAGMA busy_timeout = 5000")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise ProjectFileError.of(messages.NOT_A_PROJECT, path=path, detail=error) from None
    return Database(conn)


def _check_file(db: Database, path: Path, full: bool = True) -> None:
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = db.execute(f"PRAGMA {pragma}").fetchall()
        tables = set(db.table_names())
    except sqlite3.DatabaseError as error:
        db.close()
        raise ProjectFileError.of(messages.NOT_A_PROJECT, path=path, detail=error) from None
    if rows != [("ok",)]:
        db.close()
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise ProjectFileError.of(messages.PROJECT_DAMAGED, path=path, detail=detail,
                                  backups=backup.backup_dir(path))
    if "_sqlite_migrations" not in tables:
        db.close()
        raise ProjectFileError.of(messages.NOT_A_PROJECT, path=path, detail="no schema record")
