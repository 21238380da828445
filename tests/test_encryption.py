"""Issue 13, point 10: an optional project password encrypts the file, WAL and backups."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from cli.main import run
from storage import Project, backup
from storage.encryption import (
    SQLITE_HEADER,
    PasswordRequired,
    WrongPassword,
    change_password,
    is_encrypted,
)
from storage.errors import ProjectFileError, ProjectLockedError

SECRET = "Rahasia: Bu Ratna Wulandari menerima amplop."


@pytest.fixture
def plain_path(tmp_path):
    path = tmp_path / "study.telaah"
    with Project.create(path, title="Studi", frameworks=["ag2008"]) as project:
        project.sources.add("interview", "Wawancara", SECRET)
    return path


def _files(path):
    return [path, *path.parent.glob(path.name + "-*"), *backup.list_backups(path)]


def test_setting_a_password_encrypts_the_file_and_its_backups(plain_path):
    Project.open(plain_path).close()  # a plain backup exists before the password
    change_password(plain_path, None, "kata sandi")
    with Project.open(plain_path, password="kata sandi") as project:
        assert project.sources.list()[0].title == "Wawancara"
        project.sources.add("interview", "Kedua", SECRET)  # written to the WAL
        with project.reader() as reader:
            assert reader.sources.count() == 2
        files = _files(plain_path)
        assert any(f.name.endswith("-wal") for f in files) and backup.list_backups(plain_path)
        for file in files:
            data = file.read_bytes()
            assert not data.startswith(SQLITE_HEADER), file.name
            assert b"Wulandari" not in data and b"amplop" not in data, file.name


def test_a_missing_or_wrong_password_is_a_clear_error(plain_path):
    change_password(plain_path, None, "benar")
    with pytest.raises(PasswordRequired, match="is encrypted; give its password"):
        Project.open(plain_path)
    with pytest.raises(WrongPassword, match="encrypted and the password is wrong"):
        Project.open(plain_path, password="salah")
    with pytest.raises(WrongPassword):
        change_password(plain_path, "salah", "baru")
    with Project.open(plain_path, password="benar") as project:
        assert project.sources.count() == 1


def test_change_and_remove_the_password(plain_path):
    change_password(plain_path, None, "satu")
    change_password(plain_path, "satu", "dua")
    with pytest.raises(WrongPassword):
        Project.open(plain_path, password="satu")
    Project.open(plain_path, password="dua").close()
    change_password(plain_path, "dua", None)
    assert not is_encrypted(plain_path)
    for file in [plain_path, *backup.list_backups(plain_path)]:
        with sqlite3.connect(file) as conn:  # plain SQLite again, backups too
            assert conn.execute("SELECT count(*) FROM sources").fetchone() == (1,)


def test_the_password_cannot_change_while_the_project_is_open(plain_path):
    with Project.open(plain_path), pytest.raises(ProjectLockedError):
        change_password(plain_path, None, "x")
    assert not is_encrypted(plain_path)


def test_the_password_command_reads_the_environment_only(plain_path, monkeypatch, capsys):
    monkeypatch.setenv("TELAAH_PASSWORD", "lama")
    assert run(["password", str(plain_path), "--set"]) == 0
    assert "now encrypted" in capsys.readouterr().out and is_encrypted(plain_path)
    assert run(["info", str(plain_path), "--json"]) == 0
    assert '"sources": 1' in capsys.readouterr().out
    monkeypatch.setenv("TELAAH_NEW_PASSWORD", "baru")
    assert run(["password", str(plain_path), "--change"]) == 0
    assert run(["info", str(plain_path)]) == 2
    assert "password is wrong" in capsys.readouterr().err
    monkeypatch.setenv("TELAAH_PASSWORD", "baru")
    assert run(["password", str(plain_path), "--remove"]) == 0
    assert not is_encrypted(plain_path)
    assert run(["password", str(plain_path), "--remove"]) == 2
    assert "has no password" in capsys.readouterr().err


def test_no_password_and_no_terminal_is_a_one_line_error(plain_path, monkeypatch, capsys):
    change_password(plain_path, None, "x")
    monkeypatch.delenv("TELAAH_PASSWORD", raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": (_ for _ in ()).throw(EOFError))
    assert run(["info", str(plain_path)]) == 2
    assert "no password given" in capsys.readouterr().err


def test_a_backup_made_on_a_reader_is_encrypted_too(plain_path):
    """The GUI backs up on a second connection while the first one writes."""
    change_password(plain_path, None, "sandi")
    with Project.open(plain_path, password="sandi", backup_now=False) as project, \
            project.reader() as reader:
        copy = reader.make_backup()
        project.sources.add("interview", "Sambil jalan", SECRET)
    assert not copy.read_bytes().startswith(SQLITE_HEADER)
    assert b"Wulandari" not in copy.read_bytes()
    with Project.open(copy, readonly=True, password="sandi") as opened:
        assert opened.sources.count() == 1


def test_a_damaged_or_foreign_file_is_not_taken_for_an_encrypted_one(tmp_path):
    text = tmp_path / "notes.telaah"
    text.write_bytes(b"this is not sqlite at all" * 4096)  # whole pages, but text
    odd = tmp_path / "odd.telaah"
    odd.write_bytes(bytes(range(256)) * 21)  # binary, not whole pages
    assert not is_encrypted(text) and not is_encrypted(odd)
    for path in (text, odd):
        with pytest.raises(ProjectFileError, match="not a Telaah project"):
            Project.open(path)


def test_a_rewritten_file_keeps_the_project_file_permissions(plain_path):
    os.chmod(plain_path, 0o600)
    change_password(plain_path, None, "x")
    assert stat.S_IMODE(os.stat(plain_path).st_mode) == 0o600
    change_password(plain_path, "x", None)
    assert stat.S_IMODE(os.stat(plain_path).st_mode) == 0o600


def test_a_damaged_page_of_an_encrypted_project_is_found(tmp_path):
    path = tmp_path / "damaged.telaah"
    with Project.create(path, title="Studi") as project:
        project.sources.add("interview", "Panjang", SECRET * 2000)   # many pages of text
        project.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    change_password(path, None, "kunci")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096 + 100
    data[middle:middle + 16] = bytes(16)               # one page no longer authenticates
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectFileError):
        Project.open(path, password="kunci")            # the full check walks every page
    with Project.open(path, password="kunci", full_check=False, readonly=True) as project:
        assert project.integrity_problems()             # what the app runs in the background
