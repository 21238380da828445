"""Installs the Transcription dock, its menu and the recording import.

`TranscriptionFeature(window, bridge, selection)` (listed in `gui.features.FEATURES`)
adds the dock beside the codebook, a Transcription menu under Edit with every key of
the mode, "Attach Recording…" for the source shown, "Import Recording as Interview…"
in the File menu, and the settings dialog for the keys. Recordings are stored through
`importers.recordings` as one undoable action each.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog

from gui import i18n
from gui.dialog_parts import open_message
from gui.transcription.panel import TranscriptionPanel
from gui.transcription.settings import TranscriptionSettingsDialog
from importers.recordings import AUDIO_SUFFIXES, attach_recording, import_recording
from storage.errors import TelaahError

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Transcription")


class TranscriptionFeature(QObject):
    """The Transcription dock and menu entries."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window, self.bridge, self.selection = window, bridge, selection
        self.panel = TranscriptionPanel(bridge, selection)
        self.dock = window.add_dock(self.panel, "transcriptionDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        codebook = window.findChild(QDockWidget, "codebookDock")
        if codebook is not None:     # one place on the right: the text keeps its width
            window.tabifyDockWidget(codebook, self.dock)
            codebook.raise_()
        self.menu = window.menu("edit").addMenu("")
        self.menu.setObjectName("transcriptionMenu")
        self.menu.addActions([self.panel.play_action, self.panel.back_action,
                              self.panel.forward_action, self.panel.timestamp_action,
                              self.panel.interviewer_action, self.panel.participant_action,
                              self.panel.segment_action])
        self.menu.addSeparator()
        self.menu.addActions([self.panel.attach_action, self.panel.settings_action])
        self.import_action = QAction(self)
        self.import_action.setObjectName("importRecordingAction")
        self.import_action.triggered.connect(self.ask_import)
        window.add_action("file", self.import_action)
        self.panel.has_recording.connect(self._raise_when_recording)
        self.panel.attach_requested.connect(self.ask_attach)
        self.panel.settings_requested.connect(self.edit_settings)
        self.error_box = None
        self.retranslate_ui()
        window.installEventFilter(self)

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Transcription"))
        self.import_action.setText(self.tr("Import Recording as Interview…"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def _raise_when_recording(self, has_recording: bool) -> None:
        if has_recording:
            self.dock.show()
            self.dock.raise_()

    def _recording_path(self) -> Path | None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(AUDIO_SUFFIXES))
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Choose a recording"), "",
            self.tr("Recordings (%1);;All files (*)").replace("%1", patterns))
        return Path(path) if path else None

    def ask_attach(self) -> None:
        source_id = self.panel.source_id
        if self.bridge.project is None or source_id is None:
            return
        path = self._recording_path()
        if path is not None:
            self.attach(source_id, path)

    def attach(self, source_id: int, path: Path) -> None:
        """Keep the recording with the source (one undo step) and show it."""
        self._run(self.tr("Attach recording"),
                  lambda project: attach_recording(project, source_id, path))

    def ask_import(self) -> None:
        if self.bridge.project is None:
            return
        path = self._recording_path()
        if path is not None:
            source_id = self._run(self.tr("Import recording"),
                                  lambda project: import_recording(project, path))
            if source_id is not None:
                self.selection.source_selected.emit(source_id)

    def _run(self, label: str, work):
        try:
            return self.bridge.run(label, work)
        except TelaahError as error:
            self.error_box = open_message(self.window, "transcriptionError",
                                          self.tr("Recording"), i18n.describe_error(error))
            return None

    def edit_settings(self) -> None:
        dialog = TranscriptionSettingsDialog(self.panel.settings, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            settings = dialog.settings()
            settings.save()
            self.panel.apply_settings(settings)
            self.panel.retranslate_ui()
