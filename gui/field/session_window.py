"""The window of a live interview or observation session.

First the consent (interview) or setting (observation) page, then the notes page: the
whole guide in a list on the left (hidden with "One question at a time"), the current
question with its section and probes, and the notes under it. Notes are stored as
typed (`sessions.save_notes`, a draft that never fills the undo stack); Ctrl+T inserts
the elapsed time `[hh:mm:ss]` from the session clock, or from the recording while one
runs. Skip, move, add a question asked on the spot, and finish are each one undoable
action through the bridge. Closing without finishing keeps the session for later;
finishing makes the coded source and shows it. The window refreshes on
`change.affects(Kind.FIELD_SESSIONS)` for changes it did not make itself.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.dialog_parts import open_message
from gui.field.recording_link import RecordingLink
from gui.field.session_pages import ConsentPage, SettingPage
from gui.text.recording import format_timestamp
from storage.errors import NotFoundError, TelaahError
from storage.kinds import Kind

CLOCK_SAVE_MS = 1000


class SessionWindow(QDialog):
    """One session, from consent to the finished source."""

    finished_source = Signal(int)

    def __init__(self, bridge, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sessionWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bridge = bridge
        self.session = bridge.project.sessions.get(session_id)
        self.answers = bridge.project.sessions.answers(session_id)
        self.position = min(self.session.current_position, max(len(self.answers) - 1, 0))
        self._clock = QElapsedTimer()
        self._clock.start()
        self._base_ms = self.session.elapsed_ms
        self._loading = False
        self._build()
        self.recording = RecordingLink(self, bridge, self.session)
        self._tick = QTimer(self, interval=CLOCK_SAVE_MS, timeout=self._save_clock)
        self._tick.start()
        self.clock.setText(format_timestamp(self.elapsed_ms()).strip("[] "))
        bridge.changed.connect(self._on_changed)
        bridge.project_closing.connect(self.close)
        self.retranslate_ui()
        resumed = any(a.notes for a in self.answers) or self.session.consent_method
        self.pages.setCurrentIndex(1 if resumed else 0)
        self.show_question(self.position)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        interview = self.session.kind == "interview"
        self.title = QLabel(objectName="sessionTitle")
        self.clock = QLabel("00:00:00", objectName="sessionClock")
        self.whole = QCheckBox(objectName="sessionWholeGuide", checked=True)
        self.finish_button = QPushButton(objectName="sessionFinish")
        self.details_button = QPushButton(objectName="sessionDetails")
        self.details_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.first_page = (ConsentPage if interview else SettingPage)(self.bridge, self.session)
        self.first_page.begin.connect(self.begin)
        self.question_list = QListWidget(objectName="sessionQuestions", wordWrap=True)
        self.question_list.currentRowChanged.connect(self._on_row)
        self.whole.toggled.connect(self.question_list.setVisible)
        self.counter = QLabel(objectName="sessionCounter")
        self.section = QLabel(objectName="sessionSection")
        self.question = QLabel(objectName="sessionQuestion", wordWrap=True)
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.question.setFont(font)
        self.probes = QLabel(objectName="sessionProbes", wordWrap=True)
        self.notes = QPlainTextEdit(objectName="sessionNotes")
        self.notes.textChanged.connect(self._on_typed)
        self.buttons = {name: QPushButton(objectName=f"session{name.title()}")
                        for name in ("previous", "next", "skip", "up", "down", "add", "time")}
        for name, slot in (("previous", lambda: self.show_question(self.position - 1)),
                           ("next", lambda: self.show_question(self.position + 1)),
                           ("skip", self.toggle_skip), ("up", lambda: self.move(-1)),
                           ("down", lambda: self.move(1)), ("add", self.add_question),
                           ("time", self.insert_timestamp)):
            self.buttons[name].clicked.connect(slot)
        QShortcut(QKeySequence("Ctrl+T"), self, self.insert_timestamp)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.show_question(self.position + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.show_question(self.position - 1))
        self.finish_button.clicked.connect(self.finish)
        self.pages = QStackedWidget(objectName="sessionPages")
        self.pages.addWidget(self.first_page)
        self.pages.addWidget(self._notes_page())
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clock)
        header.addWidget(self.details_button)
        header.addWidget(self.finish_button)
        self.recorder_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.recorder_row)
        layout.addWidget(self.pages, 1)
        self.resize(980, 640)

    def _notes_page(self) -> QWidget:
        right = QWidget()
        column = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addStretch(1)
        top.addWidget(self.whole)
        column.addLayout(top)
        for widget in (self.section, self.question, self.probes):
            column.addWidget(widget)
        column.addWidget(self.notes, 1)
        row = QHBoxLayout()
        for name in ("previous", "next", "skip", "up", "down", "add", "time"):
            row.addWidget(self.buttons[name])
        column.addLayout(row)
        splitter = QSplitter(objectName="sessionSplitter")
        splitter.addWidget(self.question_list)
        splitter.addWidget(right)
        splitter.setSizes([280, 700])
        return splitter

    # -- questions ---------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return "en" if self.session.language == "en" else "id"

    def current(self):
        return self.answers[self.position] if self.answers else None

    def show_question(self, position: int) -> None:
        if not self.answers:
            return
        self.position = max(0, min(position, len(self.answers) - 1))
        answer = self.answers[self.position]
        self._loading = True
        self.notes.setPlainText(answer.notes)
        self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)
        self._loading = False
        self.question.setText(answer.text(self.lang))
        self.probes.setText("\n".join("• " + p.get(self.lang, p.get("id", ""))
                                      for p in answer.probes))
        self.section.setText(self._section_title(answer.section))
        self.counter.setText(i18n.fill(self.tr("Question %1 of %2"), self.position + 1,
                                       len(self.answers)))
        self.buttons["skip"].setText(self.tr("Ask after all") if answer.skipped
                                     else self.tr("Skip"))
        self._fill_list()

    def _section_title(self, section: str) -> str:
        from storage.question_bank import section_title

        labels = {c.node_id: {"id": c.label_id, "en": c.label_en}
                  for c in self.bridge.project.codes.list() if c.node_id}
        return section_title(section, self.lang, labels)

    def _fill_list(self) -> None:
        self.question_list.blockSignals(True)
        self.question_list.clear()
        for number, answer in enumerate(self.answers, 1):
            mark = "✓ " if answer.notes.strip() else ("– " if answer.skipped else "")
            item = QListWidgetItem(f"{number}. {mark}{answer.text(self.lang)}")
            if answer.skipped:
                item.setForeground(Qt.GlobalColor.gray)
            self.question_list.addItem(item)
        self.question_list.setCurrentRow(self.position)
        self.question_list.blockSignals(False)

    def _on_row(self, row: int) -> None:
        if row >= 0 and row != self.position:
            self.show_question(row)

    # -- typing and time ---------------------------------------------------------------------

    def elapsed_ms(self) -> int:
        return self._base_ms + self._clock.elapsed()

    def _on_typed(self) -> None:
        answer = self.current()
        if self._loading or answer is None:
            return
        answer.notes = self.notes.toPlainText()
        self.bridge.project.sessions.save_notes(answer.id, answer.notes, self.elapsed_ms(),
                                                origin=self)

    def _save_clock(self) -> None:
        if self.bridge.project is None:
            return
        ms = self.elapsed_ms()
        self.clock.setText(format_timestamp(ms).strip("[] "))
        try:
            self.bridge.project.sessions.save_clock(self.session.id, ms, self.position,
                                                    origin=self)
        except NotFoundError:
            self._tick.stop()

    def timestamp_ms(self) -> int:
        """The time a timestamp marks: the recording's while one runs, else the clock's."""
        return self.recording.position_ms() or self.elapsed_ms()

    def insert_timestamp(self) -> None:
        self.notes.insertPlainText(format_timestamp(self.timestamp_ms()))
        self.notes.setFocus()

    # -- actions -----------------------------------------------------------------------------

    def begin(self) -> None:
        if self._run(self.tr("Begin session"), self.first_page.apply):
            self.pages.setCurrentIndex(1)
            self.notes.setFocus()

    def toggle_skip(self) -> None:
        answer = self.current()
        if answer is not None:
            self._run(self.tr("Skip question"),
                      lambda p: p.sessions.skip(answer.id, not answer.skipped))

    def move(self, offset: int) -> None:
        answer = self.current()
        if answer is not None and self._run(self.tr("Move question"),
                                            lambda p: p.sessions.move_answer(answer.id, offset)):
            self.show_question(self.position + offset)

    def add_question(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, self.tr("Question asked on the spot"),
                                        self.tr("Question:"))
        if ok and text.strip():
            self.add_spot_question(text.strip())

    def add_spot_question(self, text: str) -> None:
        at = self.position + 1
        key = "text_en" if self.lang == "en" else "text_id"
        values = {"text_id": "", "text_en": "", key: text}
        if self._run(self.tr("Add question"), lambda p: p.sessions.add_answer(
                self.session.id, values["text_id"], values["text_en"], position=at)):
            self.show_question(at)

    def finish(self) -> None:
        self.recording.stop()
        source_id = self._run(self.tr("Finish session"),
                              lambda p: p.sessions.finish(self.session.id))
        if source_id:
            self._tick.stop()
            self.finished_source.emit(source_id)
            self.accept()

    def _run(self, label: str, work):
        try:
            return self.bridge.run(label, work, origin=self) or True
        except TelaahError as error:
            open_message(self, "sessionError", self.tr("Session"), i18n.translated(error))
            return None

    def _on_changed(self, change) -> None:
        if self.bridge.project is None:
            return
        if change.affects(Kind.PARTICIPANTS) and isinstance(self.first_page, ConsentPage):
            self.first_page.fill_participants()
        if not change.affects(Kind.FIELD_SESSIONS):
            return
        if change.origin is self and not change.undoable:
            return  # our own typing
        try:
            self.session = self.bridge.project.sessions.get(self.session.id)
        except NotFoundError:
            self._tick.stop()
            self.close()
            return
        self.first_page.session = self.session
        self.answers = self.bridge.project.sessions.answers(self.session.id)
        self.show_question(self.position)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.recording.stop()
        self._tick.stop()
        if self.bridge.project is not None and self.session.status == "open":
            self._save_clock()
        super().closeEvent(event)

    def retranslate_ui(self) -> None:
        kind = self.tr("Interview") if self.session.kind == "interview" else self.tr(
            "Observation")
        self.setWindowTitle(kind)
        detail = self.session.guide_name or self.session.place
        self.title.setText(f"<b>{kind}</b> {detail}")
        self.whole.setText(self.tr("Show the whole guide"))
        self.finish_button.setText(self.tr("Finish and make source"))
        self.details_button.setText(self.tr("Consent…") if self.session.kind == "interview"
                                    else self.tr("Setting…"))
        texts = {"previous": self.tr("Previous"), "next": self.tr("Next"),
                 "up": self.tr("Move up"), "down": self.tr("Move down"),
                 "add": self.tr("Add question…"), "time": self.tr("Insert time (Ctrl+T)")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.notes.setPlaceholderText(self.tr("Type the answer here; it is saved as you "
                                              "type."))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_question(self.position)
        super().changeEvent(event)
