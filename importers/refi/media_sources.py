"""PictureSource and PDFSource of a REFI-QDA project: read them, then store them.

`read_media_source` (called by the reader for those elements) reads the text inside
(`TextDescription` of a picture, `Representation` of a PDF) as an ordinary text source
under the outer element's GUID, so Cases and notes that name the source find it, and
keeps the picture or PDF bytes from the archive, the picture's coded regions
(PictureSelection, in image pixels) and Telaah's `telaah-media.json` entry (page
ranges, caption, EXIF date, camera) in `doc.media`. A PDF's pages, scanned pages and
PDFSelections are worked out by `importers/refi/pdf_pages.py`. `apply_media` runs
inside the import's action after the sources are written: it keeps the files in the
media folder and writes the media rows, the pages, the image details and the regions
(of photos and of a scan's pages).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from importers.refi.document import RefiSource
from importers.refi.package import read_reference
from importers.refi.pdf_pages import place_pdf, read_pdf_regions
from importers.refi.recording_sources import RECORDING_KINDS, apply_recording
from resources.refi import normalise_guid

MEDIA_ENTRY = "telaah-media.json"
MEDIA_KINDS = ("PictureSource", "PDFSource")
_INNER = {"PictureSource": "TextDescription", "PDFSource": "Representation"}


@dataclass
class RefiRegion:
    guid: str
    box: tuple[int, int, int, int]     # x, y, width, height
    code_guids: list[str]
    user: str | None
    memo: str = ""


@dataclass
class RefiMedia:
    kind: str
    name: str
    data: bytes | None
    suffix: str
    regions: list[RefiRegion] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    pdf_regions: list = field(default_factory=list)     # pdf_pages.RefiPdfRegion
    page_images: list[tuple[str, bytes]] = field(default_factory=list)  # of a scan
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    page_regions: list[tuple[int, RefiRegion]] = field(default_factory=list)


def read_media_source(reader, kind: str, element, base_path: str) -> None:
    """Read one PictureSource/PDFSource into `reader.doc` (sources and media). One whose
    file and text are both missing is skipped and listed as before."""
    doc = reader.doc
    path = element.get("path") or ""
    data, _why = read_reference(reader.package, path, base_path) if path else (None, "")
    inner = next((child for child in element
                  if child.tag == f"{reader.prefix}{_INNER[kind]}"), None)
    if data is None and inner is None:
        reader.skip_media(kind, element)
        return
    outer = reader.guid(element.get("guid"), "source")
    name = element.get("name") or path or "Untitled source"
    count, listed = len(doc.sources), len(doc.skipped)
    if inner is not None:
        reader.read_text_source(inner, base_path)
        if len(doc.sources) == count:          # its text could not be read
            del doc.skipped[listed:]
            reader.skip_media(kind, element)
            return
    else:
        doc.sources.append(RefiSource(outer, name, "", ""))
    doc.sources[-1].guid, doc.sources[-1].name = outer, name
    media = RefiMedia(kind, name, data, Path(path.rpartition("/")[2]).suffix.lower())
    media.extra = dict(_extras(reader).get(outer, {}))
    if kind == "PictureSource":
        media.regions = [_region(reader, child) for child in element
                         if child.tag == f"{reader.prefix}PictureSelection"]
    else:
        media.pdf_regions = read_pdf_regions(reader, element)
        place_pdf(reader, doc.sources[-1], media, inner is not None)
    if data is None:
        doc.skipped.append(f"{kind} '{name}': its file {path or '(none)'} is not in the "
                           "archive; its text came in without it")
    doc.media[outer] = media


def _extras(reader) -> dict:
    cached = getattr(reader, "_media_extras", None)
    if cached is None:
        raw = reader.package.entry(MEDIA_ENTRY)
        try:
            cached = json.loads(raw) if raw else {}
        except ValueError:
            cached = {}
        reader._media_extras = cached = {normalise_guid(k) or k: v for k, v in cached.items()}
    return cached


def _region(reader, element) -> RefiRegion:
    x1, y1, x2, y2 = (int(element.get(a, "0")) for a in ("firstX", "firstY", "secondX",
                                                          "secondY"))
    codes, memo = [], ""
    for child in element:
        if child.tag == f"{reader.prefix}Coding":
            codes += [normalise_guid(ref.get("targetGUID")) for ref in child]
        elif child.tag == f"{reader.prefix}Description":
            memo = child.text or ""
    return RefiRegion(normalise_guid(element.get("guid")) or "",
                      (min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1)),
                      [c for c in codes if c], reader.user(element.get("creatingUser")), memo)


def apply_media(project, act, doc, source_ids: dict[str, int], code_ids: dict[str, int],
                summary, fallback_user: str = "REFI-QDA import") -> None:
    """Inside the import's action: files, pages, details and regions of `doc.media`
    (a region without a creating user is stamped with `fallback_user`, as selections
    are)."""
    from importers.images import image_size_of_bytes

    for guid, media in doc.media.items():
        source_id = source_ids.get(guid)
        if source_id is None:
            continue
        pages = media.extra.get("pages") or []
        length = len(project.sources.text(source_id))
        if pages and all(0 <= a <= b <= length for a, b in pages):
            project.pages.set_pages(act, source_id, [tuple(p) for p in pages])
        if media.data is None:
            continue
        if media.kind in RECORDING_KINDS:
            apply_recording(project, media, source_id)
            continue
        stored = project.media.store_bytes(media.data, media.suffix)
        if media.kind == "PDFSource":
            project.media.record(source_id, "original", stored, original_name=media.name)
            _page_images(project, media, source_id, code_ids, summary, fallback_user)
            continue
        width, height = image_size_of_bytes(media.data)
        media_id = project.media.record(source_id, "image", stored, original_name=media.name,
                                        width=width, height=height)
        project.images.set_details(source_id, caption=media.extra.get("caption", ""),
                                   taken=media.extra.get("taken", ""),
                                   camera=media.extra.get("camera", ""))
        _regions(project, media, media_id, code_ids, summary, fallback_user)


def _page_images(project, media: RefiMedia, source_id: int, code_ids: dict[str, int],
                 summary, fallback_user: str) -> None:
    """A scanned PDF's page images (as an imported scan keeps them) and their regions."""
    from importers.images import image_size_of_bytes

    for page, (suffix, data) in enumerate(media.page_images, 1):
        width, height = image_size_of_bytes(data)
        media_id = project.media.record(
            source_id, "page_image", project.media.store_bytes(data, suffix), position=page,
            original_name=f"{Path(media.name).stem} p{page}", width=width, height=height)
        regions = [region for at, region in media.page_regions if at == page]
        _regions(project, media, media_id, code_ids, summary, fallback_user, regions)


def _regions(project, media: RefiMedia, media_id: int, code_ids: dict[str, int],
             summary, fallback_user: str, regions: list[RefiRegion] | None = None) -> None:
    from storage.errors import TelaahError

    for region in media.regions if regions is None else regions:
        for code_guid in region.code_guids:
            code_id = code_ids.get(code_guid)
            if code_id is None:
                continue
            try:
                project.images.add_region(media_id, code_id, region.box, memo=region.memo,
                                          coder=region.user or fallback_user,
                                          guid=_free(project, region))
            except TelaahError as error:
                summary.skipped.append(f"picture region in '{media.name}': {error}")


def _free(project, region: RefiRegion) -> str | None:
    """The region's GUID unless the project already has it (then a new one)."""
    if region.guid and not project.images.has_region_guid(region.guid):
        return region.guid
    return None
