"""Transcription mode on the real text panel and dock, with speech made by espeak-ng.

Every key is pressed while the cursor is in the transcript (the keys are application
shortcuts), and each effect is checked against the position the player reports.
"""

from __future__ import annotations

import pytest
from media_files import speech_wav
from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer

from gui.bridge import ProjectBridge
from gui.main_window import MainWindow
from gui.text import TextFeature
from gui.text.editing import DEBOUNCE_MS
from gui.transcription import TranscriptionFeature
from gui.transcription.timestamps import format_timestamp, timestamp_before

SPEECH = ("Selamat pagi Bapak. Terima kasih sudah bersedia diwawancarai hari ini. "
          "Kami ingin mendengar pengalaman Bapak dalam forum musyawarah desa, "
          "terutama tentang kepercayaan antara dinas koperasi dan pelaku usaha kecil.")


@pytest.fixture
def env(qtbot, project, tmp_path):
    wav = speech_wav(tmp_path / "wawancara.wav", SPEECH)
    group = project.participants.add_group("Petani kopi")
    participant = project.participants.add("P07", group_id=group)
    source_id = project.sources.add("interview", "Wawancara P07", "",
                                    participant_ids=[participant])
    bridge = ProjectBridge()
    bridge.open(project)
    window = MainWindow(bridge, features=[TextFeature, TranscriptionFeature])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text, transcription = window.features
    transcription.attach(source_id, wav)
    window.selection.source_selected.emit(source_id)
    view = text.panel.view
    view.setFocus()
    loaded = QMediaPlayer.MediaStatus.LoadedMedia
    qtbot.waitUntil(lambda: transcription.panel.player.player.mediaStatus() == loaded,
                    timeout=5000)
    return type("Env", (), {"project": project, "window": window, "view": view, "text": text,
                            "panel": transcription.panel, "player": transcription.panel.player,
                            "source_id": source_id, "bridge": bridge})


def press(qtbot, env, key) -> None:
    qtbot.keyClick(env.view, key)


def playing_past(qtbot, env, ms: int) -> None:
    qtbot.waitUntil(lambda: env.player.position_ms() > ms, timeout=10000)


def test_recording_attached_with_duration(env):
    media = env.project.media.recording(env.source_id)
    assert media.duration_ms > 5000
    assert env.player.loaded and abs(env.panel.slider.maximum() - media.duration_ms) <= 5
    assert env.panel.name_label.text().startswith("wawancara.wav (00:00:")
    assert env.bridge.undo_stack.count() == 1          # attaching is one undo step


def test_play_pause_rewind_and_skip_keys_while_typing(env, qtbot):
    press(qtbot, env, Qt.Key.Key_F4)
    assert env.player.playing
    playing_past(qtbot, env, 2600)
    press(qtbot, env, Qt.Key.Key_F4)
    assert not env.player.playing
    paused_at = env.player.position_ms()
    press(qtbot, env, Qt.Key.Key_F4)                   # resumes 2 s earlier
    assert env.player.playing
    assert paused_at - 2000 - 150 <= env.player.position_ms() <= paused_at - 2000 + 150
    press(qtbot, env, Qt.Key.Key_F4)
    before = env.player.position_ms()
    press(qtbot, env, Qt.Key.Key_F5)
    assert env.player.position_ms() == before + 5000
    press(qtbot, env, Qt.Key.Key_F3)
    press(qtbot, env, Qt.Key.Key_F3)
    assert env.player.position_ms() == max(before - 5000, 0)


def test_speed_keeps_pitch(env, qtbot):
    env.panel.speed.setValue(1.5)
    assert env.player.speed() == pytest.approx(1.5)
    assert env.player.player.playbackRate() == pytest.approx(1.5)
    assert env.player.keeps_pitch()
    env.panel.speed.setValue(3.0)                      # held at 2x
    assert env.player.speed() == pytest.approx(2.0)


def test_timestamp_and_speaker_keys_type_into_the_transcript(env, qtbot):
    env.player.seek(3000)
    qtbot.waitUntil(lambda: env.player.position_ms() == 3000, timeout=3000)
    press(qtbot, env, Qt.Key.Key_F8)
    press(qtbot, env, Qt.Key.Key_F6)
    qtbot.keyClicks(env.view, "Bagaimana forumnya?")
    press(qtbot, env, Qt.Key.Key_Return)
    press(qtbot, env, Qt.Key.Key_F7)
    qtbot.keyClicks(env.view, "Cukup baik.")
    expected = "[00:00:03] I: Bagaimana forumnya?\nP07: Cukup baik."
    assert env.view.toPlainText() == expected
    qtbot.waitUntil(lambda: env.project.sources.text(env.source_id) == expected,
                    timeout=DEBOUNCE_MS * 4)


def test_clicking_a_timestamp_seeks_and_a_segment_plays_from_its_timestamp(env, qtbot):
    text = "[00:00:00] I: Selamat pagi.\n[00:00:04] P07: Forum desa membangun kepercayaan."
    env.project.sources.set_text(env.source_id, text)
    qtbot.waitUntil(lambda: env.view.toPlainText() == text, timeout=3000)
    cursor = env.view.textCursor()
    cursor.setPosition(text.index("[00:00:04]") + 3)
    point = env.view.cursorRect(cursor).center()
    qtbot.mouseClick(env.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, QPoint(point))
    qtbot.waitUntil(lambda: env.player.position_ms() == 4000, timeout=3000)
    start = text.index("membangun")
    code = env.project.codes.resolve("ag2008.process.trust_building").id
    segment_id = env.project.segments.add(env.source_id, code, start, start + 9)
    assert timestamp_before(text, start) == 4000
    env.player.seek(0)
    env.window.selection.segment_requested.emit(segment_id)
    env.panel.segment_action.trigger()
    assert env.player.playing
    playing_past(qtbot, env, 4000)
    assert env.player.position_ms() < 6000
    assert format_timestamp(4000) == "[00:00:04] "


def test_a_source_with_a_recording_opens_in_edit_mode_and_keys_switch_it_back_on(env, qtbot):
    edit = env.text.panel.edit_mode
    assert edit.editing                                  # the transcriber came to type
    other = env.project.sources.add("interview", "Tanpa rekaman", "Teks.")
    env.window.selection.source_selected.emit(other)
    assert not edit.editing                              # no recording: read mode as ever
    env.window.selection.source_selected.emit(env.source_id)
    assert edit.editing
    edit.action.setChecked(False)
    env.view.setFocus()
    press(qtbot, env, Qt.Key.Key_F6)                     # a transcription key types...
    assert edit.editing and env.view.toPlainText() == "I: "   # ...so Edit mode is back
