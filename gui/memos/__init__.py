"""Memos: dated, authored notes on the study, a source, a code, a segment or a participant.

`MemosFeature` installs the Memos dock (bottom, tabbed with retrieval) and the New memo
entries of the Edit menu; `MemoPanel` is the list with its autosaving `MemoEditor`.
"""

from gui.memos.editor import MemoEditor
from gui.memos.feature import MemosFeature
from gui.memos.panel import MemoPanel

__all__ = ["MemoEditor", "MemoPanel", "MemosFeature"]
