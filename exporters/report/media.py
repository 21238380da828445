"""The report's pieces from media: where a quote is (page, time) and photo figures.

`quote_locator` says where a quote stands in its source: "(hlm. 3)" / "(p. 3)" for a
source imported from a PDF, and, when the researcher asks for it
(`ExportOptions.quote_timestamps`), the transcript's nearest preceding timestamp
"(00:12:34)". `region_figures` crops the image regions coded with an indicator (or
its sub-codes) into PNG figures with their captions, and shows a whole photo whose
description is coded with it; a PNG made by Pillow carries no EXIF, so no location or
camera serial leaves in a report.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from storage.pages import page_citation
from storage.transcript import clock, timestamp_before

MAX_FIGURES = 3
FIGURE_WORD = {"id": "Gambar", "en": "Figure"}
FIGURE_PIXELS = 1600     # the longer side of a figure, at most


@dataclass
class Figure:
    png: bytes
    caption: str
    width: int
    height: int


def quote_locator(ctx, detail) -> str:
    """' (hlm. 3)', ' (00:12:34)', both, or '' for a quote's segment `detail`."""
    project, parts = ctx.project, []
    pages = project.pages.pages_of(detail.source_id, detail.start, detail.end)
    if pages:
        parts.append(page_citation(pages, ctx.options.language))
    if getattr(ctx.options, "quote_timestamps", False):
        texts = ctx.__dict__.setdefault("_media_texts", {})
        if detail.source_id not in texts:
            texts[detail.source_id] = project.sources.text(detail.source_id)
        ms = timestamp_before(texts[detail.source_id], detail.start)
        if ms is not None:
            parts.append(f"({clock(ms)})")
    return "".join(f" {part}" for part in parts)


def region_figures(ctx, code_id: int) -> list[Figure]:
    """Figures of the image regions coded with `code_id` or a code below it, then the
    whole photos whose description is coded with them (at most MAX_FIGURES)."""
    project = ctx.project
    members = ctx.figures.evidence.descendants(code_id)
    wanted = [(region.media_id, (region.x, region.y, region.width, region.height), code)
              for code in members for region in project.images.regions(code_id=code)]
    photos = {m.source_id: m.id for m in project.media.list(role="image")}
    if photos:
        described = {(s.source_id, s.code_id) for s in project.segments.for_codes(members)
                     if s.source_id in photos}
        wanted += [(photos[source], None, code) for source, code in sorted(described)]
    figures = []
    for media_id, box, code in wanted:
        figure = _figure(ctx, project.media.get(media_id), box, ctx.code_by_id[code])
        if figure is not None:
            figures.append(figure)
        if len(figures) >= MAX_FIGURES:
            break
    return figures


def _figure(ctx, media, box, code) -> Figure | None:
    """A PNG of the region `box` (x, y, width, height) of `media`, or of all of it."""
    from PIL import Image, ImageOps

    project = ctx.project
    source = project.sources.get(media.source_id)
    if not ctx.included(code) or project.media.check(media, full=False) is not None:
        return None
    with Image.open(project.media.path_of(media)) as image:
        shown = ImageOps.exif_transpose(image)
        if box is not None:
            x, y, width, height = box
            shown = shown.crop((x, y, x + width, y + height))
        crop = shown.convert("RGB")
    crop.thumbnail((FIGURE_PIXELS, FIGURE_PIXELS))
    out = io.BytesIO()
    crop.save(out, format="PNG")
    details = project.images.details(source.id)
    title = (details.caption if details and details.caption else source.title)
    page = f", {page_citation([media.position], ctx.options.language)}" \
        if media.role == "page_image" else ""
    caption = f"{ctx.pseudo(title)}{page} \u2014 {ctx.label(code)}"
    return Figure(out.getvalue(), caption, crop.width, crop.height)
