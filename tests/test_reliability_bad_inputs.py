"""Issue 12's bad-input proof over the corpus in `tests/data/bad/` (made by
`tools/make_bad_inputs.py`): text, Word, `.telaah` and REFI-QDA files. Each one:
exit status 2, exactly one line on stderr, no traceback, and the project's logical
content (every table's rows) unchanged; a bad `.telaah` file is itself left byte for
byte. The default suite runs the commands in-process; the `long` variant runs each as
a real process, so even a traceback printed while the interpreter exits is caught."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import run
from importers.demo import write_demo

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "data" / "bad"
CORPUS = sorted(p.name for p in BAD.iterdir() if p.name != "README.md")
KINDS = {".telaah": "project", ".qdpx": "refi", ".qdc": "refi", ".docx": "docx"}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bad-demo") / "demo.telaah"
    write_demo(path).close()
    return path


def command_for(name: str, work: Path, demo_file: Path) -> tuple[list[str], Path]:
    """The command that feeds the bad input to Telaah, and the file that must not change."""
    bad = work / name
    shutil.copy(BAD / name, bad)
    kind = KINDS.get(Path(name).suffix, "text")
    if kind == "project":
        return ["export", str(bad), "--format", "xlsx", "-o", str(work / "out.xlsx")], bad
    project = work / "p.telaah"
    shutil.copy(demo_file, project)
    if kind == "refi":
        return ["import", str(project), str(bad)], project
    return ["import", str(project), str(bad), "--kind", "interview"], project


def fingerprint(path: Path, content_of):
    """What must not change: the rows of every table, or the bytes of what SQLite
    cannot read at all."""
    try:
        return content_of(path)
    except sqlite3.DatabaseError:
        return path.read_bytes()


def check_refused(code: int, err: str, name: str) -> None:
    assert code == 2, f"{name}: exit {code}"
    assert err.count("\n") == 1 and err.startswith("telaah: "), f"{name}: {err!r}"
    assert "Traceback" not in err and "internal error" not in err, f"{name}: {err}"


def test_the_corpus_is_large_and_made_by_the_script(tmp_path):
    from tools.make_bad_inputs import build

    assert len(CORPUS) >= 40
    assert build(tmp_path) == CORPUS
    kinds = {KINDS.get(Path(n).suffix, "text") for n in CORPUS}
    assert kinds == {"project", "refi", "docx", "text"}


@pytest.mark.parametrize("name", CORPUS)
def test_bad_input_is_refused_in_one_line_and_changes_nothing(name, tmp_path, capsys,
                                                              demo_file, content_of):
    argv, guarded = command_for(name, tmp_path, demo_file)
    before = fingerprint(guarded, content_of)
    code = run(argv)
    check_refused(code, capsys.readouterr().err, name)
    assert fingerprint(guarded, content_of) == before, f"{name}: content changed"
    assert not (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize("name", [n for n in CORPUS if n.endswith((".qdpx", ".qdc"))])
def test_bad_refi_file_makes_no_new_project(name, tmp_path, capsys):
    target = tmp_path / "baru.telaah"
    assert run(["new", str(target), "--from", str(BAD / name)]) == 2
    check_refused(2, capsys.readouterr().err, name)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.long
def test_bad_inputs_through_real_processes(tmp_path, demo_file, content_of):
    for name in CORPUS:
        work = tmp_path / name.replace(".", "-")
        work.mkdir()
        argv, guarded = command_for(name, work, demo_file)
        before = fingerprint(guarded, content_of)
        done = subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        check_refused(done.returncode, done.stderr, name)
        assert fingerprint(guarded, content_of) == before, name
