"""Issue 12's rules hold for an encrypted project (issue 13): the backup before the first
write is encrypted and checked, restore takes the same key or refuses clearly, the full
check reads the file, and a new project built under a temporary name can be encrypted."""

from __future__ import annotations

import pytest

from cli.main import run
from storage import Project, backup
from storage.encryption import SQLITE_HEADER, PasswordRequired, WrongPassword, change_password
from storage.restore import restore_backup

SECRET = "Bu Ratna Wulandari menerima amplop."


@pytest.fixture
def encrypted(tmp_path):
    path = tmp_path / "study.telaah"
    with Project.create(path, title="Studi", coder="Tester") as project:
        project.sources.add("interview", "Pertama", SECRET)
    change_password(path, None, "sandi")
    return path


def test_the_backup_before_the_first_write_is_encrypted(encrypted):
    before = set(backup.list_backups(encrypted))
    with Project.open(encrypted, password="sandi", coder="Tester") as project:
        assert set(backup.list_backups(encrypted)) == before  # reading makes none
        project.sources.add("interview", "Kedua", SECRET)
    made = set(backup.list_backups(encrypted)) - before
    assert len(made) == 1
    copy = made.pop()
    assert not copy.read_bytes().startswith(SQLITE_HEADER)
    assert b"Wulandari" not in copy.read_bytes()
    assert not list(backup.backup_dir(encrypted).glob("*" + backup.UNFINISHED))
    with Project.open(encrypted, password="sandi") as project:
        assert backup.describe_backup(copy, key=project.key).counts["sources"] == 1


def test_restore_of_an_encrypted_backup_needs_the_key(encrypted):
    with Project.open(encrypted, password="sandi", coder="Tester") as project:
        project.sources.add("interview", "Kedua", SECRET)
    copy = backup.list_backups(encrypted)[-1]
    original = encrypted.read_bytes()
    with pytest.raises(PasswordRequired):
        restore_backup(encrypted, copy)
    with pytest.raises(WrongPassword):
        restore_backup(encrypted, copy, password="salah")
    assert encrypted.read_bytes() == original  # refused: the project untouched
    result = restore_backup(encrypted, copy, password="sandi")
    assert result.restored.ok and result.restored.counts["sources"] == 1
    with Project.open(encrypted, password="sandi") as project:
        assert project.sources.count() == 1


def test_cli_check_backups_and_restore_read_the_password(encrypted, monkeypatch, capsys):
    monkeypatch.setenv("TELAAH_PASSWORD", "sandi")
    assert run(["info", str(encrypted)]) == 0  # a reading command
    with Project.open(encrypted, password="sandi", coder="Tester") as project:
        project.sources.add("interview", "Kedua", SECRET)
    assert run(["check", str(encrypted)]) == 0
    assert run(["backups", str(encrypted)]) == 0
    assert "integrity: ok" in capsys.readouterr().out
    copy = backup.list_backups(encrypted)[-1]
    assert run(["restore", str(encrypted), copy.name]) == 0
    monkeypatch.delenv("TELAAH_PASSWORD")
    with Project.open(encrypted, password="sandi") as project:
        assert project.sources.count() == 1
