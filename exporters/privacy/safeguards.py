"""What every export does before its file is put in place: the privacy scan, the mode.

`output_guard(project, pseudo)` gives the keyword arguments of
`exporters.atomic.atomic_output`: when the export is pseudonymised, `verify` scans the
finished file for every protected term (`exporters.privacy.scan`); `mode` gives the file
(and `project_path` refuses to write over the project's own files)
the project file's permissions (owner-only for a confidential study).
"""

from __future__ import annotations

from pathlib import Path

from exporters.privacy.pseudonymize import Pseudonymizer
from exporters.privacy.scan import scan_file


def output_guard(project, pseudo: Pseudonymizer) -> dict:
    def verify(path: Path) -> None:
        scan_file(path, pseudo)

    return {"verify": verify if pseudo.active else None,
            "mode": project.privacy.file_mode(), "project_path": project.path}
