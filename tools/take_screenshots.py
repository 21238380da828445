"""Screenshots for docs/screenshots/, taken from a real X server (e.g. Xvfb).

    Xvfb :19 -screen 0 1920x1080x24 &
    DISPLAY=:19 QT_QPA_PLATFORM=xcb .venv/bin/python tools/take_screenshots.py

For each interface language (English, Indonesian) and each screen size the default
layout is made for (1,366 × 768, the common field laptop, and 1,920 × 1,080), the main
window is opened on a fresh copy of the demo study with the default layout and grabbed
from the screen twice: while coding (Retrieval below the text) and while judging
(the indicator board). Files: `docs/screenshots/{workbench,evaluation}-WxH-LANG.png`.
Settings, recent files and the demo copy go to a temporary folder, never the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))
LANGUAGES = ("en", "id")


def main() -> int:
    if not os.environ.get("DISPLAY"):
        sys.stderr.write("No DISPLAY: run under an X server (see the docstring).\n")
        return 2
    private = Path(tempfile.mkdtemp(prefix="telaah-shots-"))
    for name in ("TELAAH_CONFIG_DIR", "TELAAH_DATA_DIR", "XDG_CONFIG_HOME"):
        os.environ[name] = str(private / name.lower())
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QDockWidget

    from gui import fonts, i18n
    from gui.app import build_window, create_application
    from importers.demo import write_demo

    app = create_application()
    fonts.install_fallback_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        i18n.set_language(lang)
        for width, height in SIZES:
            project = write_demo(private / f"demo-{lang}-{width}.telaah")
            QSettings().remove("window")
            window = build_window()
            window.bridge.open(project)
            window.setGeometry(0, 0, width, height)
            window.restore_state()
            window.show()
            settle(app)
            for shot, dock in (("workbench", "retrievalDock"), ("evaluation", "evaluationDock")):
                window.findChild(QDockWidget, dock).raise_()
                settle(app)
                frame = window.frameGeometry()
                image = app.primaryScreen().grabWindow(0, frame.x(), frame.y(), width, height)
                path = OUT / f"{shot}-{width}x{height}-{lang}.png"
                small = image.toImage().convertToFormat(  # 256 colours: a third the size
                    QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
                small.save(str(path))
                sys.stdout.write(f"{path.relative_to(ROOT)}\n")
            window.close()
            window.bridge.close()
            window.deleteLater()
            settle(app)
    QApplication.processEvents()
    return 0


def settle(app, rounds: int = 30) -> None:
    """Let the window reach its size and paint (layout, timers, the X server)."""
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
