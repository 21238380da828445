"""Issue 13, points 8-9: a REFI-QDA file cannot pull local files in or inflate a bomb.

Sources are read only from inside the archive unless the researcher allows files
outside it (CLI --allow-outside-files; the GUI confirms each file), and entries that
inflate implausibly for text, in ratio or in total, are refused before or while they
are unpacked.
"""

from __future__ import annotations

import tracemalloc
import zipfile

import pytest
from test_refi_support import TEXT, foreign_project, write_qdpx

from cli.main import run
from importers.refi import import_refi_file, package, read_refi_file
from storage import Project
from storage.errors import ImportFailedError


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("kata sandi bank: 1234", encoding="utf-8")
    return path


def _counts(project):
    return project.sources.count(), project.codes.count(), project.segments.count()


@pytest.mark.parametrize("how", ["absolute", "basePath"])
def test_outside_files_are_refused_unless_allowed(empty_project, tmp_path, secret, how):
    if how == "absolute":
        root = foreign_project(text_path=f"absolute://{secret.as_posix()}")
    else:
        root = foreign_project(text_path=f"relative://{secret.name}")
        root.set("basePath", str(tmp_path))
    (tmp_path / "in").mkdir()
    archive = write_qdpx(tmp_path / "in" / "hostile.qdpx", root)
    before = _counts(empty_project)
    with pytest.raises(ImportFailedError, match="outside the archive") as caught:
        import_refi_file(empty_project, archive)
    assert str(secret) in str(caught.value) and "--allow-outside-files" in str(caught.value)
    assert _counts(empty_project) == before
    summary = import_refi_file(empty_project, archive, allow_outside_files=True)
    assert summary.sources == 1
    assert "kata sandi" in empty_project.sources.text(empty_project.sources.list()[0].id)


def test_the_cli_needs_the_flag(tmp_path, secret, capsys):
    project_path = tmp_path / "p.telaah"
    Project.create(project_path).close()
    archive = write_qdpx(tmp_path / "h.qdpx",
                         foreign_project(text_path=f"absolute://{secret.as_posix()}"))
    assert run(["import", str(project_path), str(archive)]) == 2
    assert "outside the archive" in capsys.readouterr().err
    assert run(["import", str(project_path), str(archive), "--allow-outside-files"]) == 0
    assert run(["new", str(tmp_path / "n.telaah"), "--from", str(archive)]) == 2
    assert not (tmp_path / "n.telaah").exists()


def test_confirmed_files_are_read_and_the_others_listed(tmp_path, secret):
    """The GUI's way: read, ask about the listed files, read again with those allowed."""
    archive = write_qdpx(tmp_path / "h.qdpx",
                         foreign_project(text_path=f"absolute://{secret.as_posix()}"))
    first = read_refi_file(archive, frozenset())
    assert first.outside_files == [secret] and first.sources == []
    again = read_refi_file(archive, frozenset({secret.resolve()}))
    assert again.outside_files == [] and len(again.sources) == 1


def _bomb(path, size: int):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", etree_bytes(foreign_project(content=TEXT)))
        with archive.open("sources/bomb.txt", "w", force_zip64=True) as stream:
            block = b"a" * (1 << 20)
            for _ in range(size >> 20):
                stream.write(block)
    return path


def etree_bytes(root) -> bytes:
    from lxml import etree

    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def test_an_entry_inflating_implausibly_for_text_is_refused(empty_project, tmp_path):
    path = _bomb(tmp_path / "bomb.qdpx", 64 << 20)  # 64 MB of one letter: ~1000-fold
    assert path.stat().st_size < 1 << 20
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailedError, match=r"inflates \d+-fold \(more than 100-fold"):
            import_refi_file(empty_project, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert empty_project.sources.count() == 0
    assert peak < 8 << 20  # refused from the declared sizes: nothing was inflated


def test_the_limits_are_stated():
    assert package.MAX_RATIO == 100 and package.MAX_TOTAL_BYTES == 2 << 30
    assert package.MAX_ENTRY_BYTES == 1 << 30
