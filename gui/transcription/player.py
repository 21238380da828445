"""The transcription player: QMediaPlayer with the habits of transcription programs.

`TranscriptionPlayer` plays one file with Qt Multimedia (QMediaPlayer + QAudioOutput).
`toggle()` pauses, or resumes a few seconds earlier (`rewind_ms`, so the last words are
heard again); `skip(ms)` moves back or forward; `set_speed(rate)` plays at 0.5x-2x with
pitch compensation where the backend offers it (so voices keep their pitch);
`play_from(ms)` seeks and plays. It also plays where no audio device exists (the
position runs on the clock), which is how the tests check it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

MIN_SPEED, MAX_SPEED = 0.5, 2.0


class TranscriptionPlayer(QObject):
    """One recording being transcribed; positions in milliseconds."""

    position_changed = Signal(int)
    duration_changed = Signal(int)
    state_changed = Signal(bool)       # playing?
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rewind_ms = 2000
        self._audio = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._audio)
        self._player.positionChanged.connect(lambda ms: self.position_changed.emit(int(ms)))
        self._player.durationChanged.connect(lambda ms: self.duration_changed.emit(int(ms)))
        self._player.playbackStateChanged.connect(
            lambda _state: self.state_changed.emit(self.playing))
        self._player.errorOccurred.connect(lambda _error, text: self.failed.emit(text))
        self.path: Path | None = None

    @property
    def player(self) -> QMediaPlayer:
        return self._player

    @property
    def playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    @property
    def loaded(self) -> bool:
        return self.path is not None

    def load(self, path: Path | None) -> None:
        """Play `path` from now on (None: nothing)."""
        self._player.stop()
        self.path = path
        self._player.setSource(QUrl.fromLocalFile(str(path)) if path else QUrl())

    def position_ms(self) -> int:
        return int(self._player.position())

    def duration_ms(self) -> int:
        return int(self._player.duration())

    def toggle(self) -> None:
        """Pause, or resume `rewind_ms` earlier than where it paused."""
        if not self.loaded:
            return
        if self.playing:
            self._player.pause()
            return
        if self._player.position() > 0:
            self.seek(self.position_ms() - self.rewind_ms)
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def seek(self, ms: int) -> None:
        end = self.duration_ms()
        ms = max(int(ms), 0)
        self._player.setPosition(min(ms, end) if end > 0 else ms)

    def skip(self, ms: int) -> None:
        self.seek(self.position_ms() + ms)

    def play_from(self, ms: int) -> None:
        if self.loaded:
            self.seek(ms)
            self._player.play()

    def speed(self) -> float:
        return float(self._player.playbackRate())

    def set_speed(self, rate: float) -> None:
        """0.5x to 2x, the voice's pitch kept where the backend can."""
        rate = min(max(float(rate), MIN_SPEED), MAX_SPEED)
        available = QMediaPlayer.PitchCompensationAvailability.Available
        if self._player.pitchCompensationAvailability() == available:
            self._player.setPitchCompensation(True)
        self._player.setPlaybackRate(rate)

    def keeps_pitch(self) -> bool:
        return bool(self._player.pitchCompensation())
