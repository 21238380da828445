"""The REFI-QDA exchange format as Telaah speaks it, shared by its importer and exporter.

This holds the two schemas (copies of the REFI consortium's MIT-licensed XSDs), the
namespaces written and the variants accepted, GUID helpers, and Telaah's one extension:
a *trailer*, the last line of a `<Description>`, `[Telaah] {json}`, which carries what
the schema has no place for (a framework node id, the label and definition in the
other language, a segment's valence, the study's frameworks). Other tools show it as
text and keep it; the importer strips it and restores the values exactly. Variable
names used for source and participant metadata are listed here too, with the aliases
accepted on import. Pure Python: no storage, no Qt.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT_XSD = HERE / "Project-mrt2019.xsd"
CODEBOOK_XSD = HERE / "Codebook-mrt2019.xsd"

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
PROJECT_SCHEMA_LOCATION = (
    f"{PROJECT_NS} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd")
CODEBOOK_SCHEMA_LOCATION = (
    f"{CODEBOOK_NS} http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd")
# Accepted on import: the standard names and the variants real tools write
# (`codebook:1:0` from NVivo for Mac, `0:4` from ATLAS.ti), or no namespace at all.
ACCEPTED_NS = re.compile(r"^(urn:QDA-XML:(project|codebook):\d+[.:]\d+)?$", re.IGNORECASE)

GUID_RE = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                     r"[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
RGB_RE = re.compile(r"^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$")
_TELAAH_NS = uuid.UUID("6f1d6a52-3c1e-4a8e-9d57-2b7c1f0e6a11").bytes

TRAILER_MARKER = "[Telaah] "
_TRAILER_SEPARATOR = "\n\n"

# XML 1.0 forbids most control characters and the non-characters U+FFFE/U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# (key, variable name, typeOfVariable): key is the Telaah field.
SOURCE_VARIABLES = (
    ("kind", "Technique", "Text"),
    ("date", "Date", "Date"),
    ("language", "Language", "Text"),
    ("data_type", "Data type", "Text"),
    ("place", "Place", "Text"),
    ("interviewer", "Interviewer", "Text"),
    ("duration_minutes", "Duration (minutes)", "Integer"),
    ("event", "Event", "Text"),
    ("observer", "Observer", "Text"),
    ("author", "Author", "Text"),
    ("doc_type", "Document type", "Text"),
)
# Which participants a source belongs to, as a source variable: QualCoder ignores a
# Case's SourceRefs but reads source variables (attributes). Written, not read back
# (SourceRef carries the link).
PARTICIPANTS_VARIABLE = ("participants", "Participants", "Text")
# The archive entry carrying what REFI-QDA has no place for (see exporters.refi.content).
EXTRAS_ENTRY = "telaah-extras.json"
CASE_VARIABLES = (
    ("group", "Stakeholder group", "Text"),
    ("organisation", "Organisation", "Text"),
    ("role", "Role", "Text"),
)
# Lower-cased variable names accepted on import, per Telaah field.
VARIABLE_ALIASES = {
    "kind": {"technique", "teknik", "data collection technique", "source type"},
    "date": {"date", "tanggal"},
    "language": {"language", "bahasa"},
    "data_type": {"data type", "jenis data"},
    "place": {"place", "tempat", "location", "lokasi"},
    "interviewer": {"interviewer", "pewawancara"},
    "duration_minutes": {"duration (minutes)", "durasi (menit)"},
    "event": {"event", "kegiatan", "acara"},
    "observer": {"observer", "pengamat"},
    "author": {"author", "penulis"},
    "doc_type": {"document type", "jenis dokumen"},
    "group": {"stakeholder group", "kelompok pemangku kepentingan", "group", "kelompok"},
    "organisation": {"organisation", "organization", "organisasi", "instansi"},
    "role": {"role", "peran", "jabatan"},
    "participants": {"participants", "informan"},
}
TECHNIQUE_ALIASES = {
    "interview": "interview", "wawancara": "interview",
    "observation": "observation", "observasi": "observation", "pengamatan": "observation",
    "document": "document", "dokumen": "document",
    "survey": "survey", "survei": "survey", "kuesioner": "survey",
}


LABEL_LANGUAGES = ("id", "en")   # the label a foreign code name goes to, and back


def check_language(label_language: str) -> str:
    """`label_language` if it is one Telaah's codes are labelled in, else ValueError."""
    if label_language not in LABEL_LANGUAGES:
        raise ValueError(f"label_language must be one of {LABEL_LANGUAGES}, "
                         f"not {label_language!r}")
    return label_language


def normalise_guid(value: str | None) -> str | None:
    """A GUID without braces, lower case; None when `value` is not a GUID."""
    match = GUID_RE.match((value or "").strip())
    return match.group(1).lower() if match else None


def stable_guid(*parts: str) -> str:
    """A GUID derived from `parts`: the same input gives the same GUID in every export.

    Laid out like a version-5 UUID (SHA-1 of a Telaah namespace and the parts), built
    directly because `uuid.uuid5` is the slowest step of exporting 100,000 codings.
    """
    digest = hashlib.sha1(_TELAAH_NS + "\x1f".join(parts).encode("utf-8")).hexdigest()
    return (f"{digest[:8]}-{digest[8:12]}-5{digest[13:16]}-"
            f"{'89ab'[int(digest[16], 16) & 3]}{digest[17:20]}-{digest[20:32]}")


def guid_for_export(value: str, *salt: str) -> str:
    """`value` when it is a valid GUID, else one derived from it (and `salt`)."""
    return normalise_guid(value) or stable_guid("guid", value, *salt)


def xml_safe(text: str) -> str:
    """`text` with characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text) if _NOT_XML.search(text) else text


def encode_trailer(body: str, data: dict) -> str:
    """`body` followed by the trailer line carrying `data` (just `body` when empty)."""
    if not data:
        return body
    line = TRAILER_MARKER + json.dumps(data, ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":"))
    return f"{body}{_TRAILER_SEPARATOR}{line}" if body else line


def decode_trailer(text: str | None) -> tuple[str, dict]:
    """Split a Description into its text and the trailer's data ({} when none)."""
    text = text or ""
    if text.startswith(TRAILER_MARKER):
        body, raw = "", text[len(TRAILER_MARKER):]
    else:
        at = text.rfind(_TRAILER_SEPARATOR + TRAILER_MARKER)
        if at < 0:
            return text, {}
        body, raw = text[:at], text[at + len(_TRAILER_SEPARATOR) + len(TRAILER_MARKER):]
    if "\n" in raw.strip():
        return text, {}
    try:
        data = json.loads(raw)
    except ValueError:
        return text, {}
    return (body, data) if isinstance(data, dict) else (text, {})
