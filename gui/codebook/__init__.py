"""The codebook: a tree of framework and custom codes with their details and actions.

`CodebookFeature` installs the Codebook dock (right) and the Code menu entries;
`CodeTreeModel` is the Qt model over the `codes` table; `CODE_MIME` is the drag format
(`application/x-telaah-code-id`, ASCII code ids) the text panel accepts.
"""

from gui.codebook.feature import CodebookFeature
from gui.codebook.model import CODE_MIME, CodeTreeModel

__all__ = ["CODE_MIME", "CodeTreeModel", "CodebookFeature"]
