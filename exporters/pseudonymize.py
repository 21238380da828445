"""Replace participants' real names by their codes in any text an export writes.

`Pseudonymizer.from_participants(participants)` builds one regular expression from
every participant's full name, each alias (`Participant.alias_list`) and each part of
a full name that is capitalised and at least three letters long (so "Pak Budi" loses
"Budi" too). Whole words only; names and aliases match in any case and with any
spacing, name parts only as written or in capitals (so the name Bagus does not eat the
word "bagus"); the longest match wins. A name part shared by two participants cannot
point at one code, so it becomes a neutral placeholder. `Pseudonymizer.off()` returns
text unchanged, so exporters can call `pseudo(text)` everywhere without checking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MIN_PART = 3


class Pseudonymizer:
    """Callable: `pseudo(text)` gives `text` with names replaced (or unchanged when off)."""

    def __init__(self, replacements: dict[str, str], exact: dict[str, str] | None = None):
        exact = exact or {}
        self._map = {_key(name): code for name, code in replacements.items()}
        self._exact = dict(exact)
        loose = sorted(replacements, key=len, reverse=True)
        strict = sorted(exact, key=len, reverse=True)
        branches = []
        if loose:
            branches.append("(?i:" + "|".join(_words(name) for name in loose) + ")")
        branches.extend(re.escape(name) for name in strict)
        self._pattern: re.Pattern[str] | None = re.compile(
            r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)") if branches else None

    @classmethod
    def off(cls) -> Pseudonymizer:
        return cls({})

    @classmethod
    def from_participants(cls, participants: Iterable, placeholder: str = "[…]"
                          ) -> Pseudonymizer:
        """Names, aliases and name parts of `participants` (storage Participant records)."""
        whole: dict[str, str] = {}
        parts: dict[str, set[str]] = {}
        for person in participants:
            for name in [person.name, *person.alias_list]:
                name = " ".join(name.split())
                if name and name.casefold() != person.code.casefold():
                    whole.setdefault(name, person.code)
            for part in re.split(r"[\s,.]+", person.name):
                if len(part) >= _MIN_PART and part[:1].isupper():
                    parts.setdefault(part, set()).add(person.code)
        lowered = {_key(name) for name in whole}
        exact: dict[str, str] = {}
        for part, codes in parts.items():
            if _key(part) in lowered:
                continue
            code = next(iter(codes)) if len(codes) == 1 else placeholder
            exact[part] = exact[part.upper()] = code
        return cls(whole, exact)

    @property
    def active(self) -> bool:
        return self._pattern is not None

    def __call__(self, text: str | None) -> str:
        if not text or self._pattern is None:
            return text or ""
        return self._pattern.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        found = match.group(0)
        return self._exact.get(found) or self._map.get(_key(found), found)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _words(name: str) -> str:
    """A pattern for `name` that allows any run of white space between its words."""
    return r"\s+".join(re.escape(word) for word in name.split())
