"""Full-text search across all sources, with results in context and "Code all hits".

`SearchFeature` installs the Search dock (bottom) and Edit → Find in all sources…
(Ctrl+Shift+F); `SearchPanel` is its widget, over `HitTableModel`. The searching
itself is `storage.search`.
"""

from gui.search.feature import SearchFeature
from gui.search.model import HitTableModel
from gui.search.panel import SearchPanel

__all__ = ["HitTableModel", "SearchFeature", "SearchPanel"]
