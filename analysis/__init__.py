"""Every figure Telaah shows or exports, as pure functions of a project's evidence.

`Evidence.load(project)` reads the coded segments once (`storage.facts`); the indicator
board (`board`), triangulation (`triangulation`), matrices and code co-occurrence
(`matrix`) and the summary grid (`summary_grid`) are computed from it, so the GUI, the
CLI and the exporters always show the same numbers. A *level* says which codes are rows
and whether sub-codes count for their parents (`evidence.LEVELS`). No Qt, no SQL.
"""

from analysis.board import BoardRow, board, load_board
from analysis.evidence import DIMENSIONS, LEVELS, Evidence, code_key
from analysis.matrix import Matrix, cooccurrence, crosstab
from analysis.summary_grid import SummaryGrid, summary_grid
from analysis.triangulation import (
    FLAGS,
    TriangulationRow,
    TriangulationRule,
    load_rule,
    load_triangulation,
    save_rule,
    triangulation,
)
from analysis.triangulation_kinds import KINDS, load_kinds, save_kinds, voices

__all__ = ["BoardRow", "DIMENSIONS", "Evidence", "FLAGS", "KINDS", "LEVELS", "Matrix",
           "SummaryGrid", "TriangulationRow", "TriangulationRule", "board", "code_key",
           "cooccurrence", "crosstab", "load_board", "load_kinds", "load_rule",
           "load_triangulation", "save_kinds", "save_rule", "summary_grid",
           "triangulation", "voices"]
