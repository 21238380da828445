"""Word building blocks the report is made of: fields, captions, tables, page set-up.

The report keeps to real Word structure so a supervisor can restyle it: built-in
paragraph styles (Heading 1-3, Quote, Caption, List Bullet), built-in table styles,
complex fields for page numbers (PAGE), table numbers (SEQ Table) and the contents'
page numbers (PAGEREF to a bookmark on each heading, which LibreOffice also computes),
each carrying a readable cached result where there is one. Widths are set on the grid
and on every cell, since Word and LibreOffice each read a different one; a column is
at least as wide as its longest header word (bold) so headers wrap only at spaces,
and every table cell uses the body font (`one_table_font`; the first-column look is
also switched off). `set_language` marks the proofing language on the document defaults, every
style and every run.
"""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from exporters.textutil import xml_safe

A4 = (Cm(21.0), Cm(29.7))
LANGUAGE_TAGS = {"id": "id-ID", "en": "en-GB"}
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


def one_table_font(document) -> None:
    """Every table cell in the body font: the data table style's header, total and
    first/last-column formats named the heading font; they and the style itself now
    name the body (minor) font (a style change, so the report stays restylable)."""
    style = document.styles[DATA_TABLE_STYLE].element
    properties = [style.get_or_add_rPr()]
    properties += style.findall(f"{qn('w:tblStylePr')}/{qn('w:rPr')}")
    for rpr in properties:
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for attribute in list(fonts.attrib):
            del fonts.attrib[attribute]
        for name, value in (("w:asciiTheme", "minorHAnsi"), ("w:hAnsiTheme", "minorHAnsi"),
                            ("w:eastAsiaTheme", "minorEastAsia"), ("w:cstheme", "minorBidi")):
            fonts.set(qn(name), value)


def keep_headings_with_next(document) -> None:
    """A heading never ends a page: Heading 1-3 keep with the next paragraph."""
    for level in (1, 2, 3):
        document.styles[f"Heading {level}"].paragraph_format.keep_with_next = True


def set_language(document, tag: str) -> None:
    """Proofing language `tag` (id-ID, en-GB) on the defaults, every style and every run
    of the body, headers and footers, so Word checks the text in the right language."""
    def mark(rpr) -> None:
        lang = rpr.find(qn("w:lang"))
        if lang is None:  # w:lang sits after every property python-docx writes
            lang = OxmlElement("w:lang")
            after = [rpr.find(qn(t)) for t in ("w:eastAsianLayout", "w:specVanish",
                                                "w:oMath")]
            following = next((e for e in after if e is not None), None)
            if following is not None:
                following.addprevious(lang)
            else:
                rpr.append(lang)
        for attribute in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(attribute), tag)

    styles = document.styles.element
    default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    if default is not None:
        rpr = default.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            default.append(rpr)
        mark(rpr)
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            mark(style.get_or_add_rPr())
    parts = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer):
            if not part.is_linked_to_previous:
                parts.append(part._element)
    for part in parts:
        for run in part.iter(qn("w:r")):
            mark(run.get_or_add_rPr())


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


def table_of_contents(document, entries: list[tuple[int, str]], note: str) -> list[str]:
    """The contents: one paragraph per entry, its text a link to a bookmark on the
    heading and its page number a PAGEREF field; returns the bookmark names.

    A Word TOC field is not used on purpose: LibreOffice keeps a TOC field's stored
    text and never recomputes it, so a converted PDF had a contents list without page
    numbers. PAGEREF fields are computed by LibreOffice when it lays the document out
    and by Word when it updates the fields on opening (`w:updateFields`) or on F9.
    Call `bookmark_headings` once the headings are written.
    """
    width = text_width(document.sections[-1])
    names = []
    for index, (level, text) in enumerate(entries):
        name = f"_Toc{index + 1:08d}"
        names.append(name)
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        paragraph.paragraph_format.space_after = Pt(2 if level > 1 else 4)
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), name)
        link.set(qn("w:history"), "1")
        run = paragraph.add_run(xml_safe(text))
        link.append(run._r)
        paragraph._p.append(link)
        paragraph.add_run().add_tab()
        add_field(paragraph, f"PAGEREF {name} \\h", "")
    note_run = document.add_paragraph().add_run(xml_safe(note))
    note_run.italic = True
    note_run.font.size = Pt(9)
    _update_fields_on_open(document)
    return names


def bookmark_headings(document, entries: list[tuple[int, str]], names: list[str]) -> None:
    """Put each contents entry's bookmark on its heading (the next Heading 1/2 of the same
    level and text, in document order)."""
    # style ids read from the XML: python-docx's `paragraph.style` looks the default
    # style up among all styles for each paragraph (seconds on a large report)
    ids = {document.styles[f"Heading {level}"].style_id: level for level in (1, 2)}
    headings = []
    for element in document.element.body.iterchildren(qn("w:p")):
        level = ids.get(element.style)
        if level is not None:
            headings.append((level, "".join(t.text or "" for t in element.iter(qn("w:t"))),
                             element))
    position = 0
    for index, ((level, text), name) in enumerate(zip(entries, names, strict=True)):
        while position < len(headings) and headings[position][:2] != (level, xml_safe(text)):
            position += 1
        if position == len(headings):
            return
        paragraph = headings[position][2]
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(index + 1))
        start.set(qn("w:name"), name)
        finish = OxmlElement("w:bookmarkEnd")
        finish.set(qn("w:id"), str(index + 1))
        paragraph.insert(1 if paragraph.pPr is not None else 0, start)
        paragraph.append(finish)
        position += 1


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
    _plain_first_column(table)
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
    """Widths (EMU): each column gets room for its longest header word (bold), never
    less, and for its longest body word (up to 13 characters) when the page allows;
    what is left is shared out by `weights`."""
    columns = len(header)
    weights = list(weights or [1] * columns)
    per_char = Cm(0.022 * font_size)
    padding = Cm(0.45)
    hard, soft = [], []
    for index in range(columns):
        words = [w for value in (r[index] for r in rows if _is_body(r))
                 for w in _cell_text(value).split()]
        longest = min(max((len(w) for w in words), default=1), 13)
        heading = max((len(w) for w in str(header[index]).split()), default=1) * 1.2
        hard.append(padding + per_char * heading)
        soft.append(max(per_char * longest - per_char * heading, 0))
    room = int(width) - sum(hard)
    if room <= 0:  # even the headers do not fit: shrink everything alike
        scale = width / sum(hard)
        return [int(h * scale) for h in hard]
    soft_scale = min(1.0, room / sum(soft)) if sum(soft) else 1.0
    minimum = [h + s * soft_scale for h, s in zip(hard, soft, strict=True)]
    spare = max(int(width) - sum(minimum), 0)
    total = float(sum(weights)) or 1.0
    return [int(m + spare * w / total) for m, w in zip(minimum, weights, strict=False)]


def _is_body(row) -> bool:
    """Not a heading row (a heading row's cells after the first are all None)."""
    return not (len(row) > 1 and all(v is None for v in row[1:]))


def _plain_first_column(table) -> None:
    """Switch off the style's first-column look (bold, heading font): one font."""
    properties = table._tbl.tblPr
    look = properties.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        properties.append(look)
    for name, value in (("w:firstRow", "1"), ("w:firstColumn", "0"), ("w:lastRow", "0"),
                        ("w:lastColumn", "0"), ("w:noHBand", "0"), ("w:noVBand", "1"),
                        ("w:val", "0420")):
        look.set(qn(name), value)


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
