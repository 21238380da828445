"""The foundation commands: exit codes, one-line errors, JSON shapes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cli.main import run
from storage import Project

ROOT = Path(__file__).resolve().parent.parent


def cli(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_participant_import_info_check(tmp_path, capsys):
    path = tmp_path / "s.telaah"
    assert cli(capsys, "new", path, "--title", "Uji", "--framework", "ag2008",
               "--framework", "deseve2007")[0] == 0
    assert cli(capsys, "participant", "add", path, "P01", "--group", "Pemilik UMKM",
               "--name", "Sari", "--organisation", "Batik Sari", "--role", "Pemilik")[0] == 0
    code, out, _ = cli(capsys, "participant", "list", path, "--json")
    assert code == 0 and json.loads(out) == [{
        "code": "P01", "name": "Sari", "group": "Pemilik UMKM", "organisation": "Batik Sari",
        "role": "Pemilik", "consent_status": "pending", "group_en": "UMKM owner"}]
    note = tmp_path / "obs.txt"
    note.write_text("Catatan observasi pameran.", encoding="utf-8")
    assert cli(capsys, "import", path, note, "--kind", "observation",
               "--participant", "P01", "--date", "2025-05-02")[0] == 0
    code, out, _ = cli(capsys, "info", path, "--json")
    info = json.loads(out)
    assert code == 0
    assert {k: info[k] for k in ("sources", "participants", "segments", "memos")} == {
        "sources": 1, "participants": 1, "segments": 0, "memos": 0}
    assert info["sources_by_kind"] == {"interview": 0, "observation": 1, "document": 0}
    assert info["codes"] > 40 and info["schema_version"] >= 1
    assert cli(capsys, "check", path)[0] == 0


def test_bad_input_exits_2_with_one_line(tmp_path, capsys):
    path = tmp_path / "s.telaah"
    cli(capsys, "new", path)
    cases = [
        ("new", tmp_path / "x.telaah", "--framework", "nope"),
        ("participant", "add", path, "P01", "--group", "Tidak ada"),
        ("import", path, tmp_path / "missing.txt", "--kind", "interview"),
        ("import", path, tmp_path / "missing.txt"),
        ("info", tmp_path / "absent.telaah"),
        ("new", path),
    ]
    for args in cases:
        code, _out, err = cli(capsys, *args)
        assert code == 2, args
        assert err.count("\n") == 1 and "Traceback" not in err, err


def test_locked_project_refused_by_second_process(tmp_path):
    path = tmp_path / "s.telaah"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with Project.create(path, coder="Tester"):
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "participant", "add", str(path), "P09",
             "--group", "Lainnya"], capture_output=True, text=True, env=env, cwd=ROOT)
        # a reading command still works alongside the holder
        info = subprocess.run([sys.executable, str(ROOT / "main.py"), "info", str(path),
                               "--json"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 2
    assert f"pid {os.getpid()}" in result.stderr and "Traceback" not in result.stderr
    assert info.returncode == 0 and json.loads(info.stdout)["participants"] == 0


def test_check_lists_problems_and_exits_1(tmp_path, capsys):
    path = tmp_path / "s.telaah"
    with Project.create(path, frameworks=["ag2008"], coder="Tester") as project:
        sid = project.sources.add("document", "D", "pendek")
        project.segments.add(sid, project.codes.resolve("ag2008.outcomes").id, 0, 6)
    import sqlite3

    conn = sqlite3.connect(path)  # damage it behind Telaah's back
    conn.execute("UPDATE segments SET end_pos = 60")
    conn.commit()
    conn.close()
    code, out, _ = cli(capsys, "check", path)
    assert code == 1 and "outside its source text" in out
