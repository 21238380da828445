"""One helper for long work off the UI thread: imports, exports, big searches.

`run_job(fn, on_done, on_error, ...)` runs `fn(progress)` on a worker thread of a
one-thread pool (so database work is serialised) and delivers the result or the error
to callbacks on the GUI thread. `progress(done, total, text)` (`storage.progress`)
reports progress and returns False once the user cancelled; the core's long jobs then
raise `storage.progress.Cancelled`, and a job cancelled after `fn` returned delivers
`Cancelled` too, never its result: `on_done` only runs for work the user still wants.
`fn` must work on plain data, never on widgets; `run_on_reader(project, fn, ...)` runs
`fn(reader, progress)` on a second, read-only connection opened and closed inside the
worker (the project's own connection belongs to the GUI thread).
A job whose `parent` widget is gone when it finishes ends quietly (its callbacks are
not called), and `cancel_all()` + `wait_for_jobs()` is what quitting does, so no job
outlives the window. Finished jobs are kept until the pool is idle, so their signal
object is never deleted while the worker is still emitting from it.
Tests can make the pool synchronous with `set_synchronous(True)`.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from storage.progress import Cancelled, Progress

_pool: QThreadPool | None = None
_synchronous = False
_running: set[Job] = set()
_retired: list[Job] = []  # finished, kept alive until the worker has left their run()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)


class Job(QRunnable):
    """A unit of background work; create through `run_job`."""

    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()
        self.cancelled = False

    def report(self, done: int, total: int, text: str = "") -> bool:
        self._emit("progressed", done, total, text)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.fn(self.report)
            if self.cancelled:
                raise Cancelled()
        except Exception as error:  # delivered to on_error on the GUI thread
            self._emit("failed", error, traceback.format_exc())
            return
        self._emit("done", result)

    def _emit(self, name: str, *args) -> None:
        """Emit unless the signal object is gone (the application is shutting down)."""
        if not isValid(self.signals):
            return
        with suppress(RuntimeError):  # deleted between the check and the emit: nobody listens
            getattr(self.signals, name).emit(*args)


def run_job(fn: Callable[[Progress], Any], on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None], *, parent: QWidget | None = None,
            title: str = "", show_progress: bool = True) -> Job:
    """Start `fn` in the background; callbacks run on the GUI thread."""
    job = Job(fn)
    dialog = _progress_dialog(job, parent, title) if show_progress and parent else None

    def finish(callback, *args) -> None:
        _running.discard(job)
        _retired.append(job)
        if dialog is not None and isValid(dialog):
            dialog.close()
        if parent is not None and not isValid(parent):
            return  # the window or panel that wanted the result has gone: end quietly
        callback(*args)

    job.signals.done.connect(lambda result: finish(on_done, result))
    job.signals.failed.connect(lambda error, _trace: finish(on_error, error))
    _running.add(job)
    if not _synchronous and pool().activeThreadCount() == 0:
        _retired.clear()
    if _synchronous:
        job.run()
    else:
        pool().start(job)
    return job


def run_on_reader(project, fn: Callable[[Any, Progress], Any],
                  on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                  **options) -> Job:
    """`run_job` of `fn(reader, progress)` on a read-only second connection to `project`,
    opened and closed inside the worker (options as for `run_job`). Typing not yet laid
    into the text is laid first, here on the project's own thread, so the reader sees
    all of it."""
    project.typing.settle()

    def work(progress):
        reader = project.reader()
        try:
            return fn(reader, progress)
        finally:
            reader.close()

    return run_job(work, on_done, on_error, **options)


def _progress_dialog(job: Job, parent: QWidget, title: str) -> QProgressDialog:
    dialog = QProgressDialog(title, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)

    def show(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def cancel() -> None:
        job.cancelled = True

    job.signals.progressed.connect(show)
    dialog.canceled.connect(cancel)
    return dialog


def cancel_all() -> None:
    """Ask every running job to stop (their work raises `Cancelled` at the next report)."""
    for job in list(_running):
        job.cancelled = True


def wait_for_jobs(msecs: int = 30000) -> bool:
    """Block until the pool is idle (used on close and in tests)."""
    idle = pool().waitForDone(msecs)
    if idle:
        _retired.clear()
    return idle
