"""The per-item half of planning a merge (see `storage.merge_plan`): which segments,
memos, verdicts and summary texts of a copy come in, and the conflicts among them."""

from __future__ import annotations

from storage.handout import summary_key, text_hash
from storage.segments import CODE, CODER, END, GUID, ID, SOURCE, START


def plan_items(planner) -> None:
    from storage.merge_edits import plan_edits

    plan_edits(planner)
    _segments(planner)
    _memos(planner)
    _verdicts(planner)
    _summaries(planner)


def _segments(planner) -> None:
    ours, result = planner.ours, planner.result
    fallback = planner.copy.coder
    known, code_map, positions = ours.segment_guids, planner.code_map, planner.positions
    withheld = planner.withheld
    for row in planner.their_segments():
        guid = row[GUID]
        if guid in known or guid in withheld:
            continue
        position = positions.get(row[SOURCE])
        start, end = row[START], row[END]
        if position is not None:
            start, end = position(start), position(end, end=True)
        if end <= start or row[CODE] not in code_map:
            result.skipped_segments += 1
            continue
        known.add(guid)
        result.segments.append((row, row[CODER] or fallback, start, end))


def _memos(planner) -> None:
    ours, result = planner.ours, planner.result
    theirs = planner.theirs
    segment_guids = None
    for memo in theirs.memos.list():
        if memo.guid in ours.memo_guids or memo.guid in planner.withheld:
            continue
        target = None
        if memo.target_type == "study":
            target = ""
        elif memo.target_type == "source":
            target = planner.source_map.get(memo.target_id)
        elif memo.target_type == "code":
            target = planner.code_map.get(memo.target_id)
        elif memo.target_type == "participant":
            target = planner.participant_map.get(memo.target_id)
        elif memo.target_type == "segment":
            if segment_guids is None:
                segment_guids = {row[ID]: row[GUID] for row in planner.their_segments()}
            guid = segment_guids.get(memo.target_id)
            target = guid if guid in ours.segment_guids else None
        if target is None:
            result.skipped_memos += 1
            continue
        ours.memo_guids.add(memo.guid)
        result.memos.append((memo, target))


def _verdicts(planner) -> None:
    ours, result = planner.ours, planner.result
    base = planner.copy.baseline.get("verdicts", {})
    has_base = bool(planner.copy.stamp)
    for code_id, judgement in planner.theirs.evaluation.judgements().items():
        guid = planner.code_map.get(code_id)
        if guid is None:
            continue
        theirs = (judgement.verdict, judgement.conclusion)
        mine = ours.verdicts.get(guid)
        old = base.get(guid)
        verdict = planner.three_way(mine, theirs, tuple(old) if old else None,
                                    has_base=has_base)
        if verdict == "conflict" and mine is None:
            verdict = "theirs"
        if verdict == "conflict":
            verdict = planner.decide("verdict", ours.codes[guid].key,
                                     ours.codes[guid].label_en or ours.codes[guid].label_id,
                                     _verdict_text(mine), _verdict_text(theirs))
        if verdict == "theirs":
            ours.verdicts[guid] = theirs
            result.verdicts.append((guid, judgement))


def _summaries(planner) -> None:
    ours, result = planner.ours, planner.result
    base = planner.copy.baseline.get("summaries", {})
    has_base = bool(planner.copy.stamp)
    for kind in ("participant", "group"):
        for (row_key, code_id), text in planner.theirs.evaluation.summaries(kind).items():
            guid = planner.code_map.get(code_id, "") if code_id else ""
            if code_id and not guid:
                continue
            key = summary_key(kind, row_key, guid)
            mine = ours.summaries.get(key)
            verdict = planner.three_way(text_hash(mine) if mine is not None else None,
                                        text_hash(text), base.get(key), has_base=has_base)
            if verdict == "conflict" and not mine:
                verdict = "theirs"
            if verdict == "conflict":
                verdict = planner.decide("summary", key, f"{row_key} / {guid or '-'}",
                                         mine or "", text)
            if verdict == "theirs":
                ours.summaries[key] = text
                result.summaries.append((kind, row_key, guid, text,
                                         planner.copy.coder))


def _verdict_text(value) -> str:
    if value is None:
        return "(not judged)"
    verdict, conclusion = value
    return f"{verdict or '-'}: {conclusion}" if conclusion else (verdict or "-")
