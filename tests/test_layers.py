"""The core never needs Qt: every core module imports where PySide6 cannot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ("storage", "importers", "analysis", "exporters")

SCRIPT = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is not allowed in the core: " + name)
sys.meta_path.insert(0, Block())
failed = []
for package in {core!r}:
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        try:
            importlib.import_module(info.name)
        except ImportError as error:
            failed.append(f"{{info.name}}: {{error}}")
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def test_core_packages_import_without_qt():
    result = subprocess.run([sys.executable, "-c", SCRIPT.format(core=CORE)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_sql_outside_storage():
    import re

    pattern = re.compile(r"\.execute\(|\b(SELECT\s.+\sFROM|INSERT INTO|DELETE FROM)\b")
    offenders = []
    for package in ("gui", "importers", "analysis", "exporters", "cli"):
        for path in (ROOT / package).rglob("*.py"):
            if pattern.search(path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
