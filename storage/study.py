"""The study record: title, questions, site, period, notes and frameworks in use."""

from __future__ import annotations

from typing import Any

from storage.models import Study
from storage.repository import Repository
from storage.stamps import new_guid, now

STUDY_FIELDS = ("title", "research_questions", "site", "period_start", "period_end", "notes")


class StudyRepository(Repository):
    """Read and edit the single study row and the list of frameworks in use."""

    def initialise(self, act, title: str = "") -> None:
        stamp = now()
        act.insert("study", {"id": 1, "guid": new_guid(), "title": title, "created": stamp,
                             "modified": stamp})

    def get(self) -> Study:
        rows = self.rows("SELECT * FROM study WHERE id = 1")
        study = Study.from_row(rows[0]) if rows else Study()
        frameworks = self.rows("SELECT framework_id, variant FROM study_frameworks "
                               "ORDER BY position, framework_id")
        study.frameworks = [r["framework_id"] for r in frameworks]
        study.deseve_variant = next((r["variant"] for r in frameworks
                                     if r["framework_id"] == "deseve2007"), None)
        return study

    def update(self, origin: object = None, **values: Any) -> None:
        """Change study fields (names from STUDY_FIELDS) in one action."""
        unknown = set(values) - set(STUDY_FIELDS)
        if unknown:
            raise ValueError(f"unknown study field(s): {sorted(unknown)}")
        with self.action("Edit study", origin) as act:
            act.update("study", {"id": 1}, {**values, "modified": now()})

    def frameworks(self) -> list[str]:
        return self.get().frameworks
