"""The collaboration network in the Word report and the workbook.

`gather_network(ctx)` reads the network once for the report (`ReportData.network`),
`network_outline(data)` gives its contents entry, and `network_section(document, data,
tables)` adds, when the study has ties, a chapter after the findings: the map (PNG at
print resolution, `exporters.network.figure`) with its caption, a paragraph stating
density, centralisation and the form the structure suggests (Provan & Kenis 2008), as
evidence for DeSeve's networked-structure indicator, and the table of actors with their
centralities. `network_sheets(ctx)` gives the workbook's Ties and Network sheets, titled
in the report language. Names of actors go through the report's pseudonymiser like
every other text, groups are in the report language; the numbers come from
`analysis.network` (the same computation as the GUI and `python main.py network`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from docx.shared import Emu

from analysis.network import network_view
from analysis.network_report import network_data
from exporters.excel.sheets import Sheet
from exporters.excel.worksheet import ColumnSpec as C
from exporters.network.figure import write_figure
from exporters.report.data import TableData
from exporters.textutil import xml_safe
from exporters.word import parts

LABELS = {
    "network": {"id": "Jejaring kolaborasi", "en": "Collaboration network"},
    "network_figure": {"id": "Peta jejaring kolaborasi (ketebalan garis: jumlah kutipan "
                             "bukti; kotak: aktor negara, lingkaran: aktor non-negara)",
                       "en": "Map of the collaboration network (line width: passages of "
                             "evidence; squares: state actors, circles: non-state actors)"},
    "figure": {"id": "Gambar", "en": "Figure"},
    "network_measures": {"id": "Aktor jejaring dan sentralitasnya",
                         "en": "Network actors and their centrality"},
    "network_intro": {
        "id": "Jejaring disusun dari {passages} kutipan bukti yang menandai relasi antara "
              "{actors} aktor ({ties} relasi). Kepadatan jejaring {density} dan "
              "sentralisasi derajat {centralisation}. {form} Bagian ini menjadi bukti bagi "
              "indikator struktur jejaring ({deseve}).",
        "en": "The network is drawn from {passages} passages of evidence marking ties "
              "between {actors} actors ({ties} ties). Its density is {density} and its "
              "degree centralisation {centralisation}. {form} This is evidence for the "
              "networked-structure indicator (DeSeve, 2007)."},
    "form_shared_governance": {
        "id": "Strukturnya menyerupai tata kelola bersama (shared governance; Provan & "
              "Kenis, 2008): para anggota berhubungan langsung satu sama lain.",
        "en": "Its structure resembles shared governance (Provan & Kenis, 2008): members "
              "deal with one another directly."},
    "form_lead_organisation": {
        "id": "Strukturnya menyerupai organisasi pemimpin (lead organisation; Provan & "
              "Kenis, 2008), dengan {centre} di pusat.",
        "en": "Its structure resembles a lead organisation (Provan & Kenis, 2008), with "
              "{centre} at the centre."},
    "form_administrative_organisation": {
        "id": "Strukturnya menyerupai organisasi administratif jejaring (NAO; Provan & "
              "Kenis, 2008), dengan {centre} sebagai pengelola.",
        "en": "Its structure resembles a network administrative organisation (Provan & "
              "Kenis, 2008), with {centre} administering it."},
    "form_none": {"id": "Aktor yang terhubung terlalu sedikit untuk menilai bentuknya.",
                  "en": "Too few actors are linked to judge its form."},
    "form_note": {"id": "Bentuk ini saran dari struktur; penilaian akhir ada pada peneliti.",
                  "en": "The form is suggested by the structure; the judgement is the "
                        "researcher's."},
    "actor": {"id": "Aktor", "en": "Actor"},
    "sector": {"id": "Sektor", "en": "Sector"},
    "sector_state": {"id": "negara", "en": "state"},
    "sector_non_state": {"id": "non-negara", "en": "non-state"},
    "sheet_Ties": {"id": "Relasi", "en": "Ties"},
    "sheet_Network": {"id": "Jejaring", "en": "Network"},
    "degree": {"id": "Sentralitas derajat", "en": "Degree centrality"},
    "betweenness": {"id": "Keperantaraan", "en": "Betweenness"},
    "tie_from": {"id": "Dari", "en": "From"},
    "tie_to": {"id": "Ke", "en": "To"},
    "tie_type": {"id": "Jenis relasi", "en": "Tie type"},
    "directed": {"id": "Berarah", "en": "Directed"},
    "passages": {"id": "Kutipan bukti", "en": "Passages"},
    "tie_sources": {"id": "Sumber", "en": "Sources"},
    "yes": {"id": "ya", "en": "yes"},
}


def gather_network(ctx):
    """The study's network for the report, or None without ties: (view, data), the
    actors' names pseudonymised and their groups in the report language. The citations
    its paragraph makes are counted here, before the reference list is made."""
    ctx.labels.extend(LABELS)
    view = network_view(ctx.project)
    if not view.edges:
        return None
    for actor in view.actors:
        actor.name = ctx.pseudo(actor.name)
    groups = _group_labels(ctx)
    found = network_data(view, groups, ctx.labels.lang)
    ctx.citations.cite("deseve2007")
    if found["measures"]["suggested_form"]:
        ctx.citations.cite("provan2008")
    return view, found


def _group_labels(ctx) -> dict[int, str]:
    return {g.id: ctx.pseudo(ctx.group(g.name)) for g in ctx.project.participants.groups()}


def network_outline(data) -> list[tuple[int, str]]:
    """The contents entry of the network chapter (none without ties)."""
    return [(1, data.labels["network"])] if data.network else []


def network_section(document, data, tables, figure_number: int = 1) -> None:
    """The network chapter of the Word report (nothing when the study has no ties);
    `tables` adds the numbered, captioned table (the report's table writer)."""
    if not data.network:
        return
    ctx = data.context
    labels = data.labels
    view, found = data.network
    document.add_heading(labels["network"], level=1)
    measures = found["measures"]
    form = labels[f"form_{measures['suggested_form'] or 'none'}"].format(
        centre=measures["centre"] or "")
    document.add_paragraph(xml_safe(labels["network_intro"].format(
        passages=measures["passages"], actors=measures["actors"], ties=measures["ties"],
        density=f"{measures['density']:.2f}",
        centralisation=f"{measures['degree_centralisation']:.2f}",
        form=f"{form} {labels['form_note']}", deseve=ctx.citations.cite("deseve2007"))))
    with tempfile.TemporaryDirectory(prefix="telaah-map-") as folder:
        picture = write_figure(view, _group_labels(ctx), Path(folder) / "network.png")
        width = parts.text_width(document.sections[-1])
        document.add_picture(str(picture), width=Emu(int(width)))
    parts.caption(document, labels["figure"], figure_number, labels["network_figure"],
                  sequence="Figure")
    rows = [[a["name"], labels[f"sector_{a['sector']}"], a["group"] or None,
             f"{a['degree']:.2f}", f"{a['betweenness']:.2f}"]
            for a in sorted(found["actors"], key=lambda a: -a["degree"])]
    tables.add(TableData("network_measures", labels["network_measures"], [
        labels["actor"], labels["sector"], labels["group"], labels["degree"],
        labels["betweenness"]], rows, widths=[4, 2, 3, 2, 2]))


def network_sheets(ctx) -> list[Sheet]:
    """The Ties sheet (one row per tie, with its evidence counts) and the Network sheet
    (actors with their centralities); none when the study has no ties."""
    labels = ctx.labels
    labels.extend(LABELS)
    view = network_view(ctx.project)
    if not view.edges:
        return []
    for actor in view.actors:
        actor.name = ctx.pseudo(actor.name)
    found = network_data(view, _group_labels(ctx), labels.lang)
    ties = [[t["from"], t["to"], t["type_label"], labels["yes"] if t["directed"] else None,
             t["passages"], t["sources"]] for t in found["ties"]]
    actors = [[a["name"], labels[f"sector_{a['sector']}"], a["group"] or None,
               a["degree"], a["betweenness"]] for a in found["actors"]]
    return [
        Sheet("Ties", labels["sheet_Ties"], [
            C(labels["tie_from"], 40), C(labels["tie_to"], 40), C(labels["tie_type"], 26),
            C(labels["directed"], 10), C(labels["passages"], 12),
            C(labels["tie_sources"], 10)], ties),
        Sheet("Network", labels["sheet_Network"], [
            C(labels["actor"], 45), C(labels["sector"], 12), C(labels["group"], 30),
            C(labels["degree"], 16), C(labels["betweenness"], 14)], actors)]
