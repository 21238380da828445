"""One cold start of the app, in a fresh process: `python -m benchmarks.app_start PROJECT`.

Python and Qt (PySide6.QtWidgets) are imported before the clock starts; then Telaah's
GUI modules are imported, `gui.app.start` builds the application object, translators
and main window and opens the project as File > Open does, and the pending events are
processed (window shown and painted, first source shown, zero-delay refreshes such as
the evaluation board). The figures go to stdout as one JSON line.
"""

from __future__ import annotations

import json
import sys
import time

import PySide6.QtWidgets  # noqa: F401  (Qt is imported before the measure)


def main(argv: list[str]) -> int:
    from benchmarks.gui_helpers import check_populated, close_app, settle, start_app
    from benchmarks.measures import peak_mb

    started = time.perf_counter()
    import gui.app  # noqa: F401  (Telaah's GUI modules: part of the start)

    imported = time.perf_counter()
    window = start_app(argv[0])
    opened = time.perf_counter()
    settle()
    ready = time.perf_counter()
    counts = check_populated(window)
    print(json.dumps({"total": ready - started, "imports": imported - started,
                      "start": opened - imported, "events": ready - opened,
                      "peak_mb": peak_mb(), **counts}))
    sys.stdout.flush()
    close_app(window)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
