"""Measures of field work: notes stored as typed, and finishing a long interview.

Both work on a private copy of the large study (a 65 MB project, so each write pays for
the real file's WAL and indexes), with a guide drafted from the study's frameworks.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.measures import Context, measure, timed

KEYSTROKES = 200            # characters typed per run
ANSWERS = 60                # questions answered in the long interview
ANSWER_CHARS = 1500         # about 90 minutes of notes over 60 answers
SESSION_MS = 90 * 60 * 1000


def _study_with_guide(context: Context, questions: int):
    from storage import Project

    project = Project.open(context.scratch_copy(), full_check=False, backups_kept=0,
                           coder="Benchmark")
    indicators = [c.node_id for c in project.codes.list()
                  if c.node_id and c.level == "indicator"]
    guide_id = project.guides.create("Benchmark guide")
    with project.action("Benchmark questions") as act:
        project.guides.add_questions(act, guide_id, [
            {"text_id": f"Pertanyaan {n + 1}: bagaimana pengalaman Bapak/Ibu?",
             "text_en": f"Question {n + 1}", "section": "bench",
             "indicators": indicators[n % len(indicators):n % len(indicators) + 2]}
            for n in range(questions)])
    participant = project.participants.list()[0].id
    return project, guide_id, participant


@measure("session_keystroke", f"store a keystroke of session notes ({KEYSTROKES} typed, "
         "95th percentile)", limit=0.016)
def session_keystroke(context: Context) -> dict:
    project, guide_id, participant = _study_with_guide(context, 20)
    session_id = project.sessions.start_interview(guide_id, participant)
    answer = project.sessions.answers(session_id)[0]
    values, medians = [], []
    notes = ""
    for _ in range(context.runs):
        times = []
        for n in range(KEYSTROKES):
            notes += "kita percaya "[n % 13]
            times.append(timed(lambda: project.sessions.save_notes(  # noqa: B023
                answer.id, notes, n * 300)))  # noqa: B023
        times.sort()
        values.append(times[int(len(times) * 0.95) - 1])
        medians.append(statistics.median(times))
    stored = project.sessions.answers(session_id)[0].notes
    project.close()
    if stored != notes:
        raise RuntimeError("the notes typed were not all stored")
    return {"values": values, "details": {"median keystroke": statistics.median(medians)}}


@measure("session_finish", f"finish a 90-minute interview with {ANSWERS} answers "
         "(source + guide coding)", limit=0.5)
def session_finish(context: Context) -> dict:
    project, guide_id, participant = _study_with_guide(context, ANSWERS)
    words = ("Kami bekerja sama dengan dinas dan platform sejak awal program, "
             "dan kepercayaan tumbuh pelan-pelan. ")
    values, segments = [], 0
    for _ in range(context.runs):
        session_id = project.sessions.start_interview(guide_id, participant)
        for answer in project.sessions.answers(session_id):
            project.sessions.save_notes(answer.id, (words * 20)[:ANSWER_CHARS])
        project.sessions.save_clock(session_id, SESSION_MS)
        started = time.perf_counter()
        source_id = project.sessions.finish(session_id)
        values.append(time.perf_counter() - started)
        segments = len(project.segments.for_source(source_id))
    project.close()
    if segments < ANSWERS:
        raise RuntimeError(f"only {segments} answers were coded")
    return {"values": values, "details": {"segments coded": segments}}
