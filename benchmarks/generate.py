"""Deterministic generator of a large study for the benchmarks.

At scale 1.0: 500 sources over the three techniques holding about 30 million
characters of Indonesian-like text with emoji, 400 codes (the three frameworks plus
custom codes), 100,000 coded segments, 2,000 memos, 60 participants in the seeded
stakeholder groups (all of whom gave consent, so every segment is exported), plus one
1,000,000-character transcript with 5,000 segments. The
same seed always gives the same study. Written through the storage API in bulk actions
without an undo journal (`journal=False`), as a very large import would be.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from storage import Project
from storage.models import DEFAULT_GROUPS, TECHNIQUES

WORDS = ("kami", "dinas", "koperasi", "umkm", "platform", "pelatihan", "ekspor", "kurasi",
         "produk", "kedutaan", "pameran", "rapat", "koordinasi", "bulanan", "data", "dibagi",
         "belum", "sudah", "kepercayaan", "komitmen", "tujuan", "bersama", "aturan", "jelas",
         "akses", "sumber", "daya", "anggaran", "informasi", "grup", "whatsapp", "pendamping",
         "sertifikasi", "halal", "ongkos", "kirim", "pembeli", "luar", "negeri", "batik",
         "kopi", "rotan", "kerajinan", "mitra", "forum", "dialog", "tatap", "muka", "hasil",
         "sementara", "kesepakatan", "MoU", "PKS", "laporan", "evaluasi", "kendala", "bahasa",
         "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "itu", "ini", "tidak", "ada",
         "juga", "karena", "jadi", "kalau", "sangat", "cukup", "kurang", "optimal", "café")
EMOJI = ("👍", "🙏", "😀", "👍🏽", "☕", "🇮🇩")
LARGE_SOURCES, LARGE_CHARS, LARGE_SEGMENTS, LARGE_MEMOS = 500, 30_000_000, 100_000, 2_000
# Bumped when the study changes; `benchmarks.run` rebuilds a study of another version.
# 2: participants gave consent (issue 13: exports quote only those who did).
VERSION = 2
BIG_TRANSCRIPT_CHARS, BIG_TRANSCRIPT_SEGMENTS, TOTAL_CODES = 1_000_000, 5_000, 400


@dataclass
class GeneratedStudy:
    path: Path
    big_source_id: int
    sources: int
    characters: int
    codes: int
    segments: int
    memos: int


def make_text(rng: random.Random, length: int, speakers: tuple[str, ...]) -> str:
    """Transcript-like text of about `length` code points."""
    parts: list[str] = []
    size = 0
    while size < length:
        speaker = rng.choice(speakers)
        words = [rng.choice(WORDS) for _ in range(rng.randint(12, 60))]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), rng.choice(EMOJI))
        line = f"{speaker}: {' '.join(words).capitalize()}.\n"
        parts.append(line)
        size += len(line)
    return "".join(parts)[:length]


def generate_large_study(path: str | Path, scale: float = 1.0, seed: int = 2026) -> GeneratedStudy:
    """Write the large study to `path` (which must not exist); see the module docstring."""
    rng = random.Random(seed)
    path = Path(path)
    project = Project.create(path, title="Studi besar (benchmark)",
                             frameworks=["ag2008", "deseve2007", "enb2012"],
                             deseve_variant="v9")
    try:
        counts = _populate(project, rng, scale)
    finally:
        project.close()
    return GeneratedStudy(path, *counts)


def _populate(project: Project, rng: random.Random, scale: float):
    n_sources = max(3, int(LARGE_SOURCES * scale))
    per_source = max(200, int(LARGE_CHARS * scale) // n_sources)
    with project.action("Generate participants", journal=False):
        participants = _participants(project, rng, max(6, int(60 * scale)))
    code_ids = _codes(project, max(10, int(TOTAL_CODES * scale)))
    sources, characters = [], 0
    for index in range(n_sources):
        kind = TECHNIQUES[index % 3]
        with project.action("Generate source", journal=False):
            text = make_text(rng, per_source, ("Pewawancara", f"P{index % 60 + 1:02d}"))
            source_id = project.sources.add(
                kind, f"{kind[:3].upper()}-{index + 1:03d}", text,
                participant_ids=[rng.choice(participants)],
                date=f"2025-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}")
        sources.append((source_id, len(text)))
        characters += len(text)
    segments = _segments(project, rng, sources, code_ids, max(50, int(LARGE_SEGMENTS * scale)))
    big_len = max(2000, int(BIG_TRANSCRIPT_CHARS * scale))
    with project.action("Generate big transcript", journal=False):
        big_text = make_text(rng, big_len, ("Pewawancara", "P01"))
        big_id = project.sources.add("interview", "Transkrip panjang", big_text,
                                     participant_ids=[participants[0]], date="2025-06-01")
    segments += _segments(project, rng, [(big_id, len(big_text))], code_ids,
                          max(25, int(BIG_TRANSCRIPT_SEGMENTS * scale)))
    memos = _memos(project, rng, sources, code_ids, max(10, int(LARGE_MEMOS * scale)))
    return (big_id, len(sources) + 1, characters + len(big_text), project.codes.count(),
            segments, memos)


def _participants(project: Project, rng: random.Random, count: int) -> list[int]:
    groups = [project.participants.resolve_group(name) for name in DEFAULT_GROUPS]
    return [project.participants.add(f"P{i + 1:02d}", name=f"Informan {i + 1}",
                                     group_id=groups[i % len(groups)],
                                     organisation=f"Organisasi {i % 12}",
                                     consent_status="given", consent_date="2025-03-01")
            for i in range(count)]


def _codes(project: Project, total: int) -> list[int]:
    existing = [c.id for c in project.codes.list()]
    with project.action("Generate custom codes", journal=False):
        parents = [project.codes.add(f"Theme {i}", f"Tema {i}") for i in range(10)]
        index = 0
        while project.codes.count() < total:
            project.codes.add(f"Custom {index}", f"Kode {index}",
                              parent_id=parents[index % len(parents)])
            index += 1
    return [c.id for c in project.codes.list() if c.id not in existing] + existing


def _segments(project: Project, rng: random.Random, sources, code_ids, count: int) -> int:
    per_source = max(1, count // len(sources))
    made = 0
    with project.action("Generate segments", journal=False) as act:
        for source_id, length in sources:
            for _ in range(per_source):
                start = rng.randrange(0, max(1, length - 60))
                end = min(length, start + rng.randint(40, 600))
                project.segments.insert(
                    act, source_id, rng.choice(code_ids), start, end, coder="Generator",
                    valence="contradicts" if rng.random() < 0.15 else "supports",
                    text_length=length)
                made += 1
    return made


def _memos(project: Project, rng: random.Random, sources, code_ids, count: int) -> int:
    with project.action("Generate memos", journal=False):
        for index in range(count):
            if index % 2:
                target = ("source", rng.choice(sources)[0])
            else:
                target = ("code", rng.choice(code_ids))
            project.memos.add(target[0], target[1], f"Memo {index}",
                              make_text(rng, 400, ("Catatan",)), author="Generator")
    return count
