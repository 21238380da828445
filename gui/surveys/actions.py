"""The Survey menu's file actions: import and export forms and responses, drafts.

- Import questionnaire (XLSForm)…: `importers.xlsform`; every problem the form has is
  shown at once (sheet, row, column) and nothing is imported.
- Import responses (Kobo/ODK .xlsx/.csv)…: the file is checked first; when rows have
  problems, they are listed and the researcher chooses to import only the valid rows
  or nothing (`SurveyActions.problems_box`).
- Export questionnaire (XLSForm)…, Export responses (Excel)… with choice names or
  with labels.
- New draft from indicators…: `DraftDialog`, then `importers.survey_draft`.
- Make open answers codable: `importers.survey_text` (one survey source per question).
- Delete questionnaire.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from exporters.formats import FORMATS, ExportFormat
from gui import i18n
from gui.dialog_parts import open_message
from gui.file_dialogs import open_file, save_file
from gui.surveys.draft_dialog import DraftDialog
from storage.errors import TelaahError


class SurveyActions(QObject):
    """Actions over the panel's current form (see the module docstring)."""

    def __init__(self, window, bridge, panel):
        super().__init__(window)
        self.window, self.bridge, self.panel = window, bridge, panel
        self.box: QMessageBox | None = None
        self.draft_dialog: DraftDialog | None = None
        self.actions: dict[str, QAction] = {}
        for name, slot in (("importForm", self.import_form),
                           ("importResponses", self.import_responses),
                           ("exportForm", self.export_form),
                           ("exportResponses", self.export_responses),
                           ("exportLabels", lambda: self.export_responses(labels=True)),
                           ("draftForm", self.new_draft), ("makeCodable", self.make_codable),
                           ("deleteForm", self.delete_form)):
            action = QAction(window, objectName=f"action_{name}")
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.actions[name] = action
        panel.form_changed.connect(self.update_actions)
        bridge.project_opened.connect(lambda _p: self.update_actions())
        self.update_actions()

    def retranslate_ui(self) -> None:
        for name, text in (("importForm", self.tr("&Import questionnaire (XLSForm)…")),
                           ("importResponses", self.tr("Import &responses (Kobo/ODK)…")),
                           ("exportForm", self.tr("E&xport questionnaire (XLSForm)…")),
                           ("exportResponses", self.tr("Export responses (&Excel)…")),
                           ("exportLabels", self.tr("Export responses with la&bels (Excel)…")),
                           ("draftForm", self.tr("New &draft from indicators…")),
                           ("makeCodable", self.tr("Make open answers &codable")),
                           ("deleteForm", self.tr("De&lete questionnaire"))):
            self.actions[name].setText(text)

    def update_actions(self) -> None:
        has_project = self.bridge.project is not None
        has_form = self.panel.current_form_id() is not None
        for name, action in self.actions.items():
            action.setEnabled(has_project and (has_form or name in ("importForm", "draftForm")))

    # -- helpers ---------------------------------------------------------------------

    def _error(self, error: Exception) -> None:
        self.box = open_message(self.window, "surveyErrorBox", self.tr("Questionnaire"),
                                i18n.describe_error(error))

    def _done(self, text: str) -> None:
        self.box = open_message(self.window, "surveyDoneBox", self.tr("Questionnaire"), text,
                                QMessageBox.Icon.Information)

    def _busy(self, work):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QApplication.restoreOverrideCursor()

    # -- actions ---------------------------------------------------------------------

    def import_form(self, path: str | None = None) -> None:
        from importers.xlsform import import_xlsform

        path = path or open_file(
            self.window, "surveys", self.tr("Import questionnaire"),
            self.tr("XLSForm workbooks (*.xlsx);;All files (*)"), self.bridge.project)
        if not path:
            return
        try:
            form_pk = self.bridge.run(self.tr("Import questionnaire"),
                                      lambda project: import_xlsform(project, path))
        except TelaahError as error:
            self._error(error)
            return
        self.panel.reload(choose=self.bridge.project.surveys.definition(form_pk).form.form_id)

    def import_responses(self, path: str | None = None) -> None:
        from importers.survey_responses import read_responses

        form_id = self.panel.current_form_id()
        path = path or open_file(
            self.window, "surveys", self.tr("Import responses"),
            self.tr("Kobo/ODK exports (*.xlsx *.csv);;All files (*)"), self.bridge.project)
        if not path or form_id is None:
            return
        project = self.bridge.project
        try:
            form = project.surveys.form(form_id)
            found = self._busy(lambda: read_responses(project, form.id, path))
        except TelaahError as error:
            self._error(error)
            return
        if not found.problems:
            self._store(form.id, found)
            return
        self.box = self.problems_box(found)
        self.box.accepted.connect(lambda: self._store(form.id, found))
        self.box.open()

    def problems_box(self, found) -> QMessageBox:
        """Asks whether to import the valid rows only; the problems are its details."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Problems in the responses"),
                          i18n.fill(self.tr("%1 has %2 problem(s) in %3 of %4 row(s). Import "
                                            "only the %5 valid row(s)?"),
                                    found.path.name, len(found.problems), found.invalid_rows,
                                    found.total_rows, len(found.rows)),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self.window)
        box.setObjectName("surveyProblemsBox")
        box.setDetailedText(found.problem_text())
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Import valid rows"))
        return box

    def _store(self, form_pk: int, found) -> None:
        from importers.survey_responses import store_responses

        try:
            self._busy(lambda: store_responses(self.bridge.project, form_pk, found))
        except TelaahError as error:
            self._error(error)
            return
        self._done(i18n.fill(self.tr("Imported %1 response(s)."), len(found.rows)))

    def export_form(self) -> None:
        self._export(self.tr("Export questionnaire"), "_form", FORMATS["xlsform"],
                     lambda write, project, form_id, path: write(project, form_id, path))

    def export_responses(self, labels: bool = False) -> None:
        """Responses as Kobo exports them: choice names, or (`labels`) question and
        choice labels in the interface language."""
        lang = i18n.current_language()
        self._export(self.tr("Export responses"), "_responses", FORMATS["responses"],
                     lambda write, project, form_id, path: write(
                         project, form_id, path, labels=labels, lang=lang,
                         pseudonymize=project.privacy.confidential()))

    def _export(self, title: str, name_end: str, fmt: ExportFormat, write) -> None:
        """Save the current questionnaire as `fmt`: `write(fmt.write, project, form_id,
        path)` calls the format's writer with its own arguments."""
        form_id = self.panel.current_form_id()
        path = save_file(self.window, "export", title, f"{form_id}{name_end}{fmt.suffix}",
                         i18n.format_text(fmt.file_filter), self.bridge.project)
        if not path or form_id is None:
            return
        try:
            written = self._busy(lambda: write(fmt.write, self.bridge.project, form_id,
                                               Path(path)))
        except TelaahError as error:
            self._error(error)
            return
        self._done(i18n.fill(self.tr("Wrote %1."), written))

    def new_draft(self) -> None:
        self.draft_dialog = DraftDialog(self.bridge.project, self.window)
        self.draft_dialog.accepted.connect(self._add_draft)
        self.draft_dialog.open()

    def _add_draft(self) -> None:
        from importers.survey_draft import add_draft

        dialog = self.draft_dialog
        form_id, title, keys = dialog.form_id(), dialog.title(), dialog.indicators()
        try:
            self.bridge.run(self.tr("New draft questionnaire"),
                            lambda project: add_draft(project, form_id, keys, title))
        except TelaahError as error:
            self._error(error)
            return
        self.panel.reload(choose=form_id)

    def make_codable(self) -> None:
        from importers.survey_text import make_codable

        form_id = self.panel.current_form_id()
        lang = i18n.current_language()
        try:
            sources = self.bridge.run(self.tr("Make open answers codable"),
                                      lambda project: make_codable(project, form_id, lang))
        except TelaahError as error:
            self._error(error)
            return
        self._done(i18n.fill(self.tr("%1 survey source(s) hold the open answers; code them "
                                     "like any source."), len(sources)))

    def delete_form(self) -> None:
        form_id = self.panel.current_form_id()
        if form_id is None:
            return
        form_pk = self.bridge.project.surveys.form(form_id).id
        self.bridge.run(self.tr("Delete questionnaire"),
                        lambda project: project.surveys.delete_form(form_pk))
