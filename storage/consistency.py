"""Consistency checks beyond SQLite's own: every reference and offset makes sense.

Used by `python main.py check` and by tests after imports and edits. Each problem is a
sentence naming the record at fault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.project import Project

_CHECKS = (
    # each text's length once (not once per segment: 100,000 segments over 30 M chars)
    ("WITH lengths AS MATERIALIZED (SELECT id, length(text) AS n FROM sources) "
     "SELECT s.id, s.start_pos, s.end_pos, lengths.n FROM segments s "
     "JOIN lengths ON lengths.id = s.source_id WHERE s.end_pos > lengths.n "
     "OR s.start_pos < 0 OR s.end_pos <= s.start_pos",
     "Segment {0} has offsets {1}-{2} outside its source text (length {3})."),
    ("SELECT id, source_id FROM segments WHERE source_id NOT IN (SELECT id FROM sources)",
     "Segment {0} belongs to source {1}, which does not exist."),
    ("SELECT id, code_id FROM segments WHERE code_id NOT IN (SELECT id FROM codes)",
     "Segment {0} uses code {1}, which does not exist."),
    ("SELECT id, parent_id FROM codes WHERE parent_id IS NOT NULL "
     "AND parent_id NOT IN (SELECT id FROM codes)",
     "Code {0} has parent {1}, which does not exist."),
    ("SELECT id, target_type, target_id FROM memos WHERE "
     "(target_type = 'source' AND target_id NOT IN (SELECT id FROM sources)) OR "
     "(target_type = 'code' AND target_id NOT IN (SELECT id FROM codes)) OR "
     "(target_type = 'segment' AND target_id NOT IN (SELECT id FROM segments)) OR "
     "(target_type = 'participant' AND target_id NOT IN (SELECT id FROM participants))",
     "Memo {0} is attached to {1} {2}, which does not exist."),
    ("SELECT source_id, participant_id FROM source_participants WHERE "
     "participant_id NOT IN (SELECT id FROM participants) "
     "OR source_id NOT IN (SELECT id FROM sources)",
     "Source {0} is linked to participant {1}, but one of them does not exist."),
    ("SELECT code_id, segment_id FROM key_quotes WHERE segment_id NOT IN "
     "(SELECT id FROM segments)",
     "Key quote of code {0} names segment {1}, which does not exist."),
)


def consistency_problems(project: Project) -> list[str]:
    problems: list[str] = []
    for sql, message in _CHECKS:
        for row in project.db.execute(sql).fetchall():
            problems.append(message.format(*row))
    problems.extend(_cycle_problems(project))
    problems.extend(project.media.problems())
    return problems


def _cycle_problems(project: Project) -> list[str]:
    return [f"Code {code_id} is its own ancestor (a cycle in the codebook)."
            for code_id in project.codes.tree().cycles()]
