"""Undo labels that follow the interface language.

A user action's label is written with `tr()` in the language of the moment ("Tulis
kesimpulan"), and the undo stack keeps it. `key_of(label)` finds the translatable key
behind such a text, in either language: (context, English source, values filled into
its %1, %2...), looked up in the maintained translation file `telaah_id.ts`.
`text_of(key)` gives that key in the current interface language. A label with no key
(core labels, texts not in the .ts) stays as it was written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache, lru_cache

from PySide6.QtCore import QCoreApplication

from gui import i18n

Key = tuple[str, str, tuple[str, ...]]
_PLACEHOLDER = re.compile(r"%(\d)")


@cache
def _index() -> tuple[dict[str, tuple[str, str]], list[tuple[re.Pattern, str, str]]]:
    """Exact texts and patterns (texts with %N) of every message, in both languages."""
    exact: dict[str, tuple[str, str]] = {}
    patterns: list[tuple[re.Pattern, str, str]] = []
    path = i18n.I18N_DIR / "telaah_id.ts"
    if not path.is_file():
        return exact, patterns
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            for text in (source, translation):
                if not text:
                    continue
                if _PLACEHOLDER.search(text):
                    patterns.append((_pattern(text), name, source))
                else:
                    exact.setdefault(text, (name, source))
    return exact, patterns


def _pattern(text: str) -> re.Pattern:
    parts = _PLACEHOLDER.split(text)  # literal, digit, literal, digit...
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<v{part}>.+?)"
                    for i, part in enumerate(parts) if i % 2 == 1 or part)
    try:
        return re.compile(regex + r"\Z", re.DOTALL)
    except re.error:  # the same %N twice: never matches
        return re.compile(r"(?!x)x")


@lru_cache(maxsize=1024)  # a label repeats (each keystroke of an edit is a step)
def key_of(label: str) -> Key | None:
    """The translatable key behind `label`, or None when it has none."""
    exact, patterns = _index()
    if label in exact:
        return (*exact[label], ())
    for pattern, context, source in patterns:
        match = pattern.match(label)
        if match:
            values = tuple(v for _k, v in sorted(match.groupdict().items()))
            return context, source, values
    return None


def text_of(key: Key) -> str:
    context, source, values = key
    return i18n.fill(QCoreApplication.translate(context, source), *values)
