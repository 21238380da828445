"""The storage layer: the only code that reads and writes the project file.

Import `Project` from here; records are in `storage.models`, errors in
`storage.errors`. Nothing in this package imports Qt.
"""

from storage.change import Change, Delta, SegmentShift, TextEdit
from storage.errors import (
    ImportFailedError,
    NotFoundError,
    ProjectFileError,
    ProjectLockedError,
    TelaahError,
    ValidationError,
)
from storage.kinds import Kind
from storage.project import PROJECT_SUFFIX, Project

__all__ = ["Change", "Delta", "Kind", "SegmentShift", "TextEdit", "ImportFailedError",
           "NotFoundError", "PROJECT_SUFFIX", "Project", "ProjectFileError",
           "ProjectLockedError", "TelaahError", "ValidationError"]
