"""Replace everything that identifies a participant in any text an export writes.

`Pseudonymizer.for_project(project)` (or `from_participants`) collects the protected
terms: each participant's full name, aliases and every part of either (honorifics
such as Bu/Pak/Mas/Mbak excepted, at least three letters) become the participant's
code; an organisation the researcher marks as identifying (by default those of UMKM
owners and individuals) becomes a neutral label ("UMKM P06"); the study's
always-replace terms become a placeholder. A part shared by two participants cannot
point at one code, so it becomes the placeholder too.

Matching is on a folded view of the text: Unicode compatibility forms (NFKD, accents
dropped), case folded, zero-width and other format characters ignored, whole words only
(a word ends at anything but a letter or digit, so `w-ratna-1` loses `ratna`). The
longest term wins. What is replaced is the original span, so text around a name keeps
its characters, and `rewrite` also maps offsets for exports that carry positions.
`find(text)` names the kind of the first protected term left in a text: the final
scan of a finished file (`exporters.privacy.scan`) uses it. `Pseudonymizer.off()`
returns text unchanged, so exporters can call `pseudo(text)` everywhere.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from storage import messages

_MIN_PART = 3
_HONORIFIC_WORDS = ("bu ibu pak bapak mas mbak bang abang kak kakak dik adik mbok cak ning "
                    "teh kang akang uda uni om tante oma opa bude pakde bulik paklik haji "
                    "hajah hj dr drs ir prof mr mrs ms miss sir")
HONORIFICS = frozenset(_HONORIFIC_WORDS.split())
_BOUNDARY_BEFORE = r"(?<![^\W_])"
_BOUNDARY_AFTER = r"(?![^\W_])"
_SPLIT = re.compile(r"[\s,.;:()/\"'\u2018\u2019\u201c\u201d]+")

NAME, NAME_PART, ALIAS, ORGANISATION, ALWAYS = (  # the kinds a leak is reported by
    messages.TERM_NAME, messages.TERM_NAME_PART, messages.TERM_ALIAS,
    messages.TERM_ORGANISATION, messages.TERM_ALWAYS)


@dataclass(frozen=True)
class Term:
    """One protected term: what to find, what to write instead, and what kind it is."""

    text: str
    replacement: str
    kind: str


_fold_cache: dict[str, str] = {}


def fold_char(char: str) -> str:
    """A character as matching sees it: compatibility form, no accents, case folded;
    format characters (zero-width space/joiners, soft hyphen, BOM) vanish."""
    folded = _fold_cache.get(char)
    if folded is None:
        if unicodedata.category(char) == "Cf":
            folded = ""
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        _fold_cache[char] = folded
    return folded


def fold(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, unless it is plain ASCII, each folded char's original index."""
    if text.isascii():
        return text.lower(), None
    pieces: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        folded = fold_char(char) if not char.isascii() else char.lower()
        pieces.append(folded)
        index.extend([position] * len(folded))
    return "".join(pieces), index


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_fast(text: str) -> str:
    """The folded text alone (no index), quick for long, mostly-ASCII texts."""
    return _NON_ASCII.sub(lambda m: fold_char(m.group()), text).lower()


def _key(text: str) -> str:
    return " ".join(fold(text)[0].split())


class Pseudonymizer:
    """Callable: `pseudo(text)` gives `text` with protected terms replaced (or unchanged)."""

    def __init__(self, terms: Iterable[Term] = ()):
        self._terms: dict[str, Term] = {}
        for term in terms:
            key = _key(term.text)
            if key and key not in self._terms:
                self._terms[key] = term
        keys = sorted(self._terms, key=len, reverse=True)
        body = "|".join(r"\s+".join(re.escape(w) for w in key.split()) for key in keys)
        self._pattern: re.Pattern[str] | None = re.compile(
            _BOUNDARY_BEFORE + "(?:" + body + ")" + _BOUNDARY_AFTER) if keys else None

    @classmethod
    def off(cls) -> Pseudonymizer:
        return cls()

    @classmethod
    def for_project(cls, project, placeholder: str = "[\u2026]",
                    organisation_word: str = "Organisasi") -> Pseudonymizer:
        """Every protected term of `project`: participants and the always-replace list."""
        return cls.from_participants(project.participants.list(), placeholder,
                                     organisation_word, project.privacy.always_replace())

    @classmethod
    def from_participants(cls, participants: Iterable, placeholder: str = "[\u2026]",
                          organisation_word: str = "Organisasi",
                          always_replace: Iterable[str] = ()) -> Pseudonymizer:
        """Names, aliases, their parts and identifying organisations of `participants`."""
        people = list(participants)
        chosen: dict[str, Term] = {}
        parts: dict[str, dict[str, str]] = {}  # folded part -> {code: original}
        for person in people:
            code = person.code
            for text, kind in [(person.name, NAME)] + [(a, ALIAS) for a in person.alias_list]:
                text = " ".join(text.split())
                if text and _key(text) != _key(code):
                    chosen.setdefault(_key(text), Term(text, code, kind))
                for part in _SPLIT.split(text):
                    if _is_name_part(part, code):
                        parts.setdefault(_key(part), {})[code] = part
        for key, owners in parts.items():
            if key not in chosen:
                code = next(iter(owners)) if len(owners) == 1 else placeholder
                chosen[key] = Term(next(iter(owners.values())), code, NAME_PART)
        for person in people:
            if person.organisation.strip() and person.organisation_identifies:
                label = _organisation_label(person, organisation_word)
                for variant in organisation_variants(person.organisation):
                    chosen.setdefault(_key(variant), Term(variant, label, ORGANISATION))
        for term in always_replace:
            if term.strip():
                chosen.setdefault(_key(term), Term(term.strip(), placeholder, ALWAYS))
        return cls(chosen.values())

    @property
    def active(self) -> bool:
        return self._pattern is not None

    @property
    def terms(self) -> list[Term]:
        return list(self._terms.values())

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) of each protected term in `text`, in order."""
        if not text or self._pattern is None:
            return []
        folded, index = fold(text)
        found = []
        for match in self._pattern.finditer(folded):
            start, end = match.span()
            if index is not None:
                start, end = index[start], index[end - 1] + 1
            term = self._terms[" ".join(match.group(0).split())]
            found.append((start, end, term.replacement))
        return found

    def __call__(self, text: str | None) -> str:
        if not text or self._pattern is None:
            return text or ""
        return self.rewrite(text)[0]

    def rewrite(self, text: str) -> tuple[str, Callable[[int, bool], int]]:
        """The replaced text and `position(offset, is_end)` mapping old offsets to new.

        An offset inside a replaced span moves to the replacement's start (a start) or
        end (an end), so a selection never ends up on half a code."""
        spans = self.spans(text)
        if not spans:
            return text, lambda offset, _is_end=False: offset
        pieces, cursor, shift = [], 0, 0
        starts, placed = [], []  # original starts; (start, end, shift before, new length)
        for start, end, replacement in spans:
            pieces += [text[cursor:start], replacement]
            cursor = end
            starts.append(start)
            placed.append((start, end, shift, len(replacement)))
            shift += len(replacement) - (end - start)
        pieces.append(text[cursor:])

        def position(offset: int, is_end: bool = False) -> int:
            at = bisect.bisect_right(starts, offset) - 1
            if at < 0:
                return offset
            start, end, before, length = placed[at]
            if offset >= end:
                return offset + before + length - (end - start)
            if offset == start:
                return start + before
            return start + before + (length if is_end else 0)

        return "".join(pieces), position

    def find(self, text: str) -> Term | None:
        """The first protected term left in `text`, or None."""
        if not text or self._pattern is None:
            return None
        match = self._pattern.search(fold_fast(text))
        return self._terms[" ".join(match.group(0).split())] if match else None


def _is_name_part(part: str, code: str) -> bool:
    key = _key(part)
    return (len(key) >= _MIN_PART and key not in HONORIFICS and key != _key(code)
            and any(c.isalpha() for c in key))


def organisation_variants(organisation: str) -> list[str]:
    """The organisation as written, without a bracketed note, and a bracketed acronym."""
    text = " ".join(organisation.split())
    variants = [text]
    bare = re.sub(r"\s*\([^)]*\)", "", text).strip()
    if bare and bare != text:
        variants.append(bare)
    for inner in re.findall(r"\(([^)]*)\)", text):
        inner = inner.strip()
        if len(inner) >= 3 and inner.isupper() and " " not in inner:
            variants.append(inner)
    return variants


def _organisation_label(person, word: str) -> str:
    """'UMKM P06' for an UMKM owner's business, else 'Organisasi P11'."""
    prefix = "UMKM" if "umkm" in (person.group or "").casefold() else word
    return f"{prefix} {person.code}"
