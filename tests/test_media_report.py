"""The Word report with media: page citations, quote timestamps (an option), and coded
photo regions as captioned figures without EXIF; checked on the unzipped XML."""

from __future__ import annotations

import io
import zipfile

from media_files import exif_jpeg, report_pdf

from exporters.options import ExportOptions
from exporters.word.report import write_docx
from importers.images import import_image
from importers.pdf import import_pdf

TRUST = "ag2008.process.trust_building"
TRANSCRIPT = ("[00:00:00] I: Selamat pagi.\n"
              "[00:12:34] P01: Kami percaya pada dinas karena mereka selalu datang ke forum.")


def _study(project, tmp_path):
    code_id = project.codes.resolve(TRUST).id
    interview = project.sources.add("interview", "Wawancara P01", TRANSCRIPT,
                                    date="2024-05-02")
    start = TRANSCRIPT.index("Kami percaya")
    project.segments.add(interview, code_id, start, start + 30)
    report_pdf(tmp_path / "laporan.pdf", 3)
    pdf_id, _content = import_pdf(project, tmp_path / "laporan.pdf", title="Laporan Dinas")
    (_page, page2, _end) = project.pages.ranges(pdf_id)[1]
    project.segments.add(pdf_id, code_id, page2 + 5, page2 + 60)
    photo = import_image(project, exif_jpeg(tmp_path / "forum.jpg"), caption="Forum desa")
    project.images.add_region(project.media.images(photo)[0].id, code_id, (40, 30, 200, 120))
    other = import_image(project, exif_jpeg(tmp_path / "pameran.jpg", (320, 240)),
                         caption="Pameran UMKM", description="Stan pameran produk UMKM.")
    project.segments.add(other, code_id, 0, 4)          # its description: the whole photo


def _docx(path):
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
        media = {n: archive.read(n) for n in archive.namelist() if n.startswith("word/media/")}
    return xml, media


def test_page_citation_timestamps_and_figure(project, tmp_path):
    _study(project, tmp_path)
    out = tmp_path / "laporan.docx"
    write_docx(project, out, ExportOptions(language="id", quote_timestamps=True))
    xml, media = _docx(out)
    assert "(hlm. 2)" in xml
    assert "(00:12:34)" in xml
    assert "Gambar: Forum desa" in xml and "Gambar: Pameran UMKM" in xml
    from PIL import Image

    sizes = []
    for png in media.values():
        with Image.open(io.BytesIO(png)) as figure:
            assert not figure.getexif()                  # no GPS, no camera serial
            sizes.append(figure.size)
    assert sorted(sizes) == [(200, 120), (320, 240)]


def test_timestamps_only_when_asked_and_english_pages(project, tmp_path):
    _study(project, tmp_path)
    out = tmp_path / "report.docx"
    write_docx(project, out, ExportOptions(language="en", pseudonymize=True))
    xml, _media = _docx(out)
    assert "(p. 2)" in xml and "Figure: Forum desa" in xml
    assert "(00:12:34)" not in xml
