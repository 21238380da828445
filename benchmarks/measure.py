"""Run one benchmark measure in this process and print its figures as one JSON line.

Used by `benchmarks.run`, one subprocess per measure:
`python -m benchmarks.measure NAME PROJECT --big-source ID --runs N`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from benchmarks.measures import MEASURES, Context, peak_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("name", choices=sorted(MEASURES))
    parser.add_argument("project", type=Path)
    parser.add_argument("--big-source", type=int, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--encrypted", action="store_true",
                        help="the study is encrypted; its password is in TELAAH_PASSWORD")
    args = parser.parse_args(argv)
    password = os.environ.get("TELAAH_PASSWORD") if args.encrypted else None
    context = Context(args.project, args.big_source, max(1, args.runs), password)
    figures = MEASURES[args.name].fn(context)
    figures["name"] = args.name
    figures.setdefault("peak_mb", peak_mb())
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
