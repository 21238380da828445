"""The project file's schema, as numbered migrations.

A project file is upgraded by applying, in order, every migration it has not yet seen
(`sqlite_utils.Migrations` records each one in `_sqlite_migrations`). A migration is
never edited once released: a change to the schema is a new numbered function at the
end. `SCHEMA_VERSION` is the number of migrations this build knows.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

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

@migrations(name="0009_field")
def m0009_field(db: Database) -> None:
    """Interview guides and live field sessions (issue 14).

    A guide is an ordered list of questions in sections; probes, indicators (framework
    node ids), groups (stakeholder group names) and per-group variant wordings are JSON.
    A session (interview or observation) keeps one row per question asked, whose notes
    are saved as they are typed; finishing makes a source. `guide_codings` names, by
    segment guid, the segments made from a guide's indicators, so analysis can tell
    them from coding done while reading."""
    db.executescript(
        """
        CREATE TABLE guides (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            notes TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE guide_questions (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            guide_id INTEGER NOT NULL REFERENCES guides(id),
            section TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            text_id TEXT NOT NULL DEFAULT '',
            text_en TEXT NOT NULL DEFAULT '',
            probes TEXT NOT NULL DEFAULT '[]',
            indicators TEXT NOT NULL DEFAULT '[]',
            groups TEXT NOT NULL DEFAULT '[]',
            variants TEXT NOT NULL DEFAULT '{}',
            origin TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('bank', 'own')),
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX guide_questions_guide ON guide_questions(guide_id, position);
        CREATE TABLE field_sessions (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('interview', 'observation')),
            title TEXT NOT NULL DEFAULT '',
            guide_id INTEGER,
            guide_name TEXT NOT NULL DEFAULT '',
            participant_id INTEGER,
            present TEXT NOT NULL DEFAULT '[]',
            others_present TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'id',
            date TEXT,
            place TEXT NOT NULL DEFAULT '',
            setting TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished')),
            elapsed_ms INTEGER NOT NULL DEFAULT 0,
            current_position INTEGER NOT NULL DEFAULT 0,
            consent_method TEXT NOT NULL DEFAULT ''
                CHECK (consent_method IN ('', 'written', 'verbal', 'recorded')),
            consent_note TEXT NOT NULL DEFAULT '',
            recording_path TEXT NOT NULL DEFAULT '',
            recording_sha256 TEXT NOT NULL DEFAULT '',
            recording_ms INTEGER NOT NULL DEFAULT 0,
            source_id INTEGER,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX field_sessions_status ON field_sessions(status);
        CREATE TABLE session_answers (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES field_sessions(id),
            position INTEGER NOT NULL DEFAULT 0,
            question_id INTEGER,
            section TEXT NOT NULL DEFAULT '',
            text_id TEXT NOT NULL DEFAULT '',
            text_en TEXT NOT NULL DEFAULT '',
            probes TEXT NOT NULL DEFAULT '[]',
            indicators TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            skipped INTEGER NOT NULL DEFAULT 0,
            added INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX session_answers_session ON session_answers(session_id, position);
        CREATE TABLE guide_codings (
            segment_guid TEXT PRIMARY KEY,
            session_id INTEGER NOT NULL,
            answer_id INTEGER
        );
        """
    )


@migrations(name="0010_surveys", transactional=False)
def m0010_surveys(db: Database) -> None:
    """Questionnaires (XLSForm: forms, questions, choice lists), their responses and
    answers, and `survey` as a fourth technique of sources (the open answers of a
    question made codable). The technique list is a CHECK constraint, so `sources` is
    rebuilt from its own stored definition (whatever columns earlier migrations gave it)
    with SQLite's documented procedure: foreign keys off, copy, swap, indexes and
    triggers re-created, foreign keys checked, all in one transaction."""
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN")
        try:
            _allow_survey_sources(conn)
            for statement in _SURVEY_TABLES.split(";"):
                if statement.strip():
                    conn.execute(statement)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign keys broken by 0010_surveys: {problems[:3]}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _allow_survey_sources(conn) -> None:
    table_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sources'").fetchone()[0]
    if _SOURCE_KINDS_AFTER in table_sql:
        return
    extras = conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'sources' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL").fetchall()
    columns = ", ".join(f"[{row[1]}]" for row in conn.execute("PRAGMA table_info(sources)"))
    new_sql = table_sql.replace(_SOURCE_KINDS_BEFORE, _SOURCE_KINDS_AFTER).replace(
        "CREATE TABLE sources", "CREATE TABLE sources_rebuilt", 1)
    conn.execute(new_sql)
    conn.execute(f"INSERT INTO sources_rebuilt ({columns}) SELECT {columns} FROM sources")
    conn.execute("DROP TABLE sources")
    conn.execute("ALTER TABLE sources_rebuilt RENAME TO sources")
    for (sql,) in extras:
        conn.execute(sql)


# Answers are text: a select's choice name(s) (space-separated for select_multiple),
# a number as written, a date as YYYY-MM-DD. They are kept question by question (the
# primary key starts with the question), so a summary reads one question's answers in
# order and one response's answers are one seek per question of its form. Labels and
# hints are JSON objects keyed by the XLSForm language (e.g. "English (en)", "" for a
# column without language).
_SURVEY_TABLES = """
        CREATE TABLE survey_forms (
            id INTEGER PRIMARY KEY,
            form_id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            version TEXT NOT NULL DEFAULT '',
            default_language TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL DEFAULT '{}',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE survey_questions (
            id INTEGER PRIMARY KEY,
            form_id INTEGER NOT NULL REFERENCES survey_forms(id),
            position INTEGER NOT NULL DEFAULT 0,
            type TEXT NOT NULL,
            list_name TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            labels TEXT NOT NULL DEFAULT '{}',
            hints TEXT NOT NULL DEFAULT '{}',
            required INTEGER NOT NULL DEFAULT 0,
            relevant TEXT NOT NULL DEFAULT '',
            constraint_expr TEXT NOT NULL DEFAULT '',
            constraint_messages TEXT NOT NULL DEFAULT '{}',
            indicators TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX survey_questions_form ON survey_questions(form_id, position);
        CREATE TABLE survey_choices (
            id INTEGER PRIMARY KEY,
            form_id INTEGER NOT NULL REFERENCES survey_forms(id),
            list_name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            labels TEXT NOT NULL DEFAULT '{}',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX survey_choices_form ON survey_choices(form_id, list_name, position);
        CREATE TABLE survey_responses (
            id INTEGER PRIMARY KEY,
            form_id INTEGER NOT NULL REFERENCES survey_forms(id),
            respondent TEXT NOT NULL,
            participant_id INTEGER REFERENCES participants(id),
            complete INTEGER NOT NULL DEFAULT 0,
            submitted TEXT,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            UNIQUE (form_id, respondent)
        );
        CREATE INDEX survey_responses_participant ON survey_responses(participant_id);
        CREATE TABLE survey_answers (
            question_id INTEGER NOT NULL REFERENCES survey_questions(id),
            response_id INTEGER NOT NULL REFERENCES survey_responses(id),
            value TEXT NOT NULL,
            PRIMARY KEY (question_id, response_id)
        ) WITHOUT ROWID;
        CREATE TABLE survey_text_sources (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id),
            question_id INTEGER NOT NULL REFERENCES survey_questions(id)
        );
        """


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


@migrations(name="0014_network")
def m0014_network(db: Database) -> None:
    """The collaboration network: actors (organisations and groups, state or not), the
    kinds of tie, and ties, each evidenced by one coded segment (its passage)."""
    db.executescript(
        """
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            sector TEXT NOT NULL DEFAULT 'non_state'
                CHECK (sector IN ('state', 'non_state')),
            group_id INTEGER REFERENCES groups(id),
            administrative INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            x REAL,
            y REAL,
            position INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE tie_types (
            key TEXT PRIMARY KEY,
            label_en TEXT NOT NULL,
            label_id TEXT NOT NULL,
            directed INTEGER NOT NULL DEFAULT 0,
            code_id INTEGER REFERENCES codes(id),
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE ties (
            id INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL UNIQUE REFERENCES segments(id),
            from_actor INTEGER NOT NULL REFERENCES actors(id),
            to_actor INTEGER NOT NULL REFERENCES actors(id),
            type_key TEXT NOT NULL REFERENCES tie_types(key),
            directed INTEGER NOT NULL DEFAULT 0,
            CHECK (from_actor <> to_actor)
        );
        CREATE INDEX ties_from ON ties(from_actor);
        CREATE INDEX ties_to ON ties(to_actor);
        INSERT INTO tie_types (key, label_en, label_id, directed, position) VALUES
            ('agreement', 'Formal agreement / MoU', 'Perjanjian formal / MoU', 0, 0),
            ('information', 'Information flow', 'Arus informasi', 1, 1),
            ('resources', 'Resources / funding', 'Sumber daya / pendanaan', 1, 2),
            ('joint_activity', 'Joint activity', 'Kegiatan bersama', 0, 3),
            ('conflict', 'Conflict', 'Konflik', 0, 4);
        """
    )
_SOURCE_KINDS_BEFORE = "CHECK (kind IN ('interview', 'observation', 'document'))"
_SOURCE_KINDS_AFTER = "CHECK (kind IN ('interview', 'observation', 'document', 'survey'))"


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


SCHEMA_VERSION = len(migrations._migrations)


def schema_version(db: Database) -> int:
    """How many of our migrations the file has applied."""
    return len(migrations.applied(db))


def pending_count(db: Database) -> int:
    """How many migrations this build would apply to the file."""
    return len(migrations.pending(db))
