"""The Excel workbook: one row per segment, real tables, real dates, analysis counts."""

from __future__ import annotations

import datetime

import openpyxl
import pytest
from test_export_support import build_study

from analysis import Evidence, crosstab, load_board, load_rule, triangulation
from exporters.excel.workbook import write_xlsx
from exporters.options import ExportOptions

SHEETS = ["Segments", "Codebook", "Sources", "Participants", "Indicators", "Matrix by group",
          "Matrix by technique", "Summary grid", "Co-occurrence", "Memos", "Privacy"]


@pytest.fixture
def study(project):
    return project, build_study(project)


@pytest.fixture
def workbook(study, tmp_path):
    project, _ids = study
    path = write_xlsx(project, tmp_path / "study.xlsx", ExportOptions(language="en"))
    return openpyxl.load_workbook(path)


def _records(sheet):
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def test_every_sheet_is_a_table_with_frozen_header(workbook):
    assert workbook.sheetnames == SHEETS
    for sheet in workbook.worksheets:
        assert len(sheet.tables) == 1, sheet.title
        table = next(iter(sheet.tables.values()))
        assert table.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" \
                            f"{max(sheet.max_row, 2)}"
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert [c.name for c in table.tableColumns] == [c.value for c in sheet[1]]
        assert sheet.freeze_panes in ("A2", "B2")
        assert sheet.column_dimensions["A"].width > 8


def test_segments_sheet_one_row_per_segment_with_source_text(study, workbook):
    project, _ids = study
    records = _records(workbook["Segments"])
    segments = {s.id: s for s in project.segments.all()}
    assert len(records) == len(segments) == project.segments.count()
    assert {r["Segment id"] for r in records} == set(segments)
    for record in records:
        segment = segments[record["Segment id"]]
        text = project.sources.text(segment.source_id)
        assert record["Text"] == text[segment.start:segment.end]
        assert record["Indicator id"] == project.codes.get(segment.code_id).key
        assert isinstance(record["Date"], datetime.datetime)
        source = project.sources.get(segment.source_id)
        assert record["Date"].date().isoformat() == source.date
        assert record["Technique"] in ("interview", "observation", "document")
    by_id = {r["Segment id"]: r for r in records}
    first = by_id[_ids_of(study)["s_trust_1"]]
    assert (first["Participant"], first["Stakeholder group"], first["Valence"]) == (
        "P01", "Government agency", "supporting")  # the group's English label
    assert first["Code path"] == "Collaborative process > Trust building"
    assert by_id[_ids_of(study)["s_info_2"]]["Memo"] == "Siti Khodijah membantah."
    assert by_id[_ids_of(study)["s_dialogue"]]["Memo"] == "Dikonfirmasi Bu Ratna."


def _ids_of(study):
    return study[1]


def test_wrapped_text_and_real_numbers(workbook):
    sheet = workbook["Segments"]
    width = sheet.column_dimensions["G"].width
    for (cell,) in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        assert bool(cell.alignment.wrap_text) is (len(cell.value) > width)
    definitions = workbook["Codebook"]["G"]
    assert any(c.style == "Wrapped" for c in definitions)
    assert isinstance(sheet["A2"].value, int)
    assert sheet["L2"].is_date and "yy" in sheet["L2"].number_format


def test_indicator_and_matrix_counts_equal_the_analysis(study, workbook):
    project, _ids = study
    board = {row.key: row for row in load_board(project)}
    evidence = Evidence.load(project)
    triangulated = {row.key: row for row in triangulation(evidence, load_rule(project),
                                                          "indicators")}
    indicators = _records(workbook["Indicators"])
    assert [r["Code"] for r in indicators] == list(board)
    for record in indicators:
        row = board[record["Code"]]
        assert (record["Segments"], record["Supporting"], record["Contradicting"]) == (
            row.segments, row.supporting, row.contradicting)
        assert record["Sources"] == len(row.stats.sources)
        assert record["Groups"] == len(row.stats.group_ids)
        flags = triangulated[record["Code"]].flags
        assert bool(record["Flags"]) == bool(flags)
    trust = next(r for r in indicators if r["Code"] == "ag2008.process.trust_building")
    assert trust["Verdict"] == "Partly met"
    assert trust["First date"] == datetime.datetime(2025, 3, 12)
    by_group = crosstab(evidence, "stakeholder_group", "indicators")
    groups = {g.label("en"): g.id for g in project.participants.groups()}  # English headers
    for record in _records(workbook["Matrix by group"]):
        code_id = project.codes.resolve(record["Code"]).id
        for name, group_id in groups.items():
            assert record[name] == by_group.count(code_id, group_id)
        assert record["Total"] == board[record["Code"]].segments
    by_technique = crosstab(evidence, "technique", "indicators")
    for record in _records(workbook["Matrix by technique"]):
        code_id = project.codes.resolve(record["Code"]).id
        assert record["interview"] == by_technique.count(code_id, "interview")


def test_other_sheets(study, workbook):
    project, ids = study
    codebook = _records(workbook["Codebook"])
    assert len(codebook) == project.codes.count()
    sources = _records(workbook["Sources"])
    assert [s["Title"] for s in sources] == [s.title for s in project.sources.list()]
    assert isinstance(sources[0]["Length (characters)"], int)
    participants = _records(workbook["Participants"])
    assert [p["Code"] for p in participants] == ["P01", "P02", "P03"]
    assert "Name" not in participants[0]
    grid = _records(workbook["Summary grid"])
    assert {(r["Row kind"], r["Row"]) for r in grid} == {
        ("Stakeholder group", "Instansi pemerintah"), ("Participant", "P02")}
    pairs = _records(workbook["Co-occurrence"])
    assert all(isinstance(p["Overlaps"], int) and p["Overlaps"] > 0 for p in pairs)


def test_group_filter_keeps_the_analysis_count(study, tmp_path):
    project, _ids = study
    path = write_xlsx(project, tmp_path / "g.xlsx",
                      ExportOptions(groups=["Platform/perusahaan swasta"]))
    records = _records(openpyxl.load_workbook(path)["Segmen"])  # Indonesian sheet names
    assert {r["Kelompok pemangku kepentingan"] for r in records} == {
        "Platform/perusahaan swasta"}
    indicators = _records(openpyxl.load_workbook(path)["Indikator"])
    assert sum(r["Segmen"] for r in indicators) == len(records) == 2


def test_empty_project_still_gives_valid_tables(empty_project, tmp_path):
    path = write_xlsx(empty_project, tmp_path / "empty.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook["Segmen"].tables["Segments"].ref == "A1:N2"  # a table needs a row
    assert all(len(s.tables) == 1 for s in workbook.worksheets)
