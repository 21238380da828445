"""Parse the command line and run one command; errors become one line and exit 2.

Each module in `cli.commands` exposes `register(subparsers)`, adding its commands with
`set_defaults(run=function)`; a command function takes the parsed arguments and
returns the exit code. A `TelaahError` (bad input, refusal) prints its message on
stderr and exits 2; any other exception is logged to a file and reported in one line,
never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import traceback
from datetime import datetime

from storage import config
from storage.errors import TelaahError
from storage.faults import as_telaah_error


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors in one line (and still exits 2)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message}\n")


def command_modules():
    from cli.commands import (
        analysis,
        autocode,
        backups,
        evaluation,
        export,
        group,
        guide,
        media,
        network,
        participant,
        password,
        privacy,
        project,
        sources,
        survey,
        team,
    )

    return [project, participant, group, sources, media, autocode, analysis, evaluation,
            export, backups, guide, network, survey, team, password, privacy]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="telaah", description="Telaah: qualitative analysis for "
                     "governance field research.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in command_modules():
        module.register(sub)
    for command in sub.choices.values():
        _add_coder_option(command)
    _add_force_unlock(parser)
    return parser


def _add_coder_option(command: argparse.ArgumentParser) -> None:
    """`--coder NAME` on every command, also on the actions of grouped commands
    (`tie add`, `participant add`...), where argparse reads the options given last."""
    nested = [a for a in command._actions if isinstance(a, argparse._SubParsersAction)]
    for group in nested:
        for action in group.choices.values():
            _add_coder_option(action)
    if not any("--coder" in a.option_strings for a in command._actions):
        command.add_argument("--coder", metavar="NAME", default=None,
                             help="who is coding (else TELAAH_CODER, else the "
                                  "configured coder name)")


def _add_force_unlock(parser: argparse.ArgumentParser) -> None:
    """Give every command (each leaf of the command tree) `--force-unlock`."""
    nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for action in nested:
        for command in {id(p): p for p in action.choices.values()}.values():
            _add_force_unlock(command)
    if not nested and parser.prog != "telaah":
        parser.add_argument("--force-unlock", action="store_true",
                            help="take over a lock left by Telaah on another computer")


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from cli import output

    output.FORCE_UNLOCK = bool(getattr(args, "force_unlock", False))
    output.set_session_coder(getattr(args, "coder", None))
    try:
        code = int(args.run(args) or 0)
        sys.stdout.flush()
        return code
    except BrokenPipeError:  # `... | head`: the reader has all it wanted; not an error
        _silence_stdout()
        return 0
    except TelaahError as error:
        print(f"telaah: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("telaah: interrupted", file=sys.stderr)
        return 2
    except (OSError, sqlite3.Error) as error:
        problem = as_telaah_error(error, getattr(args, "project", None) or "the file")
        if problem is None:
            return _internal_error(error)
        print(f"telaah: {problem}", file=sys.stderr)
        return 2
    except Exception as error:  # never show a traceback: log it and say where
        return _internal_error(error)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _internal_error(error: BaseException) -> int:
    log = _log_crash()
    print(f"telaah: internal error ({type(error).__name__}: {error}); "
          f"details in {log}", file=sys.stderr)
    return 2


def _log_crash() -> str:
    folder = config.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"cli-{datetime.now():%Y%m%d-%H%M%S}.log"
    path.write_text(traceback.format_exc(), encoding="utf-8")
    return str(path)
