"""Generated REFI-QDA files in the conventions of the tools that write them.

No real NVivo, ATLAS.ti, MAXQDA or QualCoder file can be shipped (their samples hold
personal data or have no licence), so these functions write files the way each tool
does: NVivo counts positions in UTF-16 code units (a .NET program), counts CRLF as two
units and leaves the BOM out; ATLAS.ti, MAXQDA and QualCoder count code points. The
text mixes emoji, a flag (two astral characters), combining marks and CRLF so every
convention shows. This module holds no tests of its own.
"""

from __future__ import annotations

import codecs
import uuid
from pathlib import Path

from test_refi_support import maker, write_qdpx

WORDS = ["Kami", "percaya", "pada", "Dinas", "Koperasi", "dan", "KBRI", "Paris",
         "karena", "pelatihan", "e\u0301kspor", "berjalan", "baik"]
DECOR = ["😀", "🇮🇩", "👍🏽", "", "\r\n", ""]


def field_text(words: int = 120) -> str:
    """A transcript-like text with an emoji, a flag or CRLF between many words."""
    parts = []
    for index in range(words):
        parts.append(WORDS[index % len(WORDS)])
        parts.append(" " + DECOR[index % len(DECOR)] + " " if DECOR[index % len(DECOR)]
                     else " ")
    return "".join(parts).strip()


def word_spans(text: str) -> list[tuple[int, int]]:
    """Code point (start, end) of every word of two or more letters."""
    spans, start = [], None
    for index, char in enumerate(text + " "):
        if char.isalnum() or "\u0300" <= char <= "\u036f":
            start = index if start is None else start
        elif start is not None:
            if index - start > 1:
                spans.append((start, index))
            start = None
    return spans


def utf16_offset(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def tool_file(path: Path, text: str, spans: list[tuple[int, int]], *, origin: str,
              unit: str = "codepoints", bom: bool = False) -> Path:
    """A one-source project coded at `spans` (code points), written in `unit`."""
    e = maker()
    code = str(uuid.uuid4()).upper()
    source = str(uuid.uuid4())
    selections = []
    for start, end in spans:
        if unit == "utf16":
            start, end = utf16_offset(text, start), utf16_offset(text, end)
        selections.append(e.PlainTextSelection(
            e.Coding(e.CodeRef(targetGUID=code), guid=str(uuid.uuid4())),
            guid=str(uuid.uuid4()), startPosition=str(start), endPosition=str(end)))
    root = e.Project(
        e.CodeBook(e.Codes(e.Code(guid=code, name="Kepercayaan", isCodable="true"))),
        e.Sources(e.TextSource(*selections, guid=source, name="Transkrip",
                               plainTextPath=f"internal://{source}.txt")),
        name="Tool study", origin=origin)
    data = (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")
    return write_qdpx(path, root, {f"sources/{source}.txt": data})
