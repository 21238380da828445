"""Measures of team work on the large study: agreement between three coders, and
merging three coders' full copies back.

Set-up (untimed, once per study, kept beside it in `data/team-STEM/`): three copies
are handed out without codings (`storage.handout`), and each coder codes the whole
study: every segment of the study again (new ids, the coder's name), coder A exactly,
coder B with each boundary moved by up to 5 characters, coder C with every tenth
segment left out and every fifth given another code. `team.telaah` is the study with
the three copies merged (the agreement measure reads it).
"""

from __future__ import annotations

import random
import shutil
import uuid
from pathlib import Path

from benchmarks.measures import Context, measure, timed

CODERS = ("A", "B", "C")


def team_folder(context: Context) -> Path:
    folder = context.project.parent / f"team-{context.project.stem}"
    if not (folder / "team.telaah").is_file():
        _build(context, folder)
    return folder


def _build(context: Context, folder: Path) -> None:
    from importers.coder_copies import open_copies
    from storage import Project
    from storage.handout import prepare_copy
    from storage.merge import merge

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    lead_path = folder / "lead.telaah"
    shutil.copy(context.project, lead_path)
    with Project.open(lead_path, coder="Lead", backups_kept=0) as lead:
        segments = lead.segments.all()
        codes = [c.id for c in lead.codes.list()]
        for coder in CODERS:
            prepare_copy(lead, folder / f"{coder}.telaah", coder=coder, without_codings=True)
            _code_everything(folder / f"{coder}.telaah", coder, segments, codes)
    shutil.copy(lead_path, folder / "team.telaah")
    with Project.open(folder / "team.telaah", coder="Lead", backups_kept=0) as team, \
            open_copies(team, [folder / f"{c}.telaah" for c in CODERS]) as copies:
        merge(team, copies.copies)


def _code_everything(path: Path, coder: str, segments, codes: list[int]) -> None:
    from storage import Project
    from storage.segments import NewSegment

    rng = random.Random(f"team-{coder}")
    with Project.open(path, coder=coder, backups_kept=0) as copy:
        lengths = {s.id: len(copy.sources.text(s.id)) for s in copy.sources.list()}
        by_source: dict[int, list[NewSegment]] = {}
        for index, segment in enumerate(segments):
            start, end, code_id = segment.start, segment.end, segment.code_id
            if coder == "B":
                start = max(0, start + rng.randint(-5, 5))
                end = min(lengths[segment.source_id], max(start + 1, end + rng.randint(-5, 5)))
            if coder == "C":
                if index % 10 == 0:
                    continue
                if index % 5 == 0:
                    code_id = rng.choice(codes)
            by_source.setdefault(segment.source_id, []).append(NewSegment(
                code_id, start, end, segment.valence, segment.participant_id, coder, "",
                str(uuid.UUID(int=rng.getrandbits(128), version=4))))
        with copy.action("Code everything", journal=False) as act:
            for source_id, rows in by_source.items():
                copy.segments.insert_many(act, source_id, lengths[source_id], rows)


@measure("agreement", "agreement of 3 coders (kappa, alpha) on the whole study", limit=2.0)
def agreement_three(context: Context) -> dict:
    from analysis.agreement import agreement
    from storage import Project

    folder = team_folder(context)
    project = Project.open(folder / "team.telaah", readonly=True)
    values, report = [], None
    for _ in range(context.runs):
        def work():
            nonlocal report
            report = agreement(project, list(CODERS))

        values.append(timed(work))
    project.close()
    return {"values": values,
            "details": {"kappa A-B": f"{report.pairs[0].overall.kappa:.3f}",
                        "alpha": f"{report.alpha_overall:.3f}",
                        "codes": len(report.alpha_codes)}}


@measure("merge", "merge three coders' full copies of the study", limit=15.0)
def merge_three(context: Context) -> dict:
    from importers.coder_copies import open_copies
    from storage import Project
    from storage.merge import merge

    folder = team_folder(context)
    copies_paths = [folder / f"{c}.telaah" for c in CODERS]
    values, merged = [], 0
    for _ in range(context.runs):
        target = context.scratch_dir() / "lead.telaah"
        shutil.copy(folder / "lead.telaah", target)
        project = Project.open(target, coder="Lead", backups_kept=0)

        def work(project=project):
            nonlocal merged
            with open_copies(project, copies_paths) as copies:
                result = merge(project, copies.copies)
            merged = sum(plan.counts()["segments"] for plan in result.plans)

        values.append(timed(work))
        project.close()
    return {"values": values, "details": {"segments merged": merged}}


def edits_folder(context: Context) -> Path:
    """A copy of the study handed out *with* its codings to their coder, who then
    changed the bounds of 1,000 of them and deleted 1,000 (built once, untimed)."""
    folder = team_folder(context) / "edits"
    if not (folder / "copy.telaah").is_file():
        from storage import Project
        from storage.handout import prepare_copy

        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        shutil.copy(context.project, folder / "lead.telaah")
        with Project.open(folder / "lead.telaah", coder="Lead", backups_kept=0) as lead:
            coder = next(iter(lead.segments.coders()))
            prepare_copy(lead, folder / "copy.telaah", coder=coder)
        with Project.open(folder / "copy.telaah", coder=coder, backups_kept=0) as copy:
            chosen = [s for s in copy.segments.all() if s.coder == coder][::50][:2000]
            with copy.action("Edit codings"):
                for segment in chosen[:1000]:
                    copy.segments.update(segment.id, end=max(segment.start + 1,
                                                             segment.end - 3))
                copy.segments.delete([s.id for s in chosen[1000:]])
    return folder


@measure("merge_edits", "merge a copy handed out with its codings: 1,000 changed, "
         "1,000 deleted")
def merge_edits(context: Context) -> dict:
    from importers.coder_copies import open_copies
    from storage import Project
    from storage.merge import merge

    folder = edits_folder(context)
    values, counts = [], {}
    for _ in range(context.runs):
        target = context.scratch_dir() / "lead.telaah"
        shutil.copy(folder / "lead.telaah", target)
        project = Project.open(target, coder="Lead", backups_kept=0)

        def work(project=project):
            nonlocal counts
            with open_copies(project, [folder / "copy.telaah"]) as copies:
                counts = merge(project, copies.copies).plans[0].counts()

        values.append(timed(work))
        project.close()
    return {"values": values,
            "details": {key: counts[key] for key in ("segment_changes", "segment_deletions",
                                                     "conflicts")}}
