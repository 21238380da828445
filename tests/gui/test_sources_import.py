"""Importing files from the File menu and by dropping them on the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import jobs
from gui.app import build_window
from gui.sources.feature import SourcesFeature
from gui.sources.importing import ImportDialog


@pytest.fixture
def window(qtbot, project):
    jobs.set_synchronous(True)
    window = build_window([SourcesFeature])
    qtbot.addWidget(window)
    window.bridge.open(project)
    yield window
    jobs.set_synchronous(False)
    window.bridge.project = None


def when_modal(check, act):
    """Run `act(widget)` on the next modal widget for which `check(widget)` holds."""
    def poll():
        widget = QApplication.activeModalWidget()
        if widget is not None and check(widget):
            act(widget)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_import_files_with_failures_reported(window, project, tmp_path):
    good = tmp_path / "wawancara_budi.txt"
    good.write_text("Kami mulai tahun 2019.", encoding="utf-8")
    other = tmp_path / "catatan.md"
    other.write_text("# Catatan\nRapat.", encoding="utf-8")
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4")
    pid = project.participants.add("P01")
    window.bridge.undo_stack.clear()   # the setup is not a step the test undoes
    importer = window.features[0].importer
    seen = []

    def read_and_close(box):
        seen.append(box.text())
        box.close()

    when_modal(lambda w: isinstance(w, QMessageBox), read_and_close)
    importer.import_paths([str(good), str(other), str(bad)], "interview",
                          participant_code="P01", date="2024-03-01")
    report = importer.last_report
    assert len(report.imported) == 2 and len(report.failed) == 1
    assert seen and "scan.pdf" in seen[0] and "1 file" in seen[0]
    assert window.isEnabled()
    titles = {s.title: s for s in project.sources.list()}
    assert set(titles) == {"wawancara_budi", "catatan"}
    assert titles["catatan"].participant_ids == [pid]
    assert titles["catatan"].date == "2024-03-01"
    panel = window.features[0].panel
    assert panel.selected_source_id() == report.imported[-1][1]
    assert window.bridge.undo_stack.count() == 1  # one undo step for the whole import
    assert window.bridge.undo_stack.undoText() == "Import 2 file(s)"
    window.bridge.undo_stack.undo()
    assert project.sources.count() == 0


def test_import_dialog_options(qtbot, window, project, tmp_path):
    project.participants.add("P02", name="Sari")
    dialog = ImportDialog(window.bridge, [str(tmp_path / "laporan.docx")])
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "laporan"
    dialog.kind.setCurrentIndex(dialog.kind.findData("document"))
    dialog.participant.setCurrentIndex(dialog.participant.findData("P02"))
    dialog.date.set_iso("2023-05-01")
    assert dialog.options() == {"kind": "document", "participant_code": "P02",
                                "date": "2023-05-01", "title": "laporan"}
    several = ImportDialog(window.bridge, ["/a/x.txt", "/a/y.txt"])
    qtbot.addWidget(several)
    assert not several.form.isRowVisible(several.title_edit)
    assert several.options()["title"] is None and several.options()["participant_code"] is None


def test_dropping_files_on_the_window_imports_them(window, project, tmp_path):
    path = tmp_path / "observasi.txt"
    path.write_text("Rapat koordinasi dimulai pukul 09.00.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()

    def choose_observation(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("observation"))
        dialog.accept()

    when_modal(lambda w: isinstance(w, ImportDialog), choose_observation)
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    sources = project.sources.list()
    assert [(s.kind, s.title) for s in sources] == [("observation", "observasi")]
    assert project.sources.text(sources[0].id).startswith("Rapat koordinasi")


def test_drops_without_local_files_are_ignored(window):
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_import_in_the_background(qtbot, window, project, tmp_path):
    jobs.set_synchronous(False)
    paths = []
    for n in range(3):
        path = tmp_path / f"w{n}.txt"
        path.write_text(f"Teks wawancara {n}.", encoding="utf-8")
        paths.append(str(path))
    importer = window.features[0].importer
    importer.import_paths(paths, "interview")
    qtbot.waitUntil(lambda: importer.last_report is not None, timeout=10000)
    assert jobs.wait_for_jobs(5000)
    assert window.isEnabled()
    panel = window.features[0].panel
    qtbot.waitUntil(lambda: len(panel.model.visible_source_ids()) == 3, timeout=5000)
    window.bridge.undo_stack.undo()
    assert project.sources.count() == 0


def test_cancelling_at_file_3_of_5_imports_nothing_and_says_so(window, project, tmp_path,
                                                                monkeypatch):
    paths = []
    for n in range(5):
        path = tmp_path / f"w{n}.txt"
        path.write_text(f"Teks wawancara {n}.", encoding="utf-8")
        paths.append(str(path))
    real_run_job = jobs.run_job

    def cancel_at_the_third_file(fn, on_done, on_error, **kwargs):
        def user_cancels(done, total, text=""):
            return done < 2  # the user presses Cancel while file 3 is read
        return real_run_job(lambda _progress: fn(user_cancels), on_done, on_error, **kwargs)

    monkeypatch.setattr(jobs, "run_job", cancel_at_the_third_file)
    seen = []

    def read_and_close(box):
        seen.append(box.text())
        box.close()

    when_modal(lambda w: isinstance(w, QMessageBox), read_and_close)
    window.features[0].importer.import_paths(paths, "interview")
    assert project.sources.count() == 0
    assert window.bridge.undo_stack.count() == 0
    assert seen and "cancelled" in seen[0] and window.isEnabled()


def test_dropping_pdfs_photos_and_recordings_routes_each_by_type(window, project, tmp_path):
    """One entry point: a text, a PDF, a photo and a recording dropped together each go
    to their importer, as one undo step; the dialog proposes documentation for PDFs and
    photos alone."""
    from media_files import exif_jpeg, report_pdf, tone_wav

    for names, proposed in ((["/a/x.pdf", "/a/y.jpg"], "document"),
                            (["/a/x.pdf", "/a/y.txt"], "interview")):
        dialog = ImportDialog(window.bridge, names)
        assert dialog.kind.currentData() == proposed
        dialog.deleteLater()
    note = tmp_path / "catatan.txt"
    note.write_text("Rapat koordinasi dimulai pukul 09.00.", encoding="utf-8")
    report_pdf(tmp_path / "laporan.pdf", 2)
    paths = [note, tmp_path / "laporan.pdf", exif_jpeg(tmp_path / "forum.jpg"),
             tone_wav(tmp_path / "wawancara.wav", 1.0)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.bridge.undo_stack.clear()
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    when_modal(lambda w: isinstance(w, ImportDialog), lambda dialog: dialog.accept())
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    report = window.features[0].importer.last_report
    assert not report.failed and len(report.imported) == 4
    titles = {s.title: s for s in project.sources.list()}
    assert len(project.pages.ranges(titles["laporan"].id)) == 2
    assert project.media.images(titles["forum"].id)
    assert project.media.recording(titles["wawancara"].id).duration_ms > 900
    assert project.sources.text(titles["catatan"].id).startswith("Rapat")
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert project.sources.count() == 0
