"""Run by tests/gui/test_field_recording.py in its own process (so Qt Multimedia sees
the test's PulseAudio server): record a session from the test microphone while a tone
plays into it, then print what was stored as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QAudioDecoder
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.bridge import ProjectBridge
from gui.field.session_window import SessionWindow
from storage import Project, media


def decoded_ms(path: Path) -> int:
    """The file's duration, from decoding every frame (not a bitrate estimate)."""
    decoder = QAudioDecoder()
    total = [0, False]

    def take() -> None:
        total[0] += decoder.read().duration()

    decoder.bufferReady.connect(take)
    decoder.finished.connect(lambda: total.__setitem__(1, True))
    decoder.error.connect(lambda *_a: total.__setitem__(1, True))
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    decoder.start()
    for _ in range(200):
        if total[1]:
            break
        QTest.qWait(50)
    return total[0] // 1000


def main(folder: Path, microphone: str, tone: Path, seconds: float) -> None:
    app = QApplication([])
    project = Project.create(folder / "rec.telaah", frameworks=["ag2008"], coder="Peneliti")
    guide_id = project.guides.create("Panduan")
    project.guides.add_question(guide_id, "Bagaimana rasa percaya tumbuh?",
                                indicators=["ag2008.process.trust_building"])
    session_id = project.sessions.start_interview(guide_id, project.participants.add("P01"))
    bridge = ProjectBridge()
    bridge.open(project)
    window = SessionWindow(bridge, session_id)
    window.show()
    bar = window.recording.bar
    result = {"inputs": [bar.inputs.itemText(i) for i in range(bar.inputs.count())]}
    assert bar.select_input(microphone), result
    player = subprocess.Popen(["paplay", "--device=telaah_null", str(tone)])
    bar.record_button.click()
    started = time.monotonic()
    for _ in range(200):  # the encoder takes a moment to start on a busy machine
        if bar.position_ms() > 0:
            break
        QTest.qWait(50)
    first, since = bar.position_ms(), time.monotonic()
    loudest = 0
    for _ in range(int(seconds * 10)):
        QTest.qWait(100)
        loudest = max(loudest, bar.level.value())
    result["level_seen"] = loudest
    result["steady_growth"] = bar.position_ms() - first
    result["steady_wall"] = int((time.monotonic() - since) * 1000)
    bar.pause_button.click()
    QTest.qWait(500)
    paused = bar.position_ms()
    QTest.qWait(700)
    result["paused_growth"] = bar.position_ms() - paused
    bar.pause_button.click()
    QTest.qWait(1000)
    result["before_stop"] = bar.position_ms()
    window.insert_timestamp()
    window.notes.insertPlainText("Kami percaya.")
    result["wall_ms"] = int((time.monotonic() - started) * 1000)
    window.finish()
    player.terminate()
    player.wait(10)
    source = project.sources.get(project.sessions.get(session_id).source_id)
    session = project.sessions.get(session_id)
    path = folder / source.recording_path
    result.update(recording_path=source.recording_path, recording_ms=session.recording_ms,
                  exists=path.is_file(), size=path.stat().st_size if path.is_file() else 0,
                  checksum_ok=media.verify(project.path, source.recording_path,
                                           session.recording_sha256),
                  text=project.sources.text(source.id))
    result["file_ms"] = decoded_ms(path)
    bridge.close()
    print("RESULT " + json.dumps(result))
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), float(sys.argv[4]))
