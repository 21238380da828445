"""The full-text index of the sources' text, kept in chunks (migration 0006).

A source's text is indexed as its chunks: runs of whole lines, a chunk ending after a
line that its own content marks as an end (`_ends_chunk`: one line in GROUP_LINES on
average, by a hash, and every very long line), and a chunk longer than MAX_CHUNK cut
further at spaces. Where a chunk ends depends only on the line there, so an edit
changes only the chunks around it: `reindex_splice` re-indexes the run of lines from
after the previous chunk end to the next chunk end after the edit, and only the
chunks whose text changed. A chunk boundary is always a separator for FTS5's
tokenizer (a newline or a space), so every token of the text lies inside one chunk
and "the source contains all these words" is "each word is in some chunk of the
source": the search narrows to exactly the sources the whole-text index found.

`text_chunks` holds (id, source_id, digest) and `text_chunks_fts` the contentless
FTS5 index of the chunks' words (rowid = chunk id). A chunk's id carries its source in
the high bits (`source_id << 32 | n`), so a search learns the sources from the index
alone (`rowid >> 32`) without visiting a row per matching chunk. A contentless index
is told a chunk's words again to delete it; `digest` finds the chunk rows of a text.
The `Action` of `storage.journal` calls these functions for every write of a source,
whether journaled or not, so the index follows inserts, deletes, edits, undo and redo.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections import Counter

GROUP_LINES = 16     # a chunk holds this many lines on average
MAX_CHUNK = 8000     # characters; longer chunks are cut at the last space before this
SOURCE_SHIFT = 32    # chunk id = source id << SOURCE_SHIFT | number within the source
TOKENIZER = "unicode61 remove_diacritics 2"


class WindowTooSmall(Exception):
    """`reindex_splice` needs text beyond the part of the text it was given."""


def _ends_chunk(line: str) -> bool:
    return len(line) >= MAX_CHUNK or zlib.crc32(
        line.encode("utf-8", "surrogatepass")) % GROUP_LINES == 0


def chunks(text: str) -> list[str]:
    """The chunks of `text` (see the module docstring), blank ones left out."""
    found: list[str] = []
    run: list[str] = []
    for line in text.split("\n"):
        run.append(line)
        if _ends_chunk(line):
            found.extend(_cut("\n".join(run)))
            run = []
    if run:
        found.extend(_cut("\n".join(run)))
    return [chunk for chunk in found if chunk and not chunk.isspace()]


def _cut(line: str) -> list[str]:
    """A line in pieces of at most MAX_CHUNK characters where it has spaces to cut at."""
    pieces = []
    while len(line) > MAX_CHUNK:
        cut = line.rfind(" ", 1, MAX_CHUNK)
        if cut < 0:
            cut = line.find(" ", MAX_CHUNK)
            if cut < 0:
                break
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces


def digest(chunk: str) -> int:
    """A 63-bit digest of a chunk (fits an SQLite INTEGER)."""
    raw = hashlib.blake2b(chunk.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(raw, "big") >> 1


def index_source(conn: sqlite3.Connection, source_id: int, text: str) -> None:
    _add(conn, source_id, chunks(text))


def unindex_source(conn: sqlite3.Connection, source_id: int, text: str) -> None:
    _remove(conn, source_id, chunks(text))
    conn.execute("DELETE FROM text_chunks WHERE source_id = ?", [source_id])


def reindex_splice(conn: sqlite3.Connection, source_id: int, old: str, start: int,
                   end: int, inserted: str, *, whole_before: bool = True,
                   whole_after: bool = True) -> None:
    """Follow old[start:end] = inserted: re-index only the chunks it changed.

    `old` may be only a part of the text around the edit: `whole_before` /
    `whole_after` say whether it reaches the text's start / end. `WindowTooSmall` is
    raised when the chunks around the edit go beyond it.
    """
    first = old.rfind("\n", 0, start) + 1
    while first > 0:                       # back to just after the previous chunk end
        previous = old.rfind("\n", 0, first - 1) + 1
        if previous == 0 and not whole_before:
            raise WindowTooSmall           # that line may begin before the window
        if _ends_chunk(old[previous:first - 1]):
            break
        first = previous
    if first == 0 and not whole_before:
        raise WindowTooSmall
    last = old.find("\n", end)
    last = len(old) if last < 0 else last
    while last < len(old):                 # on to a chunk end after the edited lines
        following = old.find("\n", last + 1)
        following = len(old) if following < 0 else following
        line, last = old[last + 1:following], following
        if _ends_chunk(line) and (following < len(old) or whole_after):
            break
    if last == len(old) and not whole_after:
        raise WindowTooSmall
    before = Counter(chunks(old[first:last]))
    after = Counter(chunks(old[first:start] + inserted + old[end:last]))
    _remove(conn, source_id, list((before - after).elements()))
    _add(conn, source_id, list((after - before).elements()))


def _add(conn: sqlite3.Connection, source_id: int, texts: list[str]) -> None:
    if not texts:
        return
    low = source_id << SOURCE_SHIFT
    last = conn.execute("SELECT MAX(id) FROM text_chunks WHERE id BETWEEN ? AND ?",
                        [low, low + (1 << SOURCE_SHIFT) - 1]).fetchone()[0]
    first = (last if last is not None else low) + 1
    numbered = list(enumerate(texts, first))
    conn.executemany("INSERT INTO text_chunks (id, source_id, digest) VALUES (?, ?, ?)",
                     [(i, source_id, digest(t)) for i, t in numbered])
    conn.executemany("INSERT INTO text_chunks_fts (rowid, text) VALUES (?, ?)", numbered)


def _remove(conn: sqlite3.Connection, source_id: int, texts: list[str]) -> None:
    gone: list[tuple[int, str]] = []
    for text, copies in Counter(texts).items():
        ids = conn.execute("SELECT id FROM text_chunks WHERE source_id = ? AND digest = ? "
                           "LIMIT ?", [source_id, digest(text), copies]).fetchall()
        gone.extend((row[0], text) for row in ids)
    if not gone:
        return
    conn.executemany("INSERT INTO text_chunks_fts (text_chunks_fts, rowid, text) "
                     "VALUES ('delete', ?, ?)", gone)
    conn.executemany("DELETE FROM text_chunks WHERE id = ?", [(i,) for i, _ in gone])


def sources_matching_all(matches: list[str]) -> tuple[str, list[str]]:
    """SQL selecting the ids of sources that have, for each MATCH expression, a chunk
    satisfying it; with its parameters."""
    one = (f"SELECT DISTINCT rowid >> {SOURCE_SHIFT} FROM text_chunks_fts "
           "WHERE text_chunks_fts MATCH ?")
    return " INTERSECT ".join([one] * len(matches)), list(matches)


def create_index(conn: sqlite3.Connection) -> None:
    """Create the chunk tables and index every source (the migration's work)."""
    conn.execute("CREATE TABLE text_chunks (id INTEGER PRIMARY KEY, "
                 "source_id INTEGER NOT NULL, digest INTEGER NOT NULL)")
    conn.execute("CREATE INDEX text_chunks_source ON text_chunks(source_id, digest)")
    conn.execute("CREATE VIRTUAL TABLE text_chunks_fts USING fts5("
                 f"text, content='', tokenize='{TOKENIZER}')")
    for source_id, text in conn.execute("SELECT id, text FROM sources").fetchall():
        index_source(conn, source_id, text)
