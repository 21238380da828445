"""PictureSource and PDFSource in a `.qdpx`: photos with coded regions, page-aware PDFs.

A source with a photo is written as a `PictureSource` (its `path` the image inside the
archive, `internal://<guid>.jpg`) whose `TextDescription` is the source's text (the
photo's description, with its PlainTextSelections) and whose coded regions are
`PictureSelection`s in image pixels (firstX/firstY the top-left corner, secondX/secondY
the bottom-right). A source imported from a PDF is a `PDFSource` (`path` the original
PDF) whose `Representation` is the extracted text. Everything else stays a TextSource
(`exporters/refi/writer.py`). What REFI-QDA has no place for (page ranges of the text,
caption, EXIF date and camera) travels in the archive entry `telaah-media.json`, keyed
by source GUID.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field

from exporters.privacy.images import private_parts_removed
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
    extra: dict = field(default_factory=dict)

    @property
    def path(self) -> str:
        return f"internal://{self.file_guid}{self.suffix}"


def gather_media(project, content) -> dict[int, SourceMedia]:
    """Which exported sources are pictures or PDFs, with their regions and extras."""
    found: dict[int, SourceMedia] = {}
    for source in content.sources:
        guid = content.source_guids[source.id]
        images = project.media.list(source.id, "image")
        originals = [m for m in project.media.list(source.id, "original") if m.suffix == ".pdf"]
        chosen = images[0] if images else (originals[0] if originals else None)
        if chosen is None:
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
        pages = project.pages.ranges(source.id)
        if pages:
            info.extra["pages"] = [[start, end] for _page, start, end in pages]
        info.extra["source"] = guid
        found[source.id] = info
    return found


def write_media_files(archive, project, media: dict[int, SourceMedia],
                      pseudonymised: bool = False) -> None:
    """The images and PDFs into `sources/` (as kept; in a pseudonymised export images
    lose their EXIF location and serial numbers), and the `telaah-media.json` entry."""
    entry = {}
    for info in media.values():
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
        yield f"{q}{inner}", stable_guid("text", guid)
        for region in info.regions:
            _write_region(xf, q, content, region)


def _write_region(xf, q: str, content, region) -> None:
    attrib = {"guid": region.guid, "name": f"{region.width}x{region.height} px",
              "firstX": str(region.x), "firstY": str(region.y),
              "secondX": str(region.x + region.width),
              "secondY": str(region.y + region.height)}
    coding = {"guid": stable_guid("coding", region.guid)}
    user = content.user_guids.get(region.coder)
    if user:
        attrib["creatingUser"] = coding["creatingUser"] = user
    with xf.element(f"{q}PictureSelection", attrib):
        if region.memo:
            with xf.element(f"{q}Description"):
                xf.write(xml_safe(region.memo))
        with xf.element(f"{q}Coding", coding), xf.element(
                f"{q}CodeRef", {"targetGUID": content.code_guids[region.code_id]}):
            pass
