"""Fallback fonts, so that emoji in transcripts and chat exports show, not empty boxes.

Telaah depends on an open-licensed colour emoji font installed with the system: Noto
Color Emoji (SIL Open Font License 1.1; Debian `fonts-noto-color-emoji`, installed by
`.ci/run`). At start-up `install_fallback_fonts()` loads the first emoji font found —
a font file dropped in `resources/fonts/` (with its licence file beside it), else the
system's (`EMOJI_FONT_FILES`) — with `QFontDatabase.addApplicationFont` and makes it
the application's emoji font, which Qt falls back to for emoji in every widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
EMOJI_FONT_FILES = (
    "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",            # Debian, Ubuntu
    "/usr/share/fonts/google-noto-color-emoji-fonts/Noto-COLRv1.ttf",  # Fedora
    "/usr/share/fonts/noto/NotoColorEmoji.ttf",                     # Arch
    "C:/Windows/Fonts/seguiemj.ttf",                                # Windows
    "/System/Library/Fonts/Apple Color Emoji.ttc",                  # macOS
)


def emoji_font_file() -> Path | None:
    """The emoji font to load: a bundled one first, else the system's."""
    bundled = sorted([*BUNDLED_DIR.glob("*.ttf"), *BUNDLED_DIR.glob("*.otf")]) \
        if BUNDLED_DIR.is_dir() else []
    for candidate in [*bundled, *map(Path, EMOJI_FONT_FILES)]:
        if candidate.is_file():
            return candidate
    return None


def install_fallback_fonts() -> list[str]:
    """Load the emoji font and put it first among the emoji fonts; returns its families."""
    path = emoji_font_file()
    if path is None:
        return []
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        others = [f for f in QFontDatabase.applicationEmojiFontFamilies() if f not in families]
        QFontDatabase.setApplicationEmojiFontFamilies([*families, *others])
    return families
