"""Photos and other images into documentation sources, with their EXIF details.

Pillow reads the size and the EXIF date, place (GPS position) and camera make/model.
Sizes are of the image as shown (after its EXIF rotation), the coordinates coded
regions are stored in. The image file is kept in the media folder; the source's text
is the photo's description (codable), its caption and EXIF details are kept beside it.
HEIC is read when a Pillow plugin for it is installed; otherwise the GUI passes the
size Qt reads (`shown_size`, where Qt has a HEIC plugin), and without either it is
refused by name.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage import Project, messages
from storage.errors import ImportFailedError

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".tif", ".tiff"}
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATE_TAKEN, _MAKE, _MODEL, _ORIENTATION = 0x9003, 0x010F, 0x0110, 0x0112


@dataclass
class ImageInfo:
    """What an image file says about itself."""

    width: int
    height: int
    taken: str = ""      # ISO 8601 date-time from EXIF
    place: str = ""      # "lat, lon" from EXIF GPS
    camera: str = ""     # make and model

    @property
    def date(self) -> str | None:
        return self.taken[:10] or None


def read_image(path: Path) -> ImageInfo:
    """Size and EXIF details of an image; ImportFailedError when Pillow cannot read it."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    if not path.is_file():
        raise ImportFailedError.of(messages.FILE_MISSING, path=path)
    try:
        with Image.open(path) as image:
            image.verify()
        with Image.open(path) as image:
            return _info(image)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ImportFailedError.of(messages.IMAGE_UNREADABLE, path=path,
                                   detail=str(error) or type(error).__name__) from None


def image_size_of_bytes(data: bytes) -> tuple[int | None, int | None]:
    """(width, height) of an encoded image, or (None, None) when unreadable."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            info = _info(image)
    except Exception:  # noqa: BLE001 - a page image Pillow cannot read still imports
        return None, None
    return info.width, info.height


def _info(image) -> ImageInfo:
    exif = image.getexif()
    width, height = image.size
    if exif.get(_ORIENTATION) in (5, 6, 7, 8):
        width, height = height, width
    camera = " ".join(str(exif.get(tag, "")).strip("\x00 ") for tag in (_MAKE, _MODEL))
    return ImageInfo(width, height, taken=_taken(exif), place=_place(exif),
                     camera=camera.strip())


def _taken(exif) -> str:
    raw = exif.get_ifd(_EXIF_IFD).get(_DATE_TAKEN) or exif.get(0x0132)
    try:
        return datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
    except ValueError:
        return ""


def _place(exif) -> str:
    gps = exif.get_ifd(_GPS_IFD)
    try:
        lat = _degrees(gps[2], gps.get(1, "N"))
        lon = _degrees(gps[4], gps.get(3, "E"))
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return ""
    return f"{lat:.5f}, {lon:.5f}"


def _degrees(values, reference: str) -> float:
    degrees, minutes, seconds = (float(v) for v in values)
    sign = -1 if str(reference).strip("\x00 ").upper() in ("S", "W") else 1
    return sign * (degrees + minutes / 60 + seconds / 3600)


def import_image(project: Project, path: Path, kind: str = "document", *,
                 title: str | None = None, date: str | None = None, caption: str = "",
                 place: str | None = None, description: str = "",
                 shown_size: tuple[int, int] | None = None, participant_ids=(),
                 origin: object = None) -> int:
    """A documentation source for the image, as one action; returns the source id.

    `shown_size`: the image's size as the interface reads it, used when Pillow cannot
    read the file (HEIC without a Pillow plugin; no EXIF details then)."""
    path = Path(path)
    try:
        info = read_image(path)
    except ImportFailedError:
        if not shown_size or not path.is_file():
            raise
        info = ImageInfo(*shown_size)
    stored = project.media.store_file(path)
    try:
        with project.action(f"Import {path.name}", origin):
            source_id = project.sources.add(
                kind, title or path.stem, description, date=date or info.date,
                participant_ids=participant_ids,
                place=info.place if place is None else place, doc_type="image",
                origin_path=str(path.resolve()))
            project.media.record(source_id, "image", stored, original_name=path.name,
                                 width=info.width, height=info.height)
            project.images.set_details(source_id, caption=caption, taken=info.taken,
                                       camera=info.camera)
    except Exception:
        project.media.discard([stored])
        raise
    return source_id
