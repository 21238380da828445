"""Write the corpus of bad inputs in `tests/data/bad/` (issue 12's proof).

`python tools/make_bad_inputs.py [FOLDER]` writes text, Word, `.telaah` and REFI-QDA
files that Telaah must refuse: each with exit status 2, one line on stderr, no
traceback, and the project (or the file itself) unchanged; see
`tests/test_reliability_bad_inputs.py`. Deterministic: the same bytes every run, except
inside files derived from a fresh demo export (its GUIDs and times), so regenerate and
commit when the formats change. Built from the repository's own demo study.
"""

from __future__ import annotations

import codecs
import io
import random
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "data" / "bad"
QDE_NS = "urn:QDA-XML:project:1.0"


def text_inputs() -> dict[str, bytes]:
    words = "Wawancara dengan Bu Sari di kafé tentang kepercayaan antar mitra. "
    return {
        "latin1.txt": (words * 5).encode("latin-1"),
        "cp1252-quotes.txt": "“Kami” – percaya € ".encode("cp1252") * 20,
        "utf16-no-bom.txt": (words * 5).encode("utf-16-le"),
        "utf16be-no-bom.md": (words * 5).encode("utf-16-be"),
        "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "bad-utf8-bom.txt": codecs.BOM_UTF8 + b"abc \xff\xfe def",
        "bad-utf16-bom.txt": codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8",
        "nul-bytes.md": b"catatan\x00lapangan\x00" * 10,
        "truncated-utf8.txt": "kafé".encode()[:-1],
        "shift-jis.txt": "インタビュー記録".encode("shift_jis"),
        "picture.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
        "no-extension": words.encode(),
        "sheet.xlsx": b"PK\x03\x04 not really",
        "notes.rtf": b"{\\rtf1 catatan}",
    }


def _docx_parts() -> dict[str, bytes]:
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Wawancara dengan informan P01.")
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def docx_inputs() -> dict[str, bytes]:
    parts = _docx_parts()
    good = _zip(parts)
    w = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def with_part(name: str, data: bytes | None) -> bytes:
        changed = dict(parts)
        if data is None:
            changed.pop(name)
        else:
            changed[name] = data
        return _zip(changed)

    return {
        "not-a-zip.docx": b"This is a plain text file renamed to .docx\n",
        "empty.docx": b"",
        "truncated.docx": good[: len(good) // 2],
        "only-a-picture.docx": _zip({"media/image1.png": b"\x89PNG"}),
        "malformed-xml.docx": with_part("word/document.xml", b"<w:document " + w
                                        + b"><w:body><w:p>"),
        "doctype-entity.docx": with_part(
            "word/document.xml", b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]>'
            b"<w:document " + w + b"><w:body><w:p><w:r><w:t>a &e; b</w:t></w:r></w:p>"
            b"</w:body></w:document>"),
        "binary-document-part.docx": with_part("word/document.xml", bytes(range(256)) * 4),
        "no-content-types.docx": with_part("[Content_Types].xml", None),
        "no-document-part.docx": with_part("word/document.xml", None),
        "broken-rels.docx": with_part("_rels/.rels", b"<Relationships><oops"),
        "doctype-in-styles.docx": with_part("word/styles.xml", b'<?xml version="1.0"?>'
                                            b'<!DOCTYPE s SYSTEM "http://example.org/s.dtd">'
                                            b"<w:styles " + w + b"/>"),
    }


def telaah_inputs(demo: Path) -> dict[str, bytes]:
    data = demo.read_bytes()
    rng = random.Random(12)
    garbled = bytearray(data)
    for offset in range(4096 * 3, len(garbled), 4096):
        garbled[offset:offset + 64] = bytes(rng.randrange(256) for _ in range(64))
    out = {
        "empty.telaah": b"",
        "text.telaah": b"Bukan basis data, hanya kata-kata.\n" * 50,
        "truncated.telaah": data[: len(data) // 3],
        "header-only.telaah": data[:100],
        "garbled-pages.telaah": bytes(garbled),
        "zip-renamed.telaah": _zip({"project.qde": b"<Project/>"}),
    }
    out.update(_sqlite_variants(demo))
    return out


def _sqlite_variants(demo: Path) -> dict[str, bytes]:
    variants = {
        "foreign-sqlite.telaah": None,
        "missing-table.telaah": "DROP TABLE key_quotes",
        "missing-index.telaah": "DROP INDEX segments_evidence",
        "newer-schema.telaah": "INSERT INTO _sqlite_migrations (migration_set, name, "
                               "applied_at) VALUES ('telaah', '9999_future', 'x')",
        "damaged-text.telaah": "UPDATE memos SET body = CAST(x'41ff42' AS TEXT) WHERE id = 2",
        "no-migrations.telaah": "DROP TABLE _sqlite_migrations",
    }
    out = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, sql in variants.items():
            path = Path(folder) / name
            if sql is None:
                conn = sqlite3.connect(path)
                conn.execute("CREATE TABLE notes (body TEXT)")
            else:
                path.write_bytes(demo.read_bytes())
                conn = sqlite3.connect(path)
                conn.execute(sql)
            conn.commit()
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.close()
            out[name] = path.read_bytes()
    return out


def refi_inputs(qdpx: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(qdpx) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    qde = parts["project.qde"].decode("utf-8")
    first_source = next(n for n in parts if n.startswith("sources/"))

    def with_qde(text: str) -> bytes:
        return _zip({**parts, "project.qde": text.encode("utf-8")})

    start = qde.index("startPosition=")
    bad_positions = qde[:start] + 'startPosition="abc" ' + qde[start:].split(" ", 1)[1]
    end = qde.index('endPosition="')
    outside = qde[:end] + 'endPosition="99999999" ' + qde[end:].split(" ", 1)[1]
    whole = _zip(parts)
    return {
        "not-a-zip.qdpx": b"just words, not an archive",
        "empty.qdpx": b"",
        "truncated.qdpx": whole[: len(whole) // 2],
        "no-project-qde.qdpx": _zip({first_source: parts[first_source]}),
        "doctype.qdpx": with_qde(qde.replace("?>", '?><!DOCTYPE Project [<!ENTITY x "y">]>',
                                             1)),
        "zip-slip.qdpx": _zip({**parts, "../../evil.txt": b"escape"}),
        "wrong-namespace.qdpx": with_qde(qde.replace(QDE_NS, "urn:example:other")),
        "malformed.qdpx": with_qde(qde[: len(qde) // 2]),
        "empty-qde.qdpx": with_qde(""),
        "bad-positions.qdpx": with_qde(bad_positions),
        "selection-outside-text.qdpx": with_qde(outside),
        "root-not-project.qdpx": with_qde('<?xml version="1.0"?><Inventory xmlns="'
                                          + QDE_NS + '"/>'),
        "not-xml.qdc": b"\x00\x01 binary codebook",
        "doctype.qdc": b'<?xml version="1.0"?><!DOCTYPE CodeBook SYSTEM "x.dtd"><CodeBook/>',
        "malformed.qdc": b'<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
                         b"<Codes><Code",
    }


def build(folder: Path = DEFAULT_FOLDER) -> list[str]:
    """Write every bad input into `folder` (emptied of old ones); returns their names."""
    sys.path.insert(0, str(ROOT))
    from exporters.refi import write_qdpx
    from importers.demo import write_demo

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        demo = Path(scratch) / "demo.telaah"
        project = write_demo(demo)
        write_qdpx(project, Path(scratch) / "demo.qdpx")
        project.close()
        inputs = {**text_inputs(), **docx_inputs(), **telaah_inputs(demo),
                  **refi_inputs(Path(scratch) / "demo.qdpx")}
    for old in folder.iterdir():
        if old.is_file() and old.name != "README.md":
            old.unlink()
    for name, data in inputs.items():
        (folder / name).write_bytes(data)
    return sorted(inputs)


if __name__ == "__main__":
    names = build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER)
    sys.stdout.write(f"Wrote {len(names)} bad inputs.\n")
