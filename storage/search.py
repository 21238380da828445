"""Full-text search over the sources, exact-phrase finding, and auto-coding of hits.

The chunked FTS5 index (`storage.fulltext`) only narrows the sources to look in; the
hits themselves are located in Python on the stored text, so every offset is an exact
Unicode code point offset (end exclusive), as everywhere else in Telaah. The user's
words are never passed to MATCH as syntax: each word is quoted as an FTS5 string, so
quotes, `AND`, `(` or `*` typed by the user cannot break the query. `search` is the
word search of the search panel (case- and accent-insensitive, whole words, `word*`
for a prefix); `find_phrase` is the exact, case-sensitive substring finder behind
auto-coding; `autocode` turns a phrase's hits into segments as one user action
(`project.segments.code_ranges`), shared by the CLI `autocode` command and the GUI's
"Code all hits with…".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage import messages
from storage.errors import ValidationError
from storage.fulltext import sources_matching_all
from storage.progress import Progress, report

if TYPE_CHECKING:
    from storage.project import Project

CONTEXT_CHARS = 60
LARGE_STUDY_CHARS = 2_000_000
# A "word" as FTS5's unicode61 tokenizer sees it: letters and digits (no underscore).
_WORD = re.compile(r"[^\W_]+(\*?)")
_TOKEN = re.compile(r"[^\W_]+")


@dataclass
class Hit:
    """One occurrence found by `search`: text[start:end] of a source, with context."""

    source_id: int
    title: str
    start: int
    end: int
    before: str
    match: str
    after: str


def fts_string(word: str) -> str:
    """`word` as an FTS5 string literal: inside double quotes, quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def query_terms(query: str) -> list[tuple[str, bool]]:
    """The words of a user's query as (word, is_prefix); `word*` asks for a prefix."""
    terms: list[tuple[str, bool]] = []
    for match in _WORD.finditer(query):
        term = (match.group(0).rstrip("*"), bool(match.group(1)))
        if term not in terms:
            terms.append(term)
    return terms


def fts_match(terms: list[tuple[str, bool]]) -> str:
    """A safe MATCH expression over the text column requiring every term."""
    parts = [fts_string(word) + ("*" if prefix else "") for word, prefix in terms]
    return "text : (" + " AND ".join(parts) + ")"


def total_text_length(project: Project) -> int:
    """Characters of text in the whole study (to decide whether to search in background)."""
    row = project.db.execute("SELECT COALESCE(SUM(length(text)), 0) FROM sources").fetchone()
    return int(row[0])


def _kind_clause(kind: str | None) -> tuple[str, list]:
    return (" AND s.kind = ?", [kind]) if kind else ("", [])


def fold(text: str) -> str:
    """Lower case without diacritics, one character per character (offsets survive)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if lowered.isascii():
        return lowered
    table = {}
    for char in set(lowered):
        if ord(char) > 127:
            base = unicodedata.normalize("NFD", char)[0]
            lower = base.lower()
            table[ord(char)] = lower if len(lower) == 1 else base
    return lowered.translate(table)


def search(project: Project, query: str, limit: int = 1000, kind: str | None = None,
           progress: Progress | None = None) -> list[Hit]:
    """Whole-word hits of the query's words in sources containing all of them.

    Case- and accent-insensitive like the index; a word typed as `word*` also finds
    longer words starting with it. Hits are in source order, then text order; at
    most `limit`. `progress` (`storage.progress`) may stop the search: `Cancelled`.
    """
    terms = query_terms(query)
    if not terms or limit <= 0:
        return []
    where, params = _kind_clause(kind)
    matching, match_params = sources_matching_all([fts_match([term]) for term in terms])
    candidates = project.db.execute(
        f"SELECT s.id, s.title FROM sources s WHERE s.id IN ({matching})" + where +
        " ORDER BY s.position, s.title COLLATE NOCASE, s.id",
        [*match_params, *params]).fetchall()
    pattern = _hit_pattern(terms)
    hits: list[Hit] = []
    for done, (source_id, title) in enumerate(candidates):
        report(progress, done, len(candidates), title)
        text = project.sources.text(source_id)
        for found in pattern.finditer(fold(text)):
            start, end = found.span()
            hits.append(Hit(source_id, title, start, end, *context(text, start, end)))
            if len(hits) >= limit:
                return hits
    return hits


def _hit_pattern(terms: list[tuple[str, bool]]) -> re.Pattern:
    words = sorted(terms, key=lambda t: -len(t[0]))
    alternatives = [re.escape(fold(word)) + (r"[^\W_]*" if prefix else "")
                    for word, prefix in words]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])")


def context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """(before, match, after) of text[start:end], the context on one line."""
    before = text[max(0, start - chars):start]
    after = text[end:end + chars]
    return _one_line(before), text[start:end], _one_line(after)


def _one_line(text: str) -> str:
    return " ".join(text.split("\n")).replace("\r", " ").replace("\t", " ")


def _narrowing_matches(phrase: str) -> list[str] | None:
    """MATCHes (one per word) that every source containing `phrase` satisfies, or None
    if none is safe.

    Only words that are whole tokens in every occurrence can be required: those with a
    non-word character of the phrase on both sides. A word at the phrase's end (with
    a non-word character before it) may continue in the text, so it becomes a prefix.
    """
    if any(unicodedata.category(c)[0] == "M" or unicodedata.category(c) == "Co"
           for c in phrase):
        return None  # the tokenizer and Python disagree on these; scan instead
    terms = []
    for token in _TOKEN.finditer(phrase):
        if token.start() == 0:
            continue
        terms.append((token.group(0), token.end() == len(phrase)))
    return [fts_match([term]) for term in terms] if terms else None


def find_phrase(project: Project, phrase: str, kind: str | None = None
                ) -> list[tuple[int, int, int]]:
    """Every exact, case-sensitive occurrence of `phrase` as (source_id, start, end).

    Occurrences are substrings: `percaya` is also found inside `kepercayaan`.
    Overlapping occurrences are not counted twice (the search resumes after each hit).
    """
    if not phrase:
        return []
    where, params = _kind_clause(kind)
    sql = "SELECT s.id, s.text FROM sources s WHERE instr(s.text, ?) > 0" + where
    params = [phrase, *params]
    narrowing = _narrowing_matches(phrase)
    if narrowing is not None:
        matching, match_params = sources_matching_all(narrowing)
        sql += f" AND s.id IN ({matching})"
        params.extend(match_params)
    sql += " ORDER BY s.position, s.title COLLATE NOCASE, s.id"
    found: list[tuple[int, int, int]] = []
    for source_id, text in project.db.execute(sql, params).fetchall():
        at = text.find(phrase)
        while at >= 0:
            found.append((source_id, at, at + len(phrase)))
            at = text.find(phrase, at + len(phrase))
    return found


def phrase_hits(project: Project, phrase: str, kind: str | None = None,
                limit: int | None = None) -> list[Hit]:
    """`find_phrase`'s occurrences as `Hit`s with titles and context (at most `limit`)."""
    found = find_phrase(project, phrase, kind)
    if limit is not None:
        found = found[:limit]
    titles = {s.id: s.title for s in project.sources.list()} if found else {}
    texts: dict[int, str] = {}
    hits = []
    for source_id, start, end in found:
        if source_id not in texts:
            texts = {source_id: project.sources.text(source_id)}
        hits.append(Hit(source_id, titles.get(source_id, ""), start, end,
                        *context(texts[source_id], start, end)))
    return hits


def autocode(project: Project, phrase: str, code_id: int, valence: str = "supports",
             kind: str | None = None, origin: object = None) -> int:
    """Code every exact occurrence of `phrase` with `code_id` as one undoable action."""
    if not phrase or not phrase.strip():
        raise ValidationError.of(messages.PHRASE_EMPTY)
    ranges = find_phrase(project, phrase, kind)
    return project.segments.code_ranges(ranges, code_id, valence, label="Auto-code",
                                        origin=origin)
