"""The desktop interface (PySide6). Only this package and `main.py` import Qt.

The modules at this root are the shell every feature builds on: `app` (start-up),
`bridge` (the one link to the open project and the undo stack), `jobs` (background
work), `selection` (what the user looks at, shared between panels), `i18n`, `offsets`
(code points and UTF-16), `dialog_parts`, `file_dialogs`, `fonts`, `undo_labels`,
`main_window` (arranges features), `features` (the list of them), `project_guard` and
`empty_state`. Each sub-package is a feature (or a few that belong together):
`project`, `exchange`, `preferences`, `sources`, `text`, `codebook`, `retrieval`,
`memos`, `search`, `evaluation`, `transcription`, `images`, `network`, `surveys`,
`field`, `team`; a feature is a class `(window, bridge, selection)` adding its docks
and actions.
"""
