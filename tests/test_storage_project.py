"""The project file: round trips on real files, locking, backups, integrity, migrations."""

from __future__ import annotations

import json
import os
import socket
import sqlite3

import pytest
from sqlite_utils import Database

from storage import Project, ProjectFileError, ProjectLockedError, TelaahError
from storage.backup import list_backups
from storage.lock import lock_path
from storage.schema import SCHEMA_VERSION, migrations
from storage.search import search


def _fill(project: Project) -> dict:
    group = project.participants.resolve_group("Instansi pemerintah")
    pid = project.participants.add("P01", name="Ratna Sari", group_id=group,
                                   organisation="Dinas Koperasi", role="Kabid")
    sid = project.sources.add("interview", "Wawancara P01", "Kami rapat tiap bulan 🙏.",
                              participant_ids=[pid], date="2025-03-12", place="Kantor Dinas",
                              interviewer="Peneliti", duration_minutes=45)
    code = project.codes.resolve("ag2008.process.face_to_face_dialogue")
    seg = project.segments.add(sid, code.id, 5, 21, valence="contradicts", memo="rutin?")
    memo = project.memos.add("segment", seg, "Catatan", "Perlu dicek ke notulen.")
    custom = project.codes.add("Language barrier", "Kendala bahasa", color="#123456")
    return {"pid": pid, "sid": sid, "seg": seg, "memo": memo, "custom": custom}


def test_round_trip_survives_reopening(tmp_path):
    path = tmp_path / "study.telaah"
    with Project.create(path, title="Studi", frameworks=["ag2008"], coder="Tester") as project:
        ids = _fill(project)
    with Project.open(path, coder="Tester") as project:
        source = project.sources.get(ids["sid"])
        assert source.text == "Kami rapat tiap bulan 🙏."
        assert (source.date, source.place, source.duration_minutes) == (
            "2025-03-12", "Kantor Dinas", 45)
        assert source.participant_ids == [ids["pid"]]
        segment = project.segments.get(ids["seg"])
        assert source.text[segment.start:segment.end] == "rapat tiap bulan"
        assert segment.valence == "contradicts" and segment.memo == "rutin?"
        assert project.memos.get(ids["memo"]).body == "Perlu dicek ke notulen."
        participant = project.participants.get(ids["pid"])
        assert (participant.code, participant.group) == ("P01", "Instansi pemerintah")
        assert project.codes.get(ids["custom"]).label_id == "Kendala bahasa"
        assert project.study.get().frameworks == ["ag2008"]
        assert project.schema_version == SCHEMA_VERSION


def test_every_action_is_committed_before_returning(tmp_path):
    path = tmp_path / "study.telaah"
    with Project.create(path, frameworks=["ag2008"], coder="Tester") as project:
        ids = _fill(project)
        other = sqlite3.connect(path)
        count = other.execute("SELECT COUNT(*) FROM segments").fetchone()[0]
        title = other.execute("SELECT title FROM sources WHERE id = ?", [ids["sid"]]).fetchone()
        other.close()
    assert count == 1 and title == ("Wawancara P01",)


def test_second_process_is_refused_with_holder_named(tmp_path):
    path = tmp_path / "study.telaah"
    with Project.create(path, coder="Tester"), pytest.raises(ProjectLockedError) as error:
        Project.open(path, coder="Tester")
    message = str(error.value)
    assert socket.gethostname() in message and str(os.getpid()) in message


def test_stale_lock_of_dead_process_is_taken_over(tmp_path):
    path = tmp_path / "study.telaah"
    Project.create(path, coder="Tester").close()
    lock_path(path).write_text(json.dumps({"host": socket.gethostname(), "pid": 2 ** 22 + 7,
                                           "since": "2025-01-01T00:00:00"}))
    with Project.open(path, coder="Tester") as project:
        assert project.sources.count() == 0
        assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    assert not lock_path(path).exists()


def test_first_write_after_open_makes_rotating_backups(tmp_path):
    path = tmp_path / "study.telaah"
    Project.create(path, title="B", coder="Tester").close()
    for number in range(4):
        with Project.open(path, backups_kept=3, coder="Tester") as project:
            project.participants.add_group(f"G{number}")
            project.participants.add_group(f"H{number}")  # one backup per session
    backups = list_backups(path)
    assert len(backups) == 3
    restored = sqlite3.connect(backups[-1])
    assert restored.execute("SELECT title FROM study").fetchone() == ("B",)
    restored.close()


def test_backup_can_be_left_to_a_reader(tmp_path):
    path = tmp_path / "study.telaah"
    Project.create(path, title="B", coder="Tester").close()
    with Project.open(path, backup_now=False, backups_kept=2, coder="Tester") as project:
        assert list_backups(path) == []
        project.study.update(title="C")
        reader = project.reader()
        made = [reader.make_backup() for _ in range(3)]  # the reader keeps the project's 2
        reader.close()
    assert list_backups(path) == made[1:]
    made = made[-1]
    restored = sqlite3.connect(made)
    assert restored.execute("SELECT title FROM study").fetchone() == ("C",)
    restored.close()


def test_damaged_and_foreign_files_are_refused(tmp_path):
    text = tmp_path / "notes.telaah"
    text.write_text("not a database at all, just words " * 200)
    with pytest.raises(ProjectFileError, match="notes.telaah"):
        Project.open(text, coder="Tester")
    other = tmp_path / "other.telaah"
    sqlite3.connect(other).execute("CREATE TABLE x(y)").connection.commit()
    with pytest.raises(ProjectFileError, match="not a Telaah project"):
        Project.open(other, coder="Tester")
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.open(tmp_path / "missing.telaah", coder="Tester")


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "study.telaah"
    Project.create(path, coder="Tester").close()
    with pytest.raises(TelaahError, match="already exists"):
        Project.create(path, coder="Tester")


def test_project_from_first_schema_is_upgraded_after_backup(tmp_path):
    path = tmp_path / "old.telaah"
    db = Database(path)
    migrations.apply(db, stop_before="0002_fulltext")
    db.execute("INSERT INTO study (id, title, created, modified) VALUES (1, 'Lama', 'x', 'x')")
    db.execute("INSERT INTO sources (guid, kind, title, text, created, modified) VALUES "
               "('g1', 'interview', 'Lama', 'kepercayaan antar mitra', 'x', 'x')")
    db.conn.commit()
    db.close()
    with Project.open(path, coder="Tester") as project:
        assert project.schema_version == SCHEMA_VERSION
        assert project.study.get().title == "Lama"
        assert [hit.source_id for hit in search(project, "kepercayaan")] == [1]
        assert [v.key for v in project.evaluation.verdict_options()][0] == "met"
    assert any("before-upgrade" in p.name for p in list_backups(path))


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.telaah"
    Project.create(path, coder="Tester").close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('telaah', '9999_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectFileError, match="newer Telaah"):
        Project.open(path, coder="Tester")
    Project.open(path, readonly=True).close()
