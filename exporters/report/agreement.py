"""Inter-coder agreement in the exports: a table per pair of coders and one of
Krippendorff's alpha in the Word report's method chapter, and an Agreement sheet in
the workbook. The figures are `analysis.agreement` for the coders
`analysis.agreement.agreement_coders` names (nothing when fewer than two coders share
a source); each table carries its unit and rule in the report language.
"""

from __future__ import annotations

from analysis.agreement import AgreementReport, agreement, agreement_coders
from exporters.excel.worksheet import ColumnSpec as C
from exporters.report.data import Context, TableData

LABELS = {
    "id": {"heading": "Kesepakatan antarpengode", "sheet": "Kesepakatan",
           "code": "Kode", "label": "Label",
           "percent": "Persentase kesepakatan (%)", "kappa": "Kappa Cohen", "alpha": "Alfa",
           "overall": "Keseluruhan", "coders": "Pengode", "statistic": "Statistik",
           "unit": "Satuan", "rule": "Aturan", "value": "Nilai", "dimension": "dimensi",
           "intro": "Kesepakatan dihitung pada sumber yang dikode oleh semua pengode "
                    "({coders}; {sources} sumber, {characters} karakter).",
           "pair": "Kesepakatan {a} – {b} (satuan: karakter; {rule})",
           "alpha_title": "Alfa Krippendorff, semua pengode (satuan: karakter; {rule})",
           "unit_char": "karakter",
           "rule_char": "tiap karakter dikode oleh kedua, salah satu, atau tidak satu pun "
                        "pengode; kappa Cohen",
           "rule_alpha": "nominal; biner per kode, kode-kode satu dimensi sebagai satu "
                         "variabel nominal"},
    "en": {"heading": "Inter-coder agreement", "sheet": "Agreement",
           "code": "Code", "label": "Label",
           "percent": "Percent agreement (%)", "kappa": "Cohen's kappa", "alpha": "Alpha",
           "overall": "Overall", "coders": "Coders", "statistic": "Statistic",
           "unit": "Unit", "rule": "Rule", "value": "Value", "dimension": "dimension",
           "intro": "Agreement is computed on the sources every coder coded "
                    "({coders}; {sources} sources, {characters} characters).",
           "pair": "Agreement {a} – {b} (unit: character; {rule})",
           "alpha_title": "Krippendorff's alpha, all coders (unit: character; {rule})",
           "unit_char": "character",
           "rule_char": "each character coded by both, one or neither coder; Cohen's kappa",
           "rule_alpha": "nominal; binary per code, the codes of a dimension as one "
                         "nominal variable"},
}


def labels(ctx: Context) -> dict[str, str]:
    return LABELS.get(ctx.options.language, LABELS["en"])


def report_of(ctx: Context) -> AgreementReport | None:
    coders = agreement_coders(ctx.project)
    if len(coders) < 2:
        return None
    report = agreement(ctx.project, coders)
    return report if report.sources else None


def _figure(value) -> float | None:
    return None if value is None else round(value, 3)


def _percent(value) -> float | None:
    return None if value is None else round(value * 100, 1)


def _label(ctx: Context, key: str, fallback: str) -> str:
    try:
        return ctx.label(ctx.project.codes.resolve(key))
    except Exception:  # noqa: BLE001 - a code removed since: its key is label enough
        return fallback


def intro(ctx: Context, report: AgreementReport) -> str:
    return labels(ctx)["intro"].format(coders=", ".join(map(ctx.pseudo, report.coders)),
                                       sources=report.sources,
                                       characters=f"{report.characters:,}")


def agreement_tables(ctx: Context, report: AgreementReport) -> list[TableData]:
    L = labels(ctx)
    tables = []
    for pair in report.pairs:
        rows = [[row.code, _label(ctx, row.code, row.label), _percent(row.percent),
                 _figure(row.kappa)] for row in pair.codes]
        rows.append([L["overall"], "", _percent(pair.overall.percent),
                     _figure(pair.overall.kappa)])
        tables.append(TableData(f"agreement_{pair.coders[0]}_{pair.coders[1]}",
                                L["pair"].format(a=ctx.pseudo(pair.coders[0]),
                                                 b=ctx.pseudo(pair.coders[1]),
                                                 rule=L["rule_char"]),
                                [L["code"], L["label"], L["percent"], L["kappa"]], rows,
                                widths=[3, 3, 1, 1]))
    rows = [[a.code, _label(ctx, a.code, a.label), _figure(a.alpha)]
            for a in report.alpha_codes]
    rows += [[a.code, f"{_label(ctx, a.code, a.label)} ({L['dimension']})",
              _figure(a.alpha)] for a in report.alpha_dimensions]
    rows.append([L["overall"], "", _figure(report.alpha_overall)])
    tables.append(TableData("agreement_alpha", L["alpha_title"].format(rule=L["rule_alpha"]),
                            [L["code"], L["label"], L["alpha"]], rows, widths=[3, 4, 1]))
    return tables


def agreement_sheets(ctx: Context) -> list:
    """The Agreement sheet: one row per figure, with its coders, unit and rule."""
    from exporters.excel.sheets import Sheet

    report = report_of(ctx)
    if report is None:
        return []
    L = labels(ctx)
    unit = L["unit_char"]
    rows = []
    for pair in report.pairs:
        coders = f"{ctx.pseudo(pair.coders[0])} – {ctx.pseudo(pair.coders[1])}"
        for row in [*pair.codes, pair.overall]:
            code = L["overall"] if row is pair.overall else row.code
            name = "" if row is pair.overall else _label(ctx, row.code, row.label)
            rows.append([coders, L["percent"], unit, L["rule_char"], code, name,
                         _percent(row.percent)])
            rows.append([coders, L["kappa"], unit, L["rule_char"], code, name,
                         _figure(row.kappa)])
    everyone = ", ".join(map(ctx.pseudo, report.coders))
    for figure in [*report.alpha_codes, *report.alpha_dimensions]:
        rows.append([everyone, L["alpha"], unit, L["rule_alpha"], figure.code,
                     _label(ctx, figure.code, figure.label), _figure(figure.alpha)])
    rows.append([everyone, L["alpha"], unit, L["rule_alpha"], L["overall"], "",
                 _figure(report.alpha_overall)])
    columns = [C(L["coders"], 18), C(L["statistic"], 22), C(L["unit"], 11),
               C(L["rule"], 50, wrap=True), C(L["code"], 34), C(L["label"], 35),
               C(L["value"], 9)]
    return [Sheet("Agreement", L["sheet"], columns, rows)]


def _report(data) -> AgreementReport | None:
    """The report's agreement figures, computed once (for the contents and the text)."""
    if data.context is None:
        return None
    if not hasattr(data, "_agreement"):
        data._agreement = report_of(data.context)
    return data._agreement


def outline(data) -> list[tuple[int, str]]:
    """The contents entry of the agreement section (none without two coders)."""
    return [] if _report(data) is None else [(2, labels(data.context)["heading"])]


def add_to_docx(document, data, writer) -> None:
    """The agreement section of the method chapter (nothing without two coders)."""
    report = _report(data)
    if report is None:
        return
    ctx = data.context
    document.add_heading(labels(ctx)["heading"], level=2)
    document.add_paragraph(intro(ctx, report))
    for table in agreement_tables(ctx, report):
        writer.add(table)
