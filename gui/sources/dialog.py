"""The Add/Edit source dialog: every metadata field of the three techniques.

One form holds all fields; the rows that belong to the chosen technique are shown
(interview: date, place, interviewer, participants, duration, recording; observation:
date, place, event or setting, participants present, observer; document: author or
organisation, document date, type), with the common title, language, primary or
secondary data and memo. Fields of other techniques keep their values, so switching
the technique back and forth loses nothing. Accepting writes the source as one
undoable action through the bridge; a refused value (empty title) keeps the dialog
open with the reason shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.dialog_parts import ok_cancel_buttons
from gui.sources import labels
from gui.sources.widgets import CheckList, DateField, FileField
from storage import TelaahError
from storage.models import TECHNIQUES

# (field, techniques it is shown for)
_ROWS = {
    "kind": TECHNIQUES, "title": TECHNIQUES, "date": TECHNIQUES,
    "place": ("interview", "observation"), "interviewer": ("interview",),
    "event": ("observation",), "observer": ("observation",),
    "participants": ("interview", "observation"), "duration": ("interview",),
    "recording": ("interview",), "author": ("document",), "doc_type": ("document",),
    "language": TECHNIQUES, "data_type": TECHNIQUES, "memo": TECHNIQUES,
}
_RECORDING_FILTER = "Audio (*.mp3 *.m4a *.wav *.ogg *.flac *.aac *.amr *.3gp);;*"


class SourceDialog(QDialog):
    """Add a source (`source_id=None`) or edit one; `source_id` is set after adding."""

    def __init__(self, bridge, source_id: int | None = None, kind: str = "interview",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.bridge = bridge
        self.source_id = source_id
        self._build()
        self._load(kind)
        self.retranslate_ui()
        self.resize(560, 620)

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox(objectName="kind")
        for kind in TECHNIQUES:
            self.kind.addItem("", kind)
        self.title_edit = QLineEdit(objectName="title")
        self.date = DateField(objectName="date")
        self.place = QLineEdit(objectName="place")
        self.interviewer = QLineEdit(objectName="interviewer")
        self.event_edit = QLineEdit(objectName="event")
        self.observer = QLineEdit(objectName="observer")
        self.participants = CheckList(objectName="participants")
        self.participants.setMaximumHeight(130)
        self.duration = QSpinBox(objectName="duration")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSpecialValueText("—")
        self.recording = FileField(file_filter=_RECORDING_FILTER, objectName="recording")
        self.author = QLineEdit(objectName="author")
        self.doc_type = QComboBox(objectName="docType")
        self.doc_type.setEditable(True)
        self.doc_type.addItems(["", *labels.DOCUMENT_TYPES])
        self.language = QComboBox(objectName="language")
        for code in labels.SOURCE_LANGUAGE_NAMES:
            self.language.addItem("", code)
        self.data_type = QComboBox(objectName="dataType")
        for value in labels.DATA_TYPE_NAMES:
            self.data_type.addItem("", value)
        self.memo = QPlainTextEdit(objectName="memo")
        self.memo.setMinimumHeight(70)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.fields = {"kind": self.kind, "title": self.title_edit, "date": self.date,
                       "place": self.place, "interviewer": self.interviewer,
                       "event": self.event_edit, "observer": self.observer,
                       "participants": self.participants, "duration": self.duration,
                       "recording": self.recording, "author": self.author,
                       "doc_type": self.doc_type, "language": self.language,
                       "data_type": self.data_type, "memo": self.memo}
        for name, widget in self.fields.items():
            self.labels[name] = QLabel()
            self.labels[name].setBuddy(widget)
            self.form.addRow(self.labels[name], widget)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._show_rows)

    def retranslate_ui(self) -> None:
        adding = self.source_id is None
        self.setWindowTitle(self.tr("Add source") if adding else self.tr("Source properties"))
        for row, kind in enumerate(TECHNIQUES):
            self.kind.setItemText(row, labels.technique_label(kind))
        for row in range(self.language.count()):
            self.language.setItemText(row, labels.source_language_label(
                self.language.itemData(row)))
        for row in range(self.data_type.count()):
            self.data_type.setItemText(row, labels.data_type_label(self.data_type.itemData(row)))
        texts = {"kind": self.tr("&Technique:"), "title": self.tr("T&itle:"),
                 "place": self.tr("&Place:"), "interviewer": self.tr("Inter&viewer:"),
                 "event": self.tr("&Event / setting:"), "observer": self.tr("O&bserver:"),
                 "duration": self.tr("D&uration:"), "recording": self.tr("&Recording:"),
                 "author": self.tr("&Author / organisation:"),
                 "doc_type": self.tr("T&ype:"), "language": self.tr("&Language:"),
                 "data_type": self.tr("Da&ta:"), "memo": self.tr("&Memo:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.duration.setSuffix(self.tr(" min"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Interview with the head of the "
                                                   "cooperatives office"))
        self._relabel_for_kind()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _relabel_for_kind(self) -> None:
        kind = self.kind.currentData()
        self.labels["date"].setText(self.tr("Document &date:") if kind == "document"
                                    else self.tr("&Date:"))
        self.labels["participants"].setText(
            self.tr("Participants &present:") if kind == "observation"
            else self.tr("Pa&rticipants:"))

    def _show_rows(self) -> None:
        kind = self.kind.currentData()
        for name, kinds in _ROWS.items():
            self.form.setRowVisible(self.fields[name], kind in kinds)
        self._relabel_for_kind()

    # -- loading and saving ----------------------------------------------------------

    def _load(self, kind: str) -> None:
        project = self.bridge.project
        source = project.sources.get(self.source_id) if self.source_id is not None else None
        self.participants.set_items(
            [(p.id, _participant_text(p)) for p in project.participants.list()],
            source.participant_ids if source else ())
        if source is None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            self.language.setCurrentIndex(0)
            self._show_rows()
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(source.kind)))
        self.title_edit.setText(source.title)
        self.date.set_iso(source.date)
        for name in ("place", "interviewer", "event", "observer", "author"):
            self.fields[name].setText(getattr(source, name) or "")
        self.duration.setValue(source.duration_minutes or 0)
        self.recording.set_path(source.recording_path)
        self.doc_type.setCurrentText(source.doc_type or "")
        if self.language.findData(source.language) < 0:
            self.language.addItem(source.language, source.language)
        self.language.setCurrentIndex(self.language.findData(source.language))
        self.data_type.setCurrentIndex(max(0, self.data_type.findData(source.data_type)))
        self.memo.setPlainText(source.memo)
        for name in ("title", "place", "interviewer", "event", "observer", "author"):
            self.fields[name].setCursorPosition(0)
        self._show_rows()

    def values(self) -> dict:
        """The metadata as entered, in storage field names (without participants)."""
        return {"kind": self.kind.currentData(), "title": self.title_edit.text().strip(),
                "date": self.date.iso(), "place": self.place.text().strip(),
                "interviewer": self.interviewer.text().strip(),
                "event": self.event_edit.text().strip(), "observer": self.observer.text().strip(),
                "duration_minutes": self.duration.value() or None,
                "recording_path": self.recording.path(),
                "author": self.author.text().strip(),
                "doc_type": self.doc_type.currentText().strip(),
                "language": self.language.currentData(),
                "data_type": self.data_type.currentData(),
                "memo": self.memo.toPlainText()}

    def accept(self) -> None:
        values = self.values()
        participant_ids = self.participants.checked_ids()
        try:
            if self.source_id is None:
                label = self.tr("Add source %1").replace("%1", values["title"])
                self.source_id = self.bridge.run(label, lambda p: p.sources.add(
                    participant_ids=participant_ids, **values))
            else:
                source_id = self.source_id
                self.bridge.run(self.tr("Edit source %1").replace("%1", values["title"]),
                                lambda p: p.sources.update(
                                    source_id, participant_ids=participant_ids, **values))
        except TelaahError as error:
            QMessageBox.warning(self, self.windowTitle(), i18n.translated(error))
            return
        super().accept()


def _participant_text(participant) -> str:
    details = [d for d in (participant.name, participant.group) if d]
    return participant.code + (" — " + " · ".join(details) if details else "")
