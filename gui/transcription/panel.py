"""The Transcription dock: the recording of the source shown, and its keys.

Shows the recording kept with the source (`project.media.recording`), its duration, a
waveform strip (peaks decoded once per recording in a background job and cached:
`peaks.py`, drawn by `waveform.py`; a click seeks, a line follows the position) and a
progress slider, and holds the actions a transcriber uses while typing in the text
panel: play/pause with rewind on resume, skip back/forward, speed 0.5x-2x, insert the
time `[00:12:34] `, insert a speaker label ("I: " or the participant's code), play the
segment last shown from its nearest preceding timestamp. The actions are application
shortcuts, so they work while the cursor is in the text. Text goes into the transcript
through `selection.insert_text_requested` (the text panel types it at the cursor), and a
Ctrl+clicked timestamp arrives as `selection.timestamp_activated`. A source shown with
a recording is put in the text panel's Edit mode (`selection.edit_text_requested`): the
transcriber came to type; the transcription keys switch Edit mode on again if it was
switched off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSlider,
    QToolButton,
    QWidget,
)

from gui.transcription.peaks import PeaksDecoding
from gui.transcription.player import MAX_SPEED, MIN_SPEED, TranscriptionPlayer
from gui.transcription.settings import TranscriptionSettings
from gui.transcription.timestamps import clock, format_timestamp, timestamp_before
from gui.transcription.waveform import WaveformStrip
from storage.kinds import Kind


class TranscriptionPanel(QWidget):
    """Player and transcription actions for the source in the text panel."""

    attach_requested = Signal()
    settings_requested = Signal()
    has_recording = Signal(bool)

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("transcriptionPanel")
        self.bridge, self.selection = bridge, selection
        self.source_id: int | None = None
        self.segment_id: int | None = None
        self.peaks_job = None
        self.player = TranscriptionPlayer(self)
        self.settings = TranscriptionSettings.load()
        self._build_actions()
        self._build_widgets()
        self._connect()
        self.apply_settings(self.settings)
        self.retranslate_ui()
        self._update_enabled()

    # -- building ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(name: str, slot) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.play_action = action("transcriptionPlay", self.player.toggle)
        self.back_action = action("transcriptionBack", lambda: self.player.skip(
            -1000 * self.settings.skip_seconds))
        self.forward_action = action("transcriptionForward", lambda: self.player.skip(
            1000 * self.settings.skip_seconds))
        self.timestamp_action = action("transcriptionTimestamp", self.insert_timestamp)
        self.interviewer_action = action("transcriptionInterviewer",
                                         lambda: self.insert_speaker(interviewer=True))
        self.participant_action = action("transcriptionParticipant",
                                         lambda: self.insert_speaker(interviewer=False))
        self.segment_action = action("transcriptionSegment", self.play_segment)
        self.attach_action = action("transcriptionAttach", self.attach_requested)
        self.settings_action = action("transcriptionSettings", self.settings_requested)

    def _build_widgets(self) -> None:
        self.name_label = QLabel(self, objectName="transcriptionName")
        self.time_label = QLabel("00:00:00 / 00:00:00", self, objectName="transcriptionTime")
        self.waveform = WaveformStrip(self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self, objectName="transcriptionSlider")
        self.speed = QDoubleSpinBox(self, objectName="transcriptionSpeed", minimum=MIN_SPEED,
                                    maximum=MAX_SPEED, singleStep=0.1, value=1.0, suffix="×")
        self.buttons = []
        for act in (self.back_action, self.play_action, self.forward_action,
                    self.timestamp_action, self.interviewer_action, self.participant_action,
                    self.segment_action, self.attach_action, self.settings_action):
            button = QToolButton(self)
            button.setDefaultAction(act)
            self.buttons.append(button)
        layout = QGridLayout(self)
        layout.addWidget(self.name_label, 0, 0, 1, 6)
        layout.addWidget(self.time_label, 0, 6, 1, 3)
        layout.addWidget(self.waveform, 1, 0, 1, 9)
        layout.addWidget(self.slider, 2, 0, 1, 8)
        layout.addWidget(self.speed, 2, 8)
        for index, button in enumerate(self.buttons):   # three rows of three: the dock
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)  # stays narrow
            layout.addWidget(button, 3 + index // 3, (index % 3) * 3, 1, 3)
        self.name_label.setWordWrap(True)
        layout.setRowStretch(6, 1)

    def _connect(self) -> None:
        self.player.position_changed.connect(self._show_position)
        self.player.duration_changed.connect(self._show_duration)
        self.player.state_changed.connect(lambda _playing: self.retranslate_ui())
        self.player.failed.connect(lambda text: self.name_label.setToolTip(text))
        self.slider.sliderMoved.connect(self.player.seek)
        self.waveform.seek_requested.connect(self.player.seek)
        self.speed.valueChanged.connect(self.player.set_speed)
        self.selection.source_selected.connect(self.show_source)
        self.selection.segment_requested.connect(self._remember_segment)
        self.selection.timestamp_activated.connect(self.player.seek)
        self.bridge.changed.connect(self._on_change)
        self.bridge.project_closing.connect(lambda: self.show_source(None))

    def apply_settings(self, settings: TranscriptionSettings) -> None:
        """Use these keys and timings from now on."""
        self.settings = settings
        self.player.rewind_ms = 1000 * settings.rewind_seconds
        for act, key in ((self.play_action, settings.play_key),
                         (self.back_action, settings.back_key),
                         (self.forward_action, settings.forward_key),
                         (self.timestamp_action, settings.timestamp_key),
                         (self.interviewer_action, settings.interviewer_key),
                         (self.participant_action, settings.participant_key)):
            act.setShortcut(QKeySequence(key))

    # -- translation -------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        texts = {self.play_action: self.tr("Pause") if self.player.playing else self.tr("Play"),
                 self.back_action: self.tr("Back"), self.forward_action: self.tr("Forward"),
                 self.timestamp_action: self.tr("Time"),
                 self.interviewer_action: self.tr("Interviewer (I:)"),
                 self.participant_action: self.tr("Participant"),
                 self.segment_action: self.tr("Play Segment"),
                 self.attach_action: self.tr("Attach Recording…"),
                 self.settings_action: self.tr("Keys…")}
        for act, text in texts.items():
            act.setText(text)
            shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{text} ({shortcut})" if shortcut else text)
        self.speed.setToolTip(self.tr("Playback speed (the voice keeps its pitch)"))
        self._show_name()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the recording shown -----------------------------------------------------------

    def show_source(self, source_id: int | None) -> None:
        """Load the recording of `source_id` (none: the player empties)."""
        self.source_id = source_id
        project = self.bridge.project
        media = project.media.recording(source_id) if project and source_id else None
        self._media = media
        problem = project.media.check(media, full=False) if media else None
        self.player.load(None if media is None or problem else project.media.path_of(media))
        self.name_label.setToolTip(problem or "")
        self._show_duration(media.duration_ms or 0 if media else 0)
        self._show_waveform(None if problem else media)
        self._update_enabled()
        self._show_name()
        self.has_recording.emit(media is not None)
        if media is not None:
            # a recording to transcribe: the transcript is typed, so its text is editable
            self.selection.edit_text_requested.emit(source_id)

    def _show_waveform(self, media) -> None:
        """The recording's peaks: from the cache, else decoded in the background."""
        if self.peaks_job is not None:
            self.peaks_job.cancel()                # another recording now: stop it
            self.peaks_job.deleteLater()
            self.peaks_job = None
        self.waveform.set_peaks(None, media.duration_ms or 0 if media else 0)
        if media is None:
            return
        project = self.bridge.project
        cached = project.media.cached_peaks(media)
        if cached:
            self.waveform.set_peaks(cached, media.duration_ms or 0)
            return
        path, duration = project.media.path_of(media), media.duration_ms or 0

        def done(peaks: bytes) -> None:
            self.peaks_job = None
            decoding.deleteLater()
            if project is self.bridge.project:
                project.media.keep_peaks(media, peaks)
            if getattr(self, "_media", None) is not None and self._media.id == media.id:
                self.waveform.set_peaks(peaks, duration)

        def failed(why: str) -> None:                 # no waveform; the slider remains
            self.peaks_job = None
            decoding.deleteLater()
            if why:
                self.waveform.setToolTip(why)

        decoding = self.peaks_job = PeaksDecoding(path, duration, parent=self)
        decoding.done.connect(done)
        decoding.failed.connect(failed)
        decoding.start()

    def _show_name(self) -> None:
        media = getattr(self, "_media", None)
        if media is None:
            self.name_label.setText(self.tr("No recording: attach one to transcribe."))
        else:
            self.name_label.setText(f"{media.original_name} ({clock(media.duration_ms or 0)})")

    def _update_enabled(self) -> None:
        loaded = self.player.loaded
        for act in (self.play_action, self.back_action, self.forward_action,
                    self.timestamp_action, self.segment_action):
            act.setEnabled(loaded)
        self.slider.setEnabled(loaded)
        self.waveform.setEnabled(loaded)
        self.attach_action.setEnabled(self.source_id is not None)

    def _on_change(self, change) -> None:
        if self.source_id is None:
            return
        if change.affects(Kind.MEDIA) or self.source_id in change.ids_of(Kind.SOURCES):
            current = getattr(self, "_media", None)
            latest = self.bridge.project.media.recording(self.source_id)
            if (current and current.id) != (latest and latest.id):
                self.show_source(self.source_id)

    def _show_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.waveform.set_position(ms)
        self.time_label.setText(f"{clock(ms)} / {clock(self.player.duration_ms())}")

    def _show_duration(self, ms: int) -> None:
        self.slider.setRange(0, max(ms, 0))
        self.time_label.setText(f"{clock(self.player.position_ms())} / {clock(ms)}")

    # -- typing helpers ----------------------------------------------------------------

    def insert_timestamp(self) -> None:
        if self.player.loaded:
            self.selection.insert_text_requested.emit(
                format_timestamp(self.player.position_ms()))

    def insert_speaker(self, interviewer: bool) -> None:
        self.selection.insert_text_requested.emit(f"{self.speaker_label(interviewer)}: ")

    def speaker_label(self, interviewer: bool) -> str:
        """'I' for the interviewer, else the first participant's code ('P' if none)."""
        if interviewer:
            return "I"
        project = self.bridge.project
        if project is None or self.source_id is None:
            return "P"
        ids = project.sources.get(self.source_id).participant_ids
        return project.participants.get(ids[0]).code if ids else "P"

    def _remember_segment(self, segment_id: int) -> None:
        if segment_id > 0:          # a coded image region (negative id) has no time
            self.segment_id = segment_id

    def play_segment(self, segment_id: int | None = None) -> None:
        """Play the segment (the one last shown) from its nearest preceding timestamp."""
        segment_id = segment_id or self.segment_id
        project = self.bridge.project
        if project is None or segment_id is None:
            return
        segment = project.segments.get(segment_id)
        if segment.source_id != self.source_id:
            self.show_source(segment.source_id)
        text = project.sources.text(segment.source_id)
        self.player.play_from(timestamp_before(text, segment.start) or 0)
