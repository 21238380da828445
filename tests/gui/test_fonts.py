"""Emoji are drawn with the open-licensed emoji font, not as empty boxes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QTextLayout

from gui.fonts import emoji_font_file, install_fallback_fonts

GRIN = "\N{GRINNING FACE}"


def test_emoji_font_is_loaded_and_used_for_emoji(qapp):
    if emoji_font_file() is None:
        pytest.skip("no emoji font: install Debian's fonts-noto-color-emoji (.ci/run does)")
    families = install_fallback_fonts()
    assert families and QFontDatabase.applicationEmojiFontFamilies()[0] == families[0]
    assert QFontMetrics(QFont(families[0])).inFontUcs4(ord(GRIN))
    layout = QTextLayout(f"Pak Budi bilang {GRIN} setuju", QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    used = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert families[0] in used
