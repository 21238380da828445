"""The transcription keys and timings a transcriber can change (per machine).

Stored in `storage.config` under `transcription` as {key name: value}; the defaults
follow dedicated transcription programs: F4 plays and pauses (Esc is the usual other
choice), F3/F5 skip back and forward, F8 inserts the time, F6 "I: " and F7 the
participant's code. Changing them in the dialog announces `transcription` through
`gui.preferences.dialog.preference_signals()`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFormLayout, QKeySequenceEdit, QSpinBox, QVBoxLayout

from gui.dialog_parts import ok_cancel_buttons
from storage import config

CONFIG_KEY = "transcription"


@dataclass
class TranscriptionSettings:
    play_key: str = "F4"
    back_key: str = "F3"
    forward_key: str = "F5"
    timestamp_key: str = "F8"
    interviewer_key: str = "F6"
    participant_key: str = "F7"
    rewind_seconds: int = 2
    skip_seconds: int = 5

    @classmethod
    def load(cls) -> TranscriptionSettings:
        stored = config.get(CONFIG_KEY) or {}
        known = {k: v for k, v in stored.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self) -> None:
        from gui.preferences.dialog import apply_preferences

        apply_preferences({CONFIG_KEY: asdict(self)})


KEY_FIELDS = ("play_key", "back_key", "forward_key", "timestamp_key", "interviewer_key",
              "participant_key")


class TranscriptionSettingsDialog(QDialog):
    """Keys and seconds of the transcription mode."""

    def __init__(self, settings: TranscriptionSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("transcriptionSettings")
        self.setWindowTitle(self.tr("Transcription Settings"))
        self.keys = {name: QKeySequenceEdit(QKeySequence(getattr(settings, name)), self)
                     for name in KEY_FIELDS}
        for edit in self.keys.values():
            edit.setMaximumSequenceLength(1)
        self.rewind = QSpinBox(self, minimum=0, maximum=30, value=settings.rewind_seconds)
        self.skip = QSpinBox(self, minimum=1, maximum=60, value=settings.skip_seconds)
        labels = {"play_key": self.tr("Play/pause:"), "back_key": self.tr("Skip back:"),
                  "forward_key": self.tr("Skip forward:"),
                  "timestamp_key": self.tr("Insert time:"),
                  "interviewer_key": self.tr("Interviewer label (I:):"),
                  "participant_key": self.tr("Participant label:")}
        form = QFormLayout()
        for name in KEY_FIELDS:
            form.addRow(labels[name], self.keys[name])
        form.addRow(self.tr("Rewind on resume (seconds):"), self.rewind)
        form.addRow(self.tr("Skip (seconds):"), self.skip)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))

    def settings(self) -> TranscriptionSettings:
        keys = {name: edit.keySequence().toString() for name, edit in self.keys.items()}
        return TranscriptionSettings(**keys, rewind_seconds=self.rewind.value(),
                                     skip_seconds=self.skip.value())
