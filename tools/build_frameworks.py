"""Build the framework codebooks in resources/frameworks/ from the shared REFERENCE.md.

The reference describes each framework as a run of node blocks: a level-5 heading that
holds only the node id in backticks, then `- key: value` lines, with cues as numbered
sub-lines `[Speaker] "text" (EN: gloss)`. This script parses every block, checks the
result (block count per framework, unique ids, parents, aliases, DeSeve variants) and
writes one JSON file per framework. It is deterministic, so running it again on the
same reference gives byte-identical files.

Usage: python tools/build_frameworks.py [REFERENCE.md] [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = REPO_ROOT.parent / "shared" / "frameworks" / "REFERENCE.md"
DEFAULT_OUT_DIR = REPO_ROOT / "resources" / "frameworks"

FRAMEWORK_HEADING = re.compile(r"^## \d+\. (?P<label>.+?): `(?P<id>[a-z0-9_]+)`")
NODE_HEADING = re.compile(r"^##### `(?P<id>[a-z0-9_.]+)`\s*$")
FIELD = re.compile(r"^- (?P<key>[a-z_]+):(?:[ \t]+(?P<value>.*))?$")
CUE_ITEM = re.compile(r"^\s+\d+\.\s+(?P<body>.*)$")
CUE = re.compile(r'^\[(?P<speaker>[^\]]+)\]\s+"(?P<text>.+)"\s+\(EN:\s*(?P<gloss>.+)\)$')
VERSION = re.compile(r"^Reference version: \*\*(?P<version>[^*]+)\*\*")
VARIANT = re.compile(r"^(?P<variant>v\d+)\b")

LEVELS = ("framework", "dimension", "indicator", "sub")
STATUSES = ("source", "source-secondary", "operational", "alias", "deprecated")
SCALAR_KEYS = {
    "level",
    "parent",
    "status",
    "variants",
    "alias_of",
    "label_en",
    "label_id",
    "aliases_id",
    "def_en",
    "def_id",
    "counter_cue",
}
REQUIRED_KEYS = ("level", "parent", "status", "label_en", "label_id", "def_en", "def_id")
NO_PARENT = {"—", "-", "–", ""}


class ReferenceFormatError(ValueError):
    """REFERENCE.md does not have the shape this script expects."""


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _strip_ticks(value: str) -> str:
    return value.strip().strip("`").strip()


# --- reading node blocks -------------------------------------------------------------


def _block_lines(lines: list[str], start: int) -> list[tuple[int, str]]:
    """The lines of the block whose heading is at `start`, up to the next heading or rule.

    A non-indented line that is not a field and follows a blank line is prose, which
    also ends the block.
    """
    block: list[tuple[int, str]] = []
    after_blank = False
    for number in range(start + 1, len(lines)):
        line = lines[number]
        if line.startswith("#") or line.strip() == "---":
            break
        if not line.strip():
            after_blank = True
            continue
        if after_blank and not line[0].isspace() and not FIELD.match(line):
            break
        block.append((number + 1, line))
        after_blank = False
    return block


def _raw_fields(node_id: str, block: list[tuple[int, str]]) -> dict[str, object]:
    """Field name to text (or list of cue texts), with continuation lines joined."""
    fields: dict[str, object] = {}
    key: str | None = None
    for number, line in block:
        field = FIELD.match(line)
        item = CUE_ITEM.match(line)
        if field:
            key = field["key"]
            if key in fields:
                raise ReferenceFormatError(f"line {number}: {node_id} repeats field {key!r}")
            if key not in SCALAR_KEYS and key != "cues":
                raise ReferenceFormatError(f"line {number}: {node_id} has unknown field {key!r}")
            fields[key] = [] if key == "cues" else (field["value"] or "")
        elif key == "cues" and item:
            fields["cues"].append(item["body"])
        elif key is None:
            raise ReferenceFormatError(f"line {number}: text before the first field of {node_id}")
        elif key == "cues":
            if not fields["cues"]:
                raise ReferenceFormatError(f"line {number}: {node_id} cue text without a number")
            fields["cues"][-1] += " " + line
        else:
            fields[key] = f"{fields[key]} {line}"
    return fields


def _cue(node_id: str, text: str) -> dict[str, str]:
    match = CUE.match(_squash(text))
    if not match:
        raise ReferenceFormatError(f"{node_id}: cannot read cue {text!r}")
    return {key: _squash(match[key]) for key in ("speaker", "text", "gloss")}


def _variants(node_id: str, text: str) -> list[str]:
    variants = []
    for part in text.split(","):
        match = VARIANT.match(part.strip())
        if not match:
            raise ReferenceFormatError(f"{node_id}: cannot read variant {part.strip()!r}")
        variants.append(match["variant"])
    return variants


def _node(node_id: str, fields: dict[str, object]) -> dict[str, object]:
    missing = [key for key in REQUIRED_KEYS if not _squash(str(fields.get(key, "")))]
    if missing:
        raise ReferenceFormatError(f"{node_id}: missing {', '.join(missing)}")
    text = {key: _squash(value) for key, value in fields.items() if key != "cues"}
    parent = _strip_ticks(text["parent"])
    counter = text.get("counter_cue")
    alias_of = text.get("alias_of")
    return {
        "id": node_id,
        "level": text["level"],
        "parent": None if parent in NO_PARENT else parent,
        "status": text["status"],
        "variants": _variants(node_id, text["variants"]) if text.get("variants") else [],
        "label_en": text["label_en"],
        "label_id": text["label_id"],
        "aliases_id": [a.strip() for a in text.get("aliases_id", "").split(";") if a.strip()],
        "def_en": text["def_en"],
        "def_id": text["def_id"],
        "cues": [_cue(node_id, cue) for cue in fields.get("cues", [])],
        "counter_cue": _cue(node_id, counter) if counter else None,
        "alias_of": _strip_ticks(alias_of) if alias_of else None,
    }


# --- sections, citations, version ----------------------------------------------------


def _sections(lines: list[str]) -> list[tuple[str, int, int]]:
    """(heading, first line index, end index) of every level-2 section."""
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
    ends = starts[1:] + [len(lines)]
    return [(lines[s], s, e) for s, e in zip(starts, ends, strict=True)]


def _citation_bullets(lines: list[str]) -> list[str]:
    """The top-level bullets of section 1.1, markdown emphasis removed, one line each."""
    if "### 1.1 Frameworks" not in lines:
        raise ReferenceFormatError("no '### 1.1 Frameworks' section")
    start = lines.index("### 1.1 Frameworks")
    bullets: list[str] = []
    in_top = False
    for line in lines[start + 1 :]:
        if line.startswith(("#", "---")):
            break
        if line.startswith("- "):
            bullets.append(line[2:])
            in_top = True
        elif line.startswith("  ") and not line.lstrip().startswith("- ") and in_top:
            bullets[-1] += " " + line
        elif line.strip():
            in_top = False
    return [_squash(bullet.replace("*", "")) for bullet in bullets]


def _citation(bullets: list[str], short_label: str) -> str:
    surname = re.split(r"[ ,&]", short_label, maxsplit=1)[0]
    year = re.search(r"\((\d{4})\)", short_label)
    found = [b for b in bullets if b.startswith(surname + ",") and year and year[0] in b]
    if len(found) != 1:
        raise ReferenceFormatError(f"expected one citation for {short_label!r} in 1.1")
    return found[0]


def _reference_version(lines: list[str]) -> str:
    for line in lines:
        match = VERSION.match(line)
        if match:
            return match["version"].strip()
    raise ReferenceFormatError("no 'Reference version: **x**' line")


# --- checks --------------------------------------------------------------------------


def _check(framework_id: str, nodes: list[dict], heading_count: int) -> None:
    def fail(message: str) -> None:
        raise ReferenceFormatError(f"{framework_id}: {message}")

    if len(nodes) != heading_count:
        fail(f"parsed {len(nodes)} nodes but found {heading_count} '##### ' headings")
    seen: dict[str, dict] = {}
    for node in nodes:
        node_id = node["id"]
        if node_id in seen:
            fail(f"duplicate id {node_id}")
        if node_id != framework_id and not node_id.startswith(framework_id + "."):
            fail(f"{node_id} does not start with the framework prefix")
        if node["level"] not in LEVELS or node["status"] not in STATUSES:
            fail(f"{node_id} has level {node['level']!r} / status {node['status']!r}")
        _check_parent(node, seen, fail)
        if (node["status"] == "alias") != (node["alias_of"] is not None):
            fail(f"{node_id}: status alias and alias_of must go together")
        seen[node_id] = node
    roots = [n["id"] for n in nodes if n["parent"] is None]
    if roots != [framework_id]:
        fail(f"roots are {roots}, expected [{framework_id!r}]")
    for node in nodes:
        if node["alias_of"] and node["alias_of"] not in seen:
            fail(f"{node['id']} points to unknown {node['alias_of']}")


def _check_parent(node: dict, seen: dict[str, dict], fail) -> None:
    parent = node["parent"]
    if parent is None:
        if node["level"] != "framework":
            fail(f"{node['id']} has no parent")
        return
    if parent not in seen:
        fail(f"{node['id']}: parent {parent} is not an earlier node")
    if not node["id"].startswith(parent + "."):
        fail(f"{node['id']} is not named under its parent {parent}")
    if LEVELS.index(seen[parent]["level"]) >= LEVELS.index(node["level"]):
        fail(f"{node['id']} ({node['level']}) sits under a {seen[parent]['level']}")


def _variant_lists(framework_id: str, nodes: list[dict]) -> dict[str, list[str]]:
    names = sorted({v for n in nodes for v in n["variants"]}, key=lambda v: -int(v[1:]))
    if names and any(not n["variants"] for n in nodes if n["parent"] is not None):
        raise ReferenceFormatError(f"{framework_id}: some nodes have no variants line")
    return {name: [n["id"] for n in nodes if name in n["variants"]] for name in names}


# --- assembling ----------------------------------------------------------------------


def _framework(lines: list[str], start: int, end: int, common: dict) -> dict:
    heading = FRAMEWORK_HEADING.match(lines[start])
    framework_id, short_label = heading["id"], heading["label"].strip()
    nodes, headings = [], 0
    for index in range(start, end):
        if lines[index].startswith("##### "):
            headings += 1
        match = NODE_HEADING.match(lines[index])
        if match:
            block = _block_lines(lines, index)
            nodes.append(_node(match["id"], _raw_fields(match["id"], block)))
    _check(framework_id, nodes, headings)
    data: dict[str, object] = {
        "id": framework_id,
        "reference_version": common["version"],
        "citation": _citation(common["bullets"], short_label),
        "short_label_en": short_label,
        "short_label_id": short_label.replace(" & ", " dan "),
    }
    variants = _variant_lists(framework_id, nodes)
    if variants:
        data["variants"] = variants
    data["nodes"] = nodes
    return data


def parse_reference(text: str) -> list[dict]:
    """Every framework in the reference, as the dicts written to JSON, in file order."""
    lines = text.splitlines()
    common = {"version": _reference_version(lines), "bullets": _citation_bullets(lines)}
    frameworks = [
        _framework(lines, start, end, common)
        for heading, start, end in _sections(lines)
        if FRAMEWORK_HEADING.match(heading)
    ]
    if not frameworks:
        raise ReferenceFormatError("no framework sections ('## N. Label: `id`') found")
    total = sum(1 for line in lines if line.startswith("##### "))
    if total != sum(len(f["nodes"]) for f in frameworks):
        raise ReferenceFormatError("some '##### ' headings sit outside framework sections")
    return frameworks


def render(framework: dict) -> str:
    return json.dumps(framework, ensure_ascii=False, indent=1) + "\n"


def build(reference: Path, out_dir: Path) -> dict[str, int]:
    """Write one JSON file per framework into `out_dir`; return node counts by id."""
    frameworks = parse_reference(reference.read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for framework in frameworks:
        path = out_dir / f"{framework['id']}.json"
        path.write_bytes(render(framework).encode("utf-8"))
    return {f["id"]: len(f["nodes"]) for f in frameworks}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", nargs="?", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    args = parser.parse_args(argv)
    try:
        counts = build(args.reference, args.out_dir)
    except (OSError, ReferenceFormatError) as error:
        sys.stderr.write(f"build_frameworks: {error}\n")
        return 1
    for framework_id, count in counts.items():
        sys.stdout.write(f"{args.out_dir / framework_id}.json: {count} nodes\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
