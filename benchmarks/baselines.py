"""Baselines: the same output written (or read) by the plain library, no Telaah code.

Each exporter's baseline gets exactly the content the exporter produced, captured
outside the timed runs, and writes it the straightforward way:

- Excel: the cells of every sheet (header and rows, as the exporter passed them to its
  sheet writer), appended to openpyxl write-only sheets and saved;
- Word: the body of the report read back with python-docx (paragraphs with their
  runs' text, bold and italic and their style, tables with their cells' text), written
  again into a new python-docx document with `add_paragraph`/`add_run`/`add_table`;
- REFI-QDA export: the project.qde element tree rebuilt element by element with lxml
  (`SubElement`, attributes, text) and serialised, and the archive written with
  `zipfile` (same entries, same compression) - what any lxml exporter must do;
- REFI-QDA import: the .qdpx opened with `zipfile`, project.qde parsed with lxml and
  every element and attribute visited, and every source text entry read and decoded.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

# -- Excel --------------------------------------------------------------------------


def capture_xlsx_sheets(project, path: Path) -> list[tuple[str, list, list]]:
    """Run the Excel export once, keeping each sheet's (title, header, rows)."""
    import exporters.excel.workbook as workbook_module

    sheets: list[tuple[str, list, list]] = []
    real = workbook_module.write_sheet

    def recording(workbook, key, title, columns, rows, freeze="A2", **options):
        rows = [list(row) for row in rows]
        sheets.append((title, [c.header for c in columns], rows))
        return real(workbook, key, title, columns, rows, freeze=freeze, **options)

    workbook_module.write_sheet = recording
    try:
        workbook_module.write_xlsx(project, path)
    finally:
        workbook_module.write_sheet = real
    return sheets


def openpyxl_write_only(sheets: list[tuple[str, list, list]], path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title[:31])
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    workbook.save(str(path))


# -- Word ---------------------------------------------------------------------------


def capture_docx_body(path: Path) -> list[tuple]:
    """The report's body in order: ("p", style, [(text, bold, italic)]) or
    ("t", [[cell text, ...], ...])."""
    from docx import Document
    from docx.table import Table

    body = []
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, Table):
            body.append(("t", [[cell.text for cell in row.cells] for row in block.rows]))
        else:
            runs = [(run.text, bool(run.bold), bool(run.italic)) for run in block.runs]
            body.append(("p", block.style.name if block.style is not None else None, runs))
    return body


def python_docx_write(body: list[tuple], path: Path) -> None:
    from docx import Document

    document = Document()
    styles = {style.name for style in document.styles}
    for block in body:
        if block[0] == "t":
            rows = block[1]
            table = document.add_table(rows=0, cols=max(len(r) for r in rows) if rows else 1)
            table.style = "Table Grid"
            for values in rows:
                for cell, value in zip(table.add_row().cells, values, strict=False):
                    cell.text = value
            continue
        _kind, style, runs = block
        paragraph = document.add_paragraph(style=style if style in styles else None)
        for text, bold, italic in runs:
            run = paragraph.add_run(text)
            if bold:
                run.bold = True
            if italic:
                run.italic = True
    document.save(str(path))


# -- REFI-QDA -----------------------------------------------------------------------


def capture_qdpx(path: Path) -> tuple[object, list[tuple[zipfile.ZipInfo, bytes]]]:
    """The parsed project.qde and the archive's other entries (info, bytes)."""
    from lxml import etree

    with zipfile.ZipFile(path) as archive:
        others = [(info, archive.read(info)) for info in archive.infolist()
                  if info.filename != "project.qde"]
        root = etree.fromstring(archive.read("project.qde"),
                                etree.XMLParser(huge_tree=True, remove_blank_text=True))
    return root, others


def lxml_write_qdpx(root, others: list[tuple[zipfile.ZipInfo, bytes]], path: Path) -> None:
    """Rebuild `root` element by element with lxml, serialise it, zip it with `others`."""
    from lxml import etree

    def copy(source, parent):
        element = (etree.Element(source.tag, dict(source.attrib), nsmap=source.nsmap)
                   if parent is None else etree.SubElement(parent, source.tag,
                                                           dict(source.attrib)))
        element.text = source.text
        for child in source:
            if isinstance(child.tag, str):  # elements only (no comments)
                copy(child, element)
        return element

    data = etree.tostring(copy(root, None), xml_declaration=True, encoding="utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("project.qde", data)
        for info, content in others:
            archive.writestr(info.filename, content)


def lxml_read_qdpx(path: Path) -> int:
    """Parse project.qde, visit every element and attribute, read the source texts."""
    from lxml import etree

    seen = 0
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"),
                                etree.XMLParser(huge_tree=True))
        for element in root.iter():
            seen += len(element.attrib.items()) + (1 if element.text else 0)
        for info in archive.infolist():
            if info.filename != "project.qde":
                seen += len(archive.read(info).decode("utf-8"))
    return seen
