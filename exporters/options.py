"""What the user asked of one export: report language, pseudonymisation, filters.

`ExportOptions` is the single options record every project export (Word, Excel,
REFI-QDA: `exporters.formats`) receives; the CLI and the export dialogs fill it in.
`check_options` refuses framework ids and stakeholder-group names the project does not
know, with one clear sentence, before anything is written. Exporters take a
`storage.progress.Progress` callback; when it says stop they raise
`storage.progress.Cancelled` and leave no file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.errors import TelaahError, ValidationError

LANGUAGES = ("id", "en")


class ExportError(TelaahError):
    """The export could not be written (bad folder, disk full); nothing was changed."""


@dataclass
class ExportOptions:
    """Choices for one export; the defaults give a pseudonymised-by-code Indonesian report.

    `frameworks` and `groups` are filters (empty: everything). `include_real_names`
    puts participants' real names in the participants table; `pseudonymize` replaces
    names, aliases, their parts, identifying organisations and the always-replace
    terms inside every text (`exporters.privacy.pseudonymize`) and always wins over real names.
    `max_quotes` bounds the key quotes printed per indicator in the Word report;
    `quote_timestamps` cites a transcript quote's nearest preceding timestamp.
    The report covers the indicators studied (judged or with evidence) unless
    `include_all`; `include_memos` adds the appendix of analytic memos. `positions`
    says how a REFI-QDA project counts selection positions (code points, the standard;
    UTF-16 units for NVivo).
    """

    language: str = "id"
    pseudonymize: bool = False
    include_real_names: bool = False
    frameworks: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    max_quotes: int = 3
    max_contradicting: int = 2
    quote_timestamps: bool = False      # "(00:12:34)" after a quote's attribution
    include_all: bool = False
    include_memos: bool = True
    positions: str = "codepoints"       # REFI-QDA selections: "codepoints" or "utf16"

    @property
    def show_real_names(self) -> bool:
        return self.include_real_names and not self.pseudonymize


def no_progress(_done: int, _total: int, _text: str = "") -> bool:
    return True


def check_options(project, options: ExportOptions) -> None:
    """Raise ValidationError for an unknown language, framework or group."""
    if options.language not in LANGUAGES:
        raise ValidationError(f"Unknown report language '{options.language}'; "
                              f"use one of {', '.join(LANGUAGES)}.")
    in_use = project.study.frameworks()
    for framework_id in options.frameworks:
        if framework_id not in in_use:
            known = ", ".join(in_use) or "none"
            raise ValidationError(f"The project does not use the framework '{framework_id}'; "
                                  f"its frameworks are: {known}.")
    names = [g.name for g in project.participants.groups()]
    for index, group in enumerate(options.groups):
        found = project.participants.group_by_name(group)  # either label, any case
        if found is None:
            raise ValidationError(f"There is no stakeholder group '{group}'. "
                                  f"Known groups: {', '.join(names)}.")
        options.groups[index] = found.name
    if options.max_quotes < 0:
        raise ValidationError("The number of quotes per indicator cannot be negative.")
