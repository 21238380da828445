"""File > Export…: the Word report or Excel workbook of the open project.

`ExportDialog` asks for the format (Word or Excel), the report language (separate from
the interface language), pseudonymisation, real names in the participants table, the
frameworks and stakeholder groups to include, and the output file. `export()` runs
the exporter in the background on a read-only second connection (`project.reader()`)
through `gui.jobs.run_job`, with progress and cancel; cancelling leaves no file and an
earlier export untouched. A confidential study starts pseudonymised and asks before
real names are exported. The result message names the file written. `ExportFeature`
is the main-window feature adding the Export… action to the File menu.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exporters.atomic import check_target
from exporters.formats import FORMATS, PROJECT, of_subject
from gui import file_dialogs, i18n, jobs
from gui.dialog_parts import ok_cancel_buttons, open_message
from storage import TelaahError
from storage.frameworks import UnknownFrameworkError, load_framework
from storage.progress import Cancelled

# the report formats (Word, Excel); REFI-QDA has its own commands (gui.exchange.refi)
REPORT_FORMATS = [f for f in of_subject(PROJECT).values() if "frameworks" in f.accepts]
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # shown in themselves


class ExportDialog(QDialog):
    """Choose what to export and where; `export()` writes it in the background."""

    def __init__(self, project, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.project = project
        self.result_message = ""
        self.error_message = ""
        self.message_box: QMessageBox | None = None
        self.job = None
        self.format_combo = QComboBox(objectName="formatCombo")
        for fmt in REPORT_FORMATS:
            self.format_combo.addItem("", fmt.key)
        self.language_combo = QComboBox(objectName="languageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.pseudonymize_check = QCheckBox(objectName="pseudonymizeCheck")
        self.real_names_check = QCheckBox(objectName="realNamesCheck")
        self.timestamps_check = QCheckBox(objectName="quoteTimestampsCheck")
        self.all_indicators_check = QCheckBox(objectName="allIndicatorsCheck")
        self.memos_check = QCheckBox(objectName="memosCheck")
        self.memos_check.setChecked(True)
        self.framework_list = QListWidget(objectName="frameworkList")
        self.group_list = QListWidget(objectName="groupList")
        self._fill_lists()
        self.output_edit = QLineEdit(objectName="outputEdit")
        self.browse_button = QPushButton(objectName="browseButton")
        self.browse_button.clicked.connect(self.choose_output)
        self.buttons = ok_cancel_buttons(self, self.export)
        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self._build_layout()
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.pseudonymize_check.toggled.connect(self._pseudonymize_toggled)
        self.output_edit.setText(str(project.path.with_suffix(REPORT_FORMATS[0].suffix)))
        self.confidential = project.privacy.confidential()
        self.pseudonymize_check.setChecked(self.confidential)  # the default when confidential
        self.retranslate_ui()
        self.resize(560, 0)

    # -- building ---------------------------------------------------------------------

    def _fill_lists(self) -> None:
        for framework_id in self.project.study.frameworks():
            try:
                framework = load_framework(framework_id)
                short = (framework.short_label_id if i18n.current_language() == "id"
                         else framework.short_label_en)
                label = f"{short} \u2014 {framework_id}"
            except UnknownFrameworkError:
                label = framework_id
            self._checkable(self.framework_list, label, framework_id)
        for group in self.project.participants.groups():
            self._checkable(self.group_list, group.name, group.name)
        for widget in (self.framework_list, self.group_list):
            rows = max(1, min(widget.count(), 8))
            widget.setFixedHeight(widget.sizeHintForRow(0) * rows + 2 * widget.frameWidth() + 2)

    @staticmethod
    def _checkable(widget: QListWidget, text: str, data: str) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)

    def _build_layout(self) -> None:
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.browse_button)
        rows = [("format", self.format_combo), ("language", self.language_combo),
                ("names", self.pseudonymize_check), ("", self.real_names_check),
                ("", self.timestamps_check),
                ("contents", self.all_indicators_check), ("", self.memos_check),
                ("frameworks", self.framework_list), ("groups", self.group_list),
                ("output", output_row)]
        for key, field in rows:
            if not key:
                self.form.addRow("", field)
                continue
            label = self._labels[key] = QLabel()
            label.setBuddy(self.output_edit if key == "output" else field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        for index, fmt in enumerate(REPORT_FORMATS):  # "Word report (.docx)"
            self.format_combo.setItemText(index, f"{i18n.format_text(fmt.label)} "
                                                 f"({fmt.suffix})")
        texts = {"format": self.tr("&Format:"), "language": self.tr("Report &language:"),
                 "names": self.tr("Names:"), "contents": self.tr("Report contents:"),
                 "frameworks": self.tr("Frame&works:"),
                 "groups": self.tr("Stakeholder &groups:"), "output": self.tr("&Save as:")}
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.pseudonymize_check.setText(self.tr("&Pseudonymise (participant codes instead "
                                                "of names, also inside quotes)"))
        self.real_names_check.setText(self.tr("Show real &names in the participants table"))
        self.timestamps_check.setText(self.tr("Quote &timestamps: (00:12:34) after a "
                                              "transcript quote's attribution"))
        self.all_indicators_check.setText(self.tr("Include indicators not &studied (not "
                                                  "judged, no evidence)"))
        self.memos_check.setText(self.tr("Appendix of analytic &memos (study, sources, "
                                         "participants)"))
        self.group_list.setToolTip(self.tr("Only evidence from the checked groups is counted "
                                           "and quoted."))
        self.browse_button.setText(self.tr("&Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values -----------------------------------------------------------------------

    @property
    def format(self) -> str:
        return self.format_combo.currentData()

    def _format_changed(self) -> None:
        text = self.output_edit.text().strip()
        if text:
            self.output_edit.setText(str(Path(text).with_suffix(FORMATS[self.format].suffix)))

    def _pseudonymize_toggled(self, on: bool) -> None:
        self.real_names_check.setEnabled(not on)
        if on:
            self.real_names_check.setChecked(False)

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[list[str], int]:
        items = [widget.item(i) for i in range(widget.count())]
        chosen = [i.data(Qt.ItemDataRole.UserRole) for i in items
                  if i.checkState() == Qt.CheckState.Checked]
        return chosen, len(items)

    def options(self):
        """The ExportOptions the dialog describes (all checked: no filter)."""
        from exporters.options import ExportOptions

        frameworks, all_frameworks = self._checked(self.framework_list)
        groups, all_groups = self._checked(self.group_list)
        return ExportOptions(
            language=self.language_combo.currentData(),
            pseudonymize=self.pseudonymize_check.isChecked(),
            include_real_names=self.real_names_check.isChecked(),
            quote_timestamps=self.timestamps_check.isChecked(),
            include_all=self.all_indicators_check.isChecked(),
            include_memos=self.memos_check.isChecked(),
            frameworks=[] if len(frameworks) == all_frameworks else frameworks,
            groups=[] if len(groups) == all_groups else groups)

    def confirm_real_names(self) -> bool:
        """A confidential study exported without pseudonyms: ask first."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Confidential study"),
                          self.tr("This study is confidential. Export it with the "
                                  "participants' real names and organisations?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("realNamesQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def output_path(self) -> Path:
        return FORMATS[self.format].with_suffix(Path(self.output_edit.text().strip())
                                                .expanduser())

    def choose_output(self) -> None:
        file_filter = i18n.format_text(FORMATS[self.format].file_filter)
        path = file_dialogs.save_file(self, "export", self.tr("Export to"),
                                      self.output_edit.text(), file_filter)
        if path:
            self.output_edit.setText(path)

    def _problem(self) -> str:
        if not self.output_edit.text().strip():
            return self.tr("Choose a file to save the export in.")
        if self.framework_list.count() and not self._checked(self.framework_list)[0]:
            return self.tr("Check at least one framework.")
        if self.group_list.count() and not self._checked(self.group_list)[0]:
            return self.tr("Check at least one stakeholder group.")
        return ""

    # -- running ----------------------------------------------------------------------

    def export(self) -> None:
        """Validate, then write the file in the background with progress and cancel."""
        problem = self._problem()
        if problem:
            self._show(QMessageBox.Icon.Warning, self.tr("Export"), problem)
            return
        if (self.confidential and not self.pseudonymize_check.isChecked()
                and not self.confirm_real_names()):
            return
        path, options, fmt = self.output_path(), self.options(), self.format
        try:
            check_target(path, self.project.path)  # never over the project or its backups
        except TelaahError as error:
            self._failed(error)
            return
        self.buttons.setEnabled(False)
        self.job = jobs.run_on_reader(
            self.project, lambda reader, progress: FORMATS[fmt].write(reader, path, options,
                                                                      progress),
            self._done, self._failed, parent=self,
            title=self.tr("Writing %1…").replace("%1", path.name))

    def _done(self, path) -> None:
        self.buttons.setEnabled(True)
        self.result_message = self.tr("The export was saved as %1.").replace("%1", str(path))
        self._show(QMessageBox.Icon.Information, self.tr("Export finished"),
                   self.result_message, close_dialog=True)

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, Cancelled):
            self.error_message = self.tr("The export was cancelled; no file was written.")
        else:
            self.error_message = i18n.describe_error(error)
        self._show(QMessageBox.Icon.Warning, self.tr("Export failed"), self.error_message)

    def _show(self, icon, title: str, text: str, close_dialog: bool = False) -> None:
        parent = self.parentWidget() if close_dialog and self.parentWidget() else self
        if close_dialog:
            self.accept()
        self.message_box = open_message(parent, "exportMessageBox", title, text, icon)


class ExportFeature(QObject):
    """Main-window feature: File > Export… (Word report or Excel workbook)."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.dialog: ExportDialog | None = None
        self.action = QAction(window, objectName="actionExport")
        self.action.triggered.connect(self.open_dialog)
        window.menu("file").addAction(self.action)
        bridge.project_opened.connect(lambda _p: self._update_enabled())
        bridge.project_closing.connect(lambda: self._update_enabled(closing=True))
        i18n.on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.action.setText(ExportFeature.tr("&Export…"))
        self.action.setStatusTip(ExportFeature.tr(
            "Write a Word report or an Excel workbook of the open project"))

    def _update_enabled(self, closing: bool = False) -> None:
        self.action.setEnabled(self.bridge.project is not None and not closing)

    def open_dialog(self) -> ExportDialog | None:
        if self.bridge.project is None:
            return None
        self.dialog = ExportDialog(self.bridge.project, self.window)
        self.dialog.open()
        return self.dialog
