"""Heading rows for the board and the triangulation tab: rows grouped by framework and
dimension, the way a findings chapter groups them.

`grouped(rows, evidence, lang, level)` puts a `Heading` before the first row of each
framework (and, at the `indicators` level, of each dimension); the all-levels views
already show the framework and dimension codes as rows and are left as they are. A
model shows a heading across its first column, bold and shaded, not selectable and not
editable; `code_id` is None so it never matches a code.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

HEADING_SHADE = QColor("#e8eaf6")


@dataclass
class Heading:
    label: str
    level: int  # 0 framework, 1 dimension
    code_id: None = None


def _own_codes() -> str:
    return QCoreApplication.translate("Grouping", "Researcher's own codes")


def placement(evidence, code_id: int) -> tuple[int | None, int | None]:
    """The framework root and the dimension a code sits under (None where none)."""
    framework = dimension = None
    for ancestor in evidence.ancestors(code_id):
        level = evidence.code_by_id[ancestor].level
        if level == "dimension" and dimension is None:
            dimension = ancestor
        elif level == "framework":
            framework = ancestor
    return framework, dimension


def grouped(rows, evidence, lang: str, level: str) -> list:
    """`rows` with a Heading before each framework's (and dimension's) first row."""
    if evidence is None or level in ("all", "direct"):
        return list(rows)
    result: list = []
    current: tuple = ("", "")
    for row in rows:
        framework, dimension = placement(evidence, row.code_id)
        if level != "indicators":
            dimension = None
        if (framework, dimension) != current:
            if framework != current[0]:
                result.append(Heading(evidence.label(framework, lang) if framework
                                      else _own_codes(), 0))
            if dimension is not None:
                result.append(Heading(evidence.label(dimension, lang), 1))
            current = (framework, dimension)
        result.append(row)
    return result


def heading_data(heading: Heading, column: int, role: int):
    """What a model shows for a heading row (text in the first column only)."""
    if role == Qt.ItemDataRole.DisplayRole and column == 0:
        return ("    " * heading.level) + heading.label
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.BackgroundRole:
        return HEADING_SHADE
    return None


HEADING_FLAGS = Qt.ItemFlag.ItemIsEnabled
