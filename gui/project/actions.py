"""The File menu's project commands and the study properties dialog.

`ProjectActions` is the main-window feature for New project… (title, frameworks as
checkboxes, DeSeve variant), Open…, Open recent, Close project, Study properties… and
Quit; its actions go to the top of the File menu and Quit stays last. `open_project`
is the one way the GUI opens a file: a locked, damaged or foreign file is reported in
a message box naming the file and the problem, and a successful open is remembered in
the per-machine list `recent_projects`. `StudyPropertiesDialog` edits the study
record (title, research questions, site, period, notes) as one undoable action.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exporters.report.references import framework_reference
from gui import file_dialogs, i18n, jobs
from gui.dialog_parts import ok_cancel_buttons, open_message, run_or_warn
from gui.project.restore import ask_to_restore, offer_recovery
from gui.project.study_method import MethodSettings
from gui.sources.widgets import DateField
from storage import PROJECT_SUFFIX, Project, TelaahError, backup, config
from storage.encryption import database_errors
from storage.frameworks import available_frameworks, load_framework

RECENT_LIMIT = 10
DEFAULT_FRAMEWORKS = ("ag2008", "deseve2007")
FILE_FILTER = "Telaah (*.telaah)"


# -- opening and the recent list ------------------------------------------------------------

def recent_projects() -> list[str]:
    return [str(p) for p in config.get("recent_projects") or [] if p]


def remember_recent(path: str | Path) -> None:
    path = str(Path(path).resolve())
    config.set_values(recent_projects=[path, *[p for p in recent_projects()
                                              if p != path]][:RECENT_LIMIT])


def forget_recent(path: str | Path) -> None:
    path = str(Path(path).resolve())
    config.set_values(recent_projects=[p for p in recent_projects() if p != path])


def show_open_error(parent: QWidget | None, path: str | Path, problem: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, ProjectActions.tr("Cannot open project"),
                      ProjectActions.tr("Telaah could not open %1.").replace("%1", str(path)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("openErrorBox")
    box.setInformativeText(problem)
    box.exec()


def open_project(window, path: str | Path, password: str | None = None,
                 force_unlock: bool = False) -> bool:
    """Open `path` in the window's bridge; problems go to a message box, not a traceback
    (a damaged file or another computer's lock to a question, see `gui.project.restore`).
    An encrypted project's password is asked for (`gui.project.privacy`)."""
    from gui.project.privacy import open_with_password

    path = Path(path).expanduser()
    bridge = window.bridge
    if bridge.project is not None and bridge.project.path.resolve() == path.resolve():
        return True
    try:
        project = open_with_password(window, path, password, full_check=False,
                                     backup_now=False, backups_kept=config.backups_kept(),
                                     force_unlock=force_unlock)
    except (TelaahError, OSError, *database_errors()) as error:
        if not offer_recovery(window, path, error):
            show_open_error(window, path, i18n.describe_error(error))
        return False
    if project is None:
        return False
    bridge.open(project)
    remember_recent(path)
    window.retranslate_ui()
    check_in_background(window, project)
    return True


def check_in_background(window, project) -> None:
    """On a second connection, run the full integrity check and, if the file is sound,
    copy a backup, kept only once something is changed (`Project.adopt_backup`); a
    damaged file offers the restore. Opening does not wait for them."""
    def work(reader, _progress):
        problems = reader.integrity_problems()
        if problems:
            return "", problems, None
        try:
            return "", problems, reader.make_backup(publish=False)
        except (TelaahError, OSError, *database_errors()) as error:
            return str(getattr(error, "message", "") or error), problems, None

    def done(result) -> None:
        backup_problem, problems, made = result
        if made is not None and window.bridge.project is project:
            project.adopt_backup(made)  # named at the first change, else deleted
        elif made is not None:
            made.unlink(missing_ok=True)
        folder = str(backup.backup_dir(project.path))
        if problems:
            ask_to_restore(window, project.path, "damagedProjectBox", i18n.fill(
                ProjectActions.tr("%1 is damaged (integrity check: %2). Close it and "
                                  "restore a copy from %3."),
                str(project.path), "; ".join(problems[:3]), folder))
        elif backup_problem:
            _warn(window, "backupFailedBox", ProjectActions.tr("No backup made"),
                  ProjectActions.tr("Telaah could not make a backup copy of %1 in %2 (%3). "
                                    "Your work is still saved in the project file."),
                  project.path.name, folder, backup_problem)

    jobs.run_on_reader(project, work, done, lambda _error: None, parent=window,
                       show_progress=False)


def _warn(window, name: str, title: str, text: str, *values: str) -> QMessageBox:
    """A warning over `window` (not blocking the caller) with %1, %2... filled in."""
    return open_message(window, name, title, i18n.fill(text, *values))


# -- dialogs ----------------------------------------------------------------------------

class NewProjectDialog(QDialog):
    """New project: title, file, frameworks and the DeSeve variant."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newProjectDialog")
        self.setWindowTitle(self.tr("New project"))
        self.title_edit = QLineEdit(objectName="title")
        self.title_edit.setPlaceholderText(self.tr("e.g. Collaborative governance of "
                                                   "MSME digitalisation"))
        self.file_edit = QLineEdit(objectName="file")
        self.frameworks: dict[str, QCheckBox] = {}
        lang = i18n.current_language()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&File:"), self.file_edit)
        browse = QDialogButtonBox()
        browse.addButton(self.tr("Choose…"), QDialogButtonBox.ButtonRole.ActionRole
                         ).clicked.connect(self.choose_file)
        form.addRow("", browse)
        for framework_id in available_frameworks():
            framework = load_framework(framework_id)
            label = framework.short_label_id if lang == "id" else framework.short_label_en
            # "Ansell & Gash": a lone & would be taken for a keyboard accelerator
            box = QCheckBox(label.replace("&", "&&"), objectName=framework_id)
            box.setToolTip(framework_reference(framework_id, framework.citation))
            box.setChecked(framework_id in DEFAULT_FRAMEWORKS)
            self.frameworks[framework_id] = box
            form.addRow(self.tr("Framework:") if len(self.frameworks) == 1 else "", box)
        self.variant = QComboBox(objectName="deseveVariant")
        for key, text in (("v9", self.tr("9 elements (full list)")),
                          ("v8", self.tr("8 elements")), ("v7", self.tr("7 elements"))):
            self.variant.addItem(text, key)
        form.addRow(self.tr("DeSeve &variant:"), self.variant)
        if "deseve2007" in self.frameworks:
            self.frameworks["deseve2007"].toggled.connect(self.variant.setEnabled)
            self.variant.setEnabled(self.frameworks["deseve2007"].isChecked())
        self._file_touched = False
        self.title_edit.textChanged.connect(self._suggest_file)
        self.file_edit.textEdited.connect(lambda _t: setattr(self, "_file_touched", True))
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._suggest_file("")
        self.resize(560, 0)

    def _suggest_file(self, title: str) -> None:
        if self._file_touched:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        stem = "".join(c if c.isalnum() else "-" for c in title.strip().lower()).strip("-")
        self.file_edit.setText(str(Path(folder) / f"{stem or 'study'}{PROJECT_SUFFIX}"))

    def choose_file(self) -> None:
        path = file_dialogs.save_file(self, "project", self.tr("New project"),
                                      self.file_edit.text(), FILE_FILTER)
        if path:
            if not path.endswith(PROJECT_SUFFIX):
                path += PROJECT_SUFFIX
            self.file_edit.setText(path)
            self._file_touched = True

    def options(self) -> dict:
        frameworks = [f for f, box in self.frameworks.items() if box.isChecked()]
        return {"path": self.file_edit.text().strip(), "title": self.title_edit.text().strip(),
                "frameworks": frameworks,
                "deseve_variant": (self.variant.currentData()
                                   if "deseve2007" in frameworks else None)}


class StudyPropertiesDialog(QDialog):
    """Edit the study record; saving is one undoable action."""

    def __init__(self, bridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studyPropertiesDialog")
        self.setWindowTitle(self.tr("Study properties"))
        self.bridge = bridge
        study = bridge.project.study.get()
        self._loaded = study
        self.title_edit = QLineEdit(study.title, objectName="title")
        self.questions = QPlainTextEdit(study.research_questions, objectName="questions")
        self.site = QLineEdit(study.site, objectName="site")
        self.period_start = DateField(objectName="periodStart")
        self.period_start.set_iso(study.period_start)
        self.period_end = DateField(objectName="periodEnd")
        self.period_end.set_iso(study.period_end)
        self.notes = QPlainTextEdit(study.notes, objectName="notes")
        lang = i18n.current_language()
        names = []
        for framework_id in study.frameworks:
            framework = load_framework(framework_id)
            name = framework.short_label_id if lang == "id" else framework.short_label_en
            if framework_id == "deseve2007" and study.deseve_variant:
                name += f" ({study.deseve_variant})"
            names.append(name)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Research questions:"), self.questions)
        form.addRow(self.tr("&Site:"), self.site)
        form.addRow(self.tr("Fieldwork &from:"), self.period_start)
        form.addRow(self.tr("Fieldwork &until:"), self.period_end)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("Frameworks:"), QLineEdit(", ".join(names) or "—", readOnly=True))
        self.method = MethodSettings(bridge.project, self)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.method)
        layout.addWidget(buttons)
        for edit in (self.title_edit, self.site):
            edit.setCursorPosition(0)
        self.resize(700, 720)

    def values(self) -> dict:
        return {"title": self.title_edit.text().strip(),
                "research_questions": self.questions.toPlainText(),
                "site": self.site.text().strip(), "period_start": self.period_start.iso(),
                "period_end": self.period_end.iso(), "notes": self.notes.toPlainText()}

    def accept(self) -> None:
        changed = {k: v for k, v in self.values().items() if getattr(self._loaded, k) != v}
        if changed or self.method.changed():
            def work(project) -> None:
                if changed:
                    project.study.update(**changed)
                self.method.save(project)
            if not run_or_warn(self, self.bridge, self.tr("Edit study properties"), work):
                return
        super().accept()


# -- the feature --------------------------------------------------------------------------

class ProjectActions(QObject):
    """Main-window feature: the project commands of the File menu."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.new_action = QAction(window, objectName="actionNewProject")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_project)
        self.open_action = QAction(window, objectName="actionOpenProject")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_and_open)
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.close_action = QAction(window, objectName="actionCloseProject")
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close_project)
        self.study_action = QAction(window, objectName="actionStudyProperties")
        self.study_action.triggered.connect(self.edit_study)
        self.quit_action = QAction(window, objectName="actionQuit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(window.close)
        menu = window.menu("file")
        first = menu.actions()[0] if menu.actions() else None
        for action in (self.new_action, self.open_action, self.recent_menu.menuAction(),
                       self.close_action, None, self.study_action, None):
            if action is None:
                menu.insertSeparator(first) if first else menu.addSeparator()
            elif first is not None:
                menu.insertAction(first, action)
            else:
                menu.addAction(action)
        self._quit_separator = menu.addSeparator()
        menu.addAction(self.quit_action)
        menu.aboutToShow.connect(self._keep_quit_last)
        bridge.project_opened.connect(lambda _p: self._update_enabled())
        bridge.project_closing.connect(lambda: self._update_enabled(closing=True))
        i18n.on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.new_action.setText(ProjectActions.tr("&New project…"))
        self.open_action.setText(ProjectActions.tr("&Open project…"))
        self.recent_menu.setTitle(ProjectActions.tr("Open &recent"))
        self.close_action.setText(ProjectActions.tr("&Close project"))
        self.study_action.setText(ProjectActions.tr("&Study properties…"))
        self.quit_action.setText(ProjectActions.tr("&Quit"))

    def _update_enabled(self, closing: bool = False) -> None:
        has_project = self.bridge.project is not None and not closing
        self.close_action.setEnabled(has_project)
        self.study_action.setEnabled(has_project)

    def _keep_quit_last(self) -> None:
        menu = self.window.menu("file")
        if menu.actions()[-1] is not self.quit_action:
            for action in (self._quit_separator, self.quit_action):
                menu.removeAction(action)
                menu.addAction(action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_projects()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setEnabled(Path(path).is_file())
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not paths:
            self.recent_menu.addAction(ProjectActions.tr("(none)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(ProjectActions.tr("Clear list")).triggered.connect(
                lambda: config.set_values(recent_projects=[]))

    # -- commands --------------------------------------------------------------------

    def open_path(self, path: str | Path) -> bool:
        return open_project(self.window, path)

    def choose_and_open(self) -> None:
        path = file_dialogs.open_file(self.window, "project", ProjectActions.tr("Open project"),
                                      FILE_FILTER, self.bridge.project)
        if path:
            self.open_path(path)

    def new_project(self) -> bool:
        dialog = NewProjectDialog(self.window)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.create_project(**dialog.options()):
                return True
        return False

    def create_project(self, path: str, title: str, frameworks, deseve_variant=None) -> bool:
        """Create and open a project; a refusal (file exists...) is shown, not raised."""
        try:
            if not path:
                raise TelaahError(ProjectActions.tr("Choose where to save the project."))
            project = Project.create(path, title=title, frameworks=frameworks,
                                     deseve_variant=deseve_variant,
                                     backups_kept=config.backups_kept())
        except (TelaahError, OSError, *database_errors()) as error:
            QMessageBox.warning(self.window, ProjectActions.tr("New project"),
                                i18n.translated(error))
            return False
        self.bridge.open(project)
        remember_recent(path)
        self.window.retranslate_ui()
        return True

    def close_project(self) -> None:
        self.bridge.close()
        self.window.retranslate_ui()

    def edit_study(self) -> None:
        if self.bridge.project is not None:
            StudyPropertiesDialog(self.bridge, self.window).exec()
