"""Settling a disagreement between coders (the disagreement browser).

A disagreement is a stretch [start, end) of one source where some of the compared
coders applied a code and others did not (`analysis.agreement_units`). It is settled
in one undoable action, with a memo on the decision (on the resulting segment, else on
the source), in one of two ways:

- `accept_version(project, source_id, code_id, start, end, chosen, coders, memo)`:
  the chosen coder's version stands: every other compared coder's segments of that
  code touching the stretch are replaced by copies of the chosen coder's (stamped with
  their own name, as agreed after discussion), so the disagreement is gone and the
  agreement figures rise.
- `merge_into_consensus(project, ..., coders, consensus, memo)`: the union of the
  compared coders' segments of that code touching the stretch is coded once by the
  consensus coder (e.g. "Konsensus"); the coders' own segments are kept.
"""

from __future__ import annotations

from storage.errors import ValidationError


def _touching(project, source_id: int, code_id: int, start: int, end: int, coder: str):
    return [s for s in project.segments.for_source(source_id)
            if s.code_id == code_id and s.coder == coder and s.start < end and s.end > start]


def _memo(project, source_id: int, segment_id: int | None, title: str, memo: str) -> None:
    if not memo.strip():
        return
    if segment_id is not None:
        project.memos.add("segment", segment_id, title, memo)
    else:
        project.memos.add("source", source_id, title, memo)


def accept_version(project, source_id: int, code_id: int, start: int, end: int, *,
                   chosen: str, coders: list[str], memo: str = "") -> None:
    """Within [start, end), every other compared coder's coding of the code becomes
    what `chosen` coded there: added where only `chosen` coded, cut out where `chosen`
    did not (a segment reaching past the stretch keeps its outer parts)."""
    if chosen not in coders:
        raise ValidationError(f"'{chosen}' is not one of the coders compared.")
    wanted = bool(_touching(project, source_id, code_id, start, end, chosen))
    code = project.codes.get(code_id)
    title = f"Accepted {chosen}'s coding of {code.label_en or code.label_id}"
    with project.action(f"Accept {chosen}'s version"):
        target = None
        for coder in coders:
            if coder == chosen:
                continue
            if wanted:
                target = _add_stretch(project, source_id, code_id, start, end, coder)
            else:
                _cut_stretch(project, source_id, code_id, start, end, coder)
        kept = _touching(project, source_id, code_id, start, end, chosen)
        _memo(project, source_id, kept[0].id if kept else target, title, memo)


def _add_stretch(project, source_id, code_id, start, end, coder) -> int:
    """Code [start, end) for `coder`, joined with their segments that touch it."""
    near = [s for s in project.segments.for_source(source_id)
            if s.code_id == code_id and s.coder == coder and s.start <= end and s.end >= start]
    if not near:
        return project.segments.add(source_id, code_id, start, end, coder=coder)
    low = min([start, *(s.start for s in near)])
    high = max([end, *(s.end for s in near)])
    project.segments.update(near[0].id, start=low, end=high)
    project.segments.delete([s.id for s in near[1:]])
    return near[0].id


def _cut_stretch(project, source_id, code_id, start, end, coder) -> None:
    for segment in _touching(project, source_id, code_id, start, end, coder):
        before = (segment.start, start) if segment.start < start else None
        after = (end, segment.end) if segment.end > end else None
        if before and after:
            project.segments.update(segment.id, start=before[0], end=before[1])
            project.segments.add(source_id, code_id, after[0], after[1], coder=coder,
                                 valence=segment.valence,
                                 participant_id=segment.participant_id)
        elif before or after:
            low, high = before or after
            project.segments.update(segment.id, start=low, end=high)
        else:
            project.segments.delete(segment.id)


def merge_into_consensus(project, source_id: int, code_id: int, start: int, end: int, *,
                         coders: list[str], consensus: str, memo: str = "") -> int:
    """Returns the consensus segment's id."""
    consensus = consensus.strip()
    if not consensus or consensus in coders:
        raise ValidationError("The consensus coder needs a name of its own.")
    spans = [s for coder in coders
             for s in _touching(project, source_id, code_id, start, end, coder)]
    if not spans:
        raise ValidationError("No coder applied this code here; nothing to merge.")
    low, high = min(s.start for s in spans), max(s.end for s in spans)
    code = project.codes.get(code_id)
    with project.action("Merge into consensus"):
        old = _touching(project, source_id, code_id, low, high, consensus)
        low = min([low, *(s.start for s in old)])
        high = max([high, *(s.end for s in old)])
        project.segments.delete([s.id for s in old])
        segment_id = project.segments.add(source_id, code_id, low, high,
                                          valence=spans[0].valence, coder=consensus,
                                          participant_id=spans[0].participant_id)
        _memo(project, source_id, segment_id,
              f"Consensus on {code.label_en or code.label_id} ({', '.join(coders)})", memo)
    return segment_id
