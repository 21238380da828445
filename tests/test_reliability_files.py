"""Issue 12, defects of files: exports over the project, backups and restore, damaged and
foreign files, projects built under a temporary name (one test or more per defect)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import run
from importers.demo import write_demo
from storage import Project, ProjectFileError, TelaahError
from storage.backup import list_backups
from storage.lock import lock_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "p.telaah"
    write_demo(path).close()
    return path


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "internal error" not in err
    return err


# -- 1. exporting onto the project --------------------------------------------------------

@pytest.mark.parametrize("fmt", ["xlsx", "qdpx", "docx", "qdc"])
@pytest.mark.parametrize("target", ["p.telaah", "p.telaah-wal", "p.telaah.lock",
                                    "backups/p-20250101-000000-000000.telaah", "other.telaah"])
def test_export_refuses_the_project_and_its_files(demo, capsys, content_of, fmt, target):
    (demo.parent / "backups").mkdir(exist_ok=True)
    before = content_of(demo)
    assert run(["export", str(demo), "--format", fmt, "--output",
                str(demo.parent / target)]) == 2
    assert "Telaah project file" in one_line_error(capsys)
    assert content_of(demo) == before
    assert not (demo.parent / target).exists() or target == "p.telaah"


# -- 4. restore after a crash that left a WAL ------------------------------------------------

def _crash_after_writes(path: Path) -> None:
    """A real process that writes and dies without closing: it leaves p.telaah-wal."""
    script = (f"import os; from storage import Project\n"
              f"p = Project.open({str(path)!r}, backups_kept=0)\n"
              f"for i in range(30): p.participants.add_group(f'Crash {{i}}')\n"
              f"os._exit(0)\n")
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True)


def test_restore_after_a_crash_ignores_the_stale_wal(demo, capsys, content_of):
    with Project.open(demo) as project:
        project.participants.add_group("Before backup")  # makes the backup first
    backup = list_backups(demo)[-1]
    backed_up = content_of(backup)
    _crash_after_writes(demo)
    assert Path(f"{demo}-wal").stat().st_size > 0
    assert run(["restore", str(demo), backup.name]) == 0
    assert "Restored" in capsys.readouterr().out
    assert not Path(f"{demo}-wal").exists() and not lock_path(demo).exists()
    assert content_of(demo) == backed_up
    with Project.open(demo) as project:
        assert project.integrity_problems() == []
    kept = [p for p in list_backups(demo) if "before-restore" in p.name]
    assert len(kept) == 1  # the crashed state, with its 30 groups, is kept
    names = {r[1] for r in content_of(kept[0])["groups"]}
    assert b"Crash 29" in names


def test_backups_lists_time_size_counts_and_integrity(demo, capsys):
    with Project.open(demo) as project:
        project.make_backup()
    assert run(["backups", str(demo), "--json"]) == 0
    import json

    (row,) = json.loads(capsys.readouterr().out)
    assert set(row) >= {"time", "size", "counts", "integrity"}
    assert row["integrity"] == "ok" and row["counts"]["sources"] == 12 and row["size"] > 0


def test_restore_refuses_a_bad_backup_and_changes_nothing(demo, capsys, content_of):
    bad = demo.parent / "backups" / "p-20250101-000000-000000.telaah"
    bad.parent.mkdir()
    shutil.copy(demo, bad)
    with open(bad, "r+b") as stream:
        stream.truncate(bad.stat().st_size // 2)
    before = content_of(demo)
    assert run(["restore", str(demo), str(bad)]) == 2
    assert "not a good backup" in one_line_error(capsys)
    assert content_of(demo) == before


# -- 5. interrupted backups ----------------------------------------------------------------

def test_unfinished_backup_is_never_listed_counted_or_kept(demo):
    folder = demo.parent / "backups"
    folder.mkdir()
    leftover = folder / "p-20250101-000000-000000.telaah-unfinished"
    leftover.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert list_backups(demo) == []
    with Project.open(demo) as project:
        made = project.make_backup(keep=1)
    assert list_backups(demo) == [made] and not leftover.exists()


# -- 6. backups of similarly named projects -------------------------------------------------

def test_opening_one_project_never_prunes_another_ones_backups(tmp_path):
    study, dated = tmp_path / "study.telaah", tmp_path / "study-20250101.telaah"
    for path in (study, dated):
        Project.create(path).close()
        for number in range(3):
            with Project.open(path, backups_kept=3) as project:
                project.participants.add_group(f"G{number}")
    for _ in range(10):
        with Project.open(study, backups_kept=1) as project:
            project.participants.add_group(f"S{_}")
    assert len(list_backups(dated)) == 3
    assert len(list_backups(study)) == 1
    assert not set(list_backups(study)) & set(list_backups(dated))


# -- 8. a killed `new`/`demo` leaves nothing that blocks the retry ----------------------------

def test_leftovers_of_a_killed_build_do_not_block_the_retry(tmp_path, capsys):
    path = tmp_path / "d.telaah"
    Path(f"{path}.unfinished").write_bytes(b"half a database")
    Path(f"{path}.unfinished-wal").write_bytes(b"x")
    lock_path(path).write_text("")  # the killed process's (empty) lock
    assert run(["demo", str(path)]) == 0
    assert not Path(f"{path}.unfinished").exists() and not lock_path(path).exists()
    with Project.open(path) as project:
        assert project.sources.count() == 12


def test_a_failing_build_leaves_no_file(tmp_path):
    path = tmp_path / "n.telaah"

    def fail(project):
        project.participants.add_group("half")
        raise TelaahError("stop")

    with pytest.raises(TelaahError, match="stop"):
        Project.create(path, fill=fail)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# -- 9. damage is detected, named, and points to the backup ------------------------------------

def test_damaged_text_is_found_by_check_and_export_names_the_backup(demo, capsys):
    with Project.open(demo) as project:
        good = project.make_backup()
    conn = sqlite3.connect(demo)
    conn.execute("UPDATE memos SET body = CAST(x'41ff42' AS TEXT) WHERE id = 2")
    conn.commit()
    conn.close()
    assert run(["check", str(demo)]) == 1
    out = capsys.readouterr().out
    assert "is damaged" in out and good.name in out and "python main.py restore" in out
    assert run(["export", str(demo), "--format", "xlsx", "-o", str(demo.parent / "x.xlsx")]) == 2
    err = one_line_error(capsys)
    assert "is damaged" in err and good.name in err


def test_truncated_file_is_damaged_not_foreign(demo, capsys):
    with Project.open(demo) as project:
        good = project.make_backup()
    with open(demo, "r+b") as stream:
        stream.truncate(demo.stat().st_size // 3)
    assert run(["info", str(demo)]) == 2
    err = one_line_error(capsys)
    assert "is damaged" in err and good.name in err and "not a Telaah project" not in err


# -- 11. refused opens do not write --------------------------------------------------------------

def test_refused_files_are_left_byte_for_byte(tmp_path):
    empty = tmp_path / "empty.telaah"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.telaah"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(ProjectFileError, match="empty"):
        Project.open(empty)
    with pytest.raises(ProjectFileError, match="not a Telaah project"):
        Project.open(foreign)
    assert empty.read_bytes() == b"" and foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.telaah", "foreign.telaah"]


# -- 12. a missing table ------------------------------------------------------------------------

def test_missing_table_is_reported_and_the_project_refused(demo, capsys, tmp_path):
    conn = sqlite3.connect(demo)
    conn.execute("DROP TABLE key_quotes")
    conn.commit()
    conn.close()
    note = tmp_path / "n.txt"
    note.write_text("catatan")
    assert run(["import", str(demo), str(note), "--kind", "document"]) == 2
    assert "table key_quotes is missing" in one_line_error(capsys)
    assert run(["check", str(demo)]) == 2
    assert "is damaged" in one_line_error(capsys)


# -- 13. leftovers of killed exports ---------------------------------------------------------------

def test_unfinished_export_of_a_dead_process_is_removed_by_the_next(demo, tmp_path, capsys):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    leftover = tmp_path / f"r.xlsx.unfinished-export-{dead}-abc123.part"
    leftover.write_bytes(b"half")
    assert run(["export", str(demo), "--format", "xlsx", "-o", str(tmp_path / "r.xlsx")]) == 0
    assert not leftover.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


# -- 16. reading does not back up ---------------------------------------------------------------

def test_reading_commands_make_no_backup_and_the_first_write_does(demo, capsys, tmp_path):
    for command in (["info", str(demo)], ["check", str(demo)], ["backups", str(demo)]) * 4:
        assert run(command) in (0, 1)
    assert list_backups(demo) == []
    note = tmp_path / "n.txt"
    note.write_text("catatan")
    assert run(["import", str(demo), str(note), "--kind", "document"]) == 0
    (backup,) = list_backups(demo)
    assert len(Project.open(backup, readonly=True).sources.list()) == 12
