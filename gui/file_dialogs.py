"""The file dialogs Telaah shows, starting where the user expects.

`open_file`, `open_files` and `save_file` wrap Qt's static file dialogs with one rule
for the folder they start in: the last folder used for that kind of file (`kind`:
"project", "sources", "refi", "export"...), else the open project's folder, else the
user's documents folder, else home; never the program's own folder. The folder chosen
is remembered per kind in the machine's config (`last_folders`). A suggested file name
is placed in that folder unless it is already a path. The dialogs' labels are Qt's own,
translated through our .ts (context QFileDialog...) where Qt ships no translation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from storage import config

CONFIG_KEY = "last_folders"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def start_folder(kind: str, project=None) -> Path:
    """Where a dialog for `kind` starts: see the module docstring."""
    last = (config.get(CONFIG_KEY) or {}).get(kind)
    if last and Path(last).is_dir():
        return Path(last)
    if project is not None and Path(project.path).parent.is_dir():
        return Path(project.path).parent
    return documents_folder()


def remember_folder(kind: str, path: str | Path) -> None:
    folders = dict(config.get(CONFIG_KEY) or {})
    folders[kind] = str(Path(path).resolve().parent)
    config.set_values(**{CONFIG_KEY: folders})


def _start(kind: str, project, suggested: str) -> str:
    folder = start_folder(kind, project)
    if suggested and (Path(suggested).is_absolute() or Path(suggested).parent != Path(".")):
        return suggested
    return str(folder / suggested) if suggested else str(folder)


def open_file(parent: QWidget | None, kind: str, title: str, file_filter: str,
              project=None) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, _start(kind, project, ""), file_filter)
    if path:
        remember_folder(kind, path)
    return path


def open_files(parent: QWidget | None, kind: str, title: str, file_filter: str,
               project=None) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, _start(kind, project, ""),
                                            file_filter)
    if paths:
        remember_folder(kind, paths[0])
    return paths


def save_file(parent: QWidget | None, kind: str, title: str, suggested: str,
              file_filter: str, project=None) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, _start(kind, project, suggested),
                                          file_filter)
    if path:
        remember_folder(kind, path)
    return path
