"""A small player bar for an interview's recording, and transcript timestamps.

`RecordingBar` plays the source's `recording_path` (relative paths are taken from the
project file's folder) with QtMultimedia: play/pause, a seek slider, the time, and a
speed choice from 0.5x to 2x. "Insert timestamp" (Ctrl+T, owned by the text panel)
asks for `timestamp_text()`, "[hh:mm:ss] " at the playing position. Ctrl+click on a
timestamp in the text seeks there (`seek_to_timestamp`).

QtMultimedia may be missing or have no audio output (headless machines, tests): the
bar then stays visible but disabled, its tooltip saying why; nothing raises.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
TIMESTAMP = re.compile(r"\[(\d{1,2}):([0-5]\d):([0-5]\d)\]")


def format_timestamp(ms: int) -> str:
    """'[hh:mm:ss] ' for a position in milliseconds."""
    seconds = max(int(ms), 0) // 1000
    return f"[{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}] "


def parse_timestamp(text: str) -> int | None:
    """Milliseconds of the first '[hh:mm:ss]' in `text`, or None."""
    match = TIMESTAMP.search(text)
    if match is None:
        return None
    hours, minutes, seconds = (int(g) for g in match.groups())
    return ((hours * 60 + minutes) * 60 + seconds) * 1000


def timestamp_at(line: str, column: int) -> int | None:
    """Milliseconds of the timestamp in `line` that covers `column`, or None."""
    for match in TIMESTAMP.finditer(line):
        if match.start() <= column <= match.end():
            return parse_timestamp(match.group(0))
    return None


def _multimedia():
    """The QtMultimedia classes, or None when they cannot be used here."""
    try:
        from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
    except ImportError:
        return None
    return QAudioOutput, QMediaDevices, QMediaPlayer


class RecordingBar(QWidget):
    """Player for one recording; `available` says whether it can play."""

    timestamp_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recordingBar")
        self._player = None
        self._audio = None
        self._path: Path | None = None
        self._problem = ""
        self._lacking = ""  # what this computer lacks for playing, once known
        self._seeking = False
        self.name_label = QLabel(self)
        self.name_label.setObjectName("recordingName")
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("recordingPlay")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("recordingSlider")
        self.time_label = QLabel("00:00:00 / 00:00:00", self)
        self.speed = QComboBox(self)
        self.speed.setObjectName("recordingSpeed")
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.stamp_button = QToolButton(self)
        self.stamp_button.setObjectName("recordingStamp")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        for widget in (self.name_label, self.play_button, self.slider, self.time_label,
                       self.speed, self.stamp_button):
            layout.addWidget(widget)
        layout.setStretchFactor(self.slider, 1)
        self.play_button.clicked.connect(self.toggle_play)
        self.slider.sliderPressed.connect(lambda: setattr(self, "_seeking", True))
        self.slider.sliderReleased.connect(self._slider_released)
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.stamp_button.clicked.connect(self.timestamp_requested)
        self.retranslate_ui()
        self._set_enabled(False)

    # -- translation -------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        playing = self._player is not None and self._is_playing()
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.stamp_button.setText(self.tr("Insert Timestamp"))
        self.stamp_button.setToolTip(self.tr("Insert [hh:mm:ss] at the cursor (Ctrl+T)"))
        self.speed.setToolTip(self.tr("Playback speed"))
        self._update_tooltip()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the recording ---------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._player is not None and not self._problem

    def set_recording(self, path: Path | None) -> None:
        """Load `path` (None: no recording; the bar hides)."""
        self.stop()
        self._path = path
        self._problem = ""
        self.setVisible(path is not None)
        if path is None:
            self._set_enabled(False)
            return
        if not path.is_file():
            self._problem = "missing"
        elif not self._ensure_player():
            self._problem = self._problem or "no-multimedia"
        else:
            self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._set_enabled(not self._problem)
        self._update_tooltip()

    def _ensure_player(self) -> bool:
        if self._player is not None:
            return True
        if self._lacking:  # found out before; asking the system again is slow
            self._problem = self._lacking
            return False
        classes = _multimedia()
        if classes is None:
            self._problem = self._lacking = "no-multimedia"
            return False
        audio_output, devices, media_player = classes
        try:
            if not devices.audioOutputs():
                self._problem = self._lacking = "no-audio"
                return False
            self._audio = audio_output(self)
            self._player = media_player(self)
            self._player.setAudioOutput(self._audio)
        except Exception:  # any backend failure leaves the bar disabled, never crashes
            self._player = self._audio = None
            self._problem = self._lacking = "no-multimedia"
            return False
        self._player.positionChanged.connect(self._position_changed)
        self._player.durationChanged.connect(self._duration_changed)
        self._player.playbackStateChanged.connect(lambda _state: self.retranslate_ui())
        return True

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.play_button, self.slider, self.speed, self.stamp_button):
            widget.setEnabled(enabled)

    def _update_tooltip(self) -> None:
        reasons = {
            "missing": self.tr("The recording was not found: %1"),
            "no-audio": self.tr("No audio output device is available."),
            "no-multimedia": self.tr("Audio playback is not available on this computer."),
        }
        text = reasons.get(self._problem, "")
        self.setToolTip(text.replace("%1", str(self._path)) if text else "")
        name = escape(self._path.name) if self._path is not None else ""
        self.name_label.setText(f"<s>{name}</s>" if self._problem == "missing" else name)
        self.name_label.setToolTip(self.toolTip() or str(self._path or ""))

    # -- playing -----------------------------------------------------------------------

    def _is_playing(self) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer

        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle_play(self) -> None:
        if not self.available:
            return
        if self._is_playing():
            self._player.pause()
        else:
            self._player.play()

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()

    def position_ms(self) -> int:
        return int(self._player.position()) if self._player is not None else 0

    def seek(self, ms: int) -> None:
        if self.available:
            self._player.setPosition(max(int(ms), 0))

    def seek_at(self, block, unit: int) -> None:
        """Ctrl+click at UTF-16 `unit` of text `block`: seek to the timestamp there."""
        text = block.text()
        units = text.encode("utf-16-le")[:2 * (unit - block.position())]
        ms = timestamp_at(text, len(units.decode("utf-16-le", "ignore")))
        if ms is not None:
            self.seek(ms)

    def timestamp_text(self) -> str:
        return format_timestamp(self.position_ms())

    def _speed_changed(self, index: int) -> None:
        if self._player is not None:
            self._player.setPlaybackRate(float(self.speed.itemData(index)))

    def _slider_released(self) -> None:
        self._seeking = False
        self.seek(self.slider.value())

    def _position_changed(self, position: int) -> None:
        if not self._seeking:
            self.slider.setValue(int(position))
        self._show_time(position, self._player.duration())

    def _duration_changed(self, duration: int) -> None:
        self.slider.setRange(0, int(duration))
        self._show_time(self._player.position(), duration)

    def _show_time(self, position: int, duration: int) -> None:
        self.time_label.setText(f"{format_timestamp(position).strip()[1:-1]} / "
                                f"{format_timestamp(duration).strip()[1:-1]}")


def recording_file(source, project_path: Path | None) -> Path | None:
    """The recording of an interview `source`; relative paths are beside the project."""
    if source is None or source.kind != "interview" or not source.recording_path:
        return None
    path = Path(source.recording_path).expanduser()
    if not path.is_absolute() and project_path is not None:
        path = Path(project_path).parent / path
    return path
