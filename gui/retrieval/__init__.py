"""Retrieval: the coded segments of the codes selected in the codebook, filterable.

`RetrievalFeature` installs the Retrieval dock (bottom); `RetrievalPanel` is its
widget, over `SegmentTableModel` and `SegmentFilterProxy`.
"""

from gui.retrieval.feature import RetrievalFeature
from gui.retrieval.model import SegmentFilterProxy, SegmentTableModel
from gui.retrieval.panel import RetrievalPanel

__all__ = ["RetrievalFeature", "RetrievalPanel", "SegmentFilterProxy", "SegmentTableModel"]
