"""The workbook as a thesis appendix (issue 18): sheet names and values in the report
language, bold wrapped headers, print set-up, and the memo sheet; read back with openpyxl."""

from __future__ import annotations

import openpyxl
import pytest
from test_export_support import build_study

from exporters.excel.workbook import write_xlsx
from exporters.options import ExportOptions

SHEETS_ID = ["Segmen", "Buku kode", "Sumber", "Informan", "Indikator", "Matriks per kelompok",
             "Matriks per teknik", "Kisi ringkasan", "Kookurensi", "Memo", "Privasi"]


@pytest.fixture
def book(project, tmp_path):
    ids = build_study(project)
    project.memos.add("source", ids["w2"], "Suasana", "Informan terburu-buru.", author="Peneliti")
    project.memos.add("study", None, "Desain", "Kasus tunggal.", author="Peneliti")
    project.memos.add("participant", ids["P03"], "Profil", "Perajin batik.", author="Peneliti")
    path = write_xlsx(project, tmp_path / "id.xlsx", ExportOptions(language="id"))
    return openpyxl.load_workbook(path), project, tmp_path


def _records(sheet):
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_sheet_names_and_values_in_indonesian(book):
    workbook, project, tmp_path = book
    assert workbook.sheetnames == SHEETS_ID
    assert {name for s in workbook.worksheets for name in s.tables} >= {
        "Segments", "Indicators", "Memos"}  # table names: identifiers for formulas
    sources = _records(workbook["Sumber"])
    assert {s["Jenis data"] for s in sources} == {"primer"}
    assert {p["Persetujuan"] for p in _records(workbook["Informan"])} == {"diberikan"}
    assert {s["Teknik"] for s in sources} == {"wawancara", "observasi", "dokumentasi"}
    english = openpyxl.load_workbook(write_xlsx(project, tmp_path / "en.xlsx",
                                                ExportOptions(language="en")))
    assert english.sheetnames[:4] == ["Segments", "Codebook", "Sources", "Participants"]
    assert {p["Consent"] for p in _records(english["Participants"])} == {"given"}


def test_indicator_table_keeps_its_name_and_numbers(book):
    workbook, _project, _tmp = book
    sheet = workbook["Indikator"]
    assert sheet.tables["Indicators"].ref.startswith("A1:")  # =SUM(Indicators[Segmen])
    records = _records(sheet)
    assert all(isinstance(r["Segmen"], int) for r in records)  # numbers, not text
    assert sum(r["Segmen"] for r in records) == 9


def test_headers_bold_wrapped_and_print_setup(book):
    workbook, _project, _tmp = book
    for sheet in workbook.worksheets:
        for cell in sheet[1]:
            assert cell.font.b and cell.alignment.wrap_text, (sheet.title, cell.value)
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
            "landscape", 9, 1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.freeze_panes in ("A2", "B2")
    informants = workbook["Informan"]
    assert informants.row_dimensions[1].height >= 30  # "Kelompok pemangku kepentingan"
    assert informants.column_dimensions["B"].width >= 20


def test_memo_sheet_holds_every_memo(book):
    workbook, _project, _tmp = book
    memos = _records(workbook["Memo"])
    kinds = {(m["Jenis memo"], m["Tentang"]) for m in memos}
    assert ("Memo penelitian", "Penelitian") in kinds
    assert ("Memo sumber", "Wawancara platform") in kinds
    assert ("Memo informan", "P03") in kinds
    assert ("Memo kode", "Membangun kepercayaan") in kinds
    assert ("Catatan sumber", "Wawancara Ratna Wulandari") in kinds
    assert any(m["Memo"] == "Informan terburu-buru." for m in memos)
