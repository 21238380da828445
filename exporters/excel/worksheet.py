"""Writing one streamed worksheet as a real Excel table, in openpyxl's write-only mode.

`write_sheet(workbook, key, title, columns, rows)` creates the sheet, sets column
widths, freezes the header row and sets up printing (A4 landscape, fit to the page
width, the header row repeated on every page) before the first row is written
(write-only sheets write their header on the first append), appends the header (bold,
wrapped at spaces, its row tall enough for the longest header) and every row as plain
values, and finally adds an Excel table (`openpyxl.worksheet.table.Table`) over the
written range with its own autofilter. The table name `key` is a fixed identifier in
every language, so structured references (`=SUM(Indicators[...])`) keep working when
the sheet title is translated. Text longer than its column is wrapped through
one reused `WriteOnlyCell` per column carrying the named style `Wrapped`, so no style
object is built per row; dates and numbers are written as real values (openpyxl gives
a `datetime.date` a date number format itself).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, NamedStyle
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from exporters.textutil import EXCEL_CELL_LIMIT, unique, xml_safe

WRAPPED = "Wrapped"
HEADER = "Header"
A4 = "9"  # openpyxl's PAPERSIZE_A4
LINE_HEIGHT = 15  # points per line of a wrapped header
TABLE_STYLE = "TableStyleMedium2"
SHEET_NAME_LIMIT = 31


@dataclass
class ColumnSpec:
    header: str
    width: float = 14
    wrap: bool = False


def add_styles(workbook) -> None:
    """Register the named styles the sheets use (once per workbook)."""
    style = NamedStyle(name=WRAPPED)
    style.font = Font(name="Calibri", size=11, family=2, scheme="minor")  # as plain cells
    style.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.add_named_style(style)
    header = NamedStyle(name=HEADER)
    header.font = Font(name="Calibri", size=11, family=2, scheme="minor", bold=True)
    header.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.add_named_style(header)


def print_setup(sheet) -> None:
    """A4 landscape, fit to one page wide (as many tall as needed), header row on every
    printed page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def header_word_width(header: str) -> float:
    """A column width (characters) that holds the header's longest word in bold."""
    return max((len(w) for w in header.split()), default=0) * 1.15 + 2


def _header_lines(header: str, width: float) -> int:
    """Lines a bold header needs in a column `width` characters wide (wrapping at spaces)."""
    lines, used = 1, 0
    room = max(int(width * 0.9), 1)  # bold text is a little wider
    for word in header.split():
        needed = len(word) + (1 if used else 0)
        if used and used + needed > room:
            lines, used = lines + 1, len(word)
        else:
            used += needed
    return lines


def _text_lines(text: str, width: int) -> int:
    """Lines a wrapped text needs in a column `width` characters wide (an estimate)."""
    room = max(int(width * 1.1), 1)
    return sum(max(-(-len(part) // room), 1) for part in text.split("\n"))


def write_sheet(workbook, key: str, title: str, columns: Sequence[ColumnSpec],
                rows: Iterable[Sequence], freeze: str = "A2", fit_rows: bool = False) -> int:
    """Write `rows` under a header as table `key`; returns the number of data rows.

    `fit_rows` gives rows with wrapped text the height it needs (LibreOffice keeps the
    default height otherwise); the streamed Segments sheet leaves that to Excel."""
    sheet = workbook.create_sheet(_sheet_title(workbook, title))
    headers = unique([xml_safe(c.header) or f"Column{i + 1}" for i, c in enumerate(columns)])
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(
            column.width, header_word_width(headers[index - 1]))
    sheet.freeze_panes = freeze
    print_setup(sheet)
    sheet.row_dimensions[1].height = LINE_HEIGHT * max(
        _header_lines(h, max(c.width, header_word_width(h)))
        for h, c in zip(headers, columns, strict=True))
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, text)
        cell.style = HEADER
        header_cells.append(cell)
    sheet.append(header_cells)
    wrapped = [(i, WriteOnlyCell(sheet), int(c.width)) for i, c in enumerate(columns) if c.wrap]
    for _index, cell, _width in wrapped:
        cell.style = WRAPPED
    count = 0
    if wrapped:
        for row in rows:
            row = list(row)
            lines = 1
            for index, cell, width in wrapped:
                value = row[index]
                if isinstance(value, str) and (len(value) > width or "\n" in value):
                    cell.value = value
                    row[index] = cell
                    if fit_rows:
                        lines = max(lines, _text_lines(value, width))
            if lines > 1:
                sheet.row_dimensions[count + 2].height = min(LINE_HEIGHT * lines, 409)
            sheet.append(row)
            count += 1
    else:
        for row in rows:
            sheet.append(row)
            count += 1
    last_row = count + 1
    if not count:  # an Excel table needs one data row
        sheet.append([None] * len(columns))
        last_row = 2
    _add_table(sheet, key, headers, last_row)
    return count


def _add_table(sheet, key: str, headers: list[str], last_row: int) -> None:
    ref = f"A1:{get_column_letter(len(headers))}{last_row}"
    table = Table(displayName=key, ref=ref)
    table.tableColumns = [TableColumn(id=i, name=name) for i, name in enumerate(headers, 1)]
    table.autoFilter = AutoFilter(ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    with warnings.catch_warnings():  # "add table columns manually": done above
        warnings.simplefilter("ignore", UserWarning)
        sheet.add_table(table)


def _sheet_title(workbook, title: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()[:SHEET_NAME_LIMIT]
    taken = {name.casefold() for name in workbook.sheetnames}
    candidate, number = cleaned or "Sheet", 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate = cleaned[:SHEET_NAME_LIMIT - len(suffix)] + suffix
        number += 1
    return candidate


def cell_text(value: str | None) -> str | None:
    """A string fit for a cell: XML-safe and at most 32,767 characters (None: empty)."""
    return xml_safe(value, EXCEL_CELL_LIMIT) if value else None
