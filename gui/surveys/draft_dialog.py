"""The dialog that asks for a draft questionnaire: its form_id, title and indicators.

The indicators are the study's (framework indicators and top-level custom codes), with
those the statement bank covers ticked; `importers.survey_draft` writes one or two
Likert statements in Indonesian and English for each indicator ticked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QListWidget, QListWidgetItem

from gui import i18n
from gui.dialog_parts import ok_cancel_buttons


class DraftDialog(QDialog):
    """form_id, title and indicators of a new draft."""

    def __init__(self, project, parent=None):
        from analysis.evidence import Evidence
        from importers.survey_draft import statement_bank

        super().__init__(parent)
        self.setObjectName("surveyDraftDialog")
        self.setWindowTitle(self.tr("New draft questionnaire"))
        used = {form.form_id for form in project.surveys.forms()}
        number = 1
        while f"draft_{number}" in used:
            number += 1
        self.form_id_edit = QLineEdit(f"draft_{number}", objectName="draftFormId")
        self.title_edit = QLineEdit(self.tr("Questionnaire for programme participants"),
                                    objectName="draftTitle")
        self.list = QListWidget(objectName="draftIndicators")
        evidence = Evidence.load(project)
        bank = statement_bank()["statements"]
        lang = i18n.current_language()
        for code_id in evidence.rows("indicators"):
            key = evidence.key(code_id)
            item = QListWidgetItem(evidence.label(code_id, lang), self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked if key in bank
                               else Qt.CheckState.Unchecked)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Form ID:"), self.form_id_edit)
        layout.addRow(self.tr("Title:"), self.title_edit)
        layout.addRow(self.tr("Indicators:"), self.list)
        layout.addRow(ok_cancel_buttons(self))

    def form_id(self) -> str:
        return self.form_id_edit.text().strip()

    def title(self) -> str:
        return self.title_edit.text().strip()

    def indicators(self) -> list[str]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]
