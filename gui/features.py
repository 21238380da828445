"""The list of features the main window is built from, in the order they install."""

from __future__ import annotations

from gui.preferences import PreferencesFeature
from gui.project_actions import ProjectActions
from gui.sources.feature import SourcesFeature

FEATURES: list = [
    SourcesFeature,
    ProjectActions,
    PreferencesFeature,
]
