"""Photo figures in the Word report: each a picture with a caption ("Caption" style)."""

from __future__ import annotations

import io

from docx.shared import Cm

from exporters.textutil import xml_safe
from exporters.word.parts import styled_paragraph

MAX_WIDTH_CM, MAX_HEIGHT_CM = 12.0, 9.0


def add_figures(document, figures, figure_word: str) -> None:
    """Each figure scaled to the page, captioned '<figure_word>: caption'."""
    for figure in figures:
        ratio = figure.height / max(figure.width, 1)
        width = min(MAX_WIDTH_CM, MAX_HEIGHT_CM / max(ratio, 1e-6))
        document.add_picture(io.BytesIO(figure.png), width=Cm(width))
        document.paragraphs[-1].paragraph_format.keep_with_next = True
        styled_paragraph(document, "Caption", f"{figure_word}: {xml_safe(figure.caption)}")
