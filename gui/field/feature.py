"""The field-work feature: the Field work menu, the guide editor dock and sessions.

`FieldFeature(window, bridge, selection)` adds a "Field work" menu (before View) with
Interview guides, Start interview, Start observation and Resume session; the guide
editor is a dock on the right, hidden until asked for. When a project opens with
unfinished sessions, a non-blocking question offers to resume the latest one. A
finished session's source is shown through `selection.source_selected`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from gui import i18n
from gui.dialog_parts import open_message
from gui.field.guide_editor import GuideEditor
from gui.field.session_window import SessionWindow
from gui.field.start_dialogs import StartInterviewDialog, StartObservationDialog
from storage.errors import TelaahError

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Interview guides")


class FieldFeature(QObject):
    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.selection = selection
        self.session_window: SessionWindow | None = None
        self.editor = GuideEditor(bridge)
        self.dock = window.add_dock(self.editor, "guidesDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.hide()
        self.menu = QMenu(window, objectName="fieldMenu")
        window.menuBar().insertMenu(window.menu("view").menuAction(), self.menu)
        self.guides_action = QAction(self, objectName="actionInterviewGuides")
        self.interview_action = QAction(self, objectName="actionStartInterview")
        self.observation_action = QAction(self, objectName="actionStartObservation")
        self.resume_action = QAction(self, objectName="actionResumeSession")
        self.guides_action.triggered.connect(self.show_guides)
        self.interview_action.triggered.connect(self.start_interview)
        self.observation_action.triggered.connect(self.start_observation)
        self.resume_action.triggered.connect(self.choose_session)
        self.menu.addActions([self.guides_action, self.interview_action,
                              self.observation_action, self.resume_action])
        self.menu.aboutToShow.connect(self._update_actions)
        bridge.project_opened.connect(lambda _p: self.offer_resume())
        i18n.on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("Fiel&d work"))
        self.guides_action.setText(self.tr("Interview &guides"))
        self.interview_action.setText(self.tr("Start &interview…"))
        self.observation_action.setText(self.tr("Start &observation…"))
        self.resume_action.setText(self.tr("&Resume session…"))

    def _update_actions(self) -> None:
        project = self.bridge.project
        self.interview_action.setEnabled(bool(project and project.guides.list()))
        self.observation_action.setEnabled(project is not None)
        self.resume_action.setEnabled(bool(project and project.sessions.unfinished()))

    def show_guides(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def start_interview(self) -> None:
        self._start(StartInterviewDialog(self.bridge.project, i18n.current_language(),
                                         self.window))

    def start_observation(self) -> None:
        self._start(StartObservationDialog(self.bridge.project, i18n.current_language(),
                                           self.window))

    def _start(self, dialog) -> None:
        if not dialog.exec():
            return
        try:
            session_id = dialog.start(self.bridge)
        except TelaahError as error:
            open_message(self.window, "sessionError", self.tr("Session"),
                         i18n.translated(error))
            return
        self.open_session(session_id)

    def open_session(self, session_id: int) -> SessionWindow:
        if self.session_window is not None:
            self.session_window.close()
        self.session_window = SessionWindow(self.bridge, session_id, self.window)
        self.session_window.finished_source.connect(self.selection.source_selected.emit)
        self.session_window.destroyed.connect(lambda: setattr(self, "session_window", None))
        self.session_window.show()
        return self.session_window

    def _session_label(self, session) -> str:
        kind = self.tr("Interview") if session.kind == "interview" else self.tr("Observation")
        detail = session.guide_name or session.place or session.setting
        return f"{kind} {detail} ({session.date or session.created[:10]})"

    def choose_session(self) -> None:
        sessions = self.bridge.project.sessions.unfinished()
        labels = [self._session_label(s) for s in sessions]
        label, ok = QInputDialog.getItem(self.window, self.tr("Resume session"),
                                         self.tr("Unfinished session:"), labels, 0, False)
        if ok and label in labels:
            self.open_session(sessions[labels.index(label)].id)

    def offer_resume(self) -> QMessageBox | None:
        """Offer the latest unfinished session for resumption (non-blocking)."""
        project = self.bridge.project
        sessions = project.sessions.unfinished() if project else []
        if not sessions:
            return None
        latest = sessions[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unfinished session"),
                          i18n.fill(self.tr("%1 was not finished. Resume it now? Everything "
                                            "typed in it is kept."),
                                    self._session_label(latest)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.setObjectName("resumeSessionBox")
        box.accepted.connect(lambda: self.open_session(latest.id))
        box.open()
        return box
