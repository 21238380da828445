"""REFI-QDA export: a whole project as `.qdpx`, or its codebook as `.qdc`.

`write_qdpx(project, path, progress=None)` and `write_qdc(project, path)` write files
in the namespaces `urn:QDA-XML:project:1.0` and `urn:QDA-XML:codebook:1.0` that
validate against the REFI schemas in `resources/refi/`; both return an
`ExportResult` (counts, `describe()`). What Telaah keeps that the schema has no
place for travels in a Description trailer (see `resources.refi`), so that
`importers.refi` restores it exactly. The format mapping is described in
`exporters/refi/writer.py`.
"""

from exporters.refi.writer import ExportResult, write_qdc, write_qdpx

__all__ = ["ExportResult", "write_qdc", "write_qdpx"]
