"""Importing .txt/.md/.docx: every supported encoding exact, bad files refused cleanly."""

from __future__ import annotations

import codecs

import docx
import pytest

from importers.text_files import import_files

TEXT = "Wawancara dengan Bu Ratna ☕ — kopi 👍🏽 café\nBaris kedua."


@pytest.mark.parametrize(("name", "data"), [
    ("utf8.txt", TEXT.encode("utf-8")),
    ("bom.md", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("le.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")),
    ("be.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("crlf.txt", TEXT.replace("\n", "\r\n").encode("utf-8")),
])
def test_supported_encodings_import_exactly(project, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    report = import_files(project, [path], "interview")
    assert report.ok
    source = project.sources.get(report.imported[0][1])
    assert source.text == TEXT
    assert source.title == path.stem and source.kind == "interview"


@pytest.mark.parametrize(("data", "hint"), [
    ("café Bu Ratna".encode("latin-1"), "Latin-1"),
    ("kopi enak sekali".encode("utf-16-le"), "UTF-16 (little-endian) without a byte-order"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
])
def test_undecodable_files_are_refused_naming_file_and_encoding(project, tmp_path, data, hint):
    path = tmp_path / "wawancara.txt"
    path.write_bytes(data)
    report = import_files(project, [path], "interview")
    assert report.imported == []
    (failed_path, message), = report.failed
    assert failed_path == path and str(path) in message and hint in message
    assert project.sources.count() == 0


def test_docx_paragraphs_and_tables_in_order(project, tmp_path):
    document = docx.Document()
    document.add_paragraph("Pembuka wawancara.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Pertanyaan", "Jawaban"
    table.cell(1, 0).text, table.cell(1, 1).text = "Ada MoU?", "Belum ada 🙏"
    document.add_paragraph("Penutup.")
    path = tmp_path / "transkrip.docx"
    document.save(path)
    report = import_files(project, [path], "document", date="2025-04-01")
    source = project.sources.get(report.imported[0][1])
    assert source.text == ("Pembuka wawancara.\nPertanyaan\tJawaban\n"
                           "Ada MoU?\tBelum ada 🙏\nPenutup.")
    assert source.date == "2025-04-01"


def test_each_file_is_its_own_step(project, tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("satu", encoding="utf-8")
    broken = tmp_path / "b.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    odd = tmp_path / "c.pdf"
    odd.write_bytes(b"%PDF-1.4")
    also_good = tmp_path / "d.md"
    also_good.write_text("dua", encoding="utf-8")
    report = import_files(project, [good, broken, odd, also_good], "observation")
    assert [p.name for p, _ in report.imported] == ["a.txt", "d.md"]
    assert [p.name for p, _ in report.failed] == ["b.docx", "c.pdf"]
    assert "not a readable Word .docx" in report.failed[0][1]
    assert "cannot import '.pdf'" in report.failed[1][1]
    assert sorted(s.title for s in project.sources.list()) == ["a", "d"]


def test_participant_and_title_are_applied(project, tmp_path):
    group = project.participants.resolve_group("Pemilik UMKM")
    pid = project.participants.add("P03", group_id=group)
    path = tmp_path / "x.txt"
    path.write_text("isi", encoding="utf-8")
    report = import_files(project, [path], "interview", participant_code="P03",
                          title="Wawancara P03")
    source = project.sources.get(report.imported[0][1])
    assert source.participant_ids == [pid] and source.title == "Wawancara P03"
