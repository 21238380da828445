"""Asks for a stakeholder group's Indonesian and English labels and whether its members
are state or non-state actors (Ansell & Gash's state/non-state distinction; shown in
the report's informant table and used by the participatory-inclusiveness cue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout

from gui.dialog_parts import ok_cancel_buttons


def group_text(group) -> str:
    """'Pemilik UMKM — UMKM owner (non-state)' for lists."""
    text = group.name + (f" \u2014 {group.label_en}" if group.label_en else "")
    if group.is_state is not None:
        sector = (QCoreApplication.translate("GroupDialog", "state") if group.is_state
                  else QCoreApplication.translate("GroupDialog", "non-state"))
        text += f" ({sector})"
    return text


class GroupDialog(QDialog):
    """The labels and state mark of one group (new when `group` is None)."""

    def __init__(self, title: str, group=None, parent=None):
        super().__init__(parent)
        self.setObjectName("groupDialog")
        self.setWindowTitle(title)
        self.label_id = QLineEdit(group.name if group else "", objectName="groupLabelId")
        self.label_en = QLineEdit(group.label_en if group else "", objectName="groupLabelEn")
        self.state = QComboBox(objectName="groupState")
        for text, value in ((self.tr("not said"), None), (self.tr("state actors"), True),
                            (self.tr("non-state actors"), False)):
            self.state.addItem(text, value)
        if group is not None and group.is_state is not None:
            self.state.setCurrentIndex(1 if group.is_state else 2)
        form = QFormLayout()
        form.addRow(self.tr("&Indonesian label:"), self.label_id)
        form.addRow(self.tr("&English label:"), self.label_en)
        form.addRow(self.tr("&Members are:"), self.state)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))

    def values(self) -> tuple[str, str, bool | None]:
        return (self.label_id.text().strip(), self.label_en.text().strip(),
                self.state.currentData())
