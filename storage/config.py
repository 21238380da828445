"""Per-machine settings shared by the GUI and the command line.

The coder's name is set once per machine; the app and the command line pass it to
`Project.open(..., coder=)` (the core never reads it from here). Settings live in
`config.json` in the user's config folder (`$XDG_CONFIG_HOME/telaah`, or
`TELAAH_CONFIG_DIR` when set, which tests use). Each key is declared once in
`DEFAULTS` with its default; unknown keys in the file are kept untouched.
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import Any

from storage.backup import DEFAULT_KEEP

DEFAULTS: dict[str, Any] = {
    "coder": "",
    "ui_language": "",
    "report_language": "id",
    "font_size": 11,
    "backups_kept": DEFAULT_KEEP,
    "recent_projects": [],
    "recent_codes": {},          # project path -> code ids, most recent first
    "transcription": {},         # keys and seconds of the transcription mode (gui)
    "last_folders": {},          # kind of file -> folder its file dialog last used
}


def config_dir() -> Path:
    override = os.environ.get("TELAAH_CONFIG_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "telaah"


def data_dir() -> Path:
    """Where the app keeps user data such as the copied demo study."""
    override = os.environ.get("TELAAH_DATA_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "telaah"


def load() -> dict[str, Any]:
    values = dict(DEFAULTS)
    try:
        stored = json.loads((config_dir() / "config.json").read_text(encoding="utf-8"))
        if isinstance(stored, dict):
            values.update(stored)
    except (OSError, ValueError):
        pass
    return values


def get(key: str) -> Any:
    return load()[key]


def set_values(**values: Any) -> None:
    """Store the given keys, written atomically (temp file then rename)."""
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise KeyError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    current = load()
    current.update(values)
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / "config.json.tmp"
    temp.write_text(json.dumps(current, ensure_ascii=False, indent=1), encoding="utf-8")
    temp.replace(folder / "config.json")


def coder_name() -> str:
    """The coder's name, falling back to the login name (only a suggestion for the
    app's first-start question; nothing is stamped with it)."""
    name = str(get("coder") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "coder"


def backups_kept() -> int:
    """How many rotating backups of a project to keep (`Project.open(backups_kept=)`)."""
    try:
        return max(0, int(get("backups_kept")))
    except (TypeError, ValueError):
        return DEFAULT_KEEP


def report_language() -> str:
    """The language of reports and of REFI-QDA code names: 'id' or 'en'."""
    return "en" if get("report_language") == "en" else "id"
