"""Image sources: a photo's caption and EXIF details, and coded rectangles of images.

An image source is a documentation source whose text is the photo's description
(codable like any text) and whose picture is a `media` file (role 'image'; a scanned
PDF's pages are 'page_image' files of one source). A coded region is a rectangle in
the image's own pixel coordinates (x, y from the top left, width, height), whatever
size it is shown at; REFI-QDA calls it a PictureSelection.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage import messages
from storage.errors import NotFoundError, ValidationError
from storage.models import VALENCES
from storage.repository import Repository
from storage.stamps import new_guid, now


@dataclass
class ImageDetails:
    """What is known about a photo besides its description."""

    source_id: int
    caption: str = ""
    taken: str = ""       # EXIF DateTimeOriginal as ISO 8601, '' when unknown
    camera: str = ""      # make and model (never a serial number)


@dataclass
class ImageRegion:
    """A coded rectangle of an image, in the image's pixels."""

    id: int
    media_id: int
    code_id: int
    x: int
    y: int
    width: int
    height: int
    valence: str = "supports"
    coder: str = ""
    memo: str = ""
    guid: str = ""
    created: str = ""
    modified: str = ""


class ImageRepository(Repository):
    """Image details and coded regions."""

    def details(self, source_id: int) -> ImageDetails | None:
        rows = self.rows("SELECT * FROM image_details WHERE source_id = ?", [source_id])
        return ImageDetails(**rows[0]) if rows else None

    def set_details(self, source_id: int, origin: object = None, **values) -> None:
        """Set caption/taken/camera of an image source (one action)."""
        current = self.details(source_id)
        with self.action("Edit image details", origin) as act:
            if current is None:
                act.insert("image_details", {"source_id": source_id, **values})
            else:
                act.update("image_details", {"source_id": source_id}, values)

    def add_region(self, media_id: int, code_id: int, rect: tuple[int, int, int, int], *,
                   valence: str = "supports", memo: str = "", coder: str | None = None,
                   origin: object = None, guid: str | None = None) -> int:
        """Code the rectangle (x, y, width, height) of an image; returns the region id."""
        media = self.project.media.get(media_id)
        x, y, width, height = (int(v) for v in rect)
        _check_rect(x, y, width, height, media.width, media.height)
        if valence not in VALENCES:
            raise ValidationError(f"Valence must be one of {', '.join(VALENCES)}.")
        code = self.project.codes.get(code_id)
        if not code.codable:
            raise ValidationError.of(messages.CODE_NOT_CODABLE, label=code.label_en)
        coder = self.project.require_coder(coder)
        stamp = now()
        row = {"guid": guid or new_guid(), "media_id": media_id, "code_id": code_id,
               "x": x, "y": y, "width": width, "height": height, "valence": valence,
               "coder": coder,
               "memo": memo, "created": stamp, "modified": stamp}
        with self.action("Code image region", origin) as act:
            return act.insert("image_regions", row)

    def delete_region(self, region_id: int, origin: object = None) -> None:
        with self.action("Remove image coding", origin) as act:
            act.delete("image_regions", {"id": region_id})

    def regions(self, media_id: int | None = None, code_id: int | None = None
                ) -> list[ImageRegion]:
        where, params = [], []
        if media_id is not None:
            where.append("media_id = ?")
            params.append(media_id)
        if code_id is not None:
            where.append("code_id = ?")
            params.append(code_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return [ImageRegion(**row) for row in self.rows(
            f"SELECT * FROM image_regions {clause} ORDER BY media_id, y, x, id", params)]

    def region(self, region_id: int) -> ImageRegion:
        rows = self.rows("SELECT * FROM image_regions WHERE id = ?", [region_id])
        if not rows:
            raise NotFoundError(f"There is no coded image region with id {region_id}.")
        return ImageRegion(**rows[0])

    def has_region_guid(self, guid: str) -> bool:
        return bool(self.scalar("SELECT 1 FROM image_regions WHERE guid = ?", [guid]))

    def count_regions(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM image_regions") or 0


def _check_rect(x: int, y: int, width: int, height: int,
                image_width: int | None, image_height: int | None) -> None:
    inside = x >= 0 and y >= 0 and width > 0 and height > 0
    if inside and image_width and image_height:
        inside = x + width <= image_width and y + height <= image_height
    if not inside:
        raise ValidationError.of(messages.REGION_OUTSIDE, x=x, y=y, width=width,
                                 height=height, image_width=image_width or "?",
                                 image_height=image_height or "?")
