"""The project file's schema, as numbered migrations.

A project file is upgraded by applying, in order, every migration it has not yet seen
(`sqlite_utils.Migrations` records each one in `_sqlite_migrations`). A migration is
never edited once released: a change to the schema is a new numbered function at the
end. `SCHEMA_VERSION` is the number of migrations this build knows.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("telaah")


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE study (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL DEFAULT '',
            research_questions TEXT NOT NULL DEFAULT '',
            site TEXT NOT NULL DEFAULT '',
            period_start TEXT,
            period_end TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE study_frameworks (
            framework_id TEXT PRIMARY KEY,
            variant TEXT,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE groups (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            aliases TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            group_id INTEGER REFERENCES groups(id),
            role TEXT NOT NULL DEFAULT '',
            consent_status TEXT NOT NULL DEFAULT 'pending',
            consent_date TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('interview', 'observation', 'document')),
            title TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'id',
            data_type TEXT NOT NULL DEFAULT 'primary'
                CHECK (data_type IN ('primary', 'secondary')),
            date TEXT,
            place TEXT NOT NULL DEFAULT '',
            interviewer TEXT NOT NULL DEFAULT '',
            duration_minutes INTEGER,
            recording_path TEXT NOT NULL DEFAULT '',
            event TEXT NOT NULL DEFAULT '',
            observer TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            doc_type TEXT NOT NULL DEFAULT '',
            memo TEXT NOT NULL DEFAULT '',
            origin_path TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE source_participants (
            source_id INTEGER NOT NULL REFERENCES sources(id),
            participant_id INTEGER NOT NULL REFERENCES participants(id),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (source_id, participant_id)
        );
        CREATE INDEX source_participants_participant ON source_participants(participant_id);
        CREATE TABLE codes (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            parent_id INTEGER REFERENCES codes(id),
            node_id TEXT UNIQUE,
            framework_id TEXT,
            level TEXT NOT NULL DEFAULT 'code',
            label_en TEXT NOT NULL DEFAULT '',
            label_id TEXT NOT NULL DEFAULT '',
            definition_en TEXT NOT NULL DEFAULT '',
            definition_id TEXT NOT NULL DEFAULT '',
            cues TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '#9e9e9e',
            position INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX codes_parent ON codes(parent_id);
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            code_id INTEGER NOT NULL REFERENCES codes(id),
            start_pos INTEGER NOT NULL,
            end_pos INTEGER NOT NULL,
            valence TEXT NOT NULL DEFAULT 'supports'
                CHECK (valence IN ('supports', 'contradicts')),
            participant_id INTEGER REFERENCES participants(id),
            coder TEXT NOT NULL DEFAULT '',
            memo TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            CHECK (start_pos >= 0 AND end_pos > start_pos)
        );
        CREATE INDEX segments_source ON segments(source_id, start_pos);
        CREATE INDEX segments_code ON segments(code_id);
        CREATE TABLE memos (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            target_type TEXT NOT NULL
                CHECK (target_type IN ('study', 'source', 'code', 'segment', 'participant')),
            target_id INTEGER,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX memos_target ON memos(target_type, target_id);
        """
    )


@migrations(name="0002_fulltext")
def m0002_fulltext(db: Database) -> None:
    db.executescript(
        """
        CREATE VIRTUAL TABLE sources_fts USING fts5(
            title, text, content='sources', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO sources_fts(rowid, title, text) SELECT id, title, text FROM sources;
        CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
            INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
            INSERT INTO sources_fts(sources_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER sources_fts_au AFTER UPDATE OF title, text ON sources BEGIN
            INSERT INTO sources_fts(sources_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        """
    )


@migrations(name="0003_evaluation")
def m0003_evaluation(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE verdict_options (
            key TEXT PRIMARY KEY,
            label_en TEXT NOT NULL,
            label_id TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO verdict_options (key, label_en, label_id, position) VALUES
            ('met', 'Met', 'Terpenuhi', 0),
            ('partly_met', 'Partly met', 'Sebagian', 1),
            ('not_optimal', 'Not yet optimal', 'Belum optimal', 2),
            ('not_found', 'Not found', 'Tidak ditemukan', 3);
        CREATE TABLE judgements (
            code_id INTEGER PRIMARY KEY REFERENCES codes(id),
            verdict TEXT REFERENCES verdict_options(key),
            conclusion TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            modified TEXT NOT NULL
        );
        CREATE TABLE judgement_history (
            id INTEGER PRIMARY KEY,
            code_id INTEGER NOT NULL,
            verdict TEXT,
            conclusion TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        );
        CREATE INDEX judgement_history_code ON judgement_history(code_id, at);
        CREATE TABLE key_quotes (
            code_id INTEGER NOT NULL REFERENCES codes(id),
            segment_id INTEGER NOT NULL REFERENCES segments(id),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (code_id, segment_id)
        );
        CREATE TABLE summaries (
            id INTEGER PRIMARY KEY,
            row_kind TEXT NOT NULL CHECK (row_kind IN ('participant', 'group')),
            row_key TEXT NOT NULL DEFAULT '',
            code_id INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            modified TEXT NOT NULL,
            UNIQUE (row_kind, row_key, code_id)
        );
        """
    )


@migrations(name="0004_segments_evidence_index")
def m0004_segments_evidence_index(db: Database) -> None:
    """A covering index for reading the evidence code by code (`storage.facts`,
    `retrieval.CodeCountTracker`): those queries read this index in order, without
    sorting or visiting rows. It starts with code_id, so it also serves every lookup
    `segments_code` served."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS segments_evidence ON segments(
            code_id, valence, source_id, participant_id, start_pos, end_pos);
        DROP INDEX IF EXISTS segments_code;
        """
    )


@migrations(name="0005_sources_order_index")
def m0005_sources_order_index(db: Database) -> None:
    """The list order of sources and their highest position (for adding one) without
    reading every source: a source row holds its whole text before the position."""
    db.executescript(
        "CREATE INDEX IF NOT EXISTS sources_order ON sources(position, title COLLATE NOCASE);"
    )


@migrations(name="0015_refi_fidelity")
def m0015_refi_fidelity(db: Database) -> None:
    """What a REFI-QDA round trip must keep: whether a code can be applied (a code that
    is only a category cannot), and the users of a file with their own GUIDs (users
    who never coded included). Codes without a colour keep '' (shown in a default
    colour, never exported)."""
    db.executescript(
        """
        ALTER TABLE codes ADD COLUMN codable INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE users (
            guid TEXT PRIMARY KEY,
            name TEXT NOT NULL
        );
        """
    )


@migrations(name="0013_media")
def m0013_media(db: Database) -> None:
    """Recordings, images and original files kept with a source (`media`: the bytes
    live in the media folder beside the project, named by checksum), the page each part
    of an imported PDF's text came from (`source_pages`), an image source's caption and
    EXIF details (`image_details`; its description is the source's text), and coded
    rectangles of an image in its pixel coordinates (`image_regions`)."""
    db.executescript(
        """
        CREATE TABLE media (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            role TEXT NOT NULL
                CHECK (role IN ('recording', 'original', 'image', 'page_image')),
            file_name TEXT NOT NULL,
            original_name TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            duration_ms INTEGER,
            width INTEGER,
            height INTEGER,
            position INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        );
        CREATE INDEX media_source ON media(source_id, role, position);
        CREATE TABLE source_pages (
            source_id INTEGER NOT NULL REFERENCES sources(id),
            page INTEGER NOT NULL,
            start_pos INTEGER NOT NULL,
            end_pos INTEGER NOT NULL,
            PRIMARY KEY (source_id, page),
            CHECK (start_pos >= 0 AND end_pos >= start_pos)
        );
        CREATE TABLE image_details (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id),
            caption TEXT NOT NULL DEFAULT '',
            taken TEXT NOT NULL DEFAULT '',
            camera TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE image_regions (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            media_id INTEGER NOT NULL REFERENCES media(id),
            code_id INTEGER NOT NULL REFERENCES codes(id),
            x INTEGER NOT NULL,
            y INTEGER NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            valence TEXT NOT NULL DEFAULT 'supports'
                CHECK (valence IN ('supports', 'contradicts')),
            coder TEXT NOT NULL DEFAULT '',
            memo TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            CHECK (x >= 0 AND y >= 0 AND width > 0 AND height > 0)
        );
        CREATE INDEX image_regions_media ON image_regions(media_id);
        CREATE INDEX image_regions_code ON image_regions(code_id);
        """
    )


SCHEMA_VERSION = len(migrations._migrations)


def schema_version(db: Database) -> int:
    """How many of our migrations the file has applied."""
    return len(migrations.applied(db))


def pending_count(db: Database) -> int:
    """How many migrations this build would apply to the file."""
    return len(migrations.pending(db))
