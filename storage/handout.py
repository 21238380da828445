"""Hand out a copy of the project to a coder (`handout` command, File → Prepare copy
for a coder…).

`prepare_copy(project, output, coder=, source_ids=, without_codings=, rewrite=)`
copies the project file with SQLite's backup API (encrypted with the project's key
when the project is encrypted, with the project's file permissions), then, in the copy
only: drops the sources not chosen (with their segments and memos), optionally every coding with the
verdicts, conclusions, key quotes and summary texts (for blind double coding), lets
`rewrite(copy)` change the copy (the pseudonymisation of `exporters.privacy.handout`),
and stamps it ('from' in `team_copies`): the study it came from, the coder, and the
baseline a merge compares against (each source's text, each code's labels and parent,
each verdict and summary, as they were when handed out; each coding and memo in
`storage.handout_state`). The codebook is always kept.
The project itself records the copy as 'handed_out' (one small undoable action).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from storage import encryption, messages
from storage.errors import TelaahError, ValidationError
from storage.handout_state import record_state
from storage.team import CopyRecord


@dataclass
class HandoutResult:
    path: Path
    copy_guid: str
    coder: str
    sources: int
    segments: int


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def prepare_copy(project, output: str | Path, *, coder: str,
                 source_ids: list[int] | None = None, without_codings: bool = False,
                 rewrite: Callable | None = None) -> HandoutResult:
    from storage.project import Project
    from storage.stamps import new_guid

    output = Path(output)
    coder = (coder or "").strip()
    if not coder:
        raise ValidationError.of(messages.HANDOUT_NEEDS_CODER)
    if output.exists():
        raise TelaahError.of(messages.PROJECT_EXISTS, path=output)
    if not output.parent.is_dir():
        raise TelaahError.of(messages.FOLDER_MISSING, folder=output.parent)
    if output.resolve() == project.path.resolve():
        raise ValidationError.of(messages.HANDOUT_SAME_FILE, path=output)
    chosen = _chosen_sources(project, source_ids)
    origin_texts = {s.guid: text_hash(project.sources.text(s.id))
                    for s in project.sources.list(with_length=False) if s.id in chosen}
    _copy_file(project, output)
    copy_guid = new_guid()
    try:
        with Project.open(output, coder=coder, backup_now=False, full_check=False,
                          password=project.key) as copy:
            with copy.action("Prepare copy", journal=False) as act:
                _drop_sources(copy, act, chosen)
                if without_codings:
                    _drop_codings(act)
            if rewrite is not None:
                rewrite(copy)
            record = _stamp(project, copy, copy_guid, coder, chosen, origin_texts,
                            without_codings, rewrite is not None)
            with copy.action("Stamp copy", journal=False) as act:
                copy.team.record(act, record)
                record_state(project, copy, act)
            segments = copy.segments.count()
    except BaseException:
        for leftover in (output, Path(f"{output}-wal"), Path(f"{output}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    with project.action(f"Hand out a copy to {coder}") as act:
        project.team.record(act, CopyRecord("handed_out", copy_guid, coder,
                                            details={"path": str(output),
                                                     "sources": record.details["sources"],
                                                     "without_codings": without_codings,
                                                     "pseudonymized": rewrite is not None}))
    return HandoutResult(output, copy_guid, coder, len(chosen), segments)


def _chosen_sources(project, source_ids: list[int] | None) -> set[int]:
    every = {s.id for s in project.sources.list(with_length=False)}
    if source_ids is None:
        return every
    unknown = sorted(set(source_ids) - every)
    if unknown:
        raise ValidationError.of(messages.HANDOUT_UNKNOWN_SOURCE, ids=", ".join(map(str, unknown)))
    return set(source_ids)


def _copy_file(project, output: Path) -> None:
    """The copy is encrypted like the project (the same password opens it) and made
    owner-only from its first byte when the study is confidential."""
    mode = project.privacy.file_mode()
    output.touch(mode=mode, exist_ok=False)
    output.chmod(mode)  # the umask may have taken bits away
    target = encryption.backup_connection(output, project.key)
    try:
        project.db.conn.backup(target)
    finally:
        target.close()


def _drop_sources(copy, act, chosen: set[int]) -> None:
    for source in copy.sources.list(with_length=False):
        if source.id in chosen:
            continue
        segment_ids = [s.id for s in copy.segments.for_source(source.id)]
        copy.segments.delete_rows(act, segment_ids)
        act.delete_where("memos", "target_type = 'source' AND target_id = ?", [source.id])
        act.delete_where("source_participants", "source_id = ?", [source.id])
        act.delete("sources", {"id": source.id})


def _drop_codings(act) -> None:
    """Everything a second coder should not see when coding blind."""
    act.delete_where("key_quotes", "1", [])
    act.delete_where("memos", "target_type = 'segment'", [])
    act.delete_where("segments", "1", [])
    act.delete_where("judgement_history", "1", [])
    act.delete_where("judgements", "1", [])
    act.delete_where("summaries", "1", [])


def _stamp(project, copy, copy_guid: str, coder: str, chosen: set[int],
           origin_texts: dict[str, str], without_codings: bool,
           pseudonymized: bool) -> CopyRecord:
    study = project.study.get()
    return CopyRecord("from", copy_guid, coder, study.guid, study.title, str(project.path),
                      details={"sources": sorted(origin_texts),
                               "without_codings": without_codings,
                               "pseudonymized": pseudonymized,
                               "handout_state": True,
                               "baseline": baseline(copy, origin_texts)})


def baseline(copy, origin_texts: dict[str, str]) -> dict:
    """What the copy held when handed out, for the merge's three-way comparison."""
    codes = copy.codes.list()
    guid_of = {c.id: c.guid for c in codes}
    return {
        "texts": {s.guid: [origin_texts.get(s.guid, ""), text_hash(copy.sources.text(s.id))]
                  for s in copy.sources.list(with_length=False)},
        "codes": {c.guid: [c.label_en, c.label_id, guid_of.get(c.parent_id, "")]
                  for c in codes},
        "verdicts": {guid_of[code_id]: [j.verdict, j.conclusion]
                     for code_id, j in copy.evaluation.judgements().items()
                     if code_id in guid_of},
        "summaries": {summary_key(kind, key, guid_of.get(code_id, "")): text_hash(text)
                      for kind in ("participant", "group")
                      for (key, code_id), text in copy.evaluation.summaries(kind).items()},
    }


def summary_key(row_kind: str, row_key: str, code_guid: str) -> str:
    return f"{row_kind}|{row_key}|{code_guid}"
