"""Translated display names of the fixed values the sources side shows.

Storage keeps language-neutral keys (`interview`, `given`, `primary`); the interface
shows them in the current language. The English names are marked with
`QT_TRANSLATE_NOOP` under the context `Labels` so `tools/update_translations.py`
collects them, and are translated when asked for, so a language switch needs no
rebuilding of these tables.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage.models import CONSENT_STATUSES, TECHNIQUES

_CONTEXT = "Labels"

TECHNIQUE_NAMES = {
    "interview": QT_TRANSLATE_NOOP("Labels", "Interview"),
    "observation": QT_TRANSLATE_NOOP("Labels", "Observation"),
    "document": QT_TRANSLATE_NOOP("Labels", "Document"),
    "survey": QT_TRANSLATE_NOOP("Labels", "Survey"),
}
TECHNIQUE_GROUP_NAMES = {
    "interview": QT_TRANSLATE_NOOP("Labels", "Interviews"),
    "observation": QT_TRANSLATE_NOOP("Labels", "Observations"),
    "document": QT_TRANSLATE_NOOP("Labels", "Documents"),
    "survey": QT_TRANSLATE_NOOP("Labels", "Survey answers"),
}
CONSENT_NAMES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending"),
    "given": QT_TRANSLATE_NOOP("Labels", "Given"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    "not_required": QT_TRANSLATE_NOOP("Labels", "Not required"),
}
DATA_TYPE_NAMES = {
    "primary": QT_TRANSLATE_NOOP("Labels", "Primary data"),
    "secondary": QT_TRANSLATE_NOOP("Labels", "Secondary data"),
}
SOURCE_LANGUAGE_NAMES = {
    "id": QT_TRANSLATE_NOOP("Labels", "Indonesian"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "jv": QT_TRANSLATE_NOOP("Labels", "Javanese"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other language"),
}
# Kinds of document: stored as typed (Indonesian field vocabulary), offered as choices.
DOCUMENT_TYPES = ("MoU", "laporan", "berita", "media sosial", "notulen", "peraturan",
                  "lainnya")
NO_PARTICIPANT = QT_TRANSLATE_NOOP("Labels", "No participant")
NO_GROUP = QT_TRANSLATE_NOOP("Labels", "No stakeholder group")

assert set(TECHNIQUE_NAMES) == set(TECHNIQUES)
assert set(CONSENT_NAMES) == set(CONSENT_STATUSES)


def translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def technique_label(kind: str) -> str:
    return translate(TECHNIQUE_NAMES.get(kind, kind))


def technique_group_label(kind: str) -> str:
    return translate(TECHNIQUE_GROUP_NAMES.get(kind, kind))


def consent_label(status: str) -> str:
    return translate(CONSENT_NAMES.get(status, status))


def data_type_label(value: str) -> str:
    return translate(DATA_TYPE_NAMES.get(value, value))


def source_language_label(code: str) -> str:
    return translate(SOURCE_LANGUAGE_NAMES[code]) if code in SOURCE_LANGUAGE_NAMES else code
