"""The kinds of record a `Change` can touch: the domain vocabulary views refresh by.

The GUI never names a table. It asks a `Change` which *kinds* it touched
(`change.affects(Kind.SEGMENTS)`) and for the ids of one kind (`change.ids_of(...)`).
`TABLE_KINDS` is the one place that maps the schema's tables to kinds: a migration
that adds or renames a table adds it here, and `tests/test_change_contract.py` fails
for any table left unmapped.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """A kind of record, as views think of them (not as the schema stores them)."""

    STUDY = "study"                    # title, questions, frameworks chosen, settings
    GROUPS = "groups"                  # stakeholder groups
    PARTICIPANTS = "participants"
    SOURCES = "sources"                # a source's properties (title, kind, date ...)
    SOURCE_TEXT = "source_text"        # a source's text (splices)
    SOURCE_LINKS = "source_links"      # which participants a source belongs to
    CODES = "codes"
    SEGMENTS = "segments"
    MEMOS = "memos"
    VERDICT_OPTIONS = "verdict_options"
    JUDGEMENTS = "judgements"          # verdicts, conclusions and their history
    KEY_QUOTES = "key_quotes"
    SUMMARIES = "summaries"            # summary-grid texts
    MEDIA = "media"                    # recordings, images, original files of a source
    PAGES = "pages"                    # the page each part of a PDF source's text is on
    IMAGES = "images"                  # an image source's caption and EXIF details
    IMAGE_REGIONS = "image_regions"    # coded rectangles of an image
    GUIDES = "guides"                  # interview guides and their questions
    FIELD_SESSIONS = "field_sessions"  # live interview/observation sessions, their notes
    GUIDE_CODINGS = "guide_codings"    # which segments a finished session coded
    NETWORK = "network"                # actors, tie types and ties (with their layout)
    SURVEY_FORMS = "survey_forms"      # questionnaires: settings, questions, choice lists
    SURVEY_RESPONSES = "survey_responses"  # respondents and their answers
    TEAM_COPIES = "team_copies"        # copies handed out to coders and merged back


# What counts as coded evidence (a view of counts or coded passages watches both):
# segments of text and coded image regions (`storage.region_evidence`).
CODED_EVIDENCE: tuple[Kind, ...] = (Kind.SEGMENTS, Kind.IMAGE_REGIONS)

# Every table of the schema and the kind it belongs to. Tables that views never follow
# (full-text index, migration bookkeeping) map to None.
TABLE_KINDS: dict[str, Kind | None] = {
    "study": Kind.STUDY,
    "study_frameworks": Kind.STUDY,
    "settings": Kind.STUDY,
    "groups": Kind.GROUPS,
    "participants": Kind.PARTICIPANTS,
    "sources": Kind.SOURCES,
    "typed_text": Kind.SOURCE_TEXT,
    "source_participants": Kind.SOURCE_LINKS,
    "codes": Kind.CODES,
    "segments": Kind.SEGMENTS,
    "memos": Kind.MEMOS,
    "verdict_options": Kind.VERDICT_OPTIONS,
    "judgements": Kind.JUDGEMENTS,
    "judgement_history": Kind.JUDGEMENTS,
    "key_quotes": Kind.KEY_QUOTES,
    "summaries": Kind.SUMMARIES,
    "guides": Kind.GUIDES,
    "guide_questions": Kind.GUIDES,
    "field_sessions": Kind.FIELD_SESSIONS,
    "session_answers": Kind.FIELD_SESSIONS,
    "guide_codings": Kind.GUIDE_CODINGS,
    "survey_forms": Kind.SURVEY_FORMS,
    "survey_questions": Kind.SURVEY_FORMS,
    "survey_choices": Kind.SURVEY_FORMS,
    "survey_responses": Kind.SURVEY_RESPONSES,
    "survey_answers": Kind.SURVEY_RESPONSES,
    "survey_text_sources": Kind.SOURCES,
    "team_copies": Kind.TEAM_COPIES,
    "handout_state": Kind.TEAM_COPIES,  # a copy's codings and memos as handed out
    "sources_fts": None,
    "users": Kind.STUDY,               # users named in REFI-QDA files (GUID, name)
    "media": Kind.MEDIA,
    "source_pages": Kind.PAGES,
    "image_details": Kind.IMAGES,
    "image_regions": Kind.IMAGE_REGIONS,
    "actors": Kind.NETWORK,
    "tie_types": Kind.NETWORK,
    "ties": Kind.NETWORK,
    "text_chunks": None,
    "text_chunks_fts": None,
    "_sqlite_migrations": None,
}

# Tables whose single-column `id` is the id of the kind's records (for `ids_of`).
ID_TABLES: dict[Kind, str] = {
    Kind.GROUPS: "groups",
    Kind.PARTICIPANTS: "participants",
    Kind.SOURCES: "sources",
    Kind.CODES: "codes",
    Kind.SEGMENTS: "segments",
    Kind.MEMOS: "memos",
    Kind.VERDICT_OPTIONS: "verdict_options",
    Kind.MEDIA: "media",
    Kind.IMAGE_REGIONS: "image_regions",
    Kind.GUIDES: "guides",
    Kind.FIELD_SESSIONS: "field_sessions",
    Kind.SURVEY_FORMS: "survey_forms",
    Kind.SURVEY_RESPONSES: "survey_responses",
    Kind.TEAM_COPIES: "team_copies",
}


def kind_of(table: str) -> Kind | None:
    """The kind a table's rows belong to; an unmapped table is a programming error."""
    try:
        return TABLE_KINDS[table]
    except KeyError:
        raise KeyError(f"table {table!r} is not mapped to a kind in storage/kinds.py") from None
