"""Recording a session against a real audio input: a PulseAudio null sink started by the
test, its monitor remapped as a microphone, and a generated tone played into it.

Skipped, with the reason, where pulseaudio or paplay is not installed (`.ci/run`
installs them on Debian). The recording runs in its own process, so that Qt Multimedia
connects to this test's sound server and not to one an earlier test saw.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import struct
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MICROPHONE = "Telaah-test-microphone"


@pytest.fixture
def sound_server(tmp_path_factory):
    if not (shutil.which("pulseaudio") and shutil.which("paplay") and shutil.which("pactl")):
        pytest.skip("pulseaudio, pactl and paplay are needed for a real audio input "
                    "(apt-get install pulseaudio pulseaudio-utils)")
    folder = tmp_path_factory.mktemp("pulse")
    socket = folder / "native"
    env = {**os.environ, "HOME": str(folder), "XDG_RUNTIME_DIR": str(folder),
           "PULSE_RUNTIME_PATH": str(folder / "runtime"), "PULSE_SERVER": f"unix:{socket}"}
    daemon = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
         "--use-pid-file=no", "--system=no",
         f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
         "--load=module-null-sink sink_name=telaah_null",
         "--load=module-remap-source master=telaah_null.monitor source_name=telaah_mic "
         "source_properties=device.description=Telaah-test-microphone"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
            break
        if daemon.poll() is not None:
            pytest.skip("pulseaudio would not start here")
        time.sleep(0.1)
    else:
        daemon.kill()
        pytest.skip("pulseaudio did not answer")
    yield env
    daemon.terminate()
    daemon.wait(10)


def write_tone(path: Path, seconds: float, frequency: float = 440.0, rate: int = 44100):
    """A sine tone at half scale, as 16-bit stereo PCM."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = bytearray()
        for n in range(int(seconds * rate)):
            value = int(16000 * math.sin(2 * math.pi * frequency * n / rate))
            frames += struct.pack("<hh", value, value)
        out.writeframes(bytes(frames))


def test_a_session_records_the_input_into_the_media_folder(sound_server, tmp_path):
    tone = tmp_path / "tone.wav"
    write_tone(tone, 12.0)
    env = {**sound_server, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, str(Path(__file__).with_name(
        "field_recording_run.py")), str(tmp_path), MICROPHONE, str(tone), "3"],
        env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    lines = [ln for ln in run.stdout.splitlines() if ln.startswith("RESULT ")]
    assert run.returncode == 0 and lines, run.stderr[-2000:]
    result = json.loads(lines[0][len("RESULT "):])
    assert result["recording_path"].startswith("rec-media/") and result["exists"]
    assert result["recording_path"].endswith(".aac") and result["checksum_ok"]
    assert result["level_seen"] > 20              # the meter shows the tone
    assert result["paused_growth"] < 300          # nothing is recorded while paused
    # a null sink on a busy machine delivers somewhat slower than real time
    assert 0.5 * result["steady_wall"] <= result["steady_growth"] <= result["steady_wall"] + 200
    recorded = result["recording_ms"]
    assert result["steady_growth"] <= recorded <= result["wall_ms"], result
    assert abs(result["file_ms"] - recorded) <= 600, result
    timestamp = int(result["text"].split("[00:00:0")[1][0]) * 1000
    assert result["steady_growth"] - 1000 <= timestamp <= recorded  # a mark in the recording
