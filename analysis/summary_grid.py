"""The summary grid (MAXQDA Summary Grid, NVivo Framework Matrix) as data.

Rows are participants (`row_kind` "participant") or stakeholder groups ("group"),
columns the codes of a level; each cell holds the segments of that row coded with that
column's code (rolled up as the level says) and the summary the researcher wrote.
Summaries are stored by `storage.evaluation.set_summary(row_kind, row_key, code_id,
text)` where `row_key` is the participant's or group's id as a string (stable across
renames), `code_id` 0 is the row's own summary and `row_key` "" the column's. The
counts come from `matrix.crosstab`, the cell segments from `Evidence.segment_ids`.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.evidence import Column, Evidence
from analysis.matrix import Matrix, crosstab

ROW_KINDS = {"participant": "participant", "group": "stakeholder_group"}
ROW_SUMMARY = 0      # code_id of a row's own summary
COLUMN_SUMMARY = ""  # row_key of a column's own summary


def row_key(value: int) -> str:
    """The stored `row_key` of a participant or group id."""
    return str(value)


@dataclass
class SummaryGrid:
    """Rows, code columns, segment counts and summary texts of one grid."""

    row_kind: str
    level: str
    rows: list[Column]      # value: participant or group id; key: row_key
    code_ids: list[int]
    matrix: Matrix
    summaries: dict[tuple[str, int], str]

    def count(self, row_value: int, code_id: int) -> int:
        return self.matrix.count(code_id, row_value) or 0

    def summary(self, key: str, code_id: int) -> str:
        """The text of a cell; `summary(key, 0)` a row's, `summary("", code_id)` a column's."""
        return self.summaries.get((key, code_id), "")

    def to_json(self, evidence: Evidence) -> dict:
        """Rows with labels, columns by code key, cells with count and summary."""
        keys = {c: evidence.key(c) for c in self.code_ids}
        return {
            "row_kind": self.row_kind, "level": self.level,
            "rows": [{"key": r.key, "label": r.label,
                      "summary": self.summary(r.key, ROW_SUMMARY)} for r in self.rows],
            "cols": [{"key": keys[c], "summary": self.summary(COLUMN_SUMMARY, c)}
                     for c in self.code_ids],
            "cells": {r.key: {keys[c]: {"segments": self.count(r.value, c),
                                        "summary": self.summary(r.key, c)}
                              for c in self.code_ids} for r in self.rows},
        }


def summary_grid(evidence: Evidence, summaries: dict[tuple[str, int], str],
                 row_kind: str = "participant", level: str = "indicators") -> SummaryGrid:
    """The grid of `row_kind` rows against the codes of `level`.

    `summaries` is `project.evaluation.summaries(row_kind)`.
    """
    if row_kind not in ROW_KINDS:
        raise ValueError(f"Summary grid rows are {' or '.join(ROW_KINDS)}, not '{row_kind}'.")
    matrix = crosstab(evidence, ROW_KINDS[row_kind], level)
    rows = [Column(c.value, row_key(c.value), c.label) for c in matrix.cols]
    return SummaryGrid(row_kind, level, rows, list(matrix.rows), matrix, dict(summaries))


def load_summary_grid(project, row_kind: str = "participant", level: str = "indicators",
                      evidence: Evidence | None = None) -> SummaryGrid:
    evidence = evidence or Evidence.load(project)
    return summary_grid(evidence, project.evaluation.summaries(row_kind), row_kind, level)


def cell_segments(evidence: Evidence, grid: SummaryGrid, row_value: int | None,
                  code_id: int) -> list[int]:
    """The segments of one cell; `code_id` 0 gives all of the row's segments (every code)
    and `row_value` None all of the column's."""
    dimension = ROW_KINDS[grid.row_kind]
    if code_id == ROW_SUMMARY:
        return evidence.select(list(evidence.own), dimension, row_value)
    if row_value is None:
        return evidence.segment_ids(code_id, grid.level)
    return evidence.segment_ids(code_id, grid.level, dimension, row_value)
