"""The `handout`, `merge` and `agreement` commands and the coder on the command line."""

from __future__ import annotations

import json
import sqlite3

import pytest

from cli.main import run
from storage import Project
from tests.team_study import X, build_team_study


@pytest.fixture
def team_path(tmp_path):
    path = tmp_path / "team.telaah"
    build_team_study(path).close()
    return path


def test_writing_coded_data_without_a_coder_is_refused(team_path, capsys, monkeypatch):
    monkeypatch.delenv("TELAAH_CODER", raising=False)
    assert run(["autocode", str(team_path), "--text", "aaaa", "--code", X]) == 2
    assert "No coder is set" in capsys.readouterr().err
    with Project.open(team_path, coder="Lead") as project:
        assert project.segments.count() == 9
    assert run(["autocode", str(team_path), "--text", "aaaa", "--code", X,
                "--coder", "Dewi"]) == 0
    monkeypatch.setenv("TELAAH_CODER", "Eko")
    assert run(["autocode", str(team_path), "--text", "bbbb", "--code", X]) == 0
    with Project.open(team_path, coder="Lead") as project:
        assert {"Dewi", "Eko"} <= project.segments.coders()


def test_agreement_json_and_table(team_path, capsys):
    assert run(["agreement", str(team_path), "--coders", "A", "B", "C", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["coders"] for p in data["pairs"]] == [["A", "B"], ["A", "C"], ["B", "C"]]
    overall = data["pairs"][0]["overall"]
    assert overall["kappa"] == pytest.approx(24 / 29)
    assert data["alpha"]["overall"] == pytest.approx(0.6404)
    assert run(["agreement", str(team_path), "--coders", "A", "B", "--unit", "segment",
                "--overlap", "0.7", "--code", X]) == 0
    out = capsys.readouterr().out
    assert "unit: segment" in out and "70%" in out and X in out


@pytest.mark.parametrize("argv, message", [
    (["--coders", "A"], "two different coders"),
    (["--coders", "A", "B", "--overlap", "1.5"], "between 0 and 1"),
    (["--coders", "A", "B", "--code", "no.such.code"], "no.such.code"),
])
def test_agreement_bad_input_is_one_line(team_path, capsys, argv, message):
    assert run(["agreement", str(team_path), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_handout_then_merge_on_the_command_line(team_path, tmp_path, capsys):
    copy = tmp_path / "dewi.telaah"
    assert run(["handout", str(team_path), "--coder", "Dewi", "--output", str(copy),
                "--without-codings", "--pseudonymize"]) == 0
    assert "Dewi" in capsys.readouterr().out
    with Project.open(copy, coder="Dewi") as project:
        source = project.sources.list()[0]
        project.segments.add(source.id, project.codes.resolve(X).id, 0, 20)
    assert run(["merge", str(team_path), str(copy), "--dry-run", "--json"]) == 0
    planned = json.loads(capsys.readouterr().out)
    assert planned["dry_run"] and planned["copies"][0]["segments"] == 1
    assert run(["merge", str(team_path), str(copy)]) == 0
    assert "Merged" in capsys.readouterr().out
    assert run(["merge", str(team_path), str(copy), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changed"] is False


def test_handout_of_chosen_sources_by_title_or_id(team_path, tmp_path):
    copy = tmp_path / "s1.telaah"
    assert run(["handout", str(team_path), "--coder", "Eko", "--output", str(copy),
                "--sources", "S1"]) == 0
    with Project.open(copy, coder="Eko") as project:
        assert [s.title for s in project.sources.list()] == ["S1"]
    assert run(["handout", str(team_path), "--coder", "Eko", "--output",
                str(tmp_path / "x.telaah"), "--sources", "Nope"]) == 2


def test_a_copy_made_by_a_newer_telaah_is_refused(team_path, tmp_path, capsys):
    copy = tmp_path / "newer.telaah"
    assert run(["handout", str(team_path), "--coder", "Dewi", "--output", str(copy)]) == 0
    with sqlite3.connect(copy) as db:
        db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                   "VALUES ('telaah', '9999_future', '2030-01-01')")
    capsys.readouterr()
    assert run(["merge", str(team_path), str(copy)]) == 2
    err = capsys.readouterr().err
    assert "newer.telaah: cannot be merged" in err and "newer Telaah" in err
    assert len(err.strip().splitlines()) == 1


def test_merge_with_an_unknown_choice_is_refused(team_path, tmp_path, capsys):
    assert run(["merge", str(team_path), str(team_path), "--take", "x=maybe"]) == 2
    assert "not a choice" in capsys.readouterr().err


def test_merge_lists_and_applies_a_coders_edits_and_deletions(team_path, tmp_path, capsys):
    copy = tmp_path / "a.telaah"
    with Project.open(team_path, coder="Lead") as project:
        memo_target = next(s.id for s in project.segments.all() if s.coder == "A")
        project.memos.add("segment", memo_target, "Catatan A", "Awal.", author="A")
    assert run(["handout", str(team_path), "--coder", "A", "--output", str(copy)]) == 0
    with Project.open(copy, coder="A") as project:
        first, second, *_ = [s for s in project.segments.all() if s.coder == "A"]
        project.segments.update(first.id, end=first.end - 5)
        project.segments.delete(second.id)
    capsys.readouterr()
    assert run(["merge", str(team_path), str(copy), "--dry-run", "--json"]) == 0
    planned = json.loads(capsys.readouterr().out)["copies"][0]
    assert (planned["segment_changes"], planned["segment_deletions"]) == (1, 1)
    assert (planned["memo_changes"], planned["memo_deletions"]) == (0, 0)
    assert sorted(e["action"] for e in planned["edits"]) == ["change", "delete"]
    assert {e["id"] for e in planned["edits"]} == {first.guid, second.guid}
    assert run(["merge", str(team_path), str(copy), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 segment changes, 1 segment deletions" in out and "  delete segment" in out
    assert run(["merge", str(team_path), str(copy)]) == 0
    with Project.open(team_path, coder="Lead") as project:
        mine = {s.guid: (s.start, s.end) for s in project.segments.all() if s.coder == "A"}
        assert second.guid not in mine and mine[first.guid] == (first.start, first.end - 5)
        assert project.segments.count() == 8
    capsys.readouterr()
    assert run(["merge", str(team_path), str(copy), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changed"] is False
