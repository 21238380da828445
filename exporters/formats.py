"""Every file format Telaah exports, listed once: the CLI and the GUI dispatch on it.

`FORMATS` maps a key to an `ExportFormat`: the file's suffix; what the file is
(`label`: the CLI says "Wrote the {label} to ..."); the save dialog's `file_filter`
(both English; the GUI translates them with `gui.i18n.format_text`, context
"ExportFormats", which `tools/update_translations.py` collects from here); what it is
a file *of* (`subject`: the whole project, one questionnaire, one interview guide, the
network map); the options it `accepts`; and `write`, the function that writes it,
imported on its first call, so the command line starts fast and REFI-QDA, python-docx
or matplotlib load only for their formats.

The project formats (`of_subject(PROJECT)`: docx, xlsx, qdpx, qdc, in menu order) share
one call, `write(project, path, options, progress)` with an `ExportOptions`
(`cli/commands/export.py`, the Export dialog, the REFI-QDA menu commands). The others
keep their writer's own arguments, since what they write is chosen by a questionnaire,
a guide or a filtered network view (`survey export-form`, `survey export`,
`guide export`, `network --output`, and the matching GUI commands).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from exporters.options import ExportOptions
from storage.progress import Progress

PROJECT, FORM, GUIDE, NETWORK = "project", "questionnaire", "guide", "network"
# the ExportOptions a format reads (the others it refuses or ignores)
REPORT_OPTIONS = frozenset({"language", "pseudonymize", "include_real_names", "frameworks",
                            "groups", "max_quotes", "quote_timestamps", "include_all",
                            "include_memos"})
REFI_OPTIONS = frozenset({"language", "pseudonymize"})


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its file, what it is, what it accepts, and its writer."""

    key: str
    suffix: str
    label: str           # "Word report": what the file is (English; the GUI translates)
    file_filter: str     # the save dialog's filter (English; the GUI translates)
    subject: str         # PROJECT, FORM, GUIDE or NETWORK
    accepts: frozenset[str]
    write: Callable      # project formats: (project, path, options, progress)

    def with_suffix(self, path: str | Path) -> Path:
        """`path` ending in this format's suffix (added when it has another)."""
        path = Path(path)
        return path if path.suffix.lower() == self.suffix else path.with_name(
            path.name + self.suffix)


def _lazy(target: str) -> Callable:
    """The function `target` ("module:function"), imported on its first call;
    `.resolve()` imports and returns it."""
    module, _, name = target.partition(":")

    def resolve() -> Callable:
        return getattr(importlib.import_module(module), name)

    def write(*args, **kwargs):
        return resolve()(*args, **kwargs)

    write.__name__ = write.__qualname__ = name
    write.__doc__ = f"Writes with `{module}.{name}` (imported when first called)."
    write.resolve = resolve
    return write


def _now(function: Callable) -> Callable:
    """A writer defined here: `.resolve()` gives it, like `_lazy` writers."""
    function.resolve = lambda: function
    return function


@_now
def write_qdpx(project, path, options: ExportOptions, progress: Progress | None = None):
    """The whole project as REFI-QDA: labels in `options.language`, `options.positions`."""
    from exporters.refi import write_qdpx as write

    return write(project, path, progress, label_language=options.language,
                 positions=options.positions, pseudonymize=options.pseudonymize)


@_now
def write_qdc(project, path, options: ExportOptions, progress: Progress | None = None):
    """The project's codebook as REFI-QDA (no progress: it is quick)."""
    from exporters.refi import write_qdc as write

    return write(project, path, label_language=options.language,
                 pseudonymize=options.pseudonymize)


FORMATS: dict[str, ExportFormat] = {f.key: f for f in (
    ExportFormat("docx", ".docx", "Word report", "Word document (*.docx)", PROJECT,
                 REPORT_OPTIONS, _lazy("exporters.word.report:write_docx")),
    ExportFormat("xlsx", ".xlsx", "Excel workbook", "Excel workbook (*.xlsx)", PROJECT,
                 REPORT_OPTIONS, _lazy("exporters.excel.workbook:write_xlsx")),
    ExportFormat("qdpx", ".qdpx", "REFI-QDA project", "REFI-QDA project (*.qdpx)", PROJECT,
                 REFI_OPTIONS | {"positions"}, write_qdpx),
    ExportFormat("qdc", ".qdc", "REFI-QDA codebook", "REFI-QDA codebook (*.qdc)", PROJECT,
                 REFI_OPTIONS, write_qdc),
    ExportFormat("xlsform", ".xlsx", "questionnaire", "Excel workbooks (*.xlsx)", FORM,
                 frozenset(), _lazy("exporters.forms.xlsform:export_form")),
    ExportFormat("responses", ".xlsx", "responses", "Excel workbooks (*.xlsx)", FORM,
                 frozenset({"labels", "language", "pseudonymize"}),
                 _lazy("exporters.forms.responses:write_survey_xlsx")),
    ExportFormat("guide", ".docx", "interview guide", "Word documents (*.docx)", GUIDE,
                 frozenset({"language", "group", "pseudonymize"}),
                 _lazy("exporters.forms.guide:write_guide_docx")),
    ExportFormat("png", ".png", "network map", "PNG image (*.png)", NETWORK,
                 frozenset({"pseudonymize"}), _lazy("exporters.network.figure:write_figure")),
    ExportFormat("svg", ".svg", "network map", "SVG drawing (*.svg)", NETWORK,
                 frozenset({"pseudonymize"}), _lazy("exporters.network.figure:write_figure")),
)}


def of_subject(subject: str) -> dict[str, ExportFormat]:
    """The formats written of one kind of thing, in menu order (PROJECT: docx, xlsx,
    qdpx, qdc; NETWORK: png, svg)."""
    return {key: f for key, f in FORMATS.items() if f.subject == subject}
