"""REFI-QDA and PDFs page by page: a scan's coded page regions written as PDFSelections
(valid against the XSD) and read back onto the page images; a PDFSource of another
program (no Representation, PDFSelections) read with its text, pages and segments."""

from __future__ import annotations

import json
import zipfile

from media_files import report_pdf, scanned_pdf
from test_refi_support import maker, qde_of, schema

from exporters.refi import write_qdpx
from importers.pdf import import_pdf, page_sizes
from importers.refi import new_project_from_refi
from resources.refi import PROJECT_NS

Q = f"{{{PROJECT_NS}}}"
TRUST = "ag2008.process.trust_building"
CODE = "85D17F60-7BB0-481E-B742-B4861DD669DF"


def test_scan_regions_are_pdf_selections_and_come_back(project, tmp_path):
    code_id = project.codes.resolve(TRUST).id
    source, _content = import_pdf(project, scanned_pdf(tmp_path / "scan.pdf"), title="MoU")
    page2 = project.media.images(source)[1]
    project.images.add_region(page2.id, code_id, (40, 60, 320, 60), memo="tanda tangan")
    out = tmp_path / "out.qdpx"
    write_qdpx(project, out)
    root = qde_of(out)
    schema().assertValid(root)
    (pdf,) = root.iter(f"{Q}PDFSource")
    (selection,) = pdf.iter(f"{Q}PDFSelection")
    assert selection.get("page") == "2"
    width, height = page_sizes(tmp_path / "scan.pdf")[1]          # A4 in points
    corners = [int(selection.get(a)) for a in ("firstX", "firstY", "secondX", "secondY")]
    expected = [40 * width / 400, 60 * height / 560, 360 * width / 400, 120 * height / 560]
    assert all(abs(a - b) <= 1 for a, b in zip(corners, expected, strict=True))
    assert selection.find(f"{Q}Coding/{Q}CodeRef") is not None
    copy, _summary = new_project_from_refi(tmp_path / "copy.telaah", out)
    try:
        again = copy.sources.by_title("MoU")
        pages = copy.media.images(again.id)
        assert [m.position for m in pages] == [1, 2]
        (region,) = copy.images.regions(pages[1].id)
        assert (region.x, region.y, region.width, region.height) == (40, 60, 320, 60)
        assert region.memo == "tanda tangan"
        assert copy.codes.get(region.code_id).node_id == TRUST
    finally:
        copy.close()


def _foreign_pdf_project(tmp_path, pdf_bytes: bytes, page_text: str):
    """A .qdpx as NVivo or MAXQDA might write it: a PDFSource with only the PDF, two
    PDFSelections (one carrying its text), no Telaah entries."""
    e = maker()
    selection = e.PDFSelection(
        e.Representation(e.PlainTextContent(page_text),
                         guid="11111111-2222-4333-8444-555555555555"),
        e.Coding(e.CodeRef(targetGUID=CODE), guid="A1111111-2222-4333-8444-555555555555"),
        guid="B1111111-2222-4333-8444-555555555555", page="2", firstX="50", firstY="80",
        secondX="300", secondY="120")
    whole = e.PDFSelection(
        e.Coding(e.CodeRef(targetGUID=CODE), guid="C1111111-2222-4333-8444-555555555555"),
        guid="D1111111-2222-4333-8444-555555555555", page="3", firstX="50", firstY="80",
        secondX="300", secondY="400")
    root = e.Project(
        e.CodeBook(e.Codes(e.Code(guid=CODE, name="Kepercayaan", isCodable="true"))),
        e.Sources(e.PDFSource(selection, whole, guid="E1111111-2222-4333-8444-555555555555",
                              name="Laporan Dinas.pdf",
                              path="internal://F1111111-2222-4333-8444-555555555555.pdf")),
        name="Foreign")
    schema().assertValid(root)
    path = tmp_path / "foreign.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", b'<?xml version="1.0" encoding="utf-8"?>\n'
                         + __import__("lxml.etree").etree.tostring(root))
        archive.writestr("sources/F1111111-2222-4333-8444-555555555555.pdf", pdf_bytes)
    return path


def test_foreign_pdf_source_gets_text_pages_and_segments(project, tmp_path):
    report_pdf(tmp_path / "laporan.pdf", 3)
    source, content = import_pdf(project, tmp_path / "laporan.pdf")
    start, end = project.pages.ranges(source)[1][1:]
    quoted = content.text[start:end].split("\n")[1].strip()
    path = _foreign_pdf_project(tmp_path, (tmp_path / "laporan.pdf").read_bytes(), quoted)
    copy, summary = new_project_from_refi(tmp_path / "copy.telaah", path)
    try:
        pdf = copy.sources.by_title("Laporan Dinas.pdf")
        text = copy.sources.text(pdf.id)
        assert text == content.text                       # read from the PDF itself
        assert copy.pages.ranges(pdf.id) == project.pages.ranges(source)
        first, second = sorted(copy.segments.for_source(pdf.id), key=lambda s: s.start)
        assert text[first.start:first.end] == quoted
        assert copy.pages.pages_of(pdf.id, first.start, first.end) == [2]
        page3 = copy.pages.ranges(pdf.id)[2]
        assert (second.start, second.end) == (page3[1], page3[2])   # the whole page
        assert any("whole text of page 3" in line for line in summary.notices)
        assert copy.media.list(pdf.id, "original")
        out = tmp_path / "again.qdpx"
        write_qdpx(copy, out)
        schema().assertValid(qde_of(out))
        with zipfile.ZipFile(out) as archive:
            extra = json.loads(archive.read("telaah-media.json"))
        assert len(next(iter(extra.values()))["pages"]) == 3
    finally:
        copy.close()
