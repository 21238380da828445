"""Field work: interview guides, live interview and observation sessions, recording.

`FieldFeature` installs the Field work menu and the guide editor dock; `SessionWindow`
runs one session; `RecorderBar` records with Qt Multimedia.
"""

from gui.field.feature import FieldFeature
from gui.field.guide_editor import GuideEditor
from gui.field.session_window import SessionWindow

__all__ = ["FieldFeature", "GuideEditor", "SessionWindow"]
