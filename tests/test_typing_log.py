"""The typing log (`storage.typing`): keystrokes stored at once as small rows, laid into
the text, its segments, pages and full-text index when anything next reads; the same
text and segments as editing directly, undo and redo exact before and after laying, and
nothing lost when the process dies before laying."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storage import Kind, Project
from storage.search import search

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Dinas Koperasi bertemu pelaku UMKM. Kurator memilih produk ekspor ke Paris."


def _pending_rows(project: Project) -> int:
    with project.db.conn.held():               # look at the log without laying it
        return project.db.conn.execute("SELECT count(*) FROM typed_text").fetchone()[0]


@pytest.fixture
def coded(project):
    """A source with three segments: before, around and after position 20."""
    source = project.sources.add("interview", "W1", TEXT)
    code = project.codes.add("Kepercayaan")
    ids = [project.segments.add(source, code, a, b) for a, b in ((0, 5), (15, 30), (36, 43))]
    return project, source, ids


def _spans(project, source):
    return [(s.start, s.end) for s in project.segments.for_source(source)]


def test_typed_keys_are_stored_as_log_rows_and_read_back_laid(coded):
    project, source, _ids = coded
    for n, char in enumerate("baru "):
        project.sources.edit_text(source, 20 + n, 20 + n, char)
    assert _pending_rows(project) == 5
    assert project.sources.text(source) == TEXT[:20] + "baru " + TEXT[20:]
    assert _pending_rows(project) == 0
    assert _spans(project, source) == [(0, 5), (15, 35), (41, 48)]


def test_laid_typing_equals_editing_directly(tmp_path, coded):
    project, source, _ids = coded
    edits = [(20, 20, "a"), (21, 21, "b"), (20, 20, "x"), (22, 23, ""), (2, 2, "Q"),
             (50, 50, "zz"), (51, 52, "Y")]
    for start, end, inserted in edits:
        project.sources.edit_text(source, start, end, inserted)
    expected = TEXT
    for start, end, inserted in edits:
        expected = expected[:start] + inserted + expected[end:]
    assert project.sources.text(source) == expected
    # the same edits written directly, each laid before the next
    other = Project.create(tmp_path / "direct.telaah", coder="Tester")
    try:
        twin = other.sources.add("interview", "W1", TEXT)
        code = other.codes.add("Kepercayaan")
        for a, b in ((0, 5), (15, 30), (36, 43)):
            other.segments.add(twin, code, a, b)
        for start, end, inserted in edits:
            other.sources.edit_text(twin, start, end, inserted)
            other.sources.text(twin)
        assert _spans(other, twin) == _spans(project, source)
    finally:
        other.close()


def test_deleting_stored_text_is_written_directly(coded):
    project, source, _ids = coded
    project.sources.edit_text(source, 20, 20, "ab")
    project.sources.edit_text(source, 0, 6, "")          # stored text: lays first
    assert _pending_rows(project) == 0
    assert project.sources.text(source) == TEXT[6:20] + "ab" + TEXT[20:]
    assert _spans(project, source)[0] == (9, 26)


def test_keystroke_change_is_text_only_and_splices(coded):
    project, source, _ids = coded
    seen = []
    project.subscribe(seen.append)
    project.sources.edit_text(source, 20, 20, "k")
    change = seen[-1]
    assert change.typing_only and change.affects(Kind.SOURCE_TEXT)
    assert [(e.start, e.removed, e.inserted) for e in change.text_splices(source)] == [
        (20, "", "k")]
    assert change.undoable


def test_undo_and_redo_of_keys_before_and_after_laying(coded):
    project, source, _ids = coded
    changes = []
    project.subscribe(changes.append)
    for n, char in enumerate("xyz"):
        project.sources.edit_text(source, 18 + n, 18 + n, char)
    typed = [c for c in changes if c.typing_only]
    project.undo(typed[2])                                # still in the log
    assert project.sources.text(source) == TEXT[:18] + "xy" + TEXT[18:]   # lays here
    project.undo(typed[1])                                # laid already: written directly
    project.undo(typed[0])
    assert project.sources.text(source) == TEXT
    assert _spans(project, source) == [(0, 5), (15, 30), (36, 43)]
    for change in typed:
        project.redo(change)
    assert project.sources.text(source) == TEXT[:18] + "xyz" + TEXT[18:]
    assert _spans(project, source) == [(0, 5), (15, 33), (39, 46)]


def test_full_text_search_and_reader_see_typed_words(coded):
    project, source, _ids = coded
    for n, char in enumerate(" kolaborasi"):
        project.sources.edit_text(source, 35 + n, 35 + n, char)
    reader = project.reader()
    try:
        assert "kolaborasi" in reader.sources.text(source)
    finally:
        reader.close()
    assert [hit.source_id for hit in search(project, "kolaborasi")] == [source]


def test_failed_action_takes_its_keystroke_back(coded):
    project, source, _ids = coded
    project.sources.edit_text(source, 0, 0, "A")
    with pytest.raises(RuntimeError), project.action("Type then fail"):
        project.sources.edit_text(source, 1, 1, "B")
        raise RuntimeError("stop")
    assert project.sources.text(source) == "A" + TEXT


def test_checkpoint_lays_the_typing(coded):
    project, source, _ids = coded
    project.sources.edit_text(source, 0, 0, "A")
    project.checkpoint()
    assert _pending_rows(project) == 0


CRASH = r"""
import os, sys
from storage import Project
project = Project.open(sys.argv[1], coder="Tester")
for n, char in enumerate("TERKETIK"):
    project.sources.edit_text(int(sys.argv[2]), n, n, char)
os._exit(0)   # dies before anything lays the typing
"""


def test_keys_typed_before_a_crash_are_laid_at_the_next_opening(tmp_path):
    path = tmp_path / "crash.telaah"
    with Project.create(path, coder="Tester") as project:
        source = project.sources.add("interview", "W1", TEXT)
        project.segments.add(source, project.codes.add("K"), 0, 5)
    subprocess.run([sys.executable, "-c", CRASH, str(path), str(source)], cwd=ROOT,
                   check=True, timeout=60)
    with Project.open(path, coder="Tester") as project:
        assert project.sources.text(source) == "TERKETIK" + TEXT
        assert _spans(project, source) == [(8, 13)]
        assert _pending_rows(project) == 0


def test_a_reader_made_on_another_thread_leaves_the_typing_alone(coded):
    import threading

    project, source, _ids = coded
    project.sources.edit_text(source, 0, 0, "A")
    made = []
    worker = threading.Thread(target=lambda: made.append(project.reader()))
    worker.start()
    worker.join()
    made[0].close()
    assert project.sources.text(source) == "A" + TEXT     # the keystroke was not lost


def test_rows_a_rollback_brought_back_are_laid_too(coded):
    project, source, _ids = coded
    project.sources.edit_text(source, 0, 0, "A")
    conn = project.db.conn
    conn.execute("SAVEPOINT outer_work")        # some outer work that will roll back
    project.sources.text(source)                # lays "A" inside it
    conn.execute("ROLLBACK TO outer_work")      # ... and the laying is undone
    conn.execute("RELEASE outer_work")
    project.sources.edit_text(source, 1, 1, "B")
    assert project.sources.text(source) == "AB" + TEXT
