"""Small text helpers shared by the writers: XML-safe strings and unique headers.

Word and Excel files are XML, which cannot hold most control characters (a form feed
left over from a converted document, for example); `xml_safe` drops them and, for
Excel, cuts a cell at the 32,767 characters a cell can hold. `unique` makes column
headers distinct, as an Excel table requires.
"""

from __future__ import annotations

import re

EXCEL_CELL_LIMIT = 32767
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str | None, limit: int | None = None) -> str:
    """`text` without characters XML forbids, at most `limit` characters long."""
    if not text:
        return ""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "\u2026"
    return text


def needs_cleaning(text: str) -> bool:
    """Does `text` hold a character XML cannot (so its pieces need `xml_safe`)?"""
    return _ILLEGAL.search(text) is not None


def unique(names: list[str]) -> list[str]:
    """The names with later duplicates (ignoring case) numbered: 'X', 'X (2)'."""
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, number = name or "-", 2
        while candidate.casefold() in seen:
            candidate = f"{name} ({number})"
            number += 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


CUT = "(\u2026)"
_SENTENCE_END = ".!?\u2026\"'\u201d\u2019)"


def mark_cuts(text: str, max_words: int | None = None) -> str:
    """A quote with "(…)" where it was cut: before a start inside a sentence (it begins
    with a lowercase letter or a comma), after an end inside one (no closing
    punctuation), and where `max_words` shortens it (at a word boundary)."""
    text = " ".join(text.split())
    if not text:
        return text
    words = text.split(" ")
    shortened = max_words is not None and len(words) > max_words
    if shortened:
        text = " ".join(words[:max_words]).rstrip(",;:")
    first = text.lstrip("\"'\u201c\u2018(")[:1]
    starts_inside = first.islower() or first in ",;:"
    ends_inside = shortened or text[-1] not in _SENTENCE_END
    return f"{CUT} " * starts_inside + text + f" {CUT}" * ends_inside
