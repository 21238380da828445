"""File → Prepare copy for a coder…: who it is for, which sources, blind or not,
pseudonymised or not, and where to save it (`storage.handout.prepare_copy`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.dialog_parts import ok_cancel_buttons
from gui.file_dialogs import save_file


class HandoutDialog(QDialog):
    def __init__(self, sources, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.coder = QLineEdit(objectName="handoutCoder")
        self.sources = QListWidget(objectName="handoutSources")
        for source in sources:
            item = QListWidgetItem(source.title)
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sources.addItem(item)
        self.without_codings = QCheckBox(objectName="handoutBlind")
        self.pseudonymize = QCheckBox(objectName="handoutPseudonymize")
        self.output = QLineEdit(objectName="handoutOutput")
        self.browse = QPushButton(objectName="handoutBrowse")
        self.browse.clicked.connect(self._choose_output)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(self.browse)
        self.form = QFormLayout()
        self.form.addRow("", self.coder)
        self.form.addRow("", self.sources)
        self.form.addRow("", self.without_codings)
        self.form.addRow("", self.pseudonymize)
        self.form.addRow("", row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(ok_cancel_buttons(self))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Prepare copy for a coder"))
        for row, text in enumerate((self.tr("&Coder:"), self.tr("&Sources:"), "", "",
                                    self.tr("Save &as:"))):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(text)
        self.without_codings.setText(self.tr("&Without the existing codings, verdicts and "
                                             "summaries (blind double coding)"))
        self.pseudonymize.setText(self.tr("&Pseudonymise: participants' names become "
                                          "their codes"))
        self.browse.setText(self.tr("&Browse…"))

    def _choose_output(self) -> None:
        path = save_file(self, "copies", self.tr("Save the copy as"), self.output.text(),
                         self.tr("Telaah projects (*.telaah)"))
        if path:
            self.output.setText(path if path.endswith(".telaah") else path + ".telaah")

    def options(self) -> dict:
        chosen = [self.sources.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.sources.count())
                  if self.sources.item(i).checkState() == Qt.CheckState.Checked]
        return {"coder": self.coder.text().strip(), "output": self.output.text().strip(),
                "source_ids": chosen, "without_codings": self.without_codings.isChecked(),
                "pseudonymize": self.pseudonymize.isChecked()}

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
