"""REFI-QDA with pictures and PDFs: PictureSource/PictureSelection and page-aware
PDFSource written valid against the XSD, and read back into a new project."""

from __future__ import annotations

import json
import zipfile

from media_files import exif_jpeg, report_pdf
from test_refi_support import qde_of, schema

from exporters.refi import write_qdpx
from importers.images import import_image
from importers.pdf import import_pdf
from importers.refi import new_project_from_refi
from resources.refi import PROJECT_NS

Q = f"{{{PROJECT_NS}}}"
TRUST = "ag2008.process.trust_building"


def _study(project, tmp_path):
    photo_id = import_image(project, exif_jpeg(tmp_path / "forum.jpg"), caption="Forum desa",
                            description="Peserta forum duduk melingkar di balai desa.")
    (image,) = project.media.images(photo_id)
    code_id = project.codes.resolve(TRUST).id
    project.images.add_region(image.id, code_id, (40, 30, 200, 120), memo="Kepala desa")
    project.segments.add(photo_id, code_id, 0, 7)
    report_pdf(tmp_path / "mou.pdf", 3)
    pdf_id, _content = import_pdf(project, tmp_path / "mou.pdf", title="MoU Dinas")
    project.segments.add(pdf_id, code_id, 10, 40)
    return photo_id, pdf_id, code_id


def test_picture_and_pdf_sources_valid_and_in_the_archive(project, tmp_path):
    photo_id, pdf_id, _code = _study(project, tmp_path)
    out = tmp_path / "out.qdpx"
    write_qdpx(project, out)
    root = qde_of(out)
    schema().assertValid(root)
    (picture,) = root.iter(f"{Q}PictureSource")
    assert picture.get("name") == "forum" and picture.get("path").startswith("internal://")
    assert picture.find(f"{Q}TextDescription").find(f"{Q}PlainTextSelection") is not None
    (region,) = picture.iter(f"{Q}PictureSelection")
    assert [region.get(a) for a in ("firstX", "firstY", "secondX", "secondY")] == [
        "40", "30", "240", "150"]
    assert region.find(f"{Q}Coding/{Q}CodeRef") is not None
    (pdf,) = root.iter(f"{Q}PDFSource")
    assert pdf.find(f"{Q}Representation").get("plainTextPath").startswith("internal://")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        extra = json.loads(archive.read("telaah-media.json"))
    assert picture.get("path").replace("internal://", "sources/") in names
    assert pdf.get("path").replace("internal://", "sources/") in names
    assert len(extra[pdf.get("guid")]["pages"]) == 3
    assert extra[picture.get("guid")]["caption"] == "Forum desa"


def test_round_trip_keeps_pictures_regions_and_pages(project, tmp_path):
    photo_id, pdf_id, _code = _study(project, tmp_path)
    write_qdpx(project, tmp_path / "out.qdpx")
    copy, _summary = new_project_from_refi(tmp_path / "copy.telaah", tmp_path / "out.qdpx")
    try:
        photo = copy.sources.by_title("forum")
        (image,) = copy.media.images(photo.id)
        assert (image.width, image.height) == (640, 480)
        assert copy.media.check(image) is None
        (region,) = copy.images.regions(image.id)
        assert (region.x, region.y, region.width, region.height) == (40, 30, 200, 120)
        assert copy.codes.get(region.code_id).node_id == TRUST
        assert region.memo == "Kepala desa"
        assert copy.images.details(photo.id).caption == "Forum desa"
        assert copy.sources.text(photo.id) == project.sources.text(photo_id)
        pdf = copy.sources.by_title("MoU Dinas")
        assert copy.pages.ranges(pdf.id) == project.pages.ranges(pdf_id)
        assert copy.media.list(pdf.id, "original")[0].sha256 == \
            project.media.list(pdf_id, "original")[0].sha256
        write_qdpx(copy, tmp_path / "again.qdpx")
        schema().assertValid(qde_of(tmp_path / "again.qdpx"))
    finally:
        copy.close()
