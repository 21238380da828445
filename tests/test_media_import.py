"""PDFs, images and recordings into a project: what is kept, refused, and cited."""

from __future__ import annotations

import pytest
from media_files import encrypted_pdf, exif_jpeg, report_pdf, scanned_pdf, tone_wav

from exporters.privacy.images import private_parts_removed
from importers.images import import_image, read_image
from importers.pdf import import_pdf, read_pdf
from importers.recordings import attach_recording, import_recording
from storage.errors import ImportFailedError
from storage.media import file_sha256
from storage.pages import page_citation
from storage.progress import Cancelled


def _snapshot(project):
    return (project.sources.count(), project.media.counts(), project.pages.page_aware_count())


def test_pdf_pages_recorded_and_cited(project, tmp_path):
    body = report_pdf(tmp_path / "laporan.pdf", 4)
    source_id, content = import_pdf(project, tmp_path / "laporan.pdf", title="Laporan 2024")
    text = project.sources.text(source_id)
    assert content.page_count == 4
    assert "PEMERINTAH KABUPATEN SLEMAN" not in text and "Halaman" not in text
    ranges = project.pages.ranges(source_id)
    assert [page for page, _a, _b in ranges] == [1, 2, 3, 4]
    # a paragraph of page 3 (six per page) is found on page 3 and cited so
    words = body[13].split()[:6]
    start = text.index(" ".join(words))
    pages = project.pages.pages_of(source_id, start, start + 20)
    assert pages == [3]
    assert page_citation(pages, "id") == "(hlm. 3)"
    assert page_citation([3, 4], "en") == "(pp. 3-4)"
    original = project.media.list(source_id, "original")[0]
    assert original.sha256 == file_sha256(tmp_path / "laporan.pdf")
    assert project.media.check(original) is None
    assert project.media.path_of(original).parent == tmp_path / "study-media"


def test_page_ranges_follow_text_edits(project, tmp_path):
    report_pdf(tmp_path / "laporan.pdf", 3)
    source_id, _content = import_pdf(project, tmp_path / "laporan.pdf")
    (_p, a2, b2), (_q, a3, b3) = project.pages.ranges(source_id)[1:]
    project.sources.edit_text(source_id, 0, 0, "CATATAN. ")
    assert project.pages.ranges(source_id)[1:] == [(2, a2 + 9, b2 + 9), (3, a3 + 9, b3 + 9)]


def test_scanned_pdf_imported_as_page_images(project, tmp_path):
    scanned_pdf(tmp_path / "scan.pdf", pages=2)
    source_id, content = import_pdf(project, tmp_path / "scan.pdf")
    assert content.scanned
    pages = project.media.images(source_id)
    assert [m.position for m in pages] == [1, 2]
    assert all(m.role == "page_image" and m.width and m.height for m in pages)


@pytest.mark.parametrize("make", ["encrypted", "damaged", "not-a-pdf"])
def test_bad_pdfs_refused_and_nothing_kept(project, tmp_path, make):
    report_pdf(tmp_path / "ok.pdf", 1)
    bad = tmp_path / "bad.pdf"
    if make == "encrypted":
        encrypted_pdf(tmp_path / "ok.pdf", bad)
    elif make == "damaged":
        bad.write_bytes((tmp_path / "ok.pdf").read_bytes()[:400])
    else:
        bad.write_text("just text")
    before = _snapshot(project)
    with pytest.raises(ImportFailedError) as raised:
        import_pdf(project, bad)
    assert str(bad) in str(raised.value)
    assert ("encrypted" in str(raised.value)) == (make == "encrypted")
    assert _snapshot(project) == before


def test_huge_pdf_refused(project, tmp_path):
    from pypdf import PdfWriter

    from importers.pdf import MAX_PAGES

    writer = PdfWriter()
    for _ in range(MAX_PAGES + 1):
        writer.add_blank_page(100, 100)
    with open(tmp_path / "huge.pdf", "wb") as out:
        writer.write(out)
    with pytest.raises(ImportFailedError, match="split it"):
        import_pdf(project, tmp_path / "huge.pdf")
    assert project.sources.count() == 0


def test_cancelled_pdf_read_stores_nothing(project, tmp_path):
    report_pdf(tmp_path / "laporan.pdf", 3)
    with pytest.raises(Cancelled):
        read_pdf(tmp_path / "laporan.pdf", progress=lambda done, total, text: done < 1)
    assert project.sources.count() == 0


def test_image_with_exif_becomes_documentation_source(project, tmp_path):
    photo = exif_jpeg(tmp_path / "forum.jpg")
    source_id = import_image(project, photo, caption="Forum desa Sleman",
                             description="Peserta forum duduk melingkar.")
    source = project.sources.get(source_id)
    assert source.kind == "document" and source.date == "2024-05-17"
    assert source.place == "-7.79560, 110.36970"
    assert project.sources.text(source_id) == "Peserta forum duduk melingkar."
    details = project.images.details(source_id)
    assert (details.caption, details.taken, details.camera) == (
        "Forum desa Sleman", "2024-05-17T09:30:00", "Fujifilm X-T30")
    (image,) = project.media.images(source_id)
    assert (image.width, image.height) == (640, 480)


def test_image_region_in_pixels_undoable(project, tmp_path):
    source_id = import_image(project, exif_jpeg(tmp_path / "forum.jpg"))
    (image,) = project.media.images(source_id)
    code_id = project.codes.resolve("ag2008.process.face_to_face_dialogue").id
    region_id = project.images.add_region(image.id, code_id, (10, 20, 300, 200))
    region = project.images.region(region_id)
    assert (region.x, region.y, region.width, region.height) == (10, 20, 300, 200)
    with pytest.raises(Exception, match="outside the image"):
        project.images.add_region(image.id, code_id, (600, 20, 100, 100))
    with project.action("Delete") as act:
        project.sources.delete(source_id)
    assert project.images.count_regions() == 0 and project.media.counts()["image"] == 0
    project.undo(act.change)
    assert project.images.region(region_id).width == 300


def test_private_exif_stripped(tmp_path):
    photo = exif_jpeg(tmp_path / "forum.jpg")
    cleaned = tmp_path / "clean.jpg"
    cleaned.write_bytes(private_parts_removed(photo.read_bytes()))
    from PIL import Image

    with Image.open(cleaned) as image:
        exif = image.getexif()
        assert not exif.get_ifd(0x8825)
        assert 0xA431 not in exif.get_ifd(0x8769)
        assert exif.get_ifd(0x8769)[0x9003] == "2024:05:17 09:30:00"
    info = read_image(cleaned)
    assert info.place == "" and (info.width, info.height) == (640, 480)


def test_recording_attached_and_imported(project, tmp_path):
    wav = tone_wav(tmp_path / "wawancara.wav", seconds=3)
    source_id = project.sources.add("interview", "Wawancara P01", "")
    attach_recording(project, source_id, wav)
    recording = project.media.recording(source_id)
    assert abs(recording.duration_ms - 3000) < 50 and recording.sha256 == file_sha256(wav)
    new_id = import_recording(project, wav, title="Rekaman kedua")
    assert project.sources.get(new_id).kind == "interview"
    assert len(list((tmp_path / "study-media").iterdir())) == 1  # stored once by checksum
    (tmp_path / "clip.mp3").write_text("not audio")
    with pytest.raises(ImportFailedError, match="clip.mp3"):
        attach_recording(project, source_id, tmp_path / "clip.mp3")


def test_check_names_missing_and_changed_media(project, tmp_path):
    from storage.consistency import consistency_problems

    source_id = project.sources.add("interview", "Wawancara P02", "")
    attach_recording(project, source_id, tone_wav(tmp_path / "a.wav", seconds=1))
    photo_id = import_image(project, exif_jpeg(tmp_path / "foto.jpg"))
    assert consistency_problems(project) == []
    recording = project.media.recording(source_id)
    project.media.path_of(recording).unlink()
    (image,) = project.media.images(photo_id)
    with open(project.media.path_of(image), "ab") as handle:
        handle.write(b"x")
    problems = consistency_problems(project)
    assert len(problems) == 2
    assert "a.wav is missing" in problems[0] and "foto.jpg) has changed" in problems[1]


def test_heic_without_pillow_plugin_needs_the_size_qt_read(project, tmp_path):
    heic = tmp_path / "IMG_0001.heic"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
    with pytest.raises(ImportFailedError, match="IMG_0001.heic"):
        import_image(project, heic)
    assert project.sources.count() == 0
    source_id = import_image(project, heic, shown_size=(3024, 4032))
    (image,) = project.media.images(source_id)
    assert (image.width, image.height) == (3024, 4032)
