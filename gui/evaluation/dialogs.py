"""Small dialogs of the evaluation workspace: the triangulation rule and new verdicts.

`RuleDialog` edits the study's `analysis.TriangulationRule` (minimum techniques,
stakeholder groups and source dates). `VerdictOptionDialog` asks for a new verdict
option in Indonesian and English; its key is made from the English label. Both only
collect values; the caller stores them as one undoable action.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from analysis import TriangulationRule
from gui.dialog_parts import ok_cancel_buttons


class _Dialog(QDialog):
    """OK/Cancel dialog over a form, retranslated on language change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        """Set the texts (subclasses)."""

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class RuleDialog(_Dialog):
    """Edit when an indicator counts as triangulated."""

    def __init__(self, rule: TriangulationRule, parent=None):
        super().__init__(parent)
        self.setObjectName("triangulationRuleDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.techniques, self.groups, self.dates = (QSpinBox(objectName=name) for name in (
            "minTechniques", "minGroups", "minDates"))
        for box, value, top in ((self.techniques, rule.min_techniques, 3),
                                (self.groups, rule.min_groups, 20),
                                (self.dates, rule.min_dates, 50)):
            box.setRange(0, top)
            box.setValue(value)
        self.labels = [QLabel() for _ in range(3)]
        self.form.addRow(self.intro)
        for label, box in zip(self.labels, (self.techniques, self.groups, self.dates),
                              strict=True):
            self.form.addRow(label, box)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Triangulation rule"))
        self.intro.setText(self.tr("An indicator is triangulated when its segments come "
                                   "from at least:"))
        self.labels[0].setText(self.tr("Techniques (interview, observation, document):"))
        self.labels[1].setText(self.tr("Stakeholder groups:"))
        self.labels[2].setText(self.tr("Different source dates (1: no condition):"))

    def rule(self) -> TriangulationRule:
        return TriangulationRule(self.techniques.value(), self.groups.value(),
                                 self.dates.value())


class VerdictOptionDialog(_Dialog):
    """Ask for a new verdict option's Indonesian and English labels."""

    def __init__(self, taken: set[str], parent=None):
        super().__init__(parent)
        self.setObjectName("verdictOptionDialog")
        self.taken = taken
        self.label_id = QLineEdit(objectName="verdictLabelId")
        self.label_en = QLineEdit(objectName="verdictLabelEn")
        self.labels = [QLabel(), QLabel()]
        self.form.addRow(self.labels[0], self.label_id)
        self.form.addRow(self.labels[1], self.label_en)
        for edit in (self.label_id, self.label_en):
            edit.textChanged.connect(self._check)
        self.retranslate_ui()
        self._check()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New verdict option"))
        self.labels[0].setText(self.tr("Label (Indonesian):"))
        self.labels[1].setText(self.tr("Label (English):"))

    def key(self) -> str:
        """A key made from the English (else Indonesian) label, unique in the study."""
        text = self.label_en.text().strip() or self.label_id.text().strip()
        base = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "verdict"
        key, n = base, 2
        while key in self.taken:
            key, n = f"{base}_{n}", n + 1
        return key

    def values(self) -> tuple[str, str, str]:
        """(key, English label, Indonesian label)."""
        en, id_ = self.label_en.text().strip(), self.label_id.text().strip()
        return self.key(), en or id_, id_ or en

    def _check(self) -> None:
        filled = bool(self.label_id.text().strip() or self.label_en.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(filled)
