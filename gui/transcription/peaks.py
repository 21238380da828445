"""A recording's waveform peaks: decoded once with Qt Multimedia, kept beside the file.

`decode_peaks(path, duration_ms, progress)` decodes the recording with `QAudioDecoder`
(the same FFmpeg backend that plays it: wav, mp3, m4a/AAC, ogg/opus, a phone's mp4),
asking for mono 32-bit float at `RATE` Hz, and keeps the loudest sample of every
`BIN_MS` milliseconds as one byte (0-255): an hour is 72,000 bytes. It runs in a
`gui.jobs` worker: the decoder lives in that thread and a local event loop delivers
its buffers; `progress` returning False stops it (`Cancelled`). `load_peaks` gets them
from the cache first (`storage.media`: `<file>.peaks` in the media folder, written once
per recording), else starts the job.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEventLoop, QUrl
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


def decode_peaks(path: Path, duration_ms: int, progress=None) -> bytes:
    """The peaks of the recording at `path` (see the module docstring)."""
    decoder = QAudioDecoder()
    wanted = QAudioFormat()
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Float)
    wanted.setChannelCount(1)
    wanted.setSampleRate(RATE)
    decoder.setAudioFormat(wanted)
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    peaks, loop, problem = _Peaks(duration_ms), QEventLoop(), []

    def ready() -> None:
        buffer = decoder.read()
        rate = buffer.format().sampleRate() or RATE
        samples = np.frombuffer(bytes(buffer.constData()), dtype=np.float32)
        peaks.add(buffer.startTime(), samples, rate)
        done = buffer.startTime() // 1000
        if progress is not None and progress(min(done, duration_ms), duration_ms,
                                             "") is False:
            problem.append(Cancelled())
            decoder.stop()
            loop.quit()

    def failed(_error) -> None:
        problem.append(TelaahError(f"{Path(path).name}: {decoder.errorString()}"))
        loop.quit()

    decoder.bufferReady.connect(ready)
    decoder.finished.connect(loop.quit)
    decoder.error.connect(failed)
    decoder.start()
    if not problem:                # an error said at once ends it before the loop
        loop.exec()
    decoder.stop()
    if problem:
        raise problem[0]
    return peaks.as_bytes()
