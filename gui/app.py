"""Starting the desktop app: application object, translators, window, first project.

`run_gui(path)` is what `main.py` calls: it creates the QApplication (organisation
and name "Telaah", so QSettings work), installs the crash handler and the translators
for the configured language, builds the bridge and main window, asks for the coder's
name on first start, and opens a project: PATH when given, else the most recent one,
else (first start) a copy of the bundled demo study in `data_dir()/demo/`. A project
that cannot be opened is reported in a message box naming the file and the problem.
An unexpected error anywhere is written with its traceback to `data_dir()/logs/` and
shown to the user as a short message without the traceback. `start()` does all but
the event loop, for tests and embedding.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import fonts, i18n, jobs
from gui.bridge import ProjectBridge
from gui.main_window import MainWindow
from gui.preferences.dialog import ask_coder_name
from gui.project.actions import open_project, recent_projects
from storage import TelaahError, config

LOG_NAME = "telaah.log"
LOG_LIMIT = 1_000_000  # bytes before the log is rotated to telaah.log.1
_reporting = False


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so that QSettings find their place."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("Telaah")
    QCoreApplication.setApplicationName("Telaah")
    return app  # type: ignore[return-value]


def build_window(features=None) -> MainWindow:
    """A main window over a fresh bridge (the window owns the bridge)."""
    bridge = ProjectBridge()
    window = MainWindow(bridge, features)
    bridge.setParent(window)
    return window


def start(project_path: str | None = None, *, ask_coder: bool = True,
          show: bool = True) -> MainWindow:
    """Everything `run_gui` does before the event loop; returns the window."""
    create_application()
    fonts.install_fallback_fonts()
    i18n.install_configured()
    window = build_window()
    window.restore_state()
    if show:
        window.show()
    if ask_coder:
        ask_coder_name(window)
    open_initial(window, project_path)
    return window


def open_initial(window: MainWindow, project_path: str | None) -> bool:
    """Open PATH, else the last project, else (first start) the demo study."""
    if project_path:
        return open_project(window, project_path)
    recent = recent_projects()
    existing = [path for path in recent if Path(path).is_file()]
    if existing:
        return open_project(window, existing[0])
    if recent:  # projects were used here, but have gone: start empty rather than the demo
        return False
    demo = ensure_demo()
    return open_project(window, demo) if demo else False


def demo_path() -> Path:
    return config.data_dir() / "demo" / "demo.telaah"


def ensure_demo() -> Path | None:
    """The user's copy of the demo study, written on first use; None if that fails."""
    path = demo_path()
    if path.is_file():
        return path
    try:
        from importers.demo import write_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        result = write_demo(path)
        close = getattr(result, "close", None)
        if callable(close):
            close()
    except Exception:  # a missing or broken demo must not stop the app from starting
        write_log("Could not write the demo study", *sys.exc_info())
        return None
    return path if path.is_file() else None


def run_gui(project_path: str | None = None) -> int:
    """Run the desktop app until its window is closed; returns the exit code."""
    app = create_application()
    install_excepthook()
    window = start(project_path)
    code = app.exec()
    jobs.wait_for_jobs()
    window.bridge.close()
    return code


# -- unexpected errors ------------------------------------------------------------------

def log_dir() -> Path:
    return config.data_dir() / "logs"


def write_log(title: str, exc_type, exc, tb) -> Path | None:
    """Append a timestamped traceback to the log file; returns its path (None if unwritable)."""
    path = log_dir() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > LOG_LIMIT:
            path.replace(path.with_name(LOG_NAME + ".1"))
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp} {title}\n{details}\n")
    except OSError:
        return None
    return path


def handle_exception(exc_type, exc, tb) -> None:
    """sys.excepthook: log the traceback, show the user a short message."""
    global _reporting
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    user_error = isinstance(exc, TelaahError)
    path = None if user_error else write_log("Unexpected error", exc_type, exc, tb)
    app = QApplication.instance()
    if app is None or _reporting:
        sys.stderr.write("".join(traceback.format_exception(exc_type, exc, tb)))
        return
    _reporting = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("errorBox")
        box.setWindowTitle("Telaah")
        if user_error:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(str(exc))
        else:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(QCoreApplication.translate(
                "App", "Something went wrong: %1").replace("%1", _short(exc)))
            where = str(path) if path else QCoreApplication.translate("App", "(no log file)")
            box.setInformativeText(QCoreApplication.translate(
                "App", "Everything up to your last completed action is saved in the "
                "project. The details were written to %1; please include that file when "
                "you report the problem.").replace("%1", where))
        box.exec()
    finally:
        _reporting = False


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = text[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def install_excepthook() -> None:
    sys.excepthook = handle_exception
