"""docs/screenshots/ holds the main window at both target sizes in both languages."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.mark.parametrize("name", ["workbench", "evaluation"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "id"])
def test_screenshot_exists_at_its_size(name, size, lang):
    path = SHOTS / f"{name}-{size[0]}x{size[1]}-{lang}.png"
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == size  # the IHDR width and height
