"""The list of features the main window is built from, in the order they install."""

from __future__ import annotations

FEATURES: list = []
