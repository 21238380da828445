"""Dialogs of the guide editor: a new guide (empty or drafted) and one question.

`NewGuideDialog` names the guide and, for a draft, picks frameworks and stakeholder
groups (none ticked: all). `QuestionDialog` edits a question's section, wording in both
languages, probes (one per line, Indonesian and English side by side), the indicators
it serves, the groups it is asked of (none ticked: everyone) and a wording for any one
group (the variant printed and asked for that group). Both return plain
values; the editor writes them through the bridge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.dialog_parts import ok_cancel_buttons


def checkable_list(name: str, items: list[tuple[str, object]], checked=()) -> QListWidget:
    widget = QListWidget(objectName=name)
    for text, value in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
    return widget


def checked_values(widget: QListWidget) -> list:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(widget: QListWidget, values) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           in values else Qt.CheckState.Unchecked)


class NewGuideDialog(QDialog):
    def __init__(self, project, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newGuideDialog")
        self.setWindowTitle(self.tr("New interview guide"))
        self.name = QLineEdit(objectName="guideName")
        self.draft = QCheckBox(self.tr("Draft the questions from the indicators"),
                               objectName="guideDraft", checked=True)
        study = project.study.get()
        from storage.frameworks import load_framework

        frameworks = [(getattr(load_framework(f), f"short_label_{lang}"), f)
                      for f in study.frameworks]
        self.frameworks = checkable_list("guideFrameworks", frameworks,
                                         [f for _t, f in frameworks])
        groups = [(g.name, g.name) for g in project.participants.groups()]
        self.groups = checkable_list("guideGroups", groups)
        self.draft.toggled.connect(self.frameworks.setEnabled)
        self.draft.toggled.connect(self.groups.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.draft)
        form.addRow(self.tr("Frameworks:"), self.frameworks)
        form.addRow(self.tr("Groups (none ticked: all):"), self.groups)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "draft": self.draft.isChecked(),
                "frameworks": checked_values(self.frameworks),
                "groups": checked_values(self.groups)}


class QuestionDialog(QDialog):
    def __init__(self, project, lang: str, question=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionDialog")
        self.setWindowTitle(self.tr("Question"))
        self.section = QLineEdit(objectName="questionSection")
        self.text_id = QPlainTextEdit(objectName="questionTextId")
        self.text_en = QPlainTextEdit(objectName="questionTextEn")
        self.probes_id = QPlainTextEdit(objectName="questionProbesId")
        self.probes_en = QPlainTextEdit(objectName="questionProbesEn")
        for edit in (self.text_id, self.text_en, self.probes_id, self.probes_en):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(80)
        indicators = [(f"{c.label(lang)}  ({c.node_id})", c.node_id)
                      for c in project.codes.list()
                      if c.node_id and c.level in ("indicator", "sub", "dimension")]
        self.indicators = checkable_list("questionIndicators", indicators)
        self.groups = checkable_list("questionGroups", [
            (g.name, g.name) for g in project.participants.groups()])
        probes = QHBoxLayout()
        probes.addWidget(self.probes_id)
        probes.addWidget(self.probes_en)
        self.variants: dict[str, dict[str, str]] = {}
        self.variant_group = QComboBox(objectName="questionVariantGroup")
        for group in project.participants.groups():
            self.variant_group.addItem(group.name, group.name)
        self.variant_id = QLineEdit(objectName="questionVariantId")
        self.variant_en = QLineEdit(objectName="questionVariantEn")
        self._variant_shown = self.variant_group.currentData()
        self.variant_group.currentIndexChanged.connect(lambda _i: self._show_variant())
        variant = QVBoxLayout()
        variant.addWidget(self.variant_group)
        variant.addWidget(self.variant_id)
        variant.addWidget(self.variant_en)
        form = QFormLayout()
        form.addRow(self.tr("Section:"), self.section)
        form.addRow(self.tr("Question (Indonesian):"), self.text_id)
        form.addRow(self.tr("Question (English):"), self.text_en)
        form.addRow(self.tr("Probes, one per line (Indonesian | English):"), probes)
        form.addRow(self.tr("Wording for one group (Indonesian, English):"), variant)
        form.addRow(self.tr("Indicators:"), self.indicators)
        form.addRow(self.tr("Asked of (none ticked: everyone):"), self.groups)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))
        self.resize(720, 640)
        if question is not None:
            self.show_question(question)

    def show_question(self, question) -> None:
        self.section.setText(question.section)
        self.text_id.setPlainText(question.text_id)
        self.text_en.setPlainText(question.text_en)
        self.probes_id.setPlainText("\n".join(p.get("id", "") for p in question.probes))
        self.probes_en.setPlainText("\n".join(p.get("en", "") for p in question.probes))
        set_checked(self.indicators, question.indicators)
        set_checked(self.groups, question.groups)
        self.variants = {g: dict(v) for g, v in question.variants.items()}
        self._variant_shown = None
        self._show_variant()

    def _keep_variant(self) -> None:
        if self._variant_shown is None:
            return
        wording = {"id": self.variant_id.text().strip(), "en": self.variant_en.text().strip()}
        if wording["id"] or wording["en"]:
            self.variants[self._variant_shown] = wording
        else:
            self.variants.pop(self._variant_shown, None)

    def _show_variant(self) -> None:
        """Keep the wording typed for the group shown, then show the chosen group's."""
        self._keep_variant()
        self._variant_shown = self.variant_group.currentData()
        wording = self.variants.get(self._variant_shown, {})
        self.variant_id.setText(wording.get("id", ""))
        self.variant_en.setText(wording.get("en", ""))

    def values(self) -> dict:
        ids = self.probes_id.toPlainText().splitlines()
        ens = self.probes_en.toPlainText().splitlines()
        count = max(len(ids), len(ens))
        ids, ens = ids + [""] * (count - len(ids)), ens + [""] * (count - len(ens))
        probes = [{"id": a.strip(), "en": b.strip()} for a, b in zip(ids, ens, strict=True)
                  if a.strip() or b.strip()]
        self._keep_variant()
        return {"section": self.section.text().strip(), "variants": dict(self.variants),
                "text_id": self.text_id.toPlainText().strip(),
                "text_en": self.text_en.toPlainText().strip(), "probes": probes,
                "indicators": checked_values(self.indicators),
                "groups": checked_values(self.groups)}
