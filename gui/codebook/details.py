"""The details pane under the codebook tree: what the selected code means.

Shows the code's labels, node id and framework, its definition in Indonesian and in
English, and the evidence cues stored with framework codes (`Code.cues`, JSON
`{"cues": [{speaker, text, gloss}], "counter_cue": {...}}`): each cue's Indonesian
sample passage with its English gloss, and the counter-cue (what the code is *not*).
Read-only; rebuilt whenever the current code or the interface language changes.
"""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from storage.models import Code


def parse_cues(raw: str) -> tuple[list[dict], dict | None]:
    """(cues, counter_cue) from a code's cues JSON; empty when missing or malformed."""
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return [], None
    if not isinstance(data, dict):
        return [], None
    cues = [c for c in data.get("cues") or [] if isinstance(c, dict)]
    counter = data.get("counter_cue")
    return cues, counter if isinstance(counter, dict) else None


def framework_name(framework_id: str | None, language: str) -> str:
    if not framework_id:
        return ""
    from storage.frameworks import UnknownFrameworkError, load_framework

    try:
        framework = load_framework(framework_id)
    except (UnknownFrameworkError, OSError, ValueError):
        return framework_id
    return (framework.short_label_id if language == "id" else framework.short_label_en) \
        or framework_id


class CodeDetails(QTextBrowser):
    """Definition and evidence cues of one code."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("codeDetails")
        self.setOpenLinks(False)
        self.code: Code | None = None
        self.language = "id"
        self.retranslate_ui()

    def show_code(self, code: Code | None, language: str | None = None) -> None:
        self.code = code
        if language:
            self.language = language
        self.retranslate_ui()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("Select a code to see its definition and "
                                        "evidence cues."))
        self.setHtml(self.html() if self.code is not None else "")

    def html(self) -> str:
        code = self.code
        assert code is not None
        other = code.label("en" if self.language == "id" else "id")
        parts = [f"<h3 style='margin-bottom:2px'>{escape(code.label(self.language))}</h3>"]
        if other and other != code.label(self.language):
            parts.append(f"<div style='color:gray'>{escape(other)}</div>")
        facts = [(self.tr("Id"), code.key)]
        if code.framework_id:
            facts.append((self.tr("Framework"), framework_name(code.framework_id,
                                                               self.language)))
            facts.append((self.tr("Level"), self._level(code.level)))
        parts.append("<p>" + "<br>".join(f"<b>{escape(k)}:</b> {escape(v)}"
                                         for k, v in facts) + "</p>")
        for heading, text in ((self.tr("Definition (Indonesian)"), code.definition_id),
                              (self.tr("Definition (English)"), code.definition_en)):
            if text:
                parts.append(f"<p><b>{escape(heading)}</b><br>{escape(text)}</p>")
        if not (code.definition_id or code.definition_en):
            parts.append(f"<p><i>{escape(self.tr('No definition yet.'))}</i></p>")
        cues, counter = parse_cues(code.cues)
        gloss = self.tr("English gloss:")
        if cues:
            parts.append(f"<p><b>{escape(self.tr('Evidence cues'))}</b></p><ul>")
            parts.extend(f"<li>{_cue_html(cue, gloss)}</li>" for cue in cues)
            parts.append("</ul>")
        if counter:
            parts.append(f"<p><b>{escape(self.tr('Counter-cue (not this code)'))}</b><br>"
                         f"{_cue_html(counter, gloss)}</p>")
        return "".join(parts)

    def _level(self, level: str) -> str:
        names = {"framework": self.tr("framework"), "dimension": self.tr("dimension"),
                 "indicator": self.tr("indicator"), "sub": self.tr("sub-indicator"),
                 "sub_indicator": self.tr("sub-indicator"), "code": self.tr("code")}
        return names.get(level, level)


def _cue_html(cue: dict, gloss_label: str) -> str:
    speaker = escape(str(cue.get("speaker") or ""))
    text = escape(str(cue.get("text") or ""))
    gloss = escape(str(cue.get("gloss") or ""))
    html = f"<i>{speaker}:</i> “{text}”" if speaker else f"“{text}”"
    if gloss:
        html += f"<br><span style='color:gray'>{escape(gloss_label)} {gloss}</span>"
    return html
