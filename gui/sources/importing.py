"""Importing files as sources: File → Import sources… and dropping files.

`ImportController` owns the Import action and accepts local files dropped anywhere on
the main window: text and Word files, PDFs, photos and recordings, each routed by its
type to its importer (`importers.sources`). Either way `ImportDialog` asks for the
technique (documentation preselected when every file is a PDF or photo),
participant, date (and title, for a single file); the files are then read as a
background job with a progress dialog and Cancel (a PDF page by page). Each imported
file is one committed action; they are pushed on the undo stack as one "Import" step.
Files that could not be read are listed afterwards in one message, each with its
problem, and scanned PDFs (imported as page images) are named. While the job runs the
main window is disabled, so nothing else writes to the project meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gui import file_dialogs, i18n, jobs
from gui.dialog_parts import ok_cancel_buttons, open_message
from gui.i18n import on_language_change
from gui.sources import labels
from gui.sources.widgets import DateField
from importers.sources import ALL_SUFFIXES, default_technique
from storage import messages
from storage.errors import Message, TelaahError
from storage.models import TECHNIQUES
from storage.progress import Cancelled

SUFFIXES = tuple(sorted(ALL_SUFFIXES))


class ImportDialog(QDialog):
    """Asks what the files are: technique, participant, date, and title for one file."""

    def __init__(self, bridge, paths: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.paths = list(paths)
        self.files = QLabel(objectName="importFiles")
        self.files.setWordWrap(True)
        self.kind = QComboBox(objectName="kind")
        for kind in TECHNIQUES:
            self.kind.addItem("", kind)
        preferred = default_technique(self.paths)
        if preferred is not None:
            self.kind.setCurrentIndex(self.kind.findData(preferred))
        self.participant = QComboBox(objectName="participant")
        self.participant.addItem("", None)
        for participant in bridge.project.participants.list():
            text = participant.code + (f" — {participant.name}" if participant.name else "")
            self.participant.addItem(text, participant.code)
        self.date = DateField(objectName="date")
        self.title_edit = QLineEdit(objectName="title")
        if len(self.paths) == 1:
            self.title_edit.setText(Path(self.paths[0]).stem)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.labels, (self.files, self.kind, self.participant,
                                               self.date, self.title_edit), strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.form.setRowVisible(self.title_edit, len(self.paths) == 1)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(480, 0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import sources"))
        names = [Path(p).name for p in self.paths]
        shown = ", ".join(names[:6]) + (" …" if len(names) > 6 else "")
        self.files.setText(self.tr("%n file(s): %1", "", len(names)).replace("%1", shown))
        texts = (self.tr("Files:"), self.tr("&Technique:"), self.tr("&Participant:"),
                 self.tr("&Date:"), self.tr("T&itle:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for row, kind in enumerate(TECHNIQUES):
            self.kind.setItemText(row, labels.technique_label(kind))
        self.participant.setItemText(0, self.tr("(none)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def options(self) -> dict:
        """Keyword arguments for `import_files` as chosen."""
        title = self.title_edit.text().strip() if len(self.paths) == 1 else ""
        return {"kind": self.kind.currentData(),
                "participant_code": self.participant.currentData(),
                "date": self.date.iso(), "title": title or None}


class ImportController(QObject):
    """The Import sources… action and file drops on the main window."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.selection = selection
        self.last_report = None
        self.scan_message = None
        self.action = QAction(window, objectName="actionImportSources")
        self.action.triggered.connect(self.choose_files)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        bridge.project_opened.connect(self._update_enabled)
        bridge.project_closing.connect(lambda: self.action.setEnabled(False))
        on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Import sources…"))
        self.action.setToolTip(self.tr("Import text, Word and PDF files, photos or "
                                       "recordings as sources (or drop them on the "
                                       "window)"))

    def _update_enabled(self, *_args) -> None:
        self.action.setEnabled(self.bridge.project is not None)

    # -- choosing files ------------------------------------------------------------

    def choose_files(self) -> None:
        if self.bridge.project is None:
            return
        paths = file_dialogs.open_files(
            self.window, "sources", self.tr("Import sources"),
            self.tr("Sources (%1);;All files (*)").replace(
                "%1", " ".join(f"*{s}" for s in SUFFIXES)), self.bridge.project)
        if paths:
            self.ask_and_import(paths)

    def ask_and_import(self, paths: list[str]) -> None:
        dialog = ImportDialog(self.bridge, paths, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_paths(paths, **dialog.options())

    # -- drag and drop ---------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.bridge.project is not None and _local_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = _local_files(event.mimeData())
            if self.bridge.project is not None and paths:
                event.acceptProposedAction()
                self.ask_and_import(paths)
                return True
        return False

    # -- running the import ----------------------------------------------------------

    def import_paths(self, paths: list[str], kind: str, participant_code: str | None = None,
                     date: str | None = None, title: str | None = None) -> None:
        """Read `paths` in the background, then store them here on the GUI thread.

        Only reading and decoding (the slow part) runs in the worker: the project's
        connection is never used from two threads. The report arrives in `finished`.
        """
        from gui.images.feature import qt_image_size
        from importers.sources import read_sources, store_sources
        from importers.text_files import duplicate_files

        if self.bridge.project is None:
            return
        self.window.setEnabled(False)

        def store(files) -> None:
            project = self.bridge.project
            if project is None:
                self.window.setEnabled(True)
                return
            same = duplicate_files(project, [f for f in files if f.text is not None])
            allow = bool(same) and self.ask_import_duplicates([
                (item.path.name, source_title) for item, source_title in same])
            try:
                with self.bridge.macro(self.tr("Import sources")) as step:
                    report = store_sources(project, files, kind,
                                           participant_code=participant_code, date=date,
                                           title=title, duplicates=allow,
                                           shown_size=qt_image_size)
                    step.label = self.tr("Import %n file(s)", "", len(report.imported))
            except TelaahError as error:
                self.failed(error)
                return
            self.finished(report)

        jobs.run_job(lambda progress: read_sources(paths, progress), store, self.failed,
                     parent=self.window, title=self.tr("Importing sources…"))

    def ask_import_duplicates(self, pairs: list[tuple[str, str]]) -> bool:
        """Ask whether files whose text is already a source's go in as second copies."""
        lines = "\n".join(self.tr("• %1 (same text as the source '%2')").replace("%1", name)
                          .replace("%2", title) for name, title in pairs[:10])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import sources"),
                          self.tr("%n file(s) have the same text as a source already in the "
                                  "project:", "", len(pairs)) + "\n\n" + lines,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.setObjectName("duplicateSourcesBox")
        box.setInformativeText(self.tr("Import them anyway as second copies? (No skips "
                                       "them.)"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def finished(self, report) -> None:
        self.window.setEnabled(True)
        self.last_report = report
        if report.imported:
            self.selection.source_selected.emit(report.imported[-1][1])
        if report.failed:
            lines = [f"• {Path(path).name}: {i18n.translated(message)}"
                     for path, message in report.failed]
            text = self.tr("%n file(s) could not be imported:", "", len(report.failed))
            QMessageBox.warning(self.window, self.tr("Import sources"),
                                text + "\n\n" + "\n".join(lines))
        if report.scanned:                 # said without blocking: the pages are shown
            self.scan_message = open_message(
                self.window, "scannedPdfMessage", self.tr("Import sources"),
                "\n\n".join(i18n.translated(Message(messages.PDF_SCANNED, path=path.name,
                                                     pages=pages))
                             for path, pages in report.scanned),
                QMessageBox.Icon.Information)

    def failed(self, error: Exception) -> None:
        self.window.setEnabled(True)
        if isinstance(error, Cancelled):
            QMessageBox.information(self.window, self.tr("Import sources"),
                                    self.tr("The import was cancelled; no file was imported."))
            return
        QMessageBox.warning(self.window, self.tr("Import sources"),
                            self.tr("The import stopped: %1").replace("%1", i18n.translated(error)))


def _local_files(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()]
