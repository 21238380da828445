"""Telaah's entry point: a command when one is given, otherwise the desktop app.

`python main.py` opens the app on the last project (the demo study on first start);
`python main.py PROJECT` opens that project; `python main.py COMMAND ...` runs a
command-line command (see `python main.py --help`).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from cli.main import run

    if argv and not _looks_like_project(argv[0]):
        return run(argv)
    from gui.app import run_gui

    return run_gui(argv[0] if argv else None)


def _looks_like_project(word: str) -> bool:
    from pathlib import Path

    from cli.main import command_names

    if word in command_names() or word.startswith("-"):
        return False
    return word.endswith(".telaah") or Path(word).is_file()


if __name__ == "__main__":
    sys.exit(main())
