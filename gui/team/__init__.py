"""Team work: coders, handing out copies, merging them back, disagreements."""

from gui.team.feature import TeamFeature

__all__ = ["TeamFeature"]
