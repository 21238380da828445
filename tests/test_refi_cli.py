"""REFI-QDA on the command line: new --from, import, export --format qdpx|qdc."""

from __future__ import annotations

import zipfile

from lxml import etree
from refi_tool_files import ATLAS_84_EXPECTED, atlas_84_like, taguette_like
from test_refi_support import TEXT, foreign_project, schema, write_qdpx

from cli.main import run
from storage import Project


def test_new_from_qdpx_prints_the_summary(tmp_path, capsys):
    qdpx = atlas_84_like(tmp_path / "atlas.qdpx")
    assert run(["new", str(tmp_path / "a.telaah"), "--from", str(qdpx)]) == 0
    out = capsys.readouterr().out
    assert f"Imported the REFI-QDA project '{ATLAS_84_EXPECTED['title']}'" in out
    assert "14 new code(s)" in out and "Skipped (15):" in out
    with Project.open(tmp_path / "a.telaah", coder="Tester") as project:
        assert project.codes.count() == 14


def test_import_into_a_project(tmp_path, capsys):
    assert run(["new", str(tmp_path / "a.telaah")]) == 0
    qdpx = write_qdpx(tmp_path / "f.qdpx", foreign_project(content=TEXT))
    codebook = taguette_like(tmp_path / "codebook.qdc")
    assert run(["import", str(tmp_path / "a.telaah"), str(qdpx), str(codebook)]) == 0
    out = capsys.readouterr().out
    assert "1 text source(s), 2 coded segment(s)" in out and "REFI-QDA codebook" in out
    with Project.open(tmp_path / "a.telaah", coder="Tester") as project:
        assert (project.sources.count(), project.segments.count()) == (1, 2)


def test_malicious_file_exits_2_with_one_line(tmp_path, capsys):
    assert run(["new", str(tmp_path / "a.telaah")]) == 0
    capsys.readouterr()
    bad = write_qdpx(tmp_path / "evil.qdpx", foreign_project(content=TEXT),
                     {"../../evil.txt": b"x"})
    assert run(["import", str(tmp_path / "a.telaah"), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and "zip-slip" in err
    assert run(["new", str(tmp_path / "b.telaah"), "--from", str(bad)]) == 2
    assert str(bad) in capsys.readouterr().err and not (tmp_path / "b.telaah").exists()


def test_export_formats(tmp_path, capsys):
    assert run(["new", str(tmp_path / "a.telaah"), "--framework", "ag2008"]) == 0
    qdpx, qdc = tmp_path / "out.qdpx", tmp_path / "out.qdc"
    assert run(["export", str(tmp_path / "a.telaah"), "--format", "qdpx", "--output",
                str(qdpx)]) == 0
    assert run(["export", str(tmp_path / "a.telaah"), "--format", "qdc", "--output",
                str(qdc)]) == 0
    with zipfile.ZipFile(qdpx) as archive:
        from lxml import etree

        schema("project").assertValid(etree.fromstring(archive.read("project.qde")))
    from lxml import etree

    schema("codebook").assertValid(etree.parse(str(qdc)))


def test_the_cli_passes_the_report_language_setting(tmp_path, capsys):
    from storage import config

    config.set_values(report_language="en")
    assert run(["new", str(tmp_path / "a.telaah")]) == 0
    qdpx = write_qdpx(tmp_path / "f.qdpx", foreign_project(content=TEXT))
    assert run(["import", str(tmp_path / "a.telaah"), str(qdpx)]) == 0
    with Project.open(tmp_path / "a.telaah") as project:
        assert "Trust" in {c.label_en for c in project.codes.list()}
    assert run(["export", str(tmp_path / "a.telaah"), "--format", "qdc",
                "--output", str(tmp_path / "c.qdc")]) == 0
    names = {c.get("name") for c in etree.parse(str(tmp_path / "c.qdc")).iter("{*}Code")}
    assert "Trust" in names


def test_the_cli_keeps_the_configured_number_of_backups(tmp_path):
    from storage import config
    from storage.backup import list_backups

    config.set_values(backups_kept=2)
    assert run(["new", str(tmp_path / "a.telaah")]) == 0
    with Project.open(tmp_path / "a.telaah", readonly=True) as project:
        group = project.participants.groups()[0].name
    for number in range(4):  # one backup before each command's first write
        assert run(["participant", "add", str(tmp_path / "a.telaah"), f"P0{number}",
                    "--group", group]) == 0
    assert run(["info", str(tmp_path / "a.telaah")]) == 0  # reading makes none
    assert len(list_backups(tmp_path / "a.telaah")) == 2
