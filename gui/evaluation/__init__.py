"""The evaluation workspace: indicator board, triangulation, matrices, co-occurrence and
the summary grid, over the figures of `analysis` (see `panel.py`, `feature.py`)."""

from gui.evaluation.feature import EvaluationFeature

__all__ = ["EvaluationFeature"]
