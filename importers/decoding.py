"""Read text files exactly: UTF-8 (with or without BOM) and UTF-16 with BOM.

Anything else is refused with a message naming the file and the encoding it most likely
is, so that no transcript is ever stored as mojibake. Line endings become `\\n`.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from storage import messages
from storage.errors import ImportFailedError, Message


def read_text_file(path: Path) -> str:
    """The decoded text of `path`; raises ImportFailedError when it cannot be exact."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailedError.of(messages.FILE_UNREADABLE, path=path,
                                   detail=error.strerror) from None
    text = decode_bytes(data, path)
    return normalise_newlines(text)


def decode_bytes(data: bytes, path: Path) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as error:
                raise ImportFailedError.of(
                    messages.TEXT_BAD_BOM, path=path, encoding=encoding.upper(),
                    position=error.start + len(bom)) from None
    if b"\x00" in data:
        raise ImportFailedError.of(messages.TEXT_NOT_TEXT, path=path, guess=guess_encoding(data))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ImportFailedError.of(messages.TEXT_NOT_UTF8, path=path, position=error.start,
                                   guess=guess_encoding(data)) from None


def guess_encoding(data: bytes) -> Message:
    """A human description of the likely encoding of bytes that are not UTF-8."""
    sample = data[:4000]
    if sample.count(b"\x00") > len(sample) // 4:
        even_nuls = sample[0::2].count(b"\x00")
        odd_nuls = sample[1::2].count(b"\x00")
        order = "big-endian" if even_nuls > odd_nuls else "little-endian"
        return Message(messages.GUESS_UTF16, order=order)
    if b"\x00" in sample:
        return Message(messages.GUESS_BINARY)
    high = [b for b in sample if b >= 0x80]
    if high and all(b >= 0xA0 for b in high):
        return Message(messages.GUESS_LATIN1)
    return Message(messages.GUESS_ANSI)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
