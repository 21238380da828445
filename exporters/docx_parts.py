"""Word building blocks the report is made of: fields, captions, tables, page set-up.

The report keeps to real Word structure so a supervisor can restyle it: built-in
paragraph styles (Heading 1-3, Quote, Caption, List Bullet), built-in table styles,
complex fields for the table of contents, page numbers (PAGE) and table numbers
(SEQ Table), each carrying a readable cached result so the file also looks right
before Word updates its fields. Widths are set on the grid and on every cell, since
Word and LibreOffice each read a different one.
"""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from exporters.textutil import xml_safe

A4 = (Cm(21.0), Cm(29.7))
MARGIN = Cm(2.5)
DATA_TABLE_STYLE = "Light Grid Accent 1"
TEXT_TABLE_STYLE = "Table Grid"


def page_setup(section, landscape: bool = False) -> None:
    """A4 with 2.5 cm margins, portrait or landscape."""
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)


def styled_paragraph(document, style_name: str, text: str = ""):
    """`document.add_paragraph(text, style=style_name)`, made cheaper.

    Given a style, python-docx compares it with the default paragraph style, which it
    finds by reading every style of the document, for each paragraph: half the time of
    a large report. The style is found by name (one lookup) and its id set on the
    paragraph; the result is the same `w:pStyle` python-docx writes.
    """
    paragraph = document.add_paragraph(text)
    paragraph._p.style = document.styles[style_name].style_id
    return paragraph


def style_quotes(document) -> None:
    """Indent the built-in Quote style (a style change, so it stays restylable)."""
    style = document.styles["Quote"]
    style.paragraph_format.left_indent = Cm(1)
    style.paragraph_format.right_indent = Cm(1)
    style.paragraph_format.space_after = Pt(6)


def text_width(section):
    return section.page_width - section.left_margin - section.right_margin


def _field_char(paragraph, kind: str) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        element.set(qn("w:dirty"), "true")
    paragraph.add_run()._r.append(element)


def _instruction(paragraph, instruction: str) -> None:
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)


def add_field(paragraph, instruction: str, cached: str = "") -> None:
    """Append a complex field (`PAGE`, `SEQ Table`) with a cached result."""
    _field_char(paragraph, "begin")
    _instruction(paragraph, instruction)
    _field_char(paragraph, "separate")
    paragraph.add_run(cached)
    _field_char(paragraph, "end")


def page_number_footer(section, label: str) -> None:
    """'Halaman N' centred in the footer of `section` (and those linked to it)."""
    footer = section.footer
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.text = ""
    paragraph.style = "Footer"
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{label} ")
    add_field(paragraph, "PAGE", "1")


def table_of_contents(document, entries: list[tuple[int, str]], note: str) -> None:
    """A TOC field over Heading 1-3, pre-filled with `entries` until Word updates it."""
    paragraph = document.add_paragraph()
    _field_char(paragraph, "begin")
    _instruction(paragraph, 'TOC \\o "1-3" \\h \\z \\u')
    _field_char(paragraph, "separate")
    for index, (level, text) in enumerate(entries):
        if index:
            paragraph = document.add_paragraph()
        paragraph.add_run(xml_safe(text))
        paragraph.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        paragraph.paragraph_format.space_after = Pt(2 if level > 1 else 4)
    _field_char(paragraph, "end")
    note_run = document.add_paragraph().add_run(note)
    note_run.italic = True
    note_run.font.size = Pt(9)
    _update_fields_on_open(document)


def _update_fields_on_open(document) -> None:
    """Ask Word to refresh fields (TOC page numbers) when the file is opened."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        element = OxmlElement("w:updateFields")
        element.set(qn("w:val"), "true")
        settings.append(element)


def caption(document, word: str, number: int, title: str, sequence: str = "Table") -> None:
    """'Tabel 3. Title' in the Caption style, numbered by a SEQ field (`sequence`:
    Table above tables, kept with them; Figure below figures)."""
    paragraph = styled_paragraph(document, "Caption")
    paragraph.add_run(f"{word} ")
    add_field(paragraph, f"SEQ {sequence} \\* ARABIC", str(number))
    paragraph.add_run(f". {xml_safe(title)}")
    paragraph.paragraph_format.keep_with_next = sequence == "Table"


def add_table(document, header: list[str], rows: list[list], width, weights=None,
              style: str = DATA_TABLE_STYLE, indents: list[int] | None = None,
              font_size: float = 8.5):
    """A table with a repeating header row and rows that do not break across pages.

    Each column is at least as wide as its longest word; what is left of `width` is
    shared out by `weights`. A row whose cells after the first are all None is a
    heading row spanning the table.
    """
    widths = column_widths(header, rows, width, weights, font_size)
    numeric = [bool(rows) and all(isinstance(r[i], int) or r[i] is None for r in rows)
               for i in range(len(header))]
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles[style]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _grid_widths(table, widths)
    _fill_row(table.rows[0], header, widths, font_size, bold=True, right=numeric)
    _row_flags(table.rows[0], header=True)
    for index, values in enumerate(rows):
        row = table.add_row()
        heading = len(values) > 1 and all(v is None for v in values[1:])
        _fill_row(row, values, widths, font_size, bold=heading)
        _row_flags(row)
        if heading:
            merged = row.cells[0].merge(row.cells[-1])
            for extra in merged.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
        elif indents and indents[index]:
            row.cells[0].paragraphs[0].paragraph_format.left_indent = Cm(0.3 * indents[index])
    return table


def column_widths(header, rows, width, weights, font_size: float) -> list[int]:
    """Widths (EMU) giving each column room for its longest word, the rest by weight."""
    columns = len(header)
    weights = list(weights or [1] * columns)
    per_char = Cm(0.022 * font_size)
    padding = Cm(0.45)
    minimum = []
    for index in range(columns):
        words = [w for value in [header[index], *(r[index] for r in rows)]
                 for w in _cell_text(value).split()]
        longest = max((len(w) for w in words), default=1)
        minimum.append(padding + per_char * min(longest, 13))
    spare = max(int(width) - sum(minimum), 0)
    total = float(sum(weights)) or 1.0
    widths = [int(m + spare * w / total) for m, w in zip(minimum, weights, strict=False)]
    if sum(widths) > width:  # too many columns: shrink in proportion
        scale = width / sum(widths)
        widths = [int(w * scale) for w in widths]
    return widths


def _grid_widths(table, widths) -> None:
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
        column.set(qn("w:w"), str(int(width / 635)))  # EMU -> twentieths of a point


def _fill_row(row, values, widths, font_size: float, bold: bool = False,
              right: list[bool] | None = None) -> None:
    for index, (cell, value, width) in enumerate(zip(row.cells, values, widths, strict=True)):
        cell.width = width
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(xml_safe(_cell_text(value)))
        run.font.size = Pt(font_size)
        if bold:
            run.bold = True
        is_number = isinstance(value, int) and not isinstance(value, bool)
        if is_number or (right and right[index]):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _row_flags(row, header: bool = False) -> None:
    """Keep a row on one page; repeat the header row on every page."""
    properties = row._tr.get_or_add_trPr()
    names = ["w:cantSplit", "w:tblHeader"] if header else ["w:cantSplit"]
    for name in names:
        element = OxmlElement(name)
        element.set(qn("w:val"), "true")
        properties.append(element)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if value else "\u2013"
    return str(value)


def scrub(document, pseudo) -> None:
    """Pass every run of the body, tables, headers and footers through `pseudo` again.

    The report's texts were pseudonymised when gathered; this is the safety net for
    values that are not (a stakeholder group named after a person, say).
    """
    def runs_of(container):
        for paragraph in container.paragraphs:
            yield from paragraph.runs
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    yield from runs_of(cell)

    containers = [document]
    for section in document.sections:
        containers += [section.header, section.footer, section.first_page_header,
                       section.first_page_footer]
    for container in containers:
        for run in runs_of(container):
            cleaned = pseudo(run.text)
            if cleaned != run.text:
                run.text = cleaned
