"""Extract the text of a Word (.docx) file: paragraphs and tables in document order.

Table rows become lines with cells separated by tabs, so interview grids and
observation sheets keep their reading order. A part declaring a DOCTYPE is refused
(python-docx would silently drop the text after an entity), and malformed XML is
reported as an unreadable .docx, never as an internal error.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from storage import messages
from storage.errors import ImportFailedError


def read_docx(path: Path) -> str:
    """All text of the document body, paragraphs separated by newlines."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    _refuse_doctype(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            XMLSyntaxError, EOFError, zlib.error) as error:
        raise ImportFailedError.of(messages.DOCX_UNREADABLE, path=path, detail=error) from None
    except OSError as error:
        raise ImportFailedError.of(messages.FILE_UNREADABLE, path=path, detail=error) from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    return "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n")


def _refuse_doctype(path: Path) -> None:
    """Refuse a package whose XML parts declare a DOCTYPE (read from their first bytes)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for entry in archive.infolist():
                if entry.filename.endswith((".xml", ".rels")):
                    with archive.open(entry) as stream:
                        if b"<!DOCTYPE" in stream.read(4096).upper():
                            raise ImportFailedError.of(messages.DOCX_DOCTYPE, path=path)
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, NotImplementedError) as error:
        raise ImportFailedError.of(messages.DOCX_UNREADABLE, path=path, detail=error) from None
    except OSError as error:
        raise ImportFailedError.of(messages.FILE_UNREADABLE, path=path, detail=error) from None


def _table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:  # a merged cell repeats
                continue
            previous = cell._tc
            cells.append(cell.text.replace("\n", " "))
        lines.append("\t".join(cells))
    return lines
