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


# what the core may still read from the per-machine config (the coder name becomes an
# explicit input with team coding); everything else is passed in by gui/ and cli/
CONFIG_READS_ALLOWED_IN_CORE = {"coder_name"}


def _config_reads(tree) -> set[str]:
    """The names a module reads from `storage.config` (attributes or imported names)."""
    import ast

    aliases, reads = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "storage":
            aliases.update(a.asname or a.name for a in node.names if a.name == "config")
        elif isinstance(node, ast.ImportFrom) and node.module == "storage.config":
            reads.update(a.name for a in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "storage.config":
                    reads.add("*import storage.config*" if alias.asname is None else "")
                    aliases.add(alias.asname or "")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in aliases):
            reads.add(node.attr)
    return reads - {""}


def test_core_reads_no_per_machine_setting():
    import ast

    offenders = []
    for package in CORE:
        for path in (ROOT / package).rglob("*.py"):
            if path == ROOT / "storage" / "config.py":
                continue
            reads = _config_reads(ast.parse(path.read_text(encoding="utf-8")))
            if reads - CONFIG_READS_ALLOWED_IN_CORE:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(reads)}")
    assert offenders == []


def test_the_config_check_sees_a_read():
    import ast

    tree = ast.parse("from storage import config\nx = config.get('backups_kept')\n")
    assert _config_reads(tree) == {"get"}
    assert _config_reads(ast.parse("from storage.config import load\n")) == {"load"}
def test_gui_follows_changes_by_kind_not_by_table():
    """No GUI module imports the journal, names a table (or a column the schema renames
    for its models), or asks a Change the old table-level questions."""
    import ast

    from storage.kinds import TABLE_KINDS, Kind

    tables = {table for table in TABLE_KINDS if table not in set(Kind)}
    forbidden = tables | {"start_pos", "end_pos"}
    table_questions = {"tables", "touches", "unjournaled", "ops"}
    problems = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if _imports_journal(node):
                problems.append(f"{name}:{node.lineno} imports storage.journal")
            elif isinstance(node, ast.Constant) and node.value in forbidden:
                problems.append(f"{name}:{node.lineno} names the table/column {node.value!r}")
            elif isinstance(node, ast.Attribute) and node.attr in table_questions:
                problems.append(f"{name}:{node.lineno} asks .{node.attr}")
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr == "ids" and node.args
                  and isinstance(node.args[0], ast.Constant)):
                problems.append(f"{name}:{node.lineno} asks .ids({node.args[0].value!r})")
    assert problems == []


def _imports_journal(node) -> bool:
    import ast

    if isinstance(node, ast.ImportFrom):
        return node.module == "storage.journal" or (
            node.module == "storage" and any(a.name == "journal" for a in node.names))
    return isinstance(node, ast.Import) and any(a.name == "storage.journal"
                                                for a in node.names)
