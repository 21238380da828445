"""Consent and pseudonymisation for a REFI-QDA export, applied to the gathered content.

`protect(project, content, pseudonymize)` first applies the export's one consent rule
(`exporters.privacy.consent`): the coded selections of participants who may not be quoted go,
and so do the sources that belong only to them, with the memos on what went. Then,
when pseudonymised, every text the archive carries passes through the project's
pseudonymiser: the study, codes, source titles and fields, participants (a Case is
named by its code, its organisation a neutral label), coders, memos; each source text
is rewritten as it is streamed (`ExportContent.source_text`), with its selections'
offsets moved onto the new text. Memos are written twice (a Note and its
`sources/<guid>.txt`), both from the protected memo. `protect_extras` does the same
for the Telaah extras entry (`telaah-extras.json`), gathered from the protected
content: only kept selections and ties appear in it, and every text in it (study,
verdicts, groups, the network's actors and notes) is pseudonymised.
"""

from __future__ import annotations

from dataclasses import replace

from exporters.privacy.consent import ConsentRule
from exporters.privacy.pseudonymize import Pseudonymizer

_SOURCE_FIELDS = ("title", "place", "interviewer", "event", "observer", "author", "memo",
                  "origin_path", "recording_path")
_CODE_FIELDS = ("label_id", "label_en", "definition_id", "definition_en", "cues")


def protect(project, content, pseudonymize: bool) -> None:
    """Apply consent (always) and pseudonymisation (when asked) to `content`."""
    content.consent = ConsentRule.for_participants(content.participants)
    _apply_consent(content, content.consent)
    content.pseudonymised = pseudonymize
    if pseudonymize:
        word = "Organisation" if content.lang == "en" else "Organisasi"
        pseudo = Pseudonymizer.for_project(project, "[\u2026]", word)
        if pseudo.active:
            content.pseudo = pseudo
            _pseudonymise(content, pseudo)


def _apply_consent(content, consent: ConsentRule) -> None:
    dropped_sources = {s.id for s in content.sources
                       if s.participant_ids and not any(map(consent.allows, s.participant_ids))}
    content.sources = [s for s in content.sources if s.id not in dropped_sources]
    first = {s.id: s.participant_ids[0] if s.participant_ids else None
             for s in content.sources}
    kept_segments: set[int] = set()
    by_participant: dict[int, list[int]] = {}
    for source_id in list(content.segments_by_source):
        if source_id in dropped_sources or source_id not in first:
            del content.segments_by_source[source_id]
            continue
        kept = [s for s in content.segments_by_source[source_id]
                if consent.allows(s.participant_id or first[source_id])]
        content.segments_by_source[source_id] = kept
        for segment in kept:
            kept_segments.add(segment.id)
            if segment.participant_id is not None:
                by_participant.setdefault(segment.participant_id, []).append(segment.id)
    content.segments_of_participant = by_participant
    content.segment_guids = {sid: guid for sid, guid in content.segment_guids.items()
                             if sid in kept_segments}
    content.sources_of_participant = {
        pid: [s for s in ids if s not in dropped_sources]
        for pid, ids in content.sources_of_participant.items()}

    def memo_kept(memo) -> bool:
        target = memo.target_type, memo.target_id
        return not ((target[0] == "source" and target[1] in dropped_sources)
                    or (target[0] == "segment" and target[1] not in kept_segments)
                    or (target[0] == "participant" and not consent.allows(target[1])))

    content.memos = [m for m in content.memos if memo_kept(m)]
    content.memos_by_target = {k: [m for m in v if memo_kept(m)]
                               for k, v in content.memos_by_target.items()}


def _pseudonymise(content, pseudo: Pseudonymizer) -> None:
    study = content.study
    content.study = replace(study, title=pseudo(study.title), notes=pseudo(study.notes),
                            research_questions=pseudo(study.research_questions),
                            site=pseudo(study.site))
    content.codes = [replace(c, **{f: pseudo(getattr(c, f)) for f in _CODE_FIELDS})
                     for c in content.codes]
    content.sources = [replace(s, **{f: pseudo(getattr(s, f)) for f in _SOURCE_FIELDS})
                       for s in content.sources]
    content.participants = [_participant(p, pseudo) for p in content.participants]
    for segments in content.segments_by_source.values():
        for segment in segments:
            segment.memo, segment.coder = pseudo(segment.memo), pseudo(segment.coder)
    for memo in content.memos:
        memo.title, memo.body = pseudo(memo.title), pseudo(memo.body)
        memo.author = pseudo(memo.author)
    content.user_guids = {pseudo(name): guid for name, guid in content.user_guids.items()}
    content.other_users = [(guid, pseudo(name)) for guid, name in content.other_users]


def protect_extras(content, extras):
    """The extras entry as exported: every text in it pseudonymised when the export is
    (GUID keys and numbers untouched)."""
    return extras if content.pseudo is None else _pseudonymise_value(extras, content.pseudo)


def _pseudonymise_value(value, pseudo: Pseudonymizer):
    if isinstance(value, str):
        return pseudo(value)
    if isinstance(value, dict):
        return {key: _pseudonymise_value(item, pseudo) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_pseudonymise_value(item, pseudo) for item in value]
    return value


def _participant(person, pseudo: Pseudonymizer):
    organisation = person.organisation
    if organisation and person.organisation_identifies:
        organisation = pseudo(organisation) if pseudo.find(organisation) else ""
    return replace(person, name=person.code, aliases="", organisation=pseudo(organisation),
                   role=pseudo(person.role), notes=pseudo(person.notes),
                   group=pseudo(person.group))
