"""The coded segments as workbook rows, streamed one source at a time.

`segment_rows(ctx)` walks the export's sources in their list order, reads each
source's text once and its segments in text order (storage's per-source read), and
yields one plain tuple per segment: id, code key, code path, label, framework,
valence, text, source title, technique, participant code, stakeholder group, date,
coder, memo. Only one source's text and segments are in memory at a time, so a
100,000-segment study streams in bounded memory. A segment's participant is its own
speaker, else its source's first linked participant, as in `storage.facts`, and the
group filter keeps exactly the segments the analysis counted. Segments of participants
the export's consent rule leaves out (`exporters.privacy.consent`) are not written. A coded
image region is a row too, before its source's segments: its id is negative
(`storage.region_evidence`) and its text describes it ("[region x,y w×h] of <caption>").
"""

from __future__ import annotations

from collections.abc import Iterator

from exporters.report.labels import parse_date
from exporters.textutil import EXCEL_CELL_LIMIT, needs_cleaning, xml_safe
from storage.region_evidence import regions_of_codes


def coders(project) -> list[str]:
    """Everyone who coded a segment or judged an indicator, sorted."""
    names = {j.author for j in project.evaluation.judgements().values() if j.author}
    names.update(project.segments.coders())  # one query, not every segment read
    return sorted(names, key=str.casefold)


def segment_rows(ctx, every: int = 2000) -> Iterator[tuple]:
    """One tuple per segment of the export (see the module docstring)."""
    labels, pseudo = ctx.labels, ctx.pseudo
    people = {p.id: (p.code, p.group or None, pseudo(ctx.group(p.group)) or None)
              for p in ctx.participants}
    chosen = set(ctx.groups)
    codes = {code.id: (code.key, ctx.code_path(code), ctx.label(code),
                       ctx.framework_of(code) or "")
             for code in ctx.codes if ctx.included(code)}
    memos = _segment_memos(ctx)
    allows = ctx.consent.allows
    total, done = ctx.figures.segment_count, 0
    valence = {v: labels.valence(v) for v in ("supports", "contradicts")}
    nobody = (None, None, None)
    regions: dict[int, list] = {}
    for region in regions_of_codes(ctx.project, codes):
        regions.setdefault(region.ref.source_id, []).append(region)
    for source in ctx.sources:
        segments = ctx.project.segments.for_source(source.id)
        first = source.participant_ids[0] if source.participant_ids else None
        for region in regions.get(source.id, ()):
            person = people.get(first, nobody)
            if (chosen and person[1] not in chosen) or not allows(first):
                continue
            code = codes[region.code_id]
            yield (region.item, code[0], code[1], code[2], code[3],
                   valence.get(region.valence, region.valence),
                   xml_safe(pseudo(labels.region(region.ref)), EXCEL_CELL_LIMIT),
                   pseudo(source.title), labels.technique(source.kind), person[0],
                   person[2], parse_date(source.date), pseudo(region.coder) or None,
                   xml_safe(pseudo(region.memo), EXCEL_CELL_LIMIT) if region.memo else None)
        if not segments:
            continue
        text = ctx.project.sources.text(source.id)
        plain = not pseudo.active and not needs_cleaning(text)
        title, kind = pseudo(source.title), labels.technique(source.kind)
        when = parse_date(source.date)
        for segment in segments:
            code = codes.get(segment.code_id)
            speaker = segment.participant_id or first
            person = people.get(speaker, nobody)
            if code is None or (chosen and person[1] not in chosen) or not allows(speaker):
                continue
            quote = text[segment.start:segment.end]
            if not plain or len(quote) > EXCEL_CELL_LIMIT:
                quote = xml_safe(pseudo(quote), EXCEL_CELL_LIMIT)
            memo = segment.memo
            if segment.id in memos:
                memo = "\n\n".join(m for m in [memo, *memos[segment.id]] if m)
            yield (segment.id, code[0], code[1], code[2], code[3],
                   valence.get(segment.valence, segment.valence), quote, title, kind,
                   person[0], person[2], when, pseudo(segment.coder) or None,
                   xml_safe(pseudo(memo), EXCEL_CELL_LIMIT) if memo else None)
            done += 1
            if done % every == 0:
                ctx.step(done, total, labels["sheet_segments"])


def _segment_memos(ctx) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for memo in ctx.project.memos.list("segment"):
        body = f"{memo.title}: {memo.body}" if memo.title else memo.body
        found.setdefault(memo.target_id, []).append(body)
    return found
