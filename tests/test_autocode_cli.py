"""`python main.py autocode`: exact-phrase auto-coding from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import run
from storage import Project

ROOT = Path(__file__).resolve().parent.parent
CODE = "ag2008.process.trust_building"


@pytest.fixture
def study(tmp_path, monkeypatch):
    monkeypatch.setenv("TELAAH_CODER", "Tester")
    path = tmp_path / "cli.telaah"
    with Project.create(path, title="CLI", frameworks=["ag2008"], coder="Tester") as project:
        project.sources.add("interview", "W1", "Kami saling percaya. 😀 saling percaya lagi.")
        project.sources.add("observation", "O1", "Tidak saling percaya di rapat.")
        project.sources.add("document", "D1", "Saling Percaya (judul).")
    return path


def _segments(path, code=CODE):
    with Project.open(path, coder="Tester") as project:
        code_id = project.codes.resolve(code).id
        return [(project.sources.text(s.source_id)[s.start:s.end], s.valence, s.source_id)
                for s in project.segments.for_codes([code_id])]


def test_autocode_codes_every_exact_occurrence(study, capsys):
    assert run(["autocode", str(study), "--text", "saling percaya", "--code", CODE]) == 0
    assert capsys.readouterr().out.strip() == f"Coded 3 segments with {CODE}"
    segments = _segments(study)
    assert [text for text, _, _ in segments] == ["saling percaya"] * 3
    assert {valence for _, valence, _ in segments} == {"supports"}
    assert run(["autocode", str(study), "--text", "saling percaya", "--code", CODE]) == 0
    assert capsys.readouterr().out.strip() == f"Coded 0 segments with {CODE}"


def test_autocode_kind_valence_and_custom_code(study, capsys):
    with Project.open(study, coder="Tester") as project:
        custom = project.codes.add("Distrust", "Ketidakpercayaan")
    assert run(["autocode", str(study), "--text", "percaya", "--code", str(custom),
                "--valence", "contradicts", "--kind", "observation"]) == 0
    assert capsys.readouterr().out.strip() == f"Coded 1 segment with {custom}"
    assert _segments(study, f"code:{custom}") == [("percaya", "contradicts", 2)]


def test_autocode_substring_inside_longer_words(study, capsys):
    assert run(["autocode", str(study), "--text", "aling percaya", "--code", CODE]) == 0
    # inside "saling" and "Saling", but not "Saling Percaya": matching is case-sensitive
    assert capsys.readouterr().out.strip() == f"Coded 3 segments with {CODE}"


@pytest.mark.parametrize("argv, message", [
    (["--text", "percaya", "--code", "ag2008.nope"], "no code 'ag2008.nope'"),
    (["--text", "", "--code", CODE], "phrase"),
    (["--text", "   ", "--code", CODE], "phrase"),
])
def test_autocode_refusals_exit_2_with_one_line(study, capsys, argv, message):
    assert run(["autocode", str(study), *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert _segments(study) == []


def test_autocode_bad_choice_is_exit_2(study, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(["autocode", str(study), "--text", "x", "--code", CODE, "--valence", "maybe"])
    assert exit_info.value.code == 2


def test_autocode_subprocess_and_one_undo_step(study):
    done = subprocess.run([sys.executable, "main.py", "autocode", str(study), "--text",
                           "percaya", "--code", CODE], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Coded 3 segments with {CODE}"
    help_text = subprocess.run([sys.executable, "main.py", "autocode", "--help"], cwd=ROOT,
                               capture_output=True, text=True, timeout=120).stdout
    assert "case-sensitive" in help_text and "substring" in help_text
    # the same core, in process: one Change, one undo removes every segment it made
    from storage.search import autocode

    with Project.open(study, coder="Tester") as project:
        changes = []
        project.subscribe(changes.append)
        code_id = project.codes.resolve(CODE).id
        assert autocode(project, "saling", code_id) == 3
        assert len(changes) == 1
        project.undo(changes[0])
        assert len(project.segments.for_codes([code_id])) == 3
