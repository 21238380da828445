"""What a REFI-QDA import brought in, what it matched, and what it left out and why.

`ImportSummary.describe()` is the text the command line prints and the GUI shows: one
headline, the counts of what came in, then the skipped items and the notices (choices
the importer made for the user, such as the technique given to sources that had
none). `change` is the committed action, for the GUI's undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ImportSummary:
    """Counts, skipped items and notices of one REFI-QDA import."""

    path: Path
    kind: str                      # "project" or "codebook"
    name: str = ""
    origin: str = ""
    project_path: Path | None = None
    new_project: bool = False
    sources: int = 0
    sources_merged: int = 0
    codes_new: int = 0
    codes_matched: int = 0
    segments: int = 0
    memos: int = 0
    participants_new: int = 0
    participants_matched: int = 0
    skipped: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    change: object = None

    @property
    def codes(self) -> int:
        return self.codes_new + self.codes_matched

    def describe(self) -> str:
        """A printable, multi-line account of the import."""
        what = "REFI-QDA project" if self.kind == "project" else "REFI-QDA codebook"
        named = f" '{self.name}'" if self.name else ""
        made_by = f" (made by {self.origin})" if self.origin else ""
        into = ("into the new project " if self.new_project else "into ") + str(
            self.project_path or "the project")
        lines = [f"Imported the {what}{named}{made_by} from {self.path} {into}."]
        came = [f"{self.codes_new} new code(s)"]
        if self.codes_matched:
            came.append(f"{self.codes_matched} code(s) matched to existing ones")
        if self.kind == "project":
            came.append(f"{self.sources} text source(s)")
            if self.sources_merged:
                came.append(f"{self.sources_merged} source(s) already present (codings "
                            "merged)")
            came += [f"{self.segments} coded segment(s)", f"{self.memos} memo(s)",
                     f"{self.participants_new} new participant(s)"]
            if self.participants_matched:
                came.append(f"{self.participants_matched} participant(s) matched to "
                            "existing ones")
        lines.append("Came in: " + ", ".join(came) + ".")
        if self.skipped:
            lines.append(f"Skipped ({len(self.skipped)}):")
            lines += [f"  - {item}" for item in self.skipped]
        else:
            lines.append("Nothing was skipped.")
        if self.notices:
            lines.append("Notes:")
            lines += [f"  - {item}" for item in self.notices]
        return "\n".join(lines)
