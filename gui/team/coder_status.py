"""The current coder in the status bar, switchable (issue 17).

`CoderStatus` shows "Coder: NAME" (or a warning that none is set) and a button that
asks for another name; `bridge.set_coder` then stamps it on everything written from
now on and remembers it on this machine. It follows the bridge (a project opened,
the coder switched) and the Preferences dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QToolButton, QWidget


class CoderStatus(QWidget):
    def __init__(self, bridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coderStatus")
        self.bridge = bridge
        self.label = QLabel(objectName="coderLabel")
        self.switch = QToolButton(objectName="switchCoder")
        self.switch.setAutoRaise(True)
        self.switch.clicked.connect(self.ask)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.switch)
        bridge.coder_changed.connect(lambda _name: self.refresh())
        bridge.project_opened.connect(lambda _project: self.refresh())
        from gui.preferences.dialog import preference_signals

        preference_signals().changed.connect(self._preference_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.switch.setText(self.tr("Switch…"))
        self.switch.setToolTip(self.tr("Code as another person (stamped on every coding, "
                                       "memo, verdict and summary from now on)"))
        self.refresh()

    def refresh(self) -> None:
        name = self.bridge.coder()
        self.label.setText(self.tr("Coder: %1").replace("%1", name) if name
                           else self.tr("No coder set"))

    def ask(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Switch coder"),
                                        self.tr("Who is coding now?"),
                                        text=self.bridge.coder())
        if ok and name.strip():
            self.bridge.set_coder(name.strip())
            return name.strip()
        return None

    def _preference_changed(self, key: str, value) -> None:
        if key == "coder" and str(value or "").strip() != self.bridge.coder():
            self.bridge.set_coder(str(value or ""))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
