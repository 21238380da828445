"""PictureSource and PDFSource in a `.qdpx`: photos with coded regions, page-aware PDFs.

A source with a photo is written as a `PictureSource` (its `path` the image inside the
archive, `internal://<guid>.jpg`) whose `TextDescription` is the source's text (the
photo's description, with its PlainTextSelections) and whose coded regions are
`PictureSelection`s in image pixels (firstX/firstY the top-left corner, secondX/secondY
the bottom-right). A source imported from a PDF is a `PDFSource` (`path` the original
PDF) whose `Representation` is the extracted text. A scanned PDF (its pages kept as
images) stays one PDFSource, and the regions coded on its page images are
`PDFSelection`s of their page (`page` counted from 1; firstX/firstY the top-left and
secondX/secondY the bottom-right corner in PDF points from the page's top-left
corner, converted from the page image's pixels with the page size pypdf reads): the
file other programs get is the PDF, so its selections are said in the PDF's terms.
Everything else stays a TextSource (`exporters/refi/writer.py`). What REFI-QDA has no
place for (page ranges of the text, caption, EXIF date and camera, the exact pixel
rectangle of a page region) travels in the archive entry `telaah-media.json`, keyed
by source GUID.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field

from exporters.privacy.images import private_parts_removed
from exporters.refi.parts import coded_selection
from exporters.refi.transcripts import RECORDING_KINDS, recording_kind
from importers.pdf import page_sizes
from resources.refi import stable_guid, xml_safe

MEDIA_ENTRY = "telaah-media.json"


@dataclass
class SourceMedia:
    """The files and media records one source is exported with."""

    kind: str                          # "PictureSource" or "PDFSource"
    file_guid: str
    file_name: str                     # in the project's media folder
    suffix: str
    regions: list = field(default_factory=list)
    page_regions: list = field(default_factory=list)   # PageRegion of a scanned PDF
    points: dict = field(default_factory=dict)         # a transcript's sync points
    extra: dict = field(default_factory=dict)

    @property
    def path(self) -> str:
        return f"internal://{self.file_guid}{self.suffix}"


@dataclass
class PageRegion:
    """A region coded on a scanned PDF's page image, with the page's points per pixel."""

    page: int
    region: object                     # storage.images.ImageRegion
    scale: tuple[float, float]

    def corners(self) -> tuple[int, int, int, int]:
        """firstX, firstY, secondX, secondY in PDF points (rounded outwards)."""
        region, (sx, sy) = self.region, self.scale
        return (int(region.x * sx), int(region.y * sy),
                -int(-(region.x + region.width) * sx), -int(-(region.y + region.height) * sy))


def _page_regions(project, original, page_images) -> list[PageRegion]:
    """The regions of a scan's page images, with each page's size in points."""
    found = []
    sizes = None
    for media in page_images:
        regions = project.images.regions(media.id)
        if not regions:
            continue
        if sizes is None:
            sizes = page_sizes(project.media.path_of(original))
        scale = (1.0, 1.0)
        if 1 <= media.position <= len(sizes) and media.width and media.height:
            width, height = sizes[media.position - 1]
            scale = (width / media.width, height / media.height)
        found += [PageRegion(media.position, region, scale) for region in regions]
    return found


def gather_media(project, content) -> dict[int, SourceMedia]:
    """Which exported sources are pictures or PDFs, with their regions and extras."""
    found: dict[int, SourceMedia] = {}
    for source in content.sources:
        guid = content.source_guids[source.id]
        images = project.media.list(source.id, "image")
        originals = [m for m in project.media.list(source.id, "original") if m.suffix == ".pdf"]
        chosen = images[0] if images else (originals[0] if originals else None)
        if chosen is None:
            recording = project.media.recording(source.id)
            if recording is not None:
                found[source.id] = _recording(content, recording, guid,
                                              project.media.path_of(recording).is_file())
            continue
        kind = "PictureSource" if images else "PDFSource"
        info = SourceMedia(kind, stable_guid("media", chosen.guid), chosen.file_name,
                           chosen.suffix)
        if images:
            info.regions = project.images.regions(chosen.id)
            details = project.images.details(source.id)
            if details:
                info.extra.update(caption=details.caption, taken=details.taken,
                                  camera=details.camera)
        if not images:
            info.page_regions = _page_regions(project, chosen,
                                              project.media.list(source.id, "page_image"))
            if info.page_regions:
                info.extra["page_regions"] = {
                    r.region.guid: [r.page, r.region.x, r.region.y, r.region.width,
                                    r.region.height] for r in info.page_regions}
        pages = project.pages.ranges(source.id)
        if pages:
            info.extra["pages"] = [[start, end] for _page, start, end in pages]
        info.extra["source"] = guid
        found[source.id] = info
    return found


def _recording(content, recording, source_guid: str, present: bool) -> SourceMedia:
    """An Audio/VideoSource; a pseudonymised export leaves the voice out (no file), as
    it must when the file is missing from the media folder."""
    left_out = content.pseudonymised or not present
    return SourceMedia(recording_kind(recording.suffix), stable_guid("media", recording.guid),
                       "" if left_out else recording.file_name, recording.suffix,
                       extra={"source": source_guid})


def write_media_files(archive, project, media: dict[int, SourceMedia],
                      pseudonymised: bool = False) -> None:
    """The images and PDFs into `sources/` (as kept; in a pseudonymised export images
    lose their EXIF location and serial numbers), and the `telaah-media.json` entry."""
    entry = {}
    for info in media.values():
        if info.kind in RECORDING_KINDS:
            if info.file_name:
                archive.write(project.media.folder / info.file_name,
                              f"sources/{info.file_guid}{info.suffix}")
            continue
        data = (project.media.folder / info.file_name).read_bytes()
        if pseudonymised and info.kind == "PictureSource":
            data = private_parts_removed(data)
        archive.writestr(f"sources/{info.file_guid}{info.suffix}", data)
        extra = dict(info.extra)
        entry[extra.pop("source")] = extra
    if entry:
        archive.writestr(MEDIA_ENTRY, json.dumps(entry, ensure_ascii=False, indent=1,
                                                 sort_keys=True))


@contextmanager
def media_source(xf, q: str, content, source, info: SourceMedia):
    """Open the PictureSource/PDFSource of `source`; yields the tag and GUID its text
    is written with (TextDescription / Representation), then adds the regions."""
    guid = content.source_guids[source.id]
    attrib = {"guid": guid, "name": xml_safe(source.title), "path": info.path}
    inner = "TextDescription" if info.kind == "PictureSource" else "Representation"
    with xf.element(f"{q}{info.kind}", attrib):
        for page_region in info.page_regions:           # before the Representation
            _write_region(xf, q, content, page_region.region, page_region)
        yield f"{q}{inner}", stable_guid("text", guid)
        for region in info.regions:
            _write_region(xf, q, content, region)


def _write_region(xf, q: str, content, region, page: PageRegion | None = None) -> None:
    """A PictureSelection in image pixels, or (`page` given) a PDFSelection in points."""
    corners = page.corners() if page else (region.x, region.y, region.x + region.width,
                                           region.y + region.height)
    attrib = {"guid": region.guid, "name": f"{region.width}x{region.height} px"}
    if page is not None:
        attrib["page"] = str(page.page)
    attrib.update(zip(("firstX", "firstY", "secondX", "secondY"), map(str, corners),
                      strict=True))
    tag = "PDFSelection" if page else "PictureSelection"
    with coded_selection(xf, q, tag, attrib, content, region):
        pass
