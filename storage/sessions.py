"""Live field sessions: an interview run from a guide, or an observation protocol.

A session copies the questions it will ask into `session_answers`, so later edits of the
guide never change what was asked. Notes are a draft saved as they are typed
(`save_notes`, one small unjournaled write per keystroke: the notes field has its own
undo, and a crash loses nothing committed); everything else the researcher does in a
session (consent, a question added, skipped or moved, finishing) is one undoable action.
`finish` turns the session into a source whose text holds the questions and answers in
order, each answer coded to its question's indicators; `guide_codings` marks those
segments (by guid) as guide coding, so analysis can tell them from coding while reading.
"""

from __future__ import annotations

from typing import Any

from storage import media, messages
from storage.errors import NotFoundError, ValidationError
from storage.field_models import (
    CONSENT_METHODS,
    FieldSession,
    SessionAnswer,
    decoded,
    encoded,
)
from storage.repository import Repository, moved
from storage.segments import NewSegment
from storage.stamps import new_guid, now

SESSION_FIELDS = ("title", "participant_id", "present", "others_present", "language",
                  "date", "place", "setting")


class SessionRepository(Repository):
    """Start, note, reorder and finish interview and observation sessions."""

    def get(self, session_id: int) -> FieldSession:
        rows = self.rows("SELECT * FROM field_sessions WHERE id = ?", [session_id])
        if not rows:
            raise NotFoundError.of(messages.SESSION_MISSING, id=session_id)
        return FieldSession.from_row(decoded(rows[0]))

    def unfinished(self) -> list[FieldSession]:
        """Sessions started and not finished, latest first (offered for resumption)."""
        return [FieldSession.from_row(decoded(r)) for r in self.rows(
            "SELECT * FROM field_sessions WHERE status = 'open' ORDER BY modified DESC, id DESC")]

    def finished(self) -> list[FieldSession]:
        return [FieldSession.from_row(decoded(r)) for r in self.rows(
            "SELECT * FROM field_sessions WHERE status = 'finished' ORDER BY id")]

    def answers(self, session_id: int) -> list[SessionAnswer]:
        return [SessionAnswer.from_row(decoded(r)) for r in self.rows(
            "SELECT * FROM session_answers WHERE session_id = ? ORDER BY position, id",
            [session_id])]

    def guide_coded_guids(self) -> set[str]:
        """The guids of the segments a finished session coded from its guide."""
        return {r[0] for r in self.db.execute("SELECT segment_guid FROM guide_codings")}

    def answered_by_group(self, guide_id: int | None = None) -> list[tuple[str, str, int]]:
        """(indicator node id, stakeholder group, segments) of the guide coding still in
        the project, from the sessions of `guide_id` (None: every session)."""
        return [tuple(r) for r in self.db.execute(
            "SELECT c.node_id, COALESCE(g.name, ''), COUNT(*) FROM guide_codings gc "
            "JOIN segments s ON s.guid = gc.segment_guid "
            "JOIN codes c ON c.id = s.code_id "
            "JOIN field_sessions f ON f.id = gc.session_id "
            "LEFT JOIN participants p ON p.id = s.participant_id "
            "LEFT JOIN groups g ON g.id = p.group_id "
            "WHERE c.node_id IS NOT NULL AND (? IS NULL OR f.guide_id = ?) "
            "GROUP BY c.node_id, g.name", [guide_id, guide_id])]

    # -- starting ----------------------------------------------------------------------

    def start_interview(self, guide_id: int, participant_id: int, *, group: str | None = None,
                        origin: object = None, **values: Any) -> int:
        """Start an interview with the guide's questions for the participant's group."""
        guide = self.project.guides.get(guide_id)
        participant = self.project.participants.get(participant_id)
        group = participant.group if group is None else group
        questions = guide.for_group(group)
        if not questions:
            raise ValidationError.of(messages.GUIDE_EMPTY, name=guide.name)
        answers = [{"question_id": q.id, "section": q.section,
                    "text_id": q.text("id", group), "text_en": q.text("en", group),
                    "probes": q.probes, "indicators": q.indicators} for q in questions]
        with self.action(f"Start interview with {participant.code}", origin):
            return self._start("interview", answers, guide_id=guide.id, guide_name=guide.name,
                               participant_id=participant_id, **values)

    def start_observation(self, sections: list[dict[str, Any]], origin: object = None,
                          **values: Any) -> int:
        """Start an observation; `sections` are its protocol (`text_id`, `text_en`,
        `probes`, `indicators`), the running notes last."""
        with self.action("Start observation", origin):
            return self._start("observation", sections, **values)

    def _start(self, kind: str, answers: list[dict[str, Any]], **values: Any) -> int:
        unknown = set(values) - set(SESSION_FIELDS) - {"guide_id", "guide_name"}
        if unknown:
            raise ValueError(f"unknown session field(s): {sorted(unknown)}")
        stamp = now()
        with self.action("Start session") as act:
            return self._insert_session(act, kind, answers, stamp, values)

    def _insert_session(self, act, kind: str, answers: list[dict[str, Any]], stamp: str,
                        values: dict[str, Any]) -> int:
        session_id = act.insert("field_sessions", encoded({
            "guid": new_guid(), "kind": kind, "created": stamp, "modified": stamp, **values}))
        for position, answer in enumerate(answers):
            act.insert("session_answers", encoded({
                "session_id": session_id, "position": position,
                **{k: answer.get(k, d) for k, d in _ANSWER_DEFAULTS.items()}}))
        return session_id

    # -- during the session --------------------------------------------------------------

    def save_notes(self, answer_id: int, notes: str, elapsed_ms: int | None = None,
                   origin: object = None) -> None:
        """Store an answer's notes as typed (a draft: not on the undo stack)."""
        with self.project.action("Type session notes", origin, journal=False) as act:
            act.update("session_answers", {"id": answer_id}, {"notes": notes})
            if elapsed_ms is not None:
                session_id = self.scalar(
                    "SELECT session_id FROM session_answers WHERE id = ?", [answer_id])
                act.update("field_sessions", {"id": session_id}, {"elapsed_ms": elapsed_ms})

    def save_clock(self, session_id: int, elapsed_ms: int, position: int | None = None,
                   origin: object = None) -> None:
        """Store the session clock (and the question shown), also a draft."""
        values: dict[str, Any] = {"elapsed_ms": int(elapsed_ms)}
        if position is not None:
            values["current_position"] = position
        with self.project.action("Session clock", origin, journal=False) as act:
            act.update("field_sessions", {"id": session_id}, values)

    def update(self, session_id: int, origin: object = None, **values: Any) -> None:
        """Change the session's details (participant, date, place, setting, who is present)."""
        unknown = set(values) - set(SESSION_FIELDS)
        if unknown:
            raise ValueError(f"unknown session field(s): {sorted(unknown)}")
        with self.action("Edit session", origin) as act:
            act.update("field_sessions", {"id": session_id}, {**encoded(values),
                                                               "modified": now()})

    def set_consent(self, session_id: int, status: str, *, date: str | None = None,
                    method: str = "", note: str = "", origin: object = None) -> None:
        """The consent step: the participant's status and date, how it was given, a note."""
        if method not in ("", *CONSENT_METHODS):
            raise ValidationError.of(messages.CONSENT_METHOD_UNKNOWN,
                                     methods=", ".join(CONSENT_METHODS))
        session = self.get(session_id)
        with self.action("Record consent", origin) as act:
            if session.participant_id is not None:
                self.project.participants.update(session.participant_id,
                                                 consent_status=status, consent_date=date)
            act.update("field_sessions", {"id": session_id}, {
                "consent_method": method, "consent_note": note, "modified": now()})

    def add_answer(self, session_id: int, text_id: str, text_en: str = "", *,
                   position: int | None = None, indicators=(), origin: object = None) -> int:
        """A question asked on the spot, inserted at `position` (default: the end)."""
        if not (text_id.strip() or text_en.strip()):
            raise ValidationError.of(messages.QUESTION_NEEDS_TEXT)
        ids = [a.id for a in self.answers(session_id)]
        position = len(ids) if position is None else max(0, min(position, len(ids)))
        with self.action("Add question asked on the spot", origin) as act:
            answer_id = act.insert("session_answers", encoded({
                "session_id": session_id, "position": len(ids), "text_id": text_id.strip(),
                "text_en": text_en.strip(), "probes": [], "indicators": list(indicators),
                "added": 1}))
            ids.insert(position, answer_id)
            self._write_positions(act, ids)
            return answer_id

    def skip(self, answer_id: int, skipped: bool = True, origin: object = None) -> None:
        label = "Skip question" if skipped else "Ask skipped question"
        with self.action(label, origin) as act:
            act.update("session_answers", {"id": answer_id}, {"skipped": int(skipped)})

    def move_answer(self, answer_id: int, offset: int, origin: object = None) -> None:
        session_id = self.scalar("SELECT session_id FROM session_answers WHERE id = ?",
                                 [answer_id])
        ids = [a.id for a in self.answers(session_id)]
        with self.action("Move question", origin) as act:
            self._write_positions(act, moved(ids, answer_id, offset))

    def _write_positions(self, act, ids: list[int]) -> None:
        for position, answer_id in enumerate(ids):
            act.update("session_answers", {"id": answer_id}, {"position": position})

    def set_recording(self, session_id: int, path: str, sha256: str, duration_ms: int,
                      origin: object = None) -> None:
        with self.action("Attach recording", origin) as act:
            act.update("field_sessions", {"id": session_id}, {
                "recording_path": path, "recording_sha256": sha256,
                "recording_ms": int(duration_ms)})

    def discard(self, session_id: int, origin: object = None) -> None:
        """Delete an unfinished session and its notes (undoable)."""
        with self.action("Discard session", origin) as act:
            act.delete_where("session_answers", "session_id = ?", [session_id])
            act.delete("field_sessions", {"id": session_id})

    # -- finishing -----------------------------------------------------------------------

    def finish(self, session_id: int, origin: object = None) -> int:
        """Make the session's source with its guide coding; returns the source id."""
        from storage.field_transcript import compose

        session = self.get(session_id)
        if session.status == "finished":
            title = self.scalar("SELECT title FROM sources WHERE id = ?", [session.source_id])
            raise ValidationError.of(messages.SESSION_FINISHED, title=title or "?")
        participant = self._participant_of(session)
        answers = [a for a in self.answers(session_id) if not a.skipped]
        if not any(a.notes.strip() for a in answers):
            raise ValidationError.of(messages.SESSION_NO_ANSWERS)
        transcript = compose(session, answers, participant.code if participant else "")
        codes = self._code_ids()
        coder = self.project.require_coder()
        with self.action(f"Finish session {transcript.title}", origin) as act:
            source_id = self.project.sources.add(
                session.kind, transcript.title, transcript.text, **self._source_values(
                    session, participant, coder))
            self._code_answers(act, session, source_id, transcript, codes, coder)
            self._keep_recording(session, source_id, origin)
            act.update("field_sessions", {"id": session_id}, {
                "status": "finished", "source_id": source_id})
        return source_id

    def _participant_of(self, session: FieldSession):
        if session.kind != "interview":
            return None
        if session.participant_id is None:
            raise ValidationError.of(messages.SESSION_NEEDS_PARTICIPANT)
        try:
            return self.project.participants.get(session.participant_id)
        except NotFoundError:
            raise ValidationError.of(messages.SESSION_PARTICIPANT_GONE) from None

    def _source_values(self, session: FieldSession, participant, coder: str) -> dict:
        linked = [participant.id] if participant else [
            pid for pid in session.present if self.scalar(
                "SELECT 1 FROM participants WHERE id = ?", [pid])]
        duration = max(session.elapsed_ms, session.recording_ms)
        values = {"participant_ids": linked, "date": session.date, "place": session.place,
                  "language": session.language, "recording_path": session.recording_path,
                  "duration_minutes": round(duration / 60000) if duration else None,
                  "memo": f"Guide: {session.guide_name}" if session.guide_name else ""}
        if session.kind == "interview":
            values["interviewer"] = coder
        else:
            values.update(observer=coder, event=session.setting)
        return values

    def _keep_recording(self, session: FieldSession, source_id: int, origin) -> None:
        """The session's recording goes with its source like an attached recording (in
        the `media` table, where the Transcription dock finds it); a recording that is
        no longer there leaves only the path on the source."""
        if not session.recording_path:
            return
        path = media.resolve_stored(self.project.path, session.recording_path)
        if path.is_file():
            self.project.media.keep(source_id, path, "recording",
                                    checksum=session.recording_sha256, origin=origin,
                                    duration_ms=session.recording_ms or None)

    def _code_ids(self) -> dict[str, int]:
        return {r[1]: r[0] for r in self.db.execute(
            "SELECT id, node_id FROM codes WHERE node_id IS NOT NULL")}

    def _code_answers(self, act, session, source_id, transcript, codes, coder) -> None:
        segments, marks = [], []
        for answer, (start, end) in transcript.answer_ranges:
            for node_id in dict.fromkeys(answer.indicators):
                if node_id not in codes:
                    continue
                guid = new_guid()
                segments.append(NewSegment(codes[node_id], start, end, "supports",
                                           session.participant_id, coder, "", guid))
                marks.append((guid, session.id, answer.id))
        if not segments:
            return
        self.project.segments.insert_many(act, source_id, len(transcript.text), segments)
        for guid, session_id, answer_id in marks:
            act.insert("guide_codings", {"segment_guid": guid, "session_id": session_id,
                                         "answer_id": answer_id})


_ANSWER_DEFAULTS: dict[str, Any] = {
    "question_id": None, "section": "", "text_id": "", "text_en": "", "probes": [],
    "indicators": [], "notes": "", "skipped": 0, "added": 0}
