"""Measures of the desktop app with real widgets offscreen."""

from __future__ import annotations

import time

from benchmarks.measures import Context, measure


@measure("open_app", "open the app until the main window is usable", limit=1.0)
def open_app(context: Context) -> dict:
    """From after Python and Qt are imported to a shown, populated main window."""
    from PySide6.QtWidgets import QApplication

    import gui.app  # noqa: F401  (imports are not part of the measure)
    from gui.bridge import ProjectBridge
    from gui.main_window import MainWindow
    from storage import Project

    app = QApplication.instance() or QApplication([])
    values = []
    for _ in range(context.runs):
        started = time.perf_counter()
        bridge = ProjectBridge()
        window = MainWindow(bridge)
        bridge.open(Project.open(context.project, full_check=False, backups_kept=1))
        window.show()
        app.processEvents()
        values.append(time.perf_counter() - started)
        window.close()
        bridge.close()
        window.deleteLater()
        app.processEvents()
    return {"values": values}
