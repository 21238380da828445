"""What the Text panel says about a source and its codings: header, tooltips, font.

Texts are translated in the context "TextPanel"; code labels are shown in the
interface language with their node id.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from gui.text.lang import code_label
from storage import config
from storage.models import Segment, Source


def tr(text: str) -> str:
    """Translate `text` in the context "TextPanel" (collected by update_translations)."""
    return QCoreApplication.translate("TextPanel", text)


def technique_name(kind: str) -> str:
    names = {"interview": tr("Interview"), "observation": tr("Observation"),
             "document": tr("Document"), "survey": tr("Survey")}
    return names.get(kind, kind)


def valence_name(valence: str) -> str:
    return tr("contradicts") if valence == "contradicts" else tr("supports")


def header_html(panel, source: Source | None, codings: int) -> str:
    """'<b>Title</b> · Interview · 2023-05-02 · place · 12 codings'."""
    if source is None:
        return f"<span style='color:#757575'>{escape(tr('No source shown'))}</span>"
    parts = [f"<b>{escape(source.title)}</b>", escape(technique_name(source.kind))]
    if source.date:
        parts.append(escape(source.date))
    if source.place:
        parts.append(escape(source.place))
    count = tr("1 coding") if codings == 1 else QCoreApplication.translate(
        "TextPanel", "%n codings", None, codings)
    parts.append(f"<span style='color:#616161'>{escape(count)}</span>")
    return " &nbsp;·&nbsp; ".join(parts)


def tooltip_html(panel, segments: list[Segment]) -> str:
    """Rich-text tooltip naming each segment's code, node id and valence."""
    rows = []
    for segment in segments:
        code = panel.codes.get(segment.code_id)
        colour = code.display_color if code else "#9e9e9e"
        label = escape(code_label(code, panel.lang))
        key = escape(code.key) if code else ""
        extra = escape(valence_name(segment.valence))
        if panel.is_key_quote(segment):
            extra += " · ★ " + escape(tr("key quote"))
        if segment.memo.strip():
            first_line = segment.memo.strip().splitlines()[0]
            extra += "<br><i>" + escape(first_line[:80]) + "</i>"
        rows.append(f"<tr><td style='color:{colour}; font-size:large'>■</td>"
                    f"<td><b>{label}</b><br><span style='color:#616161'>{key}</span>"
                    f"<br>{extra}</td></tr>")
    return "<table cellspacing='4'>" + "".join(rows) + "</table>"


def font_size() -> int:
    try:
        return max(6, min(48, int(config.get("font_size"))))
    except (TypeError, ValueError, KeyError):
        return 11


def follow_font_size(widget, callback) -> None:
    """Call `callback(size)` when the Preferences change the text font size."""
    try:
        from gui.preferences.dialog import preference_signals
    except ImportError:
        return
    signal = getattr(preference_signals(), "font_size_changed", None)
    if signal is not None:
        signal.connect(callback)
