"""Starting and driving the real app offscreen for the GUI measures.

`start_app(path)` goes through the app's own start-up (`gui.app.start`: application
object, translators, main window with every feature, the project opened as File >
Open does), without the first-start question for the coder's name. `close_app`
undoes it and waits for background jobs (the integrity check started on open).
"""

from __future__ import annotations

from pathlib import Path


def application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def start_app(path: Path):
    """The main window with the project at `path` open (events not yet processed)."""
    from gui.app import start
    from storage import config

    if not str(config.get("coder") or "").strip():  # the private config of the measures
        config.set_values(coder="Benchmark")
    return start(str(path), ask_coder=False)


def settle(rounds: int = 2) -> None:
    """Process pending events: posted events, then zero-delay timers they started."""
    app = application()
    for _ in range(rounds):
        app.processEvents()


def close_app(window) -> None:
    from gui import jobs

    jobs.wait_for_jobs()
    window.close()
    window.bridge.close()
    window.deleteLater()
    settle()


def feature(window, class_name: str):
    """The window's feature object of class `class_name` (e.g. "TextFeature")."""
    for item in window.features:
        if type(item).__name__ == class_name:
            return item
    raise LookupError(f"the main window has no {class_name}")


def check_populated(window) -> dict:
    """Counts showing the window is filled: sources listed, codebook rows, text shown."""
    sources = feature(window, "SourcesFeature").panel.model.visible_source_ids()
    codes = feature(window, "CodebookFeature").panel.model.rowCount()
    text = feature(window, "TextFeature").panel
    if not sources or not codes or window.bridge.project is None:
        raise RuntimeError(f"the window is not populated ({len(sources)} sources, "
                           f"{codes} top-level codes)")
    return {"sources": len(sources), "codes": codes, "text_source": text.source_id}


def highlighted_blocks(view, count: int = 40) -> int:
    """How many of the first `count` visible blocks carry highlighting formats."""
    block = view.firstVisibleBlock()
    found = 0
    for _ in range(count):
        if not block.isValid():
            break
        if block.layout() is not None and block.layout().formats():
            found += 1
        block = block.next()
    return found
