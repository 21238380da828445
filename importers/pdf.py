"""PDF documents into sources: text by page with pypdf, or page images when scanned.

`read_pdf` needs no project (it runs in a worker thread): it refuses encrypted, damaged
and huge files with one-line messages, extracts each page's text with pypdf (chosen by
measurement, see `tools/compare_pdf_extractors.py`), drops the running header and
footer lines that repeat on most pages, and records where each page's text lies in the
joined text. A PDF without a text layer (a scan) yields its page images instead.
Cancelling raises `Cancelled` before anything is stored.

`store_pdf` writes one action: the source, its page ranges, the original PDF and any
page images (kept in the media folder), so a failure leaves the project as it was.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from storage import Project, messages
from storage.errors import ImportFailedError
from storage.progress import Progress, report

MAX_PAGES = 3000
MAX_BYTES = 500 * 1024 * 1024
MIN_TEXT_PER_PAGE = 20          # fewer characters per page on average: a scan
_DIGITS = re.compile(r"\d+")


@dataclass
class PdfContent:
    """What a PDF holds: text with page ranges, or (scanned) page images."""

    path: Path
    text: str = ""
    page_ranges: list[tuple[int, int]] = field(default_factory=list)
    page_images: list[tuple[str, bytes]] = field(default_factory=list)  # (suffix, bytes)
    page_count: int = 0

    @property
    def scanned(self) -> bool:
        return bool(self.page_images)


def read_pdf(path: Path, progress: Progress | None = None) -> PdfContent:
    """Read a PDF's pages; raises ImportFailedError naming the problem."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    path = Path(path)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # our message says what is wrong
    if not path.is_file():
        raise ImportFailedError.of(messages.FILE_MISSING, path=path)
    if path.stat().st_size > MAX_BYTES:
        raise ImportFailedError.of(messages.PDF_TOO_LARGE, path=path, pages="too many",
                                   limit=MAX_PAGES)
    try:
        reader = PdfReader(path)
        _decrypt(reader, path)
        count = len(reader.pages)
    except ImportFailedError:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        raise ImportFailedError.of(messages.PDF_DAMAGED, path=path, detail=error) from None
    if count == 0:
        raise ImportFailedError.of(messages.PDF_NO_PAGES, path=path)
    if count > MAX_PAGES:
        raise ImportFailedError.of(messages.PDF_TOO_LARGE, path=path, pages=count,
                                   limit=MAX_PAGES)
    pages = []
    for index, page in enumerate(reader.pages):
        report(progress, index, count, path.name)
        try:
            pages.append(page.extract_text() or "")
        except (PyPdfError, ValueError, KeyError, TypeError) as error:
            raise ImportFailedError.of(messages.PDF_DAMAGED, path=path,
                                       detail=f"page {index + 1}: {error}") from None
    content = PdfContent(path, page_count=count)
    if sum(len(p.strip()) for p in pages) < MIN_TEXT_PER_PAGE * count:
        content.page_images = _page_images(reader, path, progress)
        return content
    content.text, content.page_ranges = join_pages(strip_running_lines(pages))
    return content


def _decrypt(reader, path: Path) -> None:
    """Open a PDF locked only against printing/copying (empty password); refuse others."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except Exception:  # noqa: BLE001 - pypdf raises several kinds for unsupported crypto
        opened = 0
    if not opened:
        raise ImportFailedError.of(messages.PDF_ENCRYPTED, path=path)


def _page_images(reader, path: Path, progress: Progress | None) -> list[tuple[str, bytes]]:
    """The largest image of each page of a scan, as (suffix, bytes)."""
    images = []
    for index, page in enumerate(reader.pages):
        report(progress, index, len(reader.pages), path.name)
        try:
            found = list(page.images)
        except Exception:  # noqa: BLE001 - a broken image stream is reported below
            found = []
        if not found:
            raise ImportFailedError.of(messages.PDF_SCANNED_NO_IMAGES, path=path)
        best = max(found, key=lambda image: len(image.data))
        images.append((Path(best.name).suffix.lower() or ".png", best.data))
    return images


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's shown width and height in PDF points (rotation applied), or [] when
    pypdf cannot read the file (REFI-QDA PDFSelections are in points)."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(path)
        _decrypt(reader, Path(path))
        sizes = []
        for page in reader.pages:
            box = page.mediabox
            width, height = float(box.width), float(box.height)
            sizes.append((height, width) if page.rotation % 180 else (width, height))
        return sizes
    except Exception:  # noqa: BLE001 - any unreadable PDF: no sizes, the caller copes
        return []


def strip_running_lines(pages: list[str]) -> list[str]:
    """Pages without the header/footer lines repeated (numbers aside) on most pages."""
    if len(pages) < 3:
        return pages
    def edges(lines: list[str]) -> set[str]:
        return {_DIGITS.sub("#", line.strip()) for line in lines[:2] + lines[-2:]}
    split = [page.splitlines() for page in pages]
    seen = Counter(key for lines in split for key in edges(lines) if key)
    running = {key for key, n in seen.items() if n >= max(3, len(pages) // 2)}
    result = []
    for lines in split:
        keep = [line for i, line in enumerate(lines)
                if not ((i < 2 or i >= len(lines) - 2)
                        and _DIGITS.sub("#", line.strip()) in running)]
        result.append("\n".join(keep))
    return result


def join_pages(pages: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The pages joined by blank lines, and each page's [start, end) in the result."""
    parts, ranges, position = [], [], 0
    for number, page in enumerate(pages):
        text = page.strip()
        if number:
            parts.append("\n\n")
            position += 2
        parts.append(text)
        ranges.append((position, position + len(text)))
        position += len(text)
    return "".join(parts), ranges


def store_pdf(project: Project, content: PdfContent, kind: str = "document", *,
              title: str | None = None, date: str | None = None,
              participant_ids=(), origin: object = None) -> int:
    """Store a read PDF as one source in one action; returns the source id."""
    from importers.images import image_size_of_bytes

    original = project.media.store_file(content.path)
    pages = [project.media.store_bytes(data, suffix) for suffix, data in content.page_images]
    try:
        with project.action(f"Import {content.path.name}", origin) as act:
            source_id = project.sources.add(
                kind, title or content.path.stem, content.text, date=date,
                participant_ids=participant_ids, doc_type="pdf",
                origin_path=str(content.path.resolve()))
            project.pages.set_pages(act, source_id, content.page_ranges)
            project.media.record(source_id, "original", original,
                                 original_name=content.path.name)
            for page, (stored, (_suffix, data)) in enumerate(
                    zip(pages, content.page_images, strict=True), 1):
                width, height = image_size_of_bytes(data)
                project.media.record(source_id, "page_image", stored, position=page,
                                     original_name=f"{content.path.stem} p{page}",
                                     width=width, height=height)
    except Exception:
        project.media.discard([original, *pages])
        raise
    return source_id


def import_pdf(project: Project, path: Path, kind: str = "document", *,
               title: str | None = None, date: str | None = None,
               progress: Progress | None = None) -> tuple[int, PdfContent]:
    """Read and store one PDF; returns (source id, what was read)."""
    content = read_pdf(path, progress)
    return store_pdf(project, content, kind, title=title, date=date), content
