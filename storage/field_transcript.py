"""The text of a finished field session: questions and answers in order.

`compose` lays out the source text of an interview or observation in the session's
language and returns, for each answer with notes, the code point range its notes
occupy (what the guide coding codes). The question itself stays outside the range, so
a quote is the informant's words as noted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.field_models import FieldSession, SessionAnswer

LABELS = {
    "id": {"interview": "Wawancara", "observation": "Observasi", "guide": "Panduan",
           "date": "Tanggal", "place": "Tempat", "setting": "Situasi",
           "present": "Yang hadir", "added": "pertanyaan tambahan"},
    "en": {"interview": "Interview", "observation": "Observation", "guide": "Guide",
           "date": "Date", "place": "Place", "setting": "Setting",
           "present": "Present", "added": "question added on the spot"},
}


@dataclass
class Transcript:
    title: str
    text: str
    answer_ranges: list[tuple[SessionAnswer, tuple[int, int]]] = field(default_factory=list)


def session_title(session: FieldSession, participant_code: str) -> str:
    """A session's default title: the participant or the place, the guide, the date."""
    if session.title.strip():
        return session.title.strip()
    label = LABELS[_lang(session)][session.kind]
    who = participant_code if session.kind == "interview" else session.place
    parts = [f"{label} {who}".strip(), session.guide_name, session.date or ""]
    return " – ".join(p for p in parts if p)


def compose(session: FieldSession, answers: list[SessionAnswer], participant_code: str,
            present: str = "") -> Transcript:
    """The transcript of `answers` (skipped ones already left out)."""
    lang = _lang(session)
    words = LABELS[lang]
    title = session_title(session, participant_code)
    header = [title]
    for key, value in (("guide", session.guide_name), ("date", session.date),
                       ("place", session.place), ("setting", session.setting),
                       ("present", present or session.others_present)):
        if value:
            header.append(f"{words[key]}: {value}")
    parts: list[str] = ["\n".join(header) + "\n\n"]
    offset = len(parts[0])
    transcript = Transcript(title, "")
    number = 0
    for answer in answers:
        if not answer.notes.strip() and session.kind == "observation":
            continue
        number += 1
        extra = f" ({words['added']})" if answer.added else ""
        question = f"{number}. {answer.text(lang)}{extra}\n"
        notes = answer.notes.strip()
        parts.append(question + notes + "\n\n")
        start = offset + len(question)
        if notes:
            transcript.answer_ranges.append((answer, (start, start + len(notes))))
        offset += len(parts[-1])
    transcript.text = "".join(parts).rstrip("\n") + "\n"
    return transcript


def _lang(session: FieldSession) -> str:
    return "en" if session.language == "en" else "id"
