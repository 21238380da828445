"""PDFSources from any REFI-QDA writer: their text, pages, scanned pages and PDFSelections.

A PDFSource's text is its `Representation` when there is one; otherwise (and to learn
where each page's text lies) the PDF in the archive is read with the same pypdf
importer as File → Import (`importers.pdf.read_pdf`, on a temporary copy). A scan
(no text layer) brings its page images, as an imported scan does.

A `PDFSelection` (a rectangle of a page: `page` from 1, corners in PDF points from
the page's top-left, as `exporters/refi/media.py` writes them) becomes:
- on a scan, a coded region of that page's image (Telaah's own exact pixel rectangle
  from `telaah-media.json` when present, else the points scaled to the image's pixels);
- on a PDF with text, a segment: of the selection's own `Representation` text where it
  is found on its page, else of the whole page's text (said in the summary);
- without pages or images, it is listed as not placed.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from importers.refi.document import RefiCoding, RefiSelection
from resources.refi import normalise_guid
from storage.errors import TelaahError


@dataclass
class RefiPdfRegion:
    guid: str
    page: int
    corners: tuple[int, int, int, int]          # firstX, firstY, secondX, secondY (points)
    codings: list[RefiCoding] = field(default_factory=list)
    user: str | None = None
    memo: str = ""
    text: str = ""                               # its Representation's text, if any


def read_pdf_regions(reader, element) -> list[RefiPdfRegion]:
    """The PDFSelections of a PDFSource element."""
    found = []
    for child in element:
        if child.tag != f"{reader.prefix}PDFSelection":
            continue
        try:
            page = int(child.get("page", ""))
            corners = tuple(int(child.get(a, "")) for a in ("firstX", "firstY", "secondX",
                                                            "secondY"))
        except ValueError:
            reader.doc.broken.append(f"PDF selection {child.get('guid') or '?'}: its page "
                                     "or corners are not whole numbers")
            continue
        region = RefiPdfRegion(normalise_guid(child.get("guid")) or "", page, corners,
                               user=reader.user(child.get("creatingUser")))
        for part in child:
            if part.tag == f"{reader.prefix}Coding":
                region.codings.append(reader.read_coding(part))
            elif part.tag == f"{reader.prefix}Description":
                region.memo = "".join(part.itertext())
            elif part.tag == f"{reader.prefix}Representation":
                region.text = "".join(
                    "".join(c.itertext()) for c in part
                    if c.tag == f"{reader.prefix}PlainTextContent").strip()
        found.append(region)
    return found


def read_pdf_bytes(data: bytes):
    """(PdfContent, page sizes in points) of a PDF's bytes, or (None, why not)."""
    from importers.pdf import page_sizes, read_pdf

    handle, name = tempfile.mkstemp(suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        return read_pdf(Path(name)), page_sizes(Path(name))
    except TelaahError as error:
        return None, str(error)
    finally:
        os.unlink(name)


def place_pdf(reader, source, media, has_text: bool) -> None:
    """Text, pages, page images and selections of a PDFSource (see the module docstring);
    `has_text`: the source came with a Representation."""
    if media.data is not None:
        content, sizes = read_pdf_bytes(media.data)
        if content is None:
            reader.doc.notices.append(f"PDF '{source.name}' could not be read for its pages "
                                      f"({sizes}); its text came in without them.")
        else:
            if not has_text and content.text:
                source.text = content.text
            if "pages" not in media.extra and content.page_ranges and (
                    content.text == source.text):
                media.extra["pages"] = [list(r) for r in content.page_ranges]
            if content.scanned:
                media.page_images, media.page_sizes = content.page_images, sizes
    for region in media.pdf_regions:
        _place_region(reader, source, media, region)


def _place_region(reader, source, media, region: RefiPdfRegion) -> None:
    if media.page_images and 1 <= region.page <= len(media.page_images):
        media.page_regions.append((region.page, _pixels(media, region)))
        return
    pages = media.extra.get("pages") or []
    if not 1 <= region.page <= len(pages):
        reader.doc.broken.append(f"PDF selection {region.guid or '?'} in '{source.name}' on "
                                 f"page {region.page}: the page's text is not known")
        return
    start, end = pages[region.page - 1]
    at = source.text.find(region.text, start, end) if region.text else -1
    if at >= 0:
        start, end = at, at + len(region.text)
    else:
        reader.doc.notices.append(f"PDF selection {region.guid or '?'} in '{source.name}' "
                                  f"became a segment of the whole text of page "
                                  f"{region.page}.")
    guid = region.guid if region.guid and region.guid not in reader.selection_guids else (
        reader.guid(None, "selection"))
    reader.selection_guids.add(guid)
    source.selections.append(RefiSelection(guid, start, end, region.memo, {}, region.user,
                                           list(region.codings)))


def _pixels(media, region: RefiPdfRegion):
    """The region as a RefiRegion in the page image's pixels."""
    from importers.images import image_size_of_bytes
    from importers.refi.media_sources import RefiRegion

    exact = (media.extra.get("page_regions") or {}).get(region.guid)
    codes = [c.code_guid for c in region.codings if c.code_guid]
    if exact and exact[0] == region.page:
        return RefiRegion(region.guid, tuple(exact[1:5]), codes, region.user, region.memo)
    x1, y1, x2, y2 = region.corners
    sx = sy = 1.0
    width, height = image_size_of_bytes(media.page_images[region.page - 1][1])
    if width and height and len(media.page_sizes) >= region.page:
        points = media.page_sizes[region.page - 1]
        sx, sy = width / points[0], height / points[1]
    box = (round(min(x1, x2) * sx), round(min(y1, y2) * sy),
           round(abs(x2 - x1) * sx), round(abs(y2 - y1) * sy))
    if width and height:   # points rounded outwards may pass the edge by a pixel
        box = (box[0], box[1], min(box[2], width - box[0]), min(box[3], height - box[1]))
    return RefiRegion(region.guid, box, codes, region.user, region.memo)
