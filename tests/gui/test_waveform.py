"""The Transcription dock's waveform: peaks decoded once (in the background) from a
recording generated here, cached beside it, drawn as bars; a click seeks the player
and the position line follows what the player reports."""

from __future__ import annotations

import math
import struct
import wave

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer

from gui import jobs
from gui.bridge import ProjectBridge
from gui.main_window import MainWindow
from gui.text import TextFeature
from gui.transcription import TranscriptionFeature
from gui.transcription.peaks import BIN_MS, decode_peaks
from storage.progress import Cancelled


def silence_then_tone(path, seconds: float = 4.0, rate: int = 16000):
    """Half silence, then a loud 440 Hz tone."""
    half = int(seconds * rate / 2)
    frames = b"\x00\x00" * half + b"".join(
        struct.pack("<h", int(20000 * math.sin(2 * math.pi * 440 * i / rate)))
        for i in range(half))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


def test_peaks_follow_the_loudness(qapp, tmp_path):
    peaks = decode_peaks(silence_then_tone(tmp_path / "a.wav"), 4000)
    assert abs(len(peaks) - 4000 // BIN_MS) <= 1
    quiet, loud = peaks[: len(peaks) // 2 - 2], peaks[len(peaks) // 2 + 2:]
    assert max(quiet) == 0 and min(loud) > 200


def test_decoding_stops_when_cancelled(qapp, tmp_path):
    with pytest.raises(Cancelled):
        decode_peaks(silence_then_tone(tmp_path / "a.wav"), 4000, lambda *_a: False)


@pytest.fixture
def env(qtbot, project, tmp_path):
    source_id = project.sources.add("interview", "Wawancara P07", "")
    bridge = ProjectBridge()
    bridge.open(project)
    window = MainWindow(bridge, features=[TextFeature, TranscriptionFeature])
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    transcription = window.features[1]
    jobs.set_synchronous(True)
    try:
        transcription.attach(source_id, silence_then_tone(tmp_path / "forum.wav"))
        window.selection.source_selected.emit(source_id)
    finally:
        jobs.set_synchronous(False)
    panel = transcription.panel
    loaded = QMediaPlayer.MediaStatus.LoadedMedia
    qtbot.waitUntil(lambda: panel.player.player.mediaStatus() == loaded, timeout=5000)
    qtbot.waitUntil(lambda: len(panel.waveform.peaks) > 0, timeout=10000)  # decoded
    yield type("Env", (), {"project": project, "panel": panel, "window": window,
                           "source_id": source_id, "waveform": panel.waveform})
    project.unsubscribe(bridge._on_change)


def test_waveform_drawn_cached_and_click_seeks(env, qtbot):
    strip, player = env.waveform, env.panel.player
    media = env.project.media.recording(env.source_id)
    assert strip.isVisible() and len(strip.peaks) == media.duration_ms // BIN_MS
    assert env.project.media.cached_peaks(media) == strip.peaks.tobytes()
    columns = strip.columns()
    assert len(columns) == strip.width()
    assert max(columns[: strip.width() // 2 - 5]) <= 5 and min(columns[-10:]) > 200
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(strip.width() * 0.75), strip.height() // 2))
    qtbot.waitUntil(lambda: abs(player.position_ms() - 3000) <= 120, timeout=3000)
    qtbot.waitUntil(lambda: strip.position_ms == player.position_ms(), timeout=3000)
    assert abs(strip.x_of(strip.position_ms) - strip.width() * 0.75) <= 3
    grabbed = strip.grab().toImage()                 # the bars are painted
    middle = strip.height() // 2
    assert grabbed.pixelColor(strip.width() - 5, middle) != grabbed.pixelColor(5, 2)


def test_peaks_read_from_the_cache_next_time(env, qtbot):
    media = env.project.media.recording(env.source_id)
    env.project.media.keep_peaks(media, bytes([7]) * 80)
    env.window.selection.source_selected.emit(None)
    env.window.selection.source_selected.emit(env.source_id)
    assert env.panel.peaks_job is None and env.waveform.peaks.tobytes() == bytes([7]) * 80


def test_peaks_decoded_without_holding_up_the_window(env, qtbot):
    media = env.project.media.recording(env.source_id)
    env.project.media.peaks_path(media).unlink()
    env.window.selection.source_selected.emit(None)
    env.window.selection.source_selected.emit(env.source_id)
    assert env.panel.peaks_job is not None and not len(env.waveform.peaks)  # not yet
    qtbot.waitUntil(lambda: len(env.waveform.peaks) == media.duration_ms // BIN_MS,
                    timeout=10000)
    assert env.project.media.cached_peaks(media) == env.waveform.peaks.tobytes()
