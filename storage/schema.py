"""The project file's schema, as numbered migrations.

A project file is upgraded by applying, in order, every migration it has not yet seen
(`sqlite_utils.Migrations` records each one in `_sqlite_migrations`). A migration is
never edited once released: a change to the schema is a new numbered function at the
end. `SCHEMA_VERSION` is the number of migrations this build knows. The migrations of
the data-collection tables (field work, surveys, media) live in
`storage/schema_collection.py`, those of coding work (the network's ties, coders'
copies, the typing log) in `storage/schema_coding.py`; all are registered here in their
numbered place, so this file shows the order of them all.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from storage import schema_coding as coding
from storage import schema_collection as collection
from storage.fulltext import create_index

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


@migrations(name="0006_fts_chunks")
def m0006_fts_chunks(db: Database) -> None:
    """The full-text index by chunks of text (`storage.fulltext`) instead of one entry
    per source, so an edit re-indexes only the lines it touched. Maintained by the
    journal's writes, not by triggers (splitting text into lines needs Python)."""
    for trigger in ("sources_fts_ai", "sources_fts_ad", "sources_fts_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS sources_fts")
    create_index(db.conn)


@migrations(name="0008_privacy")
def m0008_privacy(db: Database) -> None:
    """Privacy choices per participant: whether their organisation identifies them
    (NULL: the default of their stakeholder group) and the researcher's recorded
    override to quote them while consent is pending ("" when none: who and when
    otherwise). A consent date is kept only once consent was given or withdrawn."""
    db.executescript(
        """
        ALTER TABLE participants ADD COLUMN organisation_identifying INTEGER;
        ALTER TABLE participants ADD COLUMN quote_override TEXT NOT NULL DEFAULT '';
        UPDATE participants SET consent_date = NULL
            WHERE consent_status NOT IN ('given', 'withdrawn');
        """
    )

migrations(name="0009_field")(collection.m0009_field)
migrations(name="0010_surveys", transactional=False)(collection.m0010_surveys)


@migrations(name="0011_coders")
def m0011_coders(db: Database) -> None:
    """Team work: a study id that copies keep (to recognise copies of the same study),
    and the record of copies handed out, taken from ('from': the stamp inside a copy)
    and merged back. `details` is JSON: the sources handed out, whether codings were
    left out or names pseudonymised, and the baseline each merge compares against.
    `segments_coder` lets agreement read one coder's segments in order from the index
    alone (`storage.coder_spans`)."""
    db.executescript(
        """
        ALTER TABLE study ADD COLUMN guid TEXT NOT NULL DEFAULT '';
        UPDATE study SET guid = lower(hex(randomblob(16))) WHERE guid = '';
        CREATE TABLE team_copies (
            id INTEGER PRIMARY KEY,
            direction TEXT NOT NULL CHECK (direction IN ('from', 'handed_out', 'merged')),
            copy_guid TEXT NOT NULL,
            coder TEXT NOT NULL DEFAULT '',
            origin_guid TEXT NOT NULL DEFAULT '',
            origin_title TEXT NOT NULL DEFAULT '',
            origin_path TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}',
            at TEXT NOT NULL
        );
        CREATE INDEX team_copies_copy ON team_copies(copy_guid, direction);
        CREATE INDEX segments_coder ON segments(
            coder, source_id, code_id, start_pos, end_pos);
        """
    )


@migrations(name="0012_report")
def m0012_report(db: Database) -> None:
    """Stakeholder groups get an English label and a state/non-state mark; the seeded
    groups of older projects get theirs. The old seeded "Kedutaan/mitra luar negeri"
    keeps its participants and no mark: only the researcher knows whether it held
    Indonesia's own missions (KBRI/KJRI) or foreign partners. A DeSeve study on the
    eight-item (v8) list gets governance item (a), the alias of trust among
    participants (REFERENCE.md 3.1)."""
    from storage.models import SEEDED_GROUPS

    columns = {c.name for c in db["groups"].columns}
    if "label_en" not in columns:
        db.execute("ALTER TABLE groups ADD COLUMN label_en TEXT NOT NULL DEFAULT ''")
    if "is_state" not in columns:
        db.execute("ALTER TABLE groups ADD COLUMN is_state INTEGER "
                   "CHECK (is_state IN (0, 1))")
    known = [(en, None if state is None else int(state), name)
             for name, en, state in SEEDED_GROUPS]
    known.append(("Embassy/foreign partner", None, "Kedutaan/mitra luar negeri"))
    db.conn.executemany("UPDATE groups SET label_en = ?, is_state = ? "
                   "WHERE name = ? AND label_en = ''", known)
    _add_v8_trust_alias(db)


def _add_v8_trust_alias(db: Database) -> None:
    from storage.frameworks import load_framework, nodes_for_variant

    variant = db.execute("SELECT variant FROM study_frameworks "
                         "WHERE framework_id = 'deseve2007'").fetchone()
    alias_id = "deseve2007.governance.mutual_trust"
    if not variant or db.execute("SELECT 1 FROM codes WHERE node_id = ?",
                                 [alias_id]).fetchone():
        return
    nodes = {n.id: n for n in nodes_for_variant(load_framework("deseve2007"), variant[0])}
    parent = db.execute("SELECT id, color FROM codes WHERE node_id = ?",
                        [nodes[alias_id].parent if alias_id in nodes else ""]).fetchone()
    if parent is None:
        return
    from storage.codes import alias_code_row

    db["codes"].insert(alias_code_row(nodes[alias_id], parent[0], parent[1], db.execute(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM codes").fetchone()[0]))


migrations(name="0013_media")(collection.m0013_media)


migrations(name="0014_network")(coding.m0014_network)


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


migrations(name="0017_handout_state")(coding.m0017_handout_state)


migrations(name="0018_typed_text")(coding.m0018_typed_text)


SCHEMA_VERSION = len(migrations._migrations)


def schema_version(db: Database) -> int:
    """How many of our migrations the file has applied."""
    return len(migrations.applied(db))


def pending_count(db: Database) -> int:
    """How many migrations this build would apply to the file."""
    return len(migrations.pending(db))
