"""Inter-coder agreement between two or more coders, per code and overall.

`agreement(project, coders, unit=, overlap=, code_ids=)` returns an `AgreementReport`
computed on the sources every coder coded (`storage.coder_spans`):

- unit "char" (as NVivo reports it): for each pair of coders and each code, every
  character of the shared sources is coded by both, one or neither; percent agreement
  and Cohen's kappa. Overall: the (code, character) units of all codes pooled.
- unit "segment" (as MAXQDA reports it): a segment agrees when the other coder has one
  of the same code overlapping it by at least `overlap` (intersection over union);
  percent = agreed pairs / (pairs + unmatched segments of either coder), and Brennan &
  Prediger's kappa with chance 1/q, q the number of codes compared.
- Krippendorff's alpha across all the coders (as ATLAS.ti reports it), on characters:
  binary per code, nominal across the codes of each framework dimension, and binary
  with all codes pooled for the overall figure.

Every table carries its unit and rule (`UNIT_RULES`), printed beside each figure by the
CLI, the workbook and the Word report. The formulas are in docs/AGREEMENT.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from itertools import combinations

from analysis.agreement_arrays import NONE, char_runs, code_span, dimension_runs, stretches
from analysis.agreement_stats import (
    brennan_prediger,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
    segment_percent,
)
from analysis.agreement_units import disagreement_regions, match_segments
from storage.coder_spans import CoderSpans, coder_spans
from storage.errors import ValidationError
from storage.gc_pause import gc_paused

UNITS = ("char", "segment")
UNIT_RULES = {
    "char": ("character", "each character of the shared sources coded by both, one or "
             "neither coder; Cohen's kappa"),
    "segment": ("segment", "a segment agrees when the other coder's segment of the same "
                "code overlaps it by at least {overlap:.0%} (intersection over union); "
                "Brennan & Prediger's kappa, chance = 1/number of codes"),
    "alpha": ("character", "Krippendorff's alpha (nominal), all coders; binary per code, "
              "the codes of a dimension as one nominal variable"),
}


@dataclass
class PairFigures:
    """One row: a code (or 'overall') for one pair of coders."""

    code: str
    label: str
    counts: dict[str, int]
    percent: float | None
    kappa: float | None


@dataclass
class PairTable:
    coders: tuple[str, str]
    overall: PairFigures
    codes: list[PairFigures]


@dataclass
class AlphaFigure:
    code: str
    label: str
    alpha: float | None


@dataclass
class AgreementReport:
    coders: list[str]
    unit: str
    overlap: float
    sources: int
    characters: int
    pairs: list[PairTable] = field(default_factory=list)
    alpha_overall: float | None = None
    alpha_codes: list[AlphaFigure] = field(default_factory=list)
    alpha_dimensions: list[AlphaFigure] = field(default_factory=list)

    def rule(self, which: str | None = None) -> tuple[str, str]:
        unit, rule = UNIT_RULES[which or self.unit]
        return unit, rule.format(overlap=self.overlap)

    def as_json(self) -> dict:
        unit, rule = self.rule()
        alpha_unit, alpha_rule = self.rule("alpha")
        return {"coders": self.coders, "sources": self.sources,
                "characters": self.characters, "unit": self.unit, "overlap": self.overlap,
                "pairs": [{"coders": list(t.coders), "unit": unit, "rule": rule,
                           "overall": asdict(t.overall),
                           "codes": [asdict(row) for row in t.codes]} for t in self.pairs],
                "alpha": {"unit": alpha_unit, "rule": alpha_rule,
                          "overall": self.alpha_overall,
                          "codes": [asdict(a) for a in self.alpha_codes],
                          "dimensions": [asdict(a) for a in self.alpha_dimensions]}}


CODERS_SETTING = "agreement_coders"   # project setting: the coders compared, as JSON


def agreement_coders(project) -> list[str]:
    """The coders the report and the disagreement browser compare: those last chosen in
    the browser (project setting), else the coders of the copies merged, else everyone
    who coded; only names that still have segments."""
    import json

    known = project.segments.coders()
    try:
        chosen = json.loads(project.get_setting(CODERS_SETTING) or "[]")
    except ValueError:
        chosen = []
    chosen = [c for c in chosen if c in known]
    if len(chosen) >= 2:
        return chosen
    merged = []
    for record in project.team.records("merged"):
        merged += [c.strip() for c in record.coder.split(",") if c.strip() in known]
    merged = list(dict.fromkeys(merged))
    if len(merged) >= 2:
        return merged
    return sorted(known, key=str.casefold)


@dataclass
class Disagreement:
    source_id: int
    code_id: int
    start: int
    end: int
    coded_by: frozenset[str]


def disagreements(project, coders: list[str], code_ids: list[int] | None = None
                  ) -> list[Disagreement]:
    """Every stretch of the shared sources where some but not all of `coders` applied a
    code, in source and text order (the disagreement browser's list)."""
    data = coder_spans(project, coders, code_ids)
    by_source: dict[int, dict[int, dict]] = {}
    for (source_id, code_id), by_coder in data.spans.items():
        by_source.setdefault(source_id, {})[code_id] = by_coder
    found = []
    for source_id in sorted(by_source):
        for start, end, code_id, who in disagreement_regions(by_source[source_id], coders):
            found.append(Disagreement(source_id, code_id, start, end, who))
    return found


def agreement(project, coders: list[str], *, unit: str = "char", overlap: float = 0.9,
              code_ids: list[int] | None = None) -> AgreementReport:
    coders = _checked(project, coders, unit, overlap)
    with gc_paused():  # a million decoded numbers: nothing for the cycle collector
        data = coder_spans(project, coders, code_ids, by_key=unit == "segment")
    codes = {c.id: c for c in project.codes.list()}
    compared = sorted(set(code_ids or ()) | data.code_ids(),
                      key=lambda cid: (codes[cid].position, cid) if cid in codes else (0, cid))
    report = AgreementReport(coders, unit, overlap, len(data.source_lengths),
                             data.total_length)
    span = code_span(data, coders, [*compared, *codes])
    joined = stretches(data, coders, span)
    lengths = char_runs(joined, coders, span)
    runs = {code_id: {mask: int(n) for mask, n in enumerate(lengths[code_id]) if n}
            for code_id in compared}
    for a, b in combinations(range(len(coders)), 2):
        if unit == "char":
            report.pairs.append(_char_pair(coders, a, b, runs, compared, codes, data))
        else:
            report.pairs.append(_segment_pair(coders, a, b, compared, codes, data, overlap))
    _alphas(report, runs, compared, codes, data, (joined, span))
    return report


def _checked(project, coders: list[str], unit: str, overlap: float) -> list[str]:
    names = [c.strip() for c in coders if c.strip()]
    if len(set(names)) < 2:
        raise ValidationError("Agreement needs at least two different coders.")
    if len(set(names)) != len(names):
        raise ValidationError("Each coder may be named only once.")
    known = project.segments.coders()
    missing = [name for name in names if name not in known]
    if missing:
        raise ValidationError(f"No segments are coded by {', '.join(missing)}; coders in "
                              f"this project: {', '.join(sorted(known)) or 'none'}.")
    if unit not in UNITS:
        raise ValidationError(f"Unknown unit '{unit}'; use char or segment.")
    if not 0 < overlap <= 1:
        raise ValidationError("The overlap threshold is a fraction between 0 and 1, "
                              "such as 0.9.")
    return names


def _label(codes, code_id) -> str:
    code = codes.get(code_id)
    return code.label("en") if code else str(code_id)


def _key(codes, code_id) -> str:
    code = codes.get(code_id)
    return code.key if code else str(code_id)


def _char_counts(runs: dict[int, int], a: int, b: int, total: int) -> dict[str, int]:
    both = only_a = only_b = 0
    for mask, length in runs.items():
        in_a, in_b = mask >> a & 1, mask >> b & 1
        if in_a and in_b:
            both += length
        elif in_a:
            only_a += length
        elif in_b:
            only_b += length
    return {"both": both, "only_a": only_a, "only_b": only_b,
            "neither": total - both - only_a - only_b}


def _char_row(key: str, label: str, counts: dict[str, int]) -> PairFigures:
    values = (counts["both"], counts["only_a"], counts["only_b"], counts["neither"])
    return PairFigures(key, label, counts, percent_agreement(*values), cohen_kappa(*values))


def _char_pair(coders, a, b, runs, compared, codes, data: CoderSpans) -> PairTable:
    rows, pooled = [], {"both": 0, "only_a": 0, "only_b": 0, "neither": 0}
    for code_id in compared:
        counts = _char_counts(runs[code_id], a, b, data.total_length)
        if counts["both"] + counts["only_a"] + counts["only_b"] == 0:
            continue
        rows.append(_char_row(_key(codes, code_id), _label(codes, code_id), counts))
        for name, value in counts.items():
            pooled[name] += value
    return PairTable((coders[a], coders[b]), _char_row("overall", "Overall", pooled), rows)


def _segment_pair(coders, a, b, compared, codes, data: CoderSpans, overlap) -> PairTable:
    per_code = {code_id: [0, 0, 0] for code_id in compared}
    for (_source, code_id), by_coder in data.spans.items():
        pairs, left, right = match_segments(by_coder.get(coders[a], []),
                                            by_coder.get(coders[b], []), overlap)
        tally = per_code[code_id]
        tally[0] += len(pairs)
        tally[1] += len(left)
        tally[2] += len(right)
    used = [cid for cid in compared if any(per_code[cid])]
    q = len(used)
    rows = []
    for code_id in used:
        rows.append(_segment_row(_key(codes, code_id), _label(codes, code_id),
                                 per_code[code_id], q))
    pooled = [sum(per_code[cid][i] for cid in used) for i in range(3)]
    return PairTable((coders[a], coders[b]), _segment_row("overall", "Overall", pooled, q),
                     rows)


def _segment_row(key: str, label: str, tally: list[int], q: int) -> PairFigures:
    observed = segment_percent(*tally)
    return PairFigures(key, label, {"agreed": tally[0], "only_a": tally[1],
                                    "only_b": tally[2]},
                       observed, brennan_prediger(observed, q))


def _alphas(report: AgreementReport, runs, compared, codes, data: CoderSpans,
            swept: tuple) -> None:
    m = len(report.coders)
    pooled: dict[tuple, int] = {}
    for code_id in compared:
        patterns = _binary_patterns(runs[code_id], m, data.total_length)
        if len(patterns) < 2 and (0,) * m in patterns:
            continue
        for pattern, count in patterns.items():
            pooled[pattern] = pooled.get(pattern, 0) + count
        report.alpha_codes.append(AlphaFigure(_key(codes, code_id), _label(codes, code_id),
                                              krippendorff_alpha(patterns, m)))
    report.alpha_overall = krippendorff_alpha(pooled, m) if pooled else None
    member_of = {code_id: dimension for dimension, members
                 in _dimensions(codes, compared).items() for code_id in members}
    nobody = (NONE,) * m
    found = dimension_runs(swept[0], report.coders, member_of, swept[1])
    for dimension, patterns in sorted(found.items(), key=lambda item: _order(codes, item[0])):
        patterns[nobody] = data.total_length - sum(patterns.values())
        report.alpha_dimensions.append(AlphaFigure(
            _key(codes, dimension), _label(codes, dimension),
            krippendorff_alpha(patterns, m)))


def _binary_patterns(runs: dict[int, int], m: int, total: int) -> dict[tuple, int]:
    patterns: dict[tuple, int] = {}
    covered = 0
    for mask, length in runs.items():
        pattern = tuple(mask >> i & 1 for i in range(m))
        patterns[pattern] = patterns.get(pattern, 0) + length
        covered += length
    if total - covered:
        patterns[(0,) * m] = total - covered
    return patterns


def _dimensions(codes, compared: list[int]) -> dict[int, set[int]]:
    """Each framework dimension with coded members: {dimension id: member code ids}."""
    result: dict[int, set[int]] = {}
    for code_id in compared:
        code = codes.get(code_id)
        while code is not None and code.level != "dimension":
            code = codes.get(code.parent_id) if code.parent_id else None
        if code is not None:
            result.setdefault(code.id, set()).add(code_id)
    return result


def _order(codes, code_id) -> tuple[int, int]:
    code = codes.get(code_id)
    return (code.position if code else 0, code_id)
