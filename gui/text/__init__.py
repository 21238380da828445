"""The Text panel of the coding workbench: read, code and edit a source.

`TextFeature` installs it in the main window; `TextPanel` is the widget (see
`gui/text/panel.py` for its public API).
"""

from gui.text.feature import TextFeature
from gui.text.panel import TextPanel

__all__ = ["TextFeature", "TextPanel"]
