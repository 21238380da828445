"""The one background-job helper: results, cancel, and the reader connection."""

from __future__ import annotations

import threading

import pytest

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
