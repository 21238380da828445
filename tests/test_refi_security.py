"""Untrusted REFI-QDA files: every attack is refused with a clear error, nothing changes."""

from __future__ import annotations

import struct
import time
import zipfile

import pytest
from lxml import etree
from test_refi_support import TEXT, foreign_project, maker, write_qdpx

from importers.refi import import_refi_file, new_project_from_refi, package
from storage.errors import ImportFailedError


def state(project) -> tuple:
    return (project.sources.count(), project.codes.count(), project.segments.count(),
            project.memos.count(), len(project.participants.list()))


def refused(project, path, match: str) -> ImportFailedError:
    before = state(project)
    with pytest.raises(ImportFailedError, match=match) as caught:
        import_refi_file(project, path)
    assert str(path) in str(caught.value)
    assert state(project) == before
    return caught.value


def test_zip_slip_entry_name(empty_project, tmp_path):
    path = write_qdpx(tmp_path / "slip.qdpx", foreign_project(content=TEXT),
                      {"../../evil.txt": b"owned"})
    refused(empty_project, path, "zip-slip")
    assert not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize("name", ["/etc/evil.txt", "C:/evil.txt", "sources/..\\..\\evil.txt"])
def test_other_escaping_entry_names(empty_project, tmp_path, name):
    path = write_qdpx(tmp_path / "slip.qdpx", foreign_project(content=TEXT), {name: b"x"})
    refused(empty_project, path, "outside the archive")


def test_internal_reference_climbing_out(empty_project, tmp_path):
    path = write_qdpx(tmp_path / "ref.qdpx", foreign_project(text_path="internal://../x.txt"))
    refused(empty_project, path, "outside the archive")


def test_relative_reference_climbing_out(empty_project, tmp_path):
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "inner").mkdir()
    path = write_qdpx(tmp_path / "inner" / "ref.qdpx",
                      foreign_project(text_path="relative://../secret.txt"))
    refused(empty_project, path, "climbs out")


def test_absolute_reference_only_reads_text_files(empty_project, tmp_path):
    (tmp_path / "key.pem").write_text("-----BEGIN PRIVATE KEY-----", encoding="utf-8")
    path = write_qdpx(tmp_path / "abs.qdpx", foreign_project(
        text_path=f"absolute://{(tmp_path / 'key.pem').as_posix()}"))
    summary = import_refi_file(empty_project, path)
    assert summary.sources == 0 and any(".txt" in s for s in summary.skipped)


def _doctype_project(entities: str, reference: str):
    e = maker()
    root = e.Project(e.Description(), name="x")
    root[0].append(etree.Entity(reference))
    return root, f"<!DOCTYPE Project [{entities}]>"


def test_external_entity_xxe(empty_project, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    root, doctype = _doctype_project(f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">', "xxe")
    path = write_qdpx(tmp_path / "xxe.qdpx", root, doctype=doctype)
    refused(empty_project, path, "DOCTYPE")
    assert "TOP SECRET" not in empty_project.study.get().notes


def test_billion_laughs(empty_project, tmp_path):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    root, doctype = _doctype_project(entities, "lol9")
    path = write_qdpx(tmp_path / "lol.qdpx", root, doctype=doctype)
    started = time.monotonic()
    refused(empty_project, path, "DOCTYPE")
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_bare_xml_with_doctype_is_refused_too(empty_project, tmp_path, encoding):
    root, doctype = _doctype_project('<!ENTITY x "y">', "x")
    path = tmp_path / "bad.qdc"
    path.write_bytes(etree.tostring(root, doctype=doctype, encoding=encoding,
                                    xml_declaration=True))
    refused(empty_project, path, "DOCTYPE")


def test_too_many_entries(empty_project, tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_ENTRIES", 5)
    files = {f"sources/{i}.txt": b"x" for i in range(10)}
    path = write_qdpx(tmp_path / "many.qdpx", foreign_project(content=TEXT), files)
    refused(empty_project, path, "entries")


def test_declared_size_over_the_limit(empty_project, tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 1 << 20)
    path = write_qdpx(tmp_path / "bomb.qdpx", foreign_project(content=TEXT),
                      {"sources/zeros.txt": b"\0" * (2 << 20)})
    refused(empty_project, path, "unpacks to")


def test_entry_over_the_per_entry_limit(empty_project, tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_ENTRY_BYTES", 1 << 16)
    path = write_qdpx(tmp_path / "bomb.qdpx", foreign_project(content=TEXT),
                      {"sources/zeros.txt": b"\0" * (1 << 17)})
    refused(empty_project, path, "unpacks to")


def _central_record(data: bytes, name: str) -> int:
    """Offset of the central directory record of entry `name`."""
    offset = data.find(b"PK\x01\x02")
    while offset >= 0:
        length = struct.unpack_from("<H", data, offset + 28)[0]
        if data[offset + 46:offset + 46 + length] == name.encode():
            return offset
        offset = data.find(b"PK\x01\x02", offset + 4)
    raise AssertionError(name)


def test_lying_size_header_is_capped(empty_project, tmp_path):
    """A bomb that claims to be small: reading stops at the claimed size and fails."""
    name = "sources/69a4332d-5b31-4915-b520-5275cfc21b40.txt"
    path = write_qdpx(tmp_path / "liar.qdpx", foreign_project(text_path=f"internal://{name[8:]}"),
                      {name: b"A" * (4 << 20)})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(name).header_offset
    struct.pack_into("<I", data, local + 22, 100)                          # local header
    struct.pack_into("<I", data, _central_record(bytes(data), name) + 24, 100)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(name).file_size == 100
    refused(empty_project, path, "damaged|declared")


@pytest.mark.parametrize(("start", "end"), [(5, 999), (-1, 4), (10, 5)])
def test_a_selection_outside_its_text_is_skipped_and_listed(empty_project, tmp_path, start,
                                                            end):
    path = write_qdpx(tmp_path / "sel.qdpx", foreign_project(content=TEXT, start=start,
                                                             end=end))
    summary = import_refi_file(empty_project, path)
    assert empty_project.sources.count() == 1 and empty_project.segments.count() == 0
    listed = summary.describe()
    assert "could not be placed" in listed and "Wawancara Bu Sari" in listed
    assert f"at {start}-{end}" in listed and "outside its text" in listed


def test_selection_positions_that_are_not_numbers_are_skipped(empty_project, tmp_path):
    root = foreign_project(content=TEXT)
    root.find(".//{*}PlainTextSelection").set("startPosition", "five")
    summary = import_refi_file(empty_project, write_qdpx(tmp_path / "nan.qdpx", root))
    assert empty_project.sources.count() == 1 and empty_project.segments.count() == 0
    assert "at five-17" in summary.describe() and "not whole numbers" in summary.describe()


@pytest.mark.parametrize("payload", [b"not a zip and not xml", b"PK\x03\x04garbage"])
def test_garbage_files(empty_project, tmp_path, payload):
    path = tmp_path / "junk.qdpx"
    path.write_bytes(payload)
    refused(empty_project, path, "well-formed|zip")


def test_wrong_root_and_namespace(empty_project, tmp_path):
    path = tmp_path / "other.qdc"
    path.write_bytes(etree.tostring(etree.Element("{urn:evil}CodeBook")))
    refused(empty_project, path, "namespace")
    path.write_bytes(etree.tostring(etree.Element("html")))
    refused(empty_project, path, "root element")


def test_archive_without_project_qde(empty_project, tmp_path):
    path = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("sources/a.txt", "x")
    refused(empty_project, path, "no project.qde")


def test_refused_file_creates_no_new_project(tmp_path):
    path = write_qdpx(tmp_path / "sel.qdpx", foreign_project("urn:x", content=TEXT))
    with pytest.raises(ImportFailedError):
        new_project_from_refi(tmp_path / "new.telaah", path)
    assert not (tmp_path / "new.telaah").exists()
