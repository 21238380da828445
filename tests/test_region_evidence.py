"""Coded image regions count as evidence everywhere evidence is counted or listed: the
board and triangulation (sources, techniques, time), matrices, retrieval, code and
source counts, the Word report's quotes and the workbook's Segments sheet."""

from __future__ import annotations

import zipfile

from media_files import exif_jpeg, scanned_pdf
from openpyxl import load_workbook

from analysis import Evidence, board, crosstab, triangulation
from exporters.excel.workbook import write_xlsx
from exporters.options import ExportOptions
from exporters.word.report import write_docx
from importers.images import import_image
from importers.pdf import import_pdf
from storage.facts import segment_details
from storage.retrieval import code_counts, segment_rows
from storage.source_stats import segment_counts

TRUST = "ag2008.process.trust_building"


def _study(project, tmp_path):
    """An interview (May) coding trust in text, a photo (June) coding it in a region."""
    code = project.codes.resolve(TRUST)
    interview = project.sources.add("interview", "Wawancara P01", "Kami percaya pada dinas.",
                                    date="2024-05-02")
    project.segments.add(interview, code.id, 0, 11)
    photo = import_image(project, exif_jpeg(tmp_path / "forum.jpg"), title="Foto forum",
                         date="2024-06-10", caption="Forum desa")
    media = project.media.images(photo)[0]
    region = project.images.add_region(media.id, code.id, (40, 30, 200, 120))
    return code, interview, photo, region


def test_region_counts_on_board_triangulation_and_matrix(project, tmp_path):
    code, _interview, photo, region = _study(project, tmp_path)
    evidence = Evidence.load(project)
    assert evidence.segment_count == 2
    row = {r.code_id: r for r in board(evidence, {}, {}, "indicators")}[code.id]
    assert row.segments == 2
    tri = {r.code_id: r for r in triangulation(evidence, level="indicators")}[code.id]
    assert photo in tri.stats.sources
    assert tri.stats.techniques == ["interview", "document"]
    assert tri.stats.dates == {"2024-05-02", "2024-06-10"}
    by_technique = crosstab(evidence, "technique", "indicators")
    assert by_technique.count(code.id, "document") == 1
    assert evidence.segment_ids(code.id, "indicators", "source", photo) == [-region]


def test_region_in_details_retrieval_and_counts(project, tmp_path):
    code, interview, photo, region = _study(project, tmp_path)
    [detail] = segment_details(project, [-region])
    assert detail.text == "[region 40,30 200\u00d7120] of Forum desa"
    assert detail.region.media_id == project.media.images(photo)[0].id
    assert detail.technique == "document" and detail.date == "2024-06-10"
    rows = segment_rows(project, [code.id])
    assert [(r.segment_id < 0, r.source_id) for r in rows] == [(False, interview),
                                                                (True, photo)]
    assert rows[1].text == detail.text and rows[1].region.rect == (40, 30, 200, 120)
    counts = code_counts(project)[code.id]
    assert (counts.segments, counts.sources) == (2, 2)
    assert segment_counts(project)[photo] == 1
    project.images.delete_region(region)
    assert photo not in segment_counts(project)
    assert Evidence.load(project).segment_count == 1


def test_scanned_page_region_names_its_page(project, tmp_path):
    code = project.codes.resolve(TRUST)
    source, _content = import_pdf(project, scanned_pdf(tmp_path / "scan.pdf"), title="MoU")
    page2 = project.media.images(source)[1]
    region = project.images.add_region(page2.id, code.id, (10, 10, 50, 40))
    [detail] = segment_details(project, [-region])
    assert detail.text == "[region 10,10 50\u00d740] of page 2 of MoU"


def test_report_and_workbook_list_the_region(project, tmp_path):
    code, _interview, _photo, region = _study(project, tmp_path)
    out = tmp_path / "laporan.docx"
    write_docx(project, out, ExportOptions(language="id"))
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "[area 40,30 200\u00d7120] pada foto Forum desa" in xml
    assert "\u201c[area" not in xml                  # a description, not a quotation
    book = tmp_path / "data.xlsx"
    write_xlsx(project, book, ExportOptions(language="en"))
    sheet = load_workbook(book, read_only=True)["Segments"]
    rows = [r for r in sheet.iter_rows(values_only=True)]
    region_rows = [r for r in rows if r[0] == -region]
    assert len(region_rows) == 1
    assert "[region 40,30 200\u00d7120] of Forum desa" in region_rows[0]
    assert code.node_id in region_rows[0]
