"""File → Merge coder's copy…: what the merge would bring, per copy (with each coding
and memo the coder changed or deleted in the copy), and a choice for each conflict
(keep ours / take theirs) before anything is written."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.dialog_parts import ok_cancel_buttons
from gui.i18n import fill
from storage.merge_edits import DELETED

COUNT_NAMES = ("participants", "sources", "source_texts", "codes", "code_changes",
               "segments", "memos", "verdicts", "summaries", "segment_changes",
               "segment_deletions", "memo_changes", "memo_deletions", "skipped_segments",
               "skipped_memos")


class MergeDialog(QDialog):
    def __init__(self, result, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.merge_result = result  # not `result`: QDialog.result()
        self.summary = QPlainTextEdit(objectName="mergeSummary")
        self.summary.setReadOnly(True)
        self.conflicts_label = QLabel(objectName="mergeConflictsLabel")
        self.conflicts = QTableWidget(len(result.conflicts), 5, objectName="mergeConflicts")
        self.choices: dict[str, QComboBox] = {}
        for row, conflict in enumerate(result.conflicts):
            for column in range(4):
                self.conflicts.setItem(row, column, QTableWidgetItem())
            combo = QComboBox(objectName=f"choice_{row}")
            self.choices[conflict.id] = combo
            self.conflicts.setCellWidget(row, 4, combo)
        self.conflicts.setVisible(bool(result.conflicts))
        self.conflicts_label.setVisible(bool(result.conflicts))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts)
        layout.addWidget(ok_cancel_buttons(self))
        self.resize(760, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge coders' copies"))
        names = {"participants": self.tr("participants"), "sources": self.tr("sources"),
                 "source_texts": self.tr("changed source texts"), "codes": self.tr("codes"),
                 "code_changes": self.tr("renamed or moved codes"),
                 "segments": self.tr("codings"), "memos": self.tr("memos"),
                 "verdicts": self.tr("verdicts"), "summaries": self.tr("summary texts"),
                 "segment_changes": self.tr("codings changed in the copy"),
                 "segment_deletions": self.tr("codings deleted in the copy"),
                 "memo_changes": self.tr("memos changed in the copy"),
                 "memo_deletions": self.tr("memos deleted in the copy"),
                 "skipped_segments": self.tr("codings whose words are gone (skipped)"),
                 "skipped_memos": self.tr("memos without their target (skipped)")}
        lines = []
        for plan in self.merge_result.plans:
            counts = plan.counts()
            parts = [f"{counts[key]} {names[key]}" for key in COUNT_NAMES if counts[key]]
            lines.append(fill(self.tr("%1 (%2): %3"), plan.copy.path.name,
                              plan.copy.coder or "?", ", ".join(parts) or self.tr("nothing new")))
            lines.extend("    " + self._edit_line(edit) for edit in plan.edits)
        self.summary.setPlainText("\n".join(lines))
        self._fill_conflicts()
        self.conflicts_label.setText(self.tr("Conflicts: choose for each which version "
                                             "stands."))
        self.conflicts.setHorizontalHeaderLabels([
            self.tr("Copy"), self.tr("What"), self.tr("Ours"), self.tr("Theirs"),
            self.tr("Keep")])
        for combo in self.choices.values():
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("— choose —"), None)
            combo.addItem(self.tr("Ours (this project)"), "ours")
            combo.addItem(self.tr("Theirs (the copy)"), "theirs")
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _edit_line(self, edit: dict) -> str:
        templates = {("segment", "change"): self.tr("Coding changed: %1 → %2"),
                     ("segment", "delete"): self.tr("Coding deleted: %1"),
                     ("memo", "change"): self.tr("Memo changed: %1 → %2"),
                     ("memo", "delete"): self.tr("Memo deleted: %1")}
        return fill(templates[edit["kind"], edit["action"]], edit["what"], edit.get("to", ""))

    def _fill_conflicts(self) -> None:
        kinds = {"segment": self.tr("Coding"), "memo": self.tr("Memo"),
                 "code": self.tr("Code"), "source_text": self.tr("Source text"),
                 "verdict": self.tr("Verdict"), "summary": self.tr("Summary text")}
        deleted = self.tr("(deleted)")
        for row, conflict in enumerate(self.merge_result.conflicts):
            what = f"{kinds.get(conflict.kind, conflict.kind)}: {conflict.what}"
            texts = (conflict.copy, what, *(deleted if text == DELETED else text
                                             for text in (conflict.ours, conflict.theirs)))
            for column, text in enumerate(texts):
                self.conflicts.item(row, column).setText(text)

    def chosen(self) -> dict[str, str]:
        return {cid: combo.currentData() for cid, combo in self.choices.items()
                if combo.currentData()}

    def accept(self) -> None:
        if len(self.chosen()) < len(self.choices):
            self.conflicts_label.setText(self.tr("Choose a version for every conflict "
                                                 "first."))
            return
        super().accept()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
