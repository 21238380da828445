"""Measures of the Qt-free core: opening the file, search, analysis, exports, REFI-QDA."""

from __future__ import annotations

from benchmarks.measures import Context, measure, timed
from storage import Project


@measure("open_project", "open the project file (quick check, backup)")
def open_project(context: Context) -> dict:
    values = []
    for _ in range(context.runs):
        project = None

        def work():
            nonlocal project
            project = Project.open(context.project, full_check=False, backups_kept=1)

        values.append(timed(work))
        project.close()
    return {"values": values}
