"""The last check before a pseudonymised export is written: scan the finished file.

`scan_file(path, pseudo)` opens the finished archive (docx, xlsx, qdpx are zip files;
a qdc is one XML file) and looks, with the pseudonymiser's own matching (case, accents,
compatibility forms and zero-width characters ignored), for every protected term in
every entry name, every text node and every attribute value of every XML part and in
every other text entry. Text nodes are read both one by one and run together, so a
name split over two runs of a Word paragraph is found too. A hit raises `ExportError`
naming the term's kind and where it was found, never the term, and the caller
(`exporters.atomic.atomic_output`) then removes the file instead of writing it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from exporters.options import ExportError
from exporters.privacy.pseudonymize import Pseudonymizer
from storage import messages
from storage.errors import Message

_TEXT_SUFFIXES = (".txt", ".csv", ".md", ".html", ".htm", ".json")
_CHUNK = 1 << 20


def scan_file(path: Path, pseudo: Pseudonymizer) -> None:
    """Raise ExportError if a protected term of `pseudo` is anywhere in the file."""
    if not pseudo.active:
        return
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                _check(pseudo, info.filename, "an entry name")
                for text in _entry_texts(archive, info):
                    _check(pseudo, text, info.filename)
        return
    for text in _xml_texts(path.read_bytes()):
        _check(pseudo, text, path.name)


def _check(pseudo: Pseudonymizer, text: str, where: str) -> None:
    term = pseudo.find(text)
    if term is not None:
        raise ExportError.of(messages.PRIVACY_LEAK, kind=Message(term.kind), where=where)


def _entry_texts(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[str]:
    name = info.filename.lower()
    data = archive.read(info)
    if data.lstrip()[:1] == b"<" or name.endswith((".xml", ".rels", ".qde", ".vml")):
        yield from _xml_texts(data)
    elif name.endswith(_TEXT_SUFFIXES) or name.startswith("sources/"):
        text = data.decode("utf-8", errors="replace")
        for start in range(0, len(text), _CHUNK):  # overlapping windows: no term is cut
            yield text[max(0, start - 200):start + _CHUNK]


def _xml_texts(data: bytes) -> Iterator[str]:
    """Each XML text node and attribute value, then all text nodes run together."""
    parser = etree.XMLParser(resolve_entities=False, huge_tree=True, no_network=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        yield data.decode("utf-8", errors="replace")
        return
    joined: list[str] = []
    for element in root.iter():
        yield from element.attrib.values()
        for text in (element.text, element.tail):
            if text and text.strip():
                joined.append(text)
                yield text
    yield "".join(joined)
