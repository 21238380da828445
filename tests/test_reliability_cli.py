"""Issue 12, defects 7, 14 and 15: exports read one snapshot while the app edits; bulk
imports say what went in (also when interrupted) and do not silently duplicate; true
one-line messages for folders, FIFOs, link loops, bad Word files and closed pipes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cli.main import run
from exporters.refi import write_qdpx
from importers.demo import write_demo
from importers.refi import read_refi_file
from storage import Project

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


# -- 7. one consistent snapshot ---------------------------------------------------------------

def test_qdpx_export_reads_one_snapshot_while_the_text_is_edited(demo, tmp_path):
    project = Project.open(demo)
    reader = project.reader()
    source = project.sources.list()[0]
    original = project.sources.text(source.id)
    edits = []

    def edit_meanwhile(done, _total, _text) -> bool:
        if done == 0 and not edits:  # the app inserts text before every coding
            project.sources.edit_text(source.id, 0, 0, "Catatan baru di awal. " * 3)
            edits.append(True)
        return True

    write_qdpx(reader, tmp_path / "x.qdpx", progress=edit_meanwhile)
    reader.close()
    project.close()
    assert edits
    document = read_refi_file(tmp_path / "x.qdpx")
    exported = next(s for s in document.sources if s.name == source.title)
    assert exported.text == original
    assert exported.selections
    for selection in exported.selections:
        assert 0 <= selection.start < selection.end <= len(original)


# -- 14. bulk imports ------------------------------------------------------------------------------

def test_import_prints_each_file_and_an_interrupt_says_how_many(demo, tmp_path):
    files = []
    for number in range(150):
        path = tmp_path / f"catatan-{number:03}.txt"
        path.write_text(f"Catatan lapangan nomor {number}. " * 200)
        files.append(str(path))
    process = subprocess.Popen([sys.executable, "main.py", "import", str(demo), *files,
                                "--kind", "document"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    printed = [process.stdout.readline() for _ in range(3)]
    process.send_signal(signal.SIGINT)
    rest, err = process.communicate(timeout=60)
    printed += rest.splitlines()
    done = [line.split(" ", 1)[1].strip() for line in printed if line.startswith("Imported")]
    assert process.returncode == 2
    assert f"interrupted; {len(done)} of 150 file(s) were imported" in err
    assert "Traceback" not in err
    with Project.open(demo, readonly=True) as project:
        titles = {s.title for s in project.sources.list()}
    assert {Path(p).stem for p in done} == {t for t in titles if t.startswith("catatan-")}


def test_cli_skips_a_file_whose_text_is_already_a_source_with_a_warning(demo, tmp_path,
                                                                        capsys):
    note = tmp_path / "n.txt"
    note.write_text("Teks yang sama persis.")
    assert run(["import", str(demo), str(note), "--kind", "document"]) == 0
    copy = tmp_path / "salinan.txt"
    copy.write_text("Teks yang sama persis.")
    assert run(["import", str(demo), str(copy), "--kind", "document"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "'n'" in err and "--allow-duplicates" in err
    assert run(["import", str(demo), str(copy), "--kind", "document",
                "--allow-duplicates"]) == 0
    with Project.open(demo, readonly=True) as project:
        assert [s.title for s in project.sources.list()].count("salinan") == 1


# -- 15. true messages --------------------------------------------------------------------------

def test_folder_fifo_and_link_loop_each_get_their_own_sentence(demo, tmp_path, capsys):
    folder = tmp_path / "wawancara"
    folder.mkdir()
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    loop = tmp_path / "putar.txt"
    loop.symlink_to(loop)
    for path, words in ((folder, "is a folder"), (fifo, "named pipe"),
                        (loop, "loops back on itself")):
        assert run(["import", str(demo), str(path), "--kind", "document"]) == 2
        err = one_line_error(capsys)
        assert words in err and "no such file" not in err


def test_a_folder_named_like_a_project_is_called_a_folder(tmp_path, capsys):
    (tmp_path / "x.telaah").mkdir()
    assert run(["info", str(tmp_path / "x.telaah")]) == 2
    assert "is a folder" in one_line_error(capsys)


def _docx_with(tmp_path: Path, name: str, document_xml: bytes) -> Path:
    import docx

    good = tmp_path / "good.docx"
    docx.Document().save(str(good))
    path = tmp_path / name
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            target.writestr(entry, document_xml if entry.filename == "word/document.xml"
                            else data)
    return path


def test_malformed_and_doctype_docx_are_refused_in_one_line(demo, tmp_path, capsys,
                                                           content_of):
    broken = _docx_with(tmp_path, "rusak.docx", b"<w:document><w:body><w:p>")
    doctype = _docx_with(tmp_path, "entitas.docx",
                         b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]>'
                         b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                         b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>a &e; b'
                         b'</w:t></w:r></w:p></w:body></w:document>')
    before = content_of(demo)
    assert run(["import", str(demo), str(broken), "--kind", "document"]) == 2
    assert "not a readable Word .docx file" in one_line_error(capsys)
    assert run(["import", str(demo), str(doctype), "--kind", "document"]) == 2
    assert "DOCTYPE" in one_line_error(capsys)
    assert content_of(demo) == before


def test_a_closed_pipe_is_not_an_error(demo, tmp_path):
    env = dict(os.environ, TELAAH_DATA_DIR=str(tmp_path / "data"))
    process = subprocess.Popen([sys.executable, "main.py", "info", str(demo)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read()
    process.wait(timeout=30)
    assert process.returncode == 0 and err == b""
    assert not (tmp_path / "data" / "logs").exists()
