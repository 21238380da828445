"""Recording an interview with Qt Multimedia, and a level meter.

`RecorderBar` chooses an audio input (`QMediaDevices.audioInputs()`), records it with a
`QMediaRecorder` in a `QMediaCaptureSession` as AAC in an ADTS stream (`.aac`): every
frame stands alone, so the file on disk is playable up to the last frame written even
after a crash or a flat battery (an MP4/.m4a would lose its index), and Windows and
macOS play it. A second, light `QAudioSource` on the same input feeds the level meter.
Pause/resume; `position_ms()` is the recorded time the session's timestamps use.
With no input device (or no Qt Multimedia) the bar says so and stays disabled; a
recorder error (a full disk) stops recording, keeps what was written and is reported
through `failed`.
"""

from __future__ import annotations

from array import array
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QTimer, QUrl, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from gui.text.recording import format_timestamp

STOP_WAIT_MS = 5000


def _multimedia():
    try:
        from PySide6 import QtMultimedia
    except ImportError:
        return None
    return QtMultimedia


class RecorderBar(QWidget):
    """Input choice, record/pause/stop, level meter and recorded time."""

    finished = Signal(object, int)   # the file written, its recorded duration in ms
    failed = Signal(str)             # the recorder's error text (what was written is kept)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recorderBar")
        self._mm = _multimedia()
        self._session = self._recorder = self._input = self._meter = None
        self._meter_io = None
        self.path: Path | None = None
        self.inputs = QComboBox(objectName="recorderInput")
        self.record_button = QToolButton(objectName="recorderRecord")
        self.pause_button = QToolButton(objectName="recorderPause", checkable=True)
        self.stop_button = QToolButton(objectName="recorderStop")
        self.level = QProgressBar(objectName="recorderLevel", maximum=100, textVisible=False)
        self.level.setMaximumWidth(120)
        self.time_label = QLabel("00:00:00", objectName="recorderTime")
        self.status = QLabel(objectName="recorderStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.inputs, self.record_button, self.pause_button, self.stop_button,
                       self.level, self.time_label, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.pause_button.toggled.connect(self._pause)
        self.stop_button.clicked.connect(self.stop)
        self._fill_inputs()
        for widget in (self.inputs, self.level, self.time_label):
            widget.setVisible(self.available)
        self.retranslate_ui()
        self._update_buttons()

    # -- devices -------------------------------------------------------------------------

    def _fill_inputs(self) -> None:
        devices = self._mm.QMediaDevices.audioInputs() if self._mm else []
        self.inputs.clear()
        for device in devices:
            self.inputs.addItem(device.description(), device)
        default = self._mm.QMediaDevices.defaultAudioInput() if self._mm else None
        for index, device in enumerate(devices):
            if default is not None and device.id() == default.id():
                self.inputs.setCurrentIndex(index)

    @property
    def available(self) -> bool:
        return self.inputs.count() > 0

    def select_input(self, description: str) -> bool:
        index = self.inputs.findText(description)
        if index >= 0:
            self.inputs.setCurrentIndex(index)
        return index >= 0

    # -- recording -----------------------------------------------------------------------

    def start(self, path: Path) -> bool:
        """Record the chosen input into `path`; False (and a message) when impossible."""
        if not self.available or self.recording:
            return False
        mm = self._mm
        device = self.inputs.currentData()
        self.path = Path(path)
        self._session = mm.QMediaCaptureSession(self)
        self._input = mm.QAudioInput(device, self)
        self._session.setAudioInput(self._input)
        self._recorder = mm.QMediaRecorder(self)
        self._session.setRecorder(self._recorder)
        media_format = mm.QMediaFormat(mm.QMediaFormat.FileFormat.AAC)
        media_format.setAudioCodec(mm.QMediaFormat.AudioCodec.AAC)
        self._recorder.setMediaFormat(media_format)
        self._recorder.setQuality(mm.QMediaRecorder.Quality.NormalQuality)
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(self.path)))
        self._recorder.durationChanged.connect(self._show_time)
        self._recorder.recorderStateChanged.connect(lambda _s: self._update_buttons())
        self._recorder.errorOccurred.connect(self._on_error)
        self._start_meter(device)
        self._recorder.record()
        self._update_buttons()
        return True

    @property
    def recording(self) -> bool:
        return self._recorder is not None and self._recorder.recorderState() != \
            self._mm.QMediaRecorder.RecorderState.StoppedState

    def position_ms(self) -> int:
        return int(self._recorder.duration()) if self._recorder is not None else 0

    def _pause(self, paused: bool) -> None:
        if self._recorder is None:
            return
        if paused:
            self._recorder.pause()
        else:
            self._recorder.record()

    def stop(self) -> None:
        """Stop and hand over the file (`finished`)."""
        if self._recorder is None:
            return
        recorder, self._recorder = self._recorder, None
        duration = int(recorder.duration())
        self._stop_and_wait(recorder)
        self._stop_meter()
        self.pause_button.setChecked(False)
        self._update_buttons()
        if self.path is not None and self.path.exists():
            self.finished.emit(self.path, duration)

    def _stop_and_wait(self, recorder) -> None:
        """Stop and wait (at most STOP_WAIT_MS) until the file is complete on disk."""
        stopped = self._mm.QMediaRecorder.RecorderState.StoppedState
        if recorder.recorderState() == stopped:
            return
        loop = QEventLoop()
        recorder.recorderStateChanged.connect(lambda state: state == stopped and loop.quit())
        QTimer.singleShot(STOP_WAIT_MS, loop.quit)
        recorder.stop()
        if recorder.recorderState() != stopped:
            loop.exec()

    def _on_error(self, _error, text: str) -> None:
        self.stop()
        self.failed.emit(text)

    def _show_time(self, ms: int) -> None:
        self.time_label.setText(format_timestamp(ms).strip("[] "))

    # -- level meter -----------------------------------------------------------------------

    def _start_meter(self, device) -> None:
        mm = self._mm
        audio_format = device.preferredFormat()
        if audio_format.sampleFormat() != mm.QAudioFormat.SampleFormat.Int16:
            audio_format.setSampleFormat(mm.QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            return
        self._meter = mm.QAudioSource(device, audio_format, self)
        self._meter_io = self._meter.start()
        if self._meter_io is not None:
            self._meter_io.readyRead.connect(self._read_level)

    def _read_level(self) -> None:
        if self._meter_io is None:
            return
        samples = array("h")
        data = self._meter_io.readAll().data()
        samples.frombytes(data[: len(data) // 2 * 2])
        peak = max((abs(s) for s in samples), default=0)
        self.level.setValue(min(100, peak * 100 // 32767))

    def _stop_meter(self) -> None:
        if self._meter is not None:
            self._meter.stop()
        self._meter = self._meter_io = None
        self.level.setValue(0)

    # -- texts -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        recording = self.recording
        self.inputs.setEnabled(self.available and not recording)
        self.record_button.setEnabled(self.available and not recording)
        self.pause_button.setEnabled(recording)
        self.stop_button.setEnabled(recording)

    def retranslate_ui(self) -> None:
        self.record_button.setText(self.tr("Record"))
        self.pause_button.setText(self.tr("Pause"))
        self.stop_button.setText(self.tr("Stop"))
        self.level.setToolTip(self.tr("Input level"))
        self.status.setText("" if self.available else self.tr(
            "No audio input found: the session goes on without recording."))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
