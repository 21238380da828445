"""Ties a session window to its recording: where the file goes and attaching it.

The recorder bar sits above the notes. Record writes into the project's media folder
(`storage.media`, `<project>-media/<session>.aac`), refusing politely when less than
`MIN_FREE_BYTES` are free. When recording stops, normally or on an error such as a full
disk, what was written is attached to the session with its SHA-256 (one undoable
action), so finishing puts it on the source; an error is reported in one message and
the session goes on without recording.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from gui import i18n
from gui.dialog_parts import open_message
from gui.field.recorder import RecorderBar
from storage import media
from storage.errors import TelaahError

MIN_FREE_BYTES = 50 * 1024 * 1024   # about 2 hours of speech in AAC


class RecordingLink(QObject):
    """The recorder bar of one session window."""

    def __init__(self, window, bridge, session):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.session = session
        self.bar = RecorderBar(window)
        window.recorder_row.addWidget(self.bar)
        self.bar.record_button.clicked.connect(self.start)
        self.bar.finished.connect(self.attach)
        self.bar.failed.connect(self.report_failure)

    def start(self) -> bool:
        project_path = self.bridge.project.path
        if media.free_bytes(project_path) < MIN_FREE_BYTES:
            open_message(self.window, "recordingError", self.tr("Recording"), self.tr(
                "There is too little free disk space to record; free some space. The "
                "session goes on without recording."))
            return False
        path = media.new_recording_path(project_path, f"session-{self.session.guid[:8]}")
        return self.bar.start(path)

    def position_ms(self) -> int:
        return self.bar.position_ms() if self.bar.recording else 0

    def stop(self) -> None:
        self.bar.stop()

    def attach(self, path: Path, duration_ms: int) -> None:
        project = self.bridge.project
        if project is None or not Path(path).exists():
            return
        stored = media.relative_to_project(project.path, Path(path))
        checksum = media.sha256(Path(path))
        try:
            self.bridge.run(self.tr("Attach recording"), lambda p: p.sessions.set_recording(
                self.session.id, stored, checksum, duration_ms), origin=self.window)
        except TelaahError as error:
            open_message(self.window, "recordingError", self.tr("Recording"),
                         i18n.translated(error))

    def report_failure(self, text: str) -> None:
        open_message(self.window, "recordingError", self.tr("Recording"), i18n.fill(self.tr(
            "Recording stopped: %1. What was recorded so far is kept in %2, and your "
            "notes are kept."), text, str(self.bar.path or "")))
