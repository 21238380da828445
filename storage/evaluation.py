"""What the researcher concludes: verdicts per indicator with their audit trail, key
quotes, and the summary-grid texts.

Every verdict or conclusion change adds a row to `judgement_history` (who, when, what)
in the same transaction, so the trail cannot drift from the current judgement. Verdict
options are an editable list seeded with terpenuhi / sebagian / belum optimal / tidak
ditemukan.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage import messages
from storage.errors import NotFoundError, ValidationError
from storage.repository import Repository, moved
from storage.stamps import now


@dataclass
class Judgement:
    code_id: int
    verdict: str | None
    conclusion: str
    author: str
    modified: str


@dataclass
class VerdictOption:
    key: str
    label_en: str
    label_id: str
    position: int

    def label(self, lang: str = "id") -> str:
        return self.label_id if lang == "id" else self.label_en


class EvaluationRepository(Repository):
    """Verdicts, conclusions, key quotes and summaries."""

    def verdict_options(self) -> list[VerdictOption]:
        return [VerdictOption(**r) for r in self.rows(
            "SELECT key, label_en, label_id, position FROM verdict_options ORDER BY position")]

    def add_verdict_option(self, key: str, label_en: str, label_id: str,
                           origin: object = None) -> None:
        if not key.strip() or any(o.key == key for o in self.verdict_options()):
            raise ValidationError.of(messages.VERDICT_EXISTS, key=key)
        position = len(self.verdict_options())
        with self.action("Add verdict option", origin) as act:
            act.insert("verdict_options", {"key": key, "label_en": label_en,
                                           "label_id": label_id, "position": position})

    def verdict_usage(self) -> dict[str, int]:
        """How many indicators carry each verdict now (keys without any are left out)."""
        return {r["verdict"]: r["n"] for r in self.rows(
            "SELECT verdict, COUNT(*) AS n FROM judgements WHERE verdict IS NOT NULL "
            "GROUP BY verdict")}

    def update_verdict_option(self, key: str, *, label_en: str | None = None,
                              label_id: str | None = None, origin: object = None) -> None:
        """Rename a verdict option in either language (its key, which judgements
        refer to, stays)."""
        self._verdict_option(key)
        values = {k: v.strip() for k, v in (("label_en", label_en), ("label_id", label_id))
                  if v is not None}
        if any(not v for v in values.values()):
            raise ValidationError.of(messages.VERDICT_NEEDS_LABELS)
        with self.action("Rename verdict option", origin) as act:
            act.update("verdict_options", {"key": key}, values)

    def move_verdict_option(self, key: str, offset: int, origin: object = None) -> None:
        """Move an option `offset` places up (negative) or down the list."""
        self._verdict_option(key)
        keys = moved([o.key for o in self.verdict_options()], key, offset)
        self.write_order("Move verdict option", "verdict_options", "key", keys, origin)

    def delete_verdict_option(self, key: str, origin: object = None) -> None:
        """Remove an option no indicator carries (the audit trail keeps its key)."""
        option = self._verdict_option(key)
        used = self.verdict_usage().get(key, 0)
        if used:
            raise ValidationError.of(messages.VERDICT_IN_USE, label=option.label_en,
                                     count=used)
        with self.action("Remove verdict option", origin) as act:
            act.delete("verdict_options", {"key": key})
            self.write_order("Remove verdict option", "verdict_options", "key",
                             [o.key for o in self.verdict_options()])

    def _verdict_option(self, key: str) -> VerdictOption:
        option = next((o for o in self.verdict_options() if o.key == key), None)
        if option is None:
            raise NotFoundError(f"There is no verdict option '{key}'.")
        return option

    def judgements(self) -> dict[int, Judgement]:
        return {r["code_id"]: Judgement(**r) for r in self.rows(
            "SELECT code_id, verdict, conclusion, author, modified FROM judgements")}

    def judgement(self, code_id: int) -> Judgement | None:
        return self.judgements().get(code_id)

    def set_judgement(self, code_id: int, *, verdict: str | None = None,
                      conclusion: str | None = None, author: str | None = None,
                      origin: object = None) -> None:
        """Set the verdict and/or conclusion of an indicator, recording who and when.

        `verdict=None` keeps the current verdict; `verdict=""` clears it (not judged).
        """
        self.project.codes.get(code_id)
        author = self.project.require_coder(author)
        if verdict and verdict not in {o.key for o in self.verdict_options()}:
            raise ValidationError(f"Unknown verdict '{verdict}'.")
        current = self.judgement(code_id)
        kept = current.verdict if current else None
        values = {"verdict": kept if verdict is None else (verdict or None),
            "conclusion": conclusion if conclusion is not None else (
                current.conclusion if current else ""),
            "author": author, "modified": now()}
        with self.action("Judge indicator", origin) as act:
            if current is None:
                act.insert("judgements", {"code_id": code_id, **values})
            else:
                act.update("judgements", {"code_id": code_id}, values)
            act.insert("judgement_history", {"code_id": code_id, "verdict": values["verdict"],
                                             "conclusion": values["conclusion"],
                                             "author": values["author"],
                                             "at": values["modified"]})

    def history(self, code_id: int) -> list[dict]:
        return self.rows("SELECT verdict, conclusion, author, at FROM judgement_history "
                         "WHERE code_id = ? ORDER BY id", [code_id])

    def key_quotes(self, code_id: int) -> list[int]:
        return [r["segment_id"] for r in self.rows(
            "SELECT segment_id FROM key_quotes WHERE code_id = ? ORDER BY position", [code_id])]

    def all_key_quotes(self) -> dict[int, list[int]]:
        quotes: dict[int, list[int]] = {}
        for row in self.rows("SELECT code_id, segment_id FROM key_quotes "
                             "ORDER BY code_id, position"):
            quotes.setdefault(row["code_id"], []).append(row["segment_id"])
        return quotes

    def set_key_quote(self, code_id: int, segment_id: int, chosen: bool = True,
                      origin: object = None) -> None:
        with self.action("Choose key quote" if chosen else "Drop key quote", origin) as act:
            present = segment_id in self.key_quotes(code_id)
            if chosen and not present:
                act.insert("key_quotes", {"code_id": code_id, "segment_id": segment_id,
                                          "position": len(self.key_quotes(code_id))})
            elif not chosen and present:
                act.delete("key_quotes", {"code_id": code_id, "segment_id": segment_id})

    # -- summary grid ------------------------------------------------------------------

    def summaries(self, row_kind: str) -> dict[tuple[str, int], str]:
        """{(row_key, code_id): text}; code_id 0 is a row summary, row_key '' a column's."""
        return {(r["row_key"], r["code_id"]): r["text"] for r in self.rows(
            "SELECT row_key, code_id, text FROM summaries WHERE row_kind = ?", [row_kind])}

    def set_summary(self, row_kind: str, row_key: str, code_id: int, text: str,
                    origin: object = None, author: str | None = None) -> None:
        if row_kind not in ("participant", "group"):
            raise ValidationError("Summary rows are participants or stakeholder groups.")
        key = {"row_kind": row_kind, "row_key": row_key, "code_id": code_id}
        existing = self.scalar("SELECT id FROM summaries WHERE row_kind = ? AND row_key = ? "
                               "AND code_id = ?", [row_kind, row_key, code_id])
        values = {"text": text, "author": self.project.require_coder(author), "modified": now()}
        with self.action("Write summary", origin) as act:
            if existing is None:
                act.insert("summaries", {**key, **values})
            else:
                act.update("summaries", {"id": existing}, values)
