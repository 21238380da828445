"""Image sources: the picture shown scaled and zoomable, with coded rectangular regions."""

from gui.images.feature import ImagesFeature

__all__ = ["ImagesFeature"]
