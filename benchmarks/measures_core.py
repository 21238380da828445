"""Measures of the Qt-free core: opening the file, full-text search, the analysis views.

The analysis views are measured cold, as a user opening the view would meet them: each
run reads the evidence anew (`Evidence.load`) and computes the view at the default
level ("indicators") on the project's one connection.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.measures import Context, measure, timed

SEARCH_WORD = "kepercayaan"   # in every source of the generated study
SEARCH_PAGE = 50              # the first page of hits
LEVEL = "indicators"          # the evaluation panel's default level


@measure("open_project", "open the project file (quick check; the backup waits for the "
         "first write)")
def open_project(context: Context) -> dict:
    from storage import Project
    from storage.encryption import derive_key

    values, after_key = [], []
    for _ in range(context.runs):
        project = None

        def work():
            nonlocal project
            project = Project.open(context.project, full_check=False, backups_kept=1,
                                   password=context.password)

        values.append(timed(work))
        project.close()
        if context.password:  # the part that is there by design, timed on its own
            key = timed(lambda: derive_key(context.project, context.password))
            after_key.append(max(values[-1] - key, 0.0))
    if not after_key:
        return {"values": values}
    return {"values": values, "details": {"after the key": statistics.median(after_key)}}


@measure("key_derivation", "derive a project key from a password (PBKDF2, once per open)")
def key_derivation(context: Context) -> dict:
    """The part of opening an encrypted project that is there by design: SQLCipher 4's
    256,000 rounds of PBKDF2-HMAC-SHA512, which make guessing passwords slow."""
    from storage.encryption import derive_key

    values = [timed(lambda: derive_key(context.project, context.password or "x"))
              for _ in range(context.runs)]
    return {"values": values}


@measure("search", f"full-text search '{SEARCH_WORD}', first {SEARCH_PAGE} hits", limit=0.1)
def search_word(context: Context) -> dict:
    from storage.search import search

    project = context.open_readonly()
    values, counts = [], set()
    for _ in range(context.runs):
        hits = None

        def work():
            nonlocal hits
            hits = search(project, SEARCH_WORD, limit=SEARCH_PAGE)

        values.append(timed(work))
        counts.add(len(hits))
    project.close()
    if counts != {SEARCH_PAGE}:
        raise RuntimeError(f"search found {counts} hits, expected {SEARCH_PAGE}")
    return {"values": values}


def _cold_view(context: Context, view) -> dict:
    """Time `view(project, evidence)` after a fresh `Evidence.load`, run by run."""
    from analysis import Evidence

    project = context.open_readonly()
    values, loads = [], []
    for _ in range(context.runs):
        started = time.perf_counter()
        evidence = Evidence.load(project)
        loaded = time.perf_counter()
        result = view(project, evidence)
        values.append(time.perf_counter() - started)
        loads.append(loaded - started)
        if not result:
            raise RuntimeError("the view is empty")
    project.close()
    return {"values": values,
            "details": {"evidence load": statistics.median(loads)}}


@measure("evidence", "read the evidence of every segment (Evidence.load)")
def evidence_load(context: Context) -> dict:
    figures = _cold_view(context, lambda _project, evidence: evidence.segment_count)
    figures.pop("details")
    return figures


@measure("board", "indicator board, cold (with evidence load)", limit=0.3)
def indicator_board(context: Context) -> dict:
    from analysis import board

    return _cold_view(context, lambda project, evidence: board(
        evidence, project.evaluation.judgements(), project.evaluation.all_key_quotes(),
        LEVEL))


@measure("triangulation", "triangulation, cold (with evidence load)", limit=0.3)
def triangulation_view(context: Context) -> dict:
    from analysis import load_rule, triangulation

    return _cold_view(context, lambda project, evidence: triangulation(
        evidence, load_rule(project), LEVEL))


@measure("matrix", "indicator x stakeholder group matrix, cold", limit=0.3)
def group_matrix(context: Context) -> dict:
    from analysis import crosstab

    return _cold_view(context, lambda _project, evidence: crosstab(
        evidence, "stakeholder_group", LEVEL).rows)
