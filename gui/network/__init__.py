"""The collaboration network feature: the map, its measures, and marking ties."""

from gui.network.feature import NetworkFeature

__all__ = ["NetworkFeature"]
