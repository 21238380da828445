"""The project facade: one `.telaah` SQLite file, opened, locked, migrated and backed up.

`Project.create()` and `Project.open()` are the only ways in. Writes happen inside
`project.action(label)`, one transaction per user action, committed before the caller
returns; the resulting `Change` is handed to every subscriber (the GUI's bridge, for
example) and can be undone with `project.undo(change)`. Reading and writing of each
kind of record lives in a repository object hanging off the project
(`project.sources`, `project.codes`, ...), all sharing this one connection.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from storage import backup, encryption, messages
from storage.change import Change
from storage.codes import CodeRepository
from storage.errors import ProjectFileError, TelaahError
from storage.evaluation import EvaluationRepository
from storage.faults import as_telaah_error
from storage.fullcheck import check_path, schema_problems, unreadable_problems
from storage.guides import GuideRepository
from storage.images import ImageRepository
from storage.journal import Action, replay
from storage.lock import ProjectLock
from storage.media import MediaRepository
from storage.memos import MemoRepository
from storage.network import NetworkRepository
from storage.opening import check_file, connect, key_for
from storage.pages import PageRepository
from storage.participants import ParticipantRepository
from storage.privacy import PrivacyRepository
from storage.schema import SCHEMA_VERSION, migrations, pending_count, schema_version
from storage.segments import SegmentRepository
from storage.sessions import SessionRepository
from storage.sources import SourceRepository
from storage.study import StudyRepository
from storage.survey_responses import SurveyResponseRepository
from storage.surveys import SurveyRepository
from storage.team import TeamRepository
from storage.typing import TypingLog
from storage.users import UserRepository

PROJECT_SUFFIX = ".telaah"
IDLE_CHECKPOINT_PAGES = 10_000   # 40 MB of log when checkpoints wait for idle time
Subscriber = Callable[[Change], None]


class Project:
    """An open project. Use `Project.create` / `Project.open`, then `close()`."""

    def __init__(self, path: Path, db: Database, lock: ProjectLock | None,
                 backups_kept: int = backup.DEFAULT_KEEP, coder: str = "",
                 password: str | None = None):
        self.path = path
        self.backups_kept = backups_kept
        self.db = db
        self._password = password
        self._lock = lock
        self.coder = (coder or "").strip()
        self._subscribers: list[Subscriber] = []
        self._action: Action | None = None
        self.readonly = lock is None
        self._backup_pending = False
        self._unpublished: Path | None = None  # a checked backup kept for the first write
        self.written = False
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
        self.privacy = PrivacyRepository(self)
        self.users = UserRepository(self)
        self.media = MediaRepository(self)
        self.pages = PageRepository(self)
        self.images = ImageRepository(self)
        self.guides = GuideRepository(self)
        self.sessions = SessionRepository(self)
        self.network = NetworkRepository(self)
        self.surveys = SurveyRepository(self)
        self.survey_responses = SurveyResponseRepository(self)
        self.team = TeamRepository(self)
        self.typing = TypingLog(self)

    # -- opening and closing -------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, title: str = "",
               frameworks: tuple[str, ...] | list[str] = (),
               deseve_variant: str | None = None,
               backups_kept: int = backup.DEFAULT_KEEP, coder: str = "",
               fill: Callable[[Project], None] | None = None) -> Project:
        """Make a new project file at `path` (refused if it exists) and open it.

        `coder` is the person whose codings, memos, verdicts and summaries this session
        writes (see `open`). The project is built under a temporary name beside `path`
        (`building.build_then_move`: `NAME.telaah.unfinished`) and moved into place only
        when complete, after `fill(project)` (more content, e.g. the demo study) has run;
        an interrupted build never leaves a file at `path`."""
        from storage.building import build_then_move

        path = Path(path)
        if path.exists() or path.is_symlink():
            raise TelaahError.of(messages.PROJECT_EXISTS, path=path)
        if not path.parent.is_dir():
            raise TelaahError.of(messages.FOLDER_MISSING, folder=path.parent)

        def build(temporary: Path) -> None:
            with cls.open(temporary, create=True, backups_kept=backups_kept,
                          coder=coder) as project:
                with project.action("Create project") as act:
                    project.study.initialise(act, title=title)
                    project.participants.seed_groups(act)
                    for framework_id in frameworks:
                        project.codes.add_framework(act, framework_id, variant=deseve_variant)
                if fill is not None:
                    fill(project)
                project.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

        build_then_move(path, build)
        return cls.open(path, full_check=False, backup_now=False, backups_kept=backups_kept,
                        coder=coder)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, readonly: bool = False,
             backups_kept: int = backup.DEFAULT_KEEP, full_check: bool = True,
             backup_now: bool = True, coder: str = "", password: str | None = None,
             force_unlock: bool = False) -> Project:
        """Open (lock, check, migrate) the project at `path`.

        `coder` names who works in this session: every coding, memo, verdict and
        summary written without an explicit coder is stamped with it, and writing one
        with no coder at all is refused (`require_coder`). `set_coder` switches it.
        An encrypted project needs its `password` (`PasswordRequired` without one,
        `WrongPassword` with a wrong one; see `storage.encryption`).

        The file is checked on a read-only connection before anything is written, so a
        refused file is left byte for byte as it was. The check is SQLite's
        `integrity_check` plus the schema the migrations made; with `full_check=False`
        it is the much faster `quick_check` (structure without index contents), and the
        caller is expected to run `integrity_problems()` in the background (the GUI
        does). The rotating backup is made before the first write (not by reading), or,
        with `backup_now=False`, left to the caller, who makes it with `make_backup()`,
        typically on a `reader()` in the background (the GUI does); the backup before a
        schema upgrade is always made first. Only the newest `backups_kept` backups are
        kept (the GUI and CLI pass the per-machine setting). `force_unlock` takes over a
        lock left by another computer (see `storage.lock`).
        """
        path = Path(path)
        if not create:
            check_path(path)
        lock = None if readonly else ProjectLock(path)
        if lock:
            lock.acquire(force=force_unlock)
        project = None
        try:
            key = key_for(path, password)
            if not create:
                check_file(path, full_check, writing=not readonly, key=key)
            project = cls(path, connect(path, readonly, key), lock, backups_kept, coder, key)
            if not readonly:
                project._upgrade(create, backup_now)
                project.typing.recover()
        except BaseException:
            if project is not None:
                project.db.close()
            if lock:
                lock.release()
            raise
        return project

    def _upgrade(self, created: bool, backup_now: bool) -> None:
        keep = self.backups_kept
        if created:
            migrations.apply(self.db)
            return
        if pending_count(self.db) > 0:
            self.make_backup(max(keep, 1), reason="before-upgrade")
            migrations.apply(self.db)
        if schema_version(self.db) > SCHEMA_VERSION:
            raise ProjectFileError.of(messages.PROJECT_NEWER, name=self.path.name)
        self._backup_pending = backup_now and keep > 0

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

    def make_backup(self, keep: int | None = None, reason: str = "",
                    publish: bool = True) -> Path | None:
        """Copy the project into its rotating backups (see `storage.backup`) now.

        Safe on a `reader()` in another thread: the backup API copies a consistent
        snapshot while the main connection goes on writing. With `publish=False` the
        checked copy is returned unnamed, for `adopt_backup` (the app's way: copied in
        the background at opening, kept only if something is changed).
        """
        keep = keep if keep is not None else self.backups_kept
        self.typing.settle()
        made = backup.make_backup(self.db.conn, self.path, keep, reason=reason,
                                  publish=publish, **self._backup_options())
        self._backup_pending = False  # only once made: a failed backup is tried again
        return made

    def adopt_backup(self, unfinished: Path) -> None:
        """Keep a backup made with `publish=False`: named now if the project was changed
        already, else at the first change; deleted at close if nothing changed."""
        self._unpublished = unfinished
        if self.written:
            self._publish_backup()

    def _publish_backup(self) -> None:
        unfinished, self._unpublished = self._unpublished, None
        backup.publish_backup(unfinished, self.path, self.backups_kept)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees one state of the file (one read transaction), however
        much other connections write meanwhile. Exporters read through this."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.execute("COMMIT")

    def _backup_options(self) -> dict:
        """A backup is encrypted like the project and gets its file permissions."""
        try:
            mode = self.privacy.file_mode()
        except encryption.database_errors():  # no settings table yet
            mode = None
        return {"password": self._password, "mode": mode}

    @property
    def encrypted(self) -> bool:
        return self._password is not None

    @property
    def key(self) -> str | None:
        """The raw key of an encrypted project (None when plain): opens the project's
        own copies (a coder's handout) without asking the password again."""
        return self._password

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
            self.typing.settle()
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def reader(self) -> Project:
        """A second, read-only connection for background work in another thread. Made
        on the project's own thread, the typing is laid into the text first, so the
        reader sees all of it (a worker that makes its own reader gets the text as last
        laid: `gui.jobs.run_on_reader` lays it before starting the worker)."""
        if self.typing.on_own_thread():
            self.typing.settle()
        return Project(self.path, connect(self.path, True, self._password), None,
                       self.backups_kept, self.coder, self._password)

    def close(self) -> None:
        if self._unpublished is not None:  # nothing was changed: no new backup
            self._unpublished.unlink(missing_ok=True)
            self._unpublished = None
        # on failure the log stays in the file, and the next opening lays it
        with contextlib.suppress(sqlite3.Error, OSError, TelaahError):
            self.typing.settle()
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
        if self._backup_pending:
            self.make_backup()
        if self._unpublished is not None:
            self._publish_backup()
        self.written = True
        change = Change(label, origin=origin)
        act = Action(self.db, change, journal=journal)
        self._action = act
        try:
            with self.db.atomic():
                yield act
        except (sqlite3.Error, OSError) as error:
            self.typing.reload()
            problem = as_telaah_error(error, self.path)
            if problem is None:
                raise
            raise problem from None
        except BaseException:
            self.typing.reload()
            raise
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
            replay(act, change, backwards=backwards, edit_text=self.sources.edit_in)
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

    def damage_problems(self) -> list[str]:
        """Damage the integrity check misses: a table, index or trigger the migrations
        made is missing, or a row cannot be read (text that is not UTF-8)."""
        return schema_problems(self.db.conn) + unreadable_problems(self.db.conn)

    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity check; an empty list when the file is sound (a page
        of an encrypted file that fails its HMAC is a problem too, not an error)."""
        try:
            rows = self.db.execute("PRAGMA integrity_check").fetchall()
        except encryption.database_errors() as error:
            return [str(error)]
        return [] if rows == [("ok",)] else [str(r[0]) for r in rows]
