"""REFI-QDA import: `.qdpx` projects and `.qdc` codebooks made by Telaah or other tools.

`new_project_from_refi(project_path, path, title=...)` makes a new project from a file
and returns `(project, summary)`; `import_refi_file(project, path)` brings a file into
an open project and returns the `ImportSummary`. Both take `label_language` ('id' or
'en'): the label a foreign code's name becomes. Both read and check the whole file
first (`read_refi_file`, safe against zip and XML attacks, see `package.py`) and then
write it as one action (`apply_refi_document`, see `apply.py`), so a refused file
leaves the project unchanged. The GUI runs the reading in the background and the
writing on its own thread, hence the two halves are public too.
"""

from __future__ import annotations

from pathlib import Path

from importers.refi.apply import DEFAULT_TECHNIQUE
from importers.refi.apply import apply_document as apply_refi_document
from importers.refi.document import RefiDocument
from importers.refi.package import ALLOW, REFUSE
from importers.refi.reader import read_document as read_refi_file
from importers.refi.summary import ImportSummary
from storage import Project, messages
from storage.errors import TelaahError
from storage.progress import Progress, report

__all__ = ["ALLOW", "DEFAULT_TECHNIQUE", "REFUSE", "ImportSummary", "RefiDocument",
           "apply_refi_document",
           "import_refi_file", "new_project_from_refi", "read_refi_file"]


def import_refi_file(project: Project, path: str | Path, *,
                     label_language: str = "id",
                     allow_outside_files: bool = False) -> ImportSummary:
    """Import a `.qdpx` or `.qdc` file into the open `project` as one undoable action
    (foreign code names become labels in `label_language`, 'id' or 'en').

    Sources are read from inside the archive only, unless `allow_outside_files`."""
    document = read_refi_file(Path(path), ALLOW if allow_outside_files else REFUSE)
    return apply_refi_document(project, document, new_project=False,
                               label_language=label_language)


def new_project_from_refi(project_path: str | Path, path: str | Path, *, title: str = "",
                          label_language: str = "id", progress: Progress | None = None,
                          coder: str = "", allow_outside_files: bool | frozenset = False,
                          document: RefiDocument | None = None
                          ) -> tuple[Project, ImportSummary]:
    """Create the project `project_path` from a `.qdpx` or `.qdc` file.

    The file is read and checked before the project file is created, which is built
    under a temporary name and moved into place only when complete (nothing is left if
    writing fails or is cancelled: `progress` says stop, `Cancelled`). The study is
    titled `title`, else the file's project name, else the file name. A `document`
    already read from `path` (`read_refi_file`) is used as it is.
    """
    project_path = Path(project_path)
    if project_path.exists():
        raise TelaahError.of(messages.PROJECT_EXISTS, path=project_path)
    outside = allow_outside_files if isinstance(allow_outside_files, frozenset) else (
        ALLOW if allow_outside_files else REFUSE)
    report(progress, 0, 2, Path(path).name)
    document = document or read_refi_file(Path(path), outside)
    summaries: list[ImportSummary] = []

    def fill(project: Project) -> None:
        summaries.append(apply_refi_document(project, document, new_project=True,
                                             label_language=label_language))
        report(progress, 2, 2, Path(path).name)  # cancelled here: the build is discarded

    report(progress, 1, 2, Path(path).name)
    project = Project.create(project_path, title=title or document.name or Path(path).stem,
                             coder=coder, fill=fill)
    return project, summaries[0]
