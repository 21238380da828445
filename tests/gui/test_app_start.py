"""Starting the app: which project opens, errors shown (not raised), crash logging."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import app as gui_app
from gui.project.actions import recent_projects
from storage import Project, config


@pytest.fixture(autouse=True)
def english():
    config.set_values(ui_language="en", coder="Tester")


@pytest.fixture
def started(qtbot):
    windows = []

    def start(path=None):
        window = gui_app.start(path, ask_coder=False)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.bridge.close()


def collect_box(seen):
    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.objectName(), box.text(), box.informativeText()))
            box.close()
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_application_is_named_for_qsettings(qapp):
    gui_app.create_application()
    assert QSettings().organizationName() == "Telaah"
    assert QSettings().applicationName() == "Telaah"


def test_opens_the_given_project_and_remembers_it(started, tmp_path):
    Project.create(tmp_path / "a.telaah", title="A", coder="Tester").close()
    window = started(str(tmp_path / "a.telaah"))
    assert window.bridge.project.study.get().title == "A"
    assert "a.telaah" in window.windowTitle()
    assert recent_projects()[0] == str((tmp_path / "a.telaah").resolve())


def test_opens_the_most_recent_project_without_argument(started, tmp_path):
    for name in ("old", "new"):
        Project.create(tmp_path / f"{name}.telaah", title=name, coder="Tester").close()
    config.set_values(recent_projects=[str(tmp_path / "gone.telaah"),
                                       str(tmp_path / "new.telaah"),
                                       str(tmp_path / "old.telaah")])
    window = started()
    assert window.bridge.project.study.get().title == "new"


def test_first_start_opens_a_copy_of_the_demo(started):
    window = started()
    demo = config.data_dir() / "demo" / "demo.telaah"
    assert demo.is_file()
    assert window.bridge.project.path == demo
    assert window.bridge.project.sources.count() > 0
    panel = window.features[0].panel
    assert panel.model.visible_source_ids()


def test_locked_project_is_reported_not_raised(started, project):
    seen = []
    collect_box(seen)
    window = started(str(project.path))  # the fixture holds the lock
    assert window.bridge.project is None
    name, text, detail = seen[0]
    assert name == "openErrorBox"
    assert "study.telaah" in text and "already open" in detail
    assert "Traceback" not in text + detail


def test_damaged_file_is_reported(started, tmp_path):
    bad = tmp_path / "broken.telaah"
    bad.write_bytes(b"this is not sqlite at all" * 200)
    seen = []
    collect_box(seen)
    window = started(str(bad))
    assert window.bridge.project is None
    assert "broken.telaah" in seen[0][1] and "not a Telaah project" in seen[0][2]


def test_unexpected_errors_are_logged_and_shown_briefly(qapp):
    seen = []
    collect_box(seen)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        gui_app.handle_exception(*sys.exc_info())
    log = (gui_app.log_dir() / gui_app.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "boom in a slot" in log
    name, text, detail = seen[0]
    assert name == "errorBox" and "RuntimeError: boom in a slot" in text
    assert str(gui_app.log_dir()) in detail and "Traceback" not in text + detail


def test_user_errors_show_their_message(qapp):
    from storage import TelaahError

    seen = []
    collect_box(seen)
    gui_app.handle_exception(TelaahError, TelaahError("The file is read-only."), None)
    assert seen[0][1] == "The file is read-only."
    assert not (gui_app.log_dir() / gui_app.LOG_NAME).exists()


def test_install_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    gui_app.install_excepthook()
    assert sys.excepthook is gui_app.handle_exception
