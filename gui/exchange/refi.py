"""File menu: Import REFI-QDA…, Export REFI-QDA project…, Export codebook (.qdc)….

`RefiActions` is the main-window feature for exchanging work with NVivo, ATLAS.ti,
MAXQDA, QualCoder and Taguette. Import reads and checks the chosen `.qdpx`/`.qdc` in
the background (`gui.jobs.run_job`: the file is untrusted and may be large), then
writes it into the open project on the GUI thread as one undoable action and shows
a summary dialog listing what came in and what was skipped. Exports run in the
background on a read-only second connection (`project.reader()`), with progress and
cancel, and end with a summary of what was written. Problems are shown in a message
box naming the file and the problem.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exporters.formats import FORMATS, ExportFormat
from gui import file_dialogs, i18n, jobs
from gui.dialog_parts import open_message
from storage import TelaahError, config
from storage.progress import Cancelled


class SummaryDialog(QDialog):
    """A read-only, copyable account of an import or export."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("refiSummaryDialog")
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(objectName="summaryText")
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 420)


class RefiActions(QObject):
    """Main-window feature: REFI-QDA import and export in the File menu."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.summary_dialog: SummaryDialog | None = None
        self.import_action = QAction(window, objectName="actionImportRefi")
        self.import_action.triggered.connect(self.choose_import)
        self.new_action = QAction(window, objectName="actionNewFromRefi")
        self.new_action.triggered.connect(self.choose_new_project)
        self.export_action = QAction(window, objectName="actionExportQdpx")
        self.export_action.triggered.connect(self.choose_export_project)
        self.codebook_action = QAction(window, objectName="actionExportQdc")
        self.codebook_action.triggered.connect(self.choose_export_codebook)
        menu = window.menu("file")
        menu.addSeparator()
        for action in (self.new_action, self.import_action, self.export_action,
                       self.codebook_action):
            menu.addAction(action)
        bridge.project_opened.connect(lambda _p: self._update_enabled())
        bridge.project_closing.connect(lambda: self._update_enabled(closing=True))
        i18n.on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.import_action.setText(RefiActions.tr("Import RE&FI-QDA…"))
        self.import_action.setStatusTip(RefiActions.tr(
            "Bring in a .qdpx project or .qdc codebook from NVivo, ATLAS.ti, MAXQDA, "
            "QualCoder or Taguette"))
        self.new_action.setText(RefiActions.tr("New project fro&m REFI-QDA…"))
        self.new_action.setStatusTip(RefiActions.tr(
            "Make a new Telaah project from a .qdpx project of another program"))
        self.export_action.setText(RefiActions.tr("Export REFI-QDA pro&ject…"))
        self.codebook_action.setText(RefiActions.tr("Export code&book (.qdc)…"))

    def _update_enabled(self, closing: bool = False) -> None:
        has_project = self.bridge.project is not None and not closing
        for action in (self.import_action, self.export_action, self.codebook_action):
            action.setEnabled(has_project)

    # -- import -------------------------------------------------------------------

    def choose_import(self) -> None:
        path = file_dialogs.open_file(
            self.window, "refi", RefiActions.tr("Import REFI-QDA"),
            RefiActions.tr("REFI-QDA files (*.qdpx *.qdc);;All files (*)"), self.bridge.project)
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, allowed: frozenset = frozenset()) -> None:
        """Read `path` in the background, then write it into the open project. Files
        outside the archive are read only once the researcher confirms each one."""
        from importers.refi import read_refi_file

        jobs.run_job(lambda _progress: read_refi_file(path, allowed),
                     lambda document: self._apply(document, allowed),
                     lambda error: self._show_error(RefiActions.tr("Import failed"), error),
                     parent=self.window, title=RefiActions.tr("Reading %1…").replace(
                         "%1", path.name))

    def confirm_outside_files(self, files) -> frozenset:
        """Ask about each file outside the archive; the ones the researcher allows."""
        allowed = set()
        for file in files:
            question = RefiActions.tr("The REFI-QDA file wants to read %1 from this "
                                      "computer as a source text. Read it?")
            box = QMessageBox(QMessageBox.Icon.Warning,
                              RefiActions.tr("File outside the archive"),
                              i18n.fill(question, file),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self.window)
            box.setObjectName("outsideFileQuestion")
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() == QMessageBox.StandardButton.Yes:
                allowed.add(Path(file).resolve())
        return frozenset(allowed)

    def _apply(self, document, allowed: frozenset = frozenset()) -> None:
        from importers.refi import apply_refi_document

        project = self.bridge.project
        if project is None:
            return
        if document.outside_files:
            more = self.confirm_outside_files(document.outside_files)
            if more:
                self.import_file(document.path, allowed | more)
                return
        try:
            summary = apply_refi_document(project, document,
                                          label_language=config.report_language())
        except TelaahError as error:
            self._show_error(RefiActions.tr("Import failed"), error)
            return
        self._show_summary(RefiActions.tr("REFI-QDA import"), _describe_import(summary))

    def choose_new_project(self) -> None:
        source = file_dialogs.open_file(
            self.window, "refi", RefiActions.tr("New project from REFI-QDA"),
            RefiActions.tr("REFI-QDA files (*.qdpx *.qdc);;All files (*)"))
        if not source:
            return
        target = file_dialogs.save_file(
            self.window, "project", RefiActions.tr("Save the new project as"),
            str(Path(source).with_suffix(".telaah")),
            RefiActions.tr("Telaah projects (*.telaah)"))
        if target:
            if not target.lower().endswith(".telaah"):
                target += ".telaah"
            self.new_project_from(Path(source), Path(target))

    def new_project_from(self, source: Path, target: Path,
                         allowed: frozenset | None = None) -> None:
        """Make the project `target` from the REFI-QDA file `source` in the background
        (read and checked first; nothing is left behind if it is refused), then open it
        in this window and show what came in. Files outside the archive are asked about
        once, after the first reading."""
        from importers.refi import new_project_from_refi, read_refi_file

        language = config.report_language()

        def work(progress):
            document = read_refi_file(source, allowed or frozenset())
            if allowed is None and document.outside_files:
                return document.outside_files, None
            project, summary = new_project_from_refi(target, source, document=document,
                                                     label_language=language,
                                                     progress=progress)
            project.close()
            return None, summary

        def done(result) -> None:
            from gui.project.actions import open_project

            outside, summary = result
            if outside:
                self.new_project_from(source, target, self.confirm_outside_files(outside))
            elif open_project(self.window, target):
                self._show_summary(RefiActions.tr("REFI-QDA import"), _describe_import(summary))

        jobs.run_job(work, done,
                     lambda error: self._show_error(RefiActions.tr("Import failed"), error),
                     parent=self.window, title=RefiActions.tr("Reading %1…").replace(
                         "%1", source.name))

    # -- export -------------------------------------------------------------------

    def choose_export_project(self) -> None:
        self._choose_export(FORMATS["qdpx"], RefiActions.tr("Export REFI-QDA project"))

    def choose_export_codebook(self) -> None:
        self._choose_export(FORMATS["qdc"], RefiActions.tr("Export codebook"))

    def _choose_export(self, fmt: ExportFormat, title: str) -> None:
        project = self.bridge.project
        if project is None:
            return
        suggested = str(project.path.with_suffix(fmt.suffix))
        path = file_dialogs.save_file(self.window, "refi", title, Path(suggested).name,
                                      i18n.format_text(fmt.file_filter), project)
        if path:
            self.export_file(fmt.with_suffix(path))

    def export_file(self, path: Path) -> None:
        """Write the open project (`.qdpx`) or its codebook (`.qdc`) to `path`."""
        from exporters.atomic import check_target
        from exporters.options import ExportOptions

        project = self.bridge.project
        if project is None:
            return
        try:
            check_target(path, project.path)  # never over the project or its backups
        except TelaahError as error:
            self._show_error(RefiActions.tr("Export failed"), error)
            return
        pseudonymize = self.ask_pseudonymize() if project.privacy.confidential() else False
        if pseudonymize is None:
            return
        fmt = FORMATS["qdc" if path.suffix.lower() == FORMATS["qdc"].suffix else "qdpx"]
        options = ExportOptions(language=config.report_language(), pseudonymize=pseudonymize)

        def work(reader, progress):
            return fmt.write(reader, path, options, progress)

        jobs.run_on_reader(project, work, lambda result: self._show_summary(
            RefiActions.tr("REFI-QDA export"), _describe_export(result)), self._export_failed,
            parent=self.window, title=RefiActions.tr("Writing %1…").replace("%1", path.name))

    def ask_pseudonymize(self) -> bool | None:
        """A confidential study: pseudonymised (Yes, the default), real names, or cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, RefiActions.tr("Confidential study"),
                          RefiActions.tr("This study is confidential. Export it pseudonymised "
                                         "(participant codes instead of names)?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("refiPseudonymizeQuestion")
        box.button(QMessageBox.StandardButton.No).setText(RefiActions.tr("Real names"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def _export_failed(self, error: Exception) -> None:
        if not isinstance(error, Cancelled):
            self._show_error(RefiActions.tr("Export failed"), error)

    # -- feedback -----------------------------------------------------------------

    def _show_summary(self, title: str, text: str) -> None:
        self.summary_dialog = SummaryDialog(title, text, self.window)
        self.summary_dialog.open()

    def _show_error(self, title: str, error: Exception) -> None:
        self.error_box = open_message(self.window, "refiErrorBox", title,
                                      i18n.describe_error(error))


def _describe_import(summary) -> str:
    """What an import brought in, in the interface language. The lines on skipped
    items and notices name what the file holds and stay as the importer wrote them
    (`ImportSummary.describe()` is the command line's English)."""
    what = (RefiActions.tr("the REFI-QDA project") if summary.kind == "project"
            else RefiActions.tr("the REFI-QDA codebook"))
    lines = [i18n.fill(RefiActions.tr("Imported %1 “%2” (made by %3) from %4."), what,
                   summary.name or "–", summary.origin or "?", summary.path),
             RefiActions.tr("Came in:")]
    came = [(RefiActions.tr("%1 new code(s), %2 matched to existing codes"),
             summary.codes_new, summary.codes_matched)]
    if summary.kind == "project":
        came += [(RefiActions.tr("%1 text source(s) (%2 already present, codings merged)"),
                  summary.sources, summary.sources_merged),
                 (RefiActions.tr("%1 coded segment(s), %2 memo(s)"), summary.segments,
                  summary.memos),
                 (RefiActions.tr("%1 new participant(s), %2 matched to existing ones"),
                  summary.participants_new, summary.participants_matched)]
    lines += [f"  • {i18n.fill(*item)}" for item in came]
    if summary.skipped:
        lines.append(i18n.fill(RefiActions.tr("Not imported (%1):"), len(summary.skipped)))
        lines += [f"  - {item}" for item in summary.skipped]
    else:
        lines.append(RefiActions.tr("Everything was imported."))
    if summary.notices:
        lines.append(RefiActions.tr("Notes:"))
        lines += [f"  - {item}" for item in summary.notices]
    return "\n".join(lines)


def _describe_export(result) -> str:
    """What an export wrote, in the interface language (`ExportResult.describe()` is
    the command line's English)."""
    if result.path.suffix.lower() == FORMATS["qdc"].suffix:
        return i18n.fill(RefiActions.tr("Wrote the codebook %1: %2 codes"), result.path,
                     result.codes)
    text = RefiActions.tr("Wrote %1: %2 sources, %3 codes, %4 coded segments, %5 memos, "
                          "%6 participants")
    text = i18n.fill(text, result.path, result.sources, result.codes, result.segments,
                     result.memos, result.participants)
    if result.consent is not None:
        text += "\n" + result.consent.note(i18n.current_language())
    return text
