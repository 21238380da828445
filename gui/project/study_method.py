"""The method settings of Study properties: triangulation kinds, references, DeSeve.

`MethodSettings` is a group box the Study properties dialog shows under the study's
fields: which kinds of triangulation the study used (source, technique, time,
investigator; `analysis.triangulation_kinds`), how DeSeve is cited (through Sudarmo,
as Indonesian theses do, or the original the researcher has checked and entered), and
the researcher's own reference entries, one APA entry per line
(`exporters.report.references`). `save(project)` writes only what changed, inside the
dialog's one undoable action; the report, the board and the CLI read the same
settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
)

from analysis import KINDS, load_kinds, save_kinds
from exporters.report.references import (
    DESEVE_SETTING,
    REFERENCES_SETTING,
    own_entries,
    save_references,
)


class MethodSettings(QGroupBox):
    """See the module docstring."""

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.setObjectName("methodSettings")
        self.setTitle(self.tr("Method (for the report)"))
        self._kinds = load_kinds(project)
        self._entries = own_entries(project.get_setting(REFERENCES_SETTING))
        self._deseve = project.get_setting(DESEVE_SETTING) or "secondary"
        names = {"source": self.tr("S&ource (informants of several groups)"),
                 "technique": self.tr("Tec&hnique (interview, observation, documents)"),
                 "time": self.tr("Ti&me (several dates)"),
                 "investigator": self.tr("In&vestigator (several coders)")}
        self.kind_boxes = {}
        kinds = QHBoxLayout()
        for kind in KINDS:
            box = QCheckBox(names[kind], objectName=f"kind_{kind}")
            box.setChecked(kind in self._kinds)
            self.kind_boxes[kind] = box
            kinds.addWidget(box)
        kinds.addStretch(1)
        self.deseve = QComboBox(objectName="deseveCitation")
        self.deseve.addItem(self.tr("Through Sudarmo (2011), as Indonesian theses cite it"),
                            "secondary")
        self.deseve.addItem(self.tr("The original, as entered in my references below"), "own")
        self.deseve.setCurrentIndex(max(self.deseve.findData(self._deseve), 0))
        self.deseve.setEnabled("deseve2007" in project.study.frameworks())
        self.references = QPlainTextEdit("\n".join(self._entries), objectName="references")
        self.references.setPlaceholderText(self.tr(
            "One APA entry per line, e.g. Sugiyono. (2019). Metode penelitian kualitatif. "
            "Alfabeta."))
        hint = QLabel(self.tr("The frameworks and Miles, Huberman and Saldaña (2014) are "
                              "cited for you."))
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Triangulation used:"), kinds)
        form.addRow(self.tr("Cite &DeSeve:"), self.deseve)
        form.addRow(self.tr("O&wn references:"), self.references)
        form.addRow("", hint)

    def kinds(self) -> list[str]:
        return [k for k in KINDS if self.kind_boxes[k].isChecked()]

    def entries(self) -> list[str]:
        return [line.strip() for line in self.references.toPlainText().splitlines()
                if line.strip()]

    def changed(self) -> bool:
        return (self.kinds() != self._kinds or self.entries() != self._entries
                or self.deseve.currentData() != self._deseve)

    def save(self, project) -> None:
        """Write what changed (call inside one action)."""
        if self.kinds() != self._kinds:
            save_kinds(project, self.kinds())
        if self.entries() != self._entries or self.deseve.currentData() != self._deseve:
            save_references(project, self.entries(), self.deseve.currentData())
