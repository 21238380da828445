"""The one background-job helper: results, cancel, and the reader connection."""

from __future__ import annotations

import threading

import pytest
from shiboken6 import isValid

from gui import jobs
from storage.progress import Cancelled


@pytest.fixture
def synchronous():
    jobs.set_synchronous(True)
    yield
    jobs.set_synchronous(False)


def test_a_job_cancelled_after_its_work_delivers_cancelled_not_the_result(synchronous):
    done, failed = [], []

    def work(progress):
        job.cancelled = True  # the user pressed Cancel as the work finished
        return "result"

    job = jobs.Job(work)
    job.signals.done.connect(done.append)
    job.signals.failed.connect(lambda error, _trace: failed.append(error))
    job.run()
    assert done == [] and isinstance(failed[0], Cancelled)


def test_run_on_reader_opens_and_closes_the_reader_in_the_worker(qtbot, project):
    seen, results = {}, []

    def work(reader, progress):
        seen["thread"] = threading.get_ident()
        seen["reader"] = reader
        return reader.sources.count()

    jobs.run_on_reader(project, work, results.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results == [0] and seen["thread"] != threading.get_ident()
    assert seen["reader"].readonly
    with pytest.raises(Exception, match="closed"):
        seen["reader"].db.execute("SELECT 1")


def test_a_job_finishing_after_its_window_is_gone_ends_quietly(qtbot, capfd):
    from PySide6.QtWidgets import QWidget

    release, called = threading.Event(), []
    window = QWidget()
    job = jobs.run_job(lambda progress: release.wait(10) and "late", called.append,
                       called.append, parent=window, show_progress=False)
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window), timeout=5000)
    release.set()
    assert jobs.wait_for_jobs()
    qtbot.wait(50)  # let the queued result arrive
    assert called == [] and job not in jobs._running
    assert "Error calling Python override" not in capfd.readouterr().err


def test_closing_the_window_cancels_and_waits_for_running_jobs(qtbot):
    from gui.app import build_window

    window = build_window(features=[])
    qtbot.addWidget(window)
    started, results = threading.Event(), []

    def long_work(progress):
        started.set()
        while progress(0, 0):  # until cancelled
            threading.Event().wait(0.01)
        return "never"

    jobs.run_job(long_work, results.append, results.append, parent=window,
                 show_progress=False)
    assert started.wait(5)
    window.close()
    assert jobs.pool().activeThreadCount() == 0
    qtbot.wait(50)
    assert not [r for r in results if r == "never"]
