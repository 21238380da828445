"""Cancel means one thing: every long job raises `Cancelled` and leaves nothing behind."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from refi_tool_files import atlas_84_like

from importers.refi import new_project_from_refi
from importers.text_files import import_files, read_files
from storage.progress import Cancelled, report
from storage.search import search


def _stop_at(n):
    return lambda done, total, text="": done < n


def _files(tmp_path, count):
    paths = []
    for n in range(count):
        path = tmp_path / f"w{n}.txt"
        path.write_text(f"Teks wawancara {n} tentang kepercayaan.", encoding="utf-8")
        paths.append(path)
    return paths


def test_report_raises_only_when_told_to_stop():
    report(None, 1, 2)
    report(lambda *a: True, 1, 2, "x")
    report(lambda *a: None, 1, 2)  # a callback that returns nothing does not cancel
    with pytest.raises(Cancelled) as raised:
        report(lambda *a: False, 1, 2)
    assert "nothing was written" in raised.value.message


def _rows(project) -> dict[str, list]:
    """Every row of every table of the project file."""
    return {table: list(project.db[table].rows) for table in project.db.table_names()}


def test_a_cancelled_text_import_stores_nothing(project, tmp_path):
    paths = _files(tmp_path, 5)
    before = _rows(project)
    with pytest.raises(Cancelled):  # the user cancels while file 3 of 5 is read
        import_files(project, paths, "interview", progress=_stop_at(2))
    assert _rows(project) == before and project.sources.count() == 0
    with pytest.raises(Cancelled):
        read_files(paths, _stop_at(4))
    assert len(read_files(paths, _stop_at(5))) == 5


def test_a_cancelled_search_gives_no_partial_hits(project, tmp_path):
    import_files(project, _files(tmp_path, 3), "interview")
    assert len(search(project, "kepercayaan")) == 3
    with pytest.raises(Cancelled):
        search(project, "kepercayaan", progress=_stop_at(1))


def test_a_cancelled_refi_project_leaves_no_file(tmp_path):
    source = atlas_84_like(tmp_path / "atlas.qdpx")
    target = tmp_path / "new.telaah"
    for stop in (0, 1, 2):
        with pytest.raises(Cancelled):
            new_project_from_refi(target, source, progress=_stop_at(stop))
        assert sorted(p.name for p in tmp_path.iterdir()) == ["atlas.qdpx"]
    project, _summary = new_project_from_refi(target, source, progress=_stop_at(3))
    project.close()
    assert target.is_file()


def test_the_project_connection_belongs_to_its_thread(project):
    errors = []

    def elsewhere():
        try:
            project.db.execute("SELECT 1").fetchone()
        except sqlite3.ProgrammingError as error:
            errors.append(error)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert len(errors) == 1 and "thread" in str(errors[0])
