"""Images leaving the project in a pseudonymised export lose their EXIF location and
camera serial numbers (and the maker notes that may hold them).

`private_parts_removed(data)` returns the image bytes re-saved by Pillow without those
tags; JPEGs keep their compressed data quality ("keep"), the orientation stays.
"""

from __future__ import annotations

import io

_GPS_IFD, _EXIF_IFD = 0x8825, 0x8769
# CameraOwnerName, BodySerialNumber, LensSerialNumber, MakerNote, ImageUniqueID
_PRIVATE_EXIF = (0xA430, 0xA431, 0xA435, 0x927C, 0xA420)
_PRIVATE_BASE = (0xC62F,)   # DNG camera serial number


def private_parts_removed(data: bytes) -> bytes:
    """The image without GPS position, serial numbers and maker notes."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        if not exif:
            return data
        exif.pop(_GPS_IFD, None)
        exif.get_ifd(_GPS_IFD).clear()
        for tag in _PRIVATE_BASE:
            exif.pop(tag, None)
        inner = exif.get_ifd(_EXIF_IFD)
        for tag in _PRIVATE_EXIF:
            inner.pop(tag, None)
        out = io.BytesIO()
        if image.format == "JPEG":
            image.save(out, format="JPEG", quality="keep", exif=exif.tobytes())
        else:
            image.save(out, format=image.format, exif=exif.tobytes())
        return out.getvalue()
