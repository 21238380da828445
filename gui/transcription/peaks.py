"""A recording's waveform peaks: decoded once with Qt Multimedia, kept beside the file.

`PeaksDecoding(path, duration_ms)` decodes the recording with `QAudioDecoder` (the same
FFmpeg backend that plays it: wav, mp3, m4a/AAC, ogg/opus, a phone's mp4), asking for
mono 32-bit float at `RATE` Hz, and keeps the loudest sample of every `BIN_MS`
milliseconds as one byte (0-255): an hour is 72,000 bytes. It lives on the GUI thread:
the decoder does its work in the backend's own thread and hands each buffer over by a
signal (a decoder in a worker thread of ours, with its own event loop, could wait on
the player inside the backend and hang both). `done(bytes)` or `failed(str)` ends it;
`cancel()` stops it. `decode_peaks` waits for one (tests, scripts). The panel takes
the peaks from the cache first (`storage.media`: `<file>.peaks` in the media folder,
written once per recording).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEventLoop, QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

from storage.errors import TelaahError
from storage.progress import Cancelled

BIN_MS = 50
RATE = 8000


class _Peaks:
    """The loudest absolute sample of each bin, filled buffer by buffer."""

    def __init__(self, duration_ms: int):
        self.values = np.zeros(max(1, -(-max(duration_ms, 1) // BIN_MS)), dtype=np.float32)

    def add(self, start_us: int, samples: np.ndarray, rate: int) -> None:
        if not len(samples):
            return
        first = start_us / 1000.0
        bins = ((first + np.arange(len(samples)) * (1000.0 / rate)) // BIN_MS).astype(np.int64)
        if bins[-1] >= len(self.values):          # the container said it was shorter
            self.values = np.pad(self.values, (0, int(bins[-1]) + 1 - len(self.values)))
        edges = np.flatnonzero(np.diff(bins)) + 1
        starts = np.concatenate(([0], edges))
        loudest = np.maximum.reduceat(np.abs(samples), starts)
        np.maximum.at(self.values, bins[starts], loudest)

    def as_bytes(self) -> bytes:
        top = float(self.values.max()) or 1.0
        return (np.clip(self.values / top, 0.0, 1.0) * 255).astype(np.uint8).tobytes()


class PeaksDecoding(QObject):
    """One recording's peaks, decoded on the GUI thread (see the module docstring)."""

    done = Signal(bytes)
    failed = Signal(str)

    def __init__(self, path: Path, duration_ms: int, progress=None, parent=None):
        super().__init__(parent)
        self.path, self.duration_ms, self.progress = Path(path), duration_ms, progress
        self.peaks = _Peaks(duration_ms)
        self.cancelled = False
        self.decoder = QAudioDecoder(self)
        wanted = QAudioFormat()
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Float)
        wanted.setChannelCount(1)
        wanted.setSampleRate(RATE)
        self.decoder.setAudioFormat(wanted)
        self.decoder.setSource(QUrl.fromLocalFile(str(self.path)))
        self.decoder.bufferReady.connect(self._ready)
        self.decoder.finished.connect(self._finished)
        self.decoder.error.connect(self._error)

    def start(self) -> None:
        self.decoder.start()

    def cancel(self) -> None:
        self.cancelled = True
        self.decoder.stop()

    def _ready(self) -> None:
        buffer = self.decoder.read()
        if self.cancelled or not buffer.isValid():
            return
        rate = buffer.format().sampleRate() or RATE
        samples = np.frombuffer(bytes(buffer.constData()), dtype=np.float32)
        self.peaks.add(buffer.startTime(), samples, rate)
        done = min(buffer.startTime() // 1000, self.duration_ms)
        if self.progress is not None and self.progress(done, self.duration_ms, "") is False:
            self.cancel()
            self.failed.emit("")

    def _finished(self) -> None:
        if not self.cancelled:
            self.done.emit(self.peaks.as_bytes())

    def _error(self, _error) -> None:
        if not self.cancelled:
            self.cancelled = True
            self.failed.emit(f"{self.path.name}: {self.decoder.errorString()}")


def decode_peaks(path: Path, duration_ms: int, progress=None) -> bytes:
    """The peaks of the recording at `path`, waited for; `progress` returning False
    stops it (`Cancelled`), a decoding error is a `TelaahError`."""
    decoding = PeaksDecoding(path, duration_ms, progress)
    loop, result = QEventLoop(), {}
    decoding.done.connect(lambda peaks: (result.setdefault("peaks", peaks), loop.quit()))
    decoding.failed.connect(lambda why: (result.setdefault("problem", why), loop.quit()))
    decoding.start()
    if not result:
        loop.exec()
    decoding.cancel()
    if "peaks" in result:
        return result["peaks"]
    if result.get("problem"):
        raise TelaahError(result["problem"])
    raise Cancelled()
