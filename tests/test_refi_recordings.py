"""REFI-QDA and recordings: a transcribed interview written as an AudioSource with its
Transcript (sync points at timestamps and segment ends, TranscriptSelections), valid
against the XSD and read back; another program's VideoSource imported with its
recording and transcript; a pseudonymised export leaves the voice out."""

from __future__ import annotations

import zipfile

from lxml import etree
from media_files import tone_wav
from test_refi_support import maker, qde_of, schema

from exporters.refi import write_qdpx
from importers.recordings import attach_recording
from importers.refi import new_project_from_refi
from resources.refi import PROJECT_NS

Q = f"{{{PROJECT_NS}}}"
TRUST = "ag2008.process.trust_building"
CODE = "85D17F60-7BB0-481E-B742-B4861DD669DF"
TRANSCRIPT = ("[00:00:00] I: Selamat pagi.\n"
              "[00:00:02] P01: Kami percaya pada dinas karena mereka selalu datang.")


def _interview(project, tmp_path):
    source = project.sources.add("interview", "Wawancara P01", TRANSCRIPT, date="2024-05-02")
    attach_recording(project, source, tone_wav(tmp_path / "wawancara.wav", 3.0))
    code_id = project.codes.resolve(TRUST).id
    start = TRANSCRIPT.index("Kami percaya")
    segment = project.segments.add(source, code_id, start, start + 12, memo="inti")
    return source, segment, start


def test_recording_source_written_as_audio_source_and_read_back(project, tmp_path):
    source, _segment, start = _interview(project, tmp_path)
    out = tmp_path / "out.qdpx"
    write_qdpx(project, out)
    root = qde_of(out)
    schema().assertValid(root)
    (audio,) = root.iter(f"{Q}AudioSource")
    assert audio.get("path").startswith("internal://") and audio.get("path").endswith(".wav")
    (transcript,) = audio.iter(f"{Q}Transcript")
    points = {p.get("guid"): p for p in transcript.iter(f"{Q}SyncPoint")}
    timed = sorted((int(p.get("position")), int(p.get("timeStamp")))
                   for p in points.values() if p.get("timeStamp"))
    assert timed == [(0, 0), (TRANSCRIPT.index("[00:00:02]"), 2000)]
    (selection,) = transcript.iter(f"{Q}TranscriptSelection")
    assert int(points[selection.get("fromSyncPoint")].get("position")) == start
    assert int(points[selection.get("toSyncPoint")].get("position")) == start + 12
    assert selection.find(f"{Q}Description").text == "inti"
    with zipfile.ZipFile(out) as archive:
        assert audio.get("path").replace("internal://", "sources/") in archive.namelist()
    copy, _summary = new_project_from_refi(tmp_path / "copy.telaah", out)
    try:
        again = copy.sources.by_title("Wawancara P01")
        assert again.kind == "interview" and copy.sources.text(again.id) == TRANSCRIPT
        recording = copy.media.recording(again.id)
        assert abs(recording.duration_ms - 3000) < 100
        assert copy.media.check(recording) is None
        (segment,) = copy.segments.for_source(again.id)
        assert (segment.start, segment.end, segment.memo) == (start, start + 12, "inti")
        assert copy.codes.get(segment.code_id).node_id == TRUST
    finally:
        copy.close()


def test_pseudonymised_export_leaves_the_recording_out(project, tmp_path):
    _interview(project, tmp_path)
    out = tmp_path / "samaran.qdpx"
    write_qdpx(project, out, pseudonymize=True)
    root = qde_of(out)
    schema().assertValid(root)
    (audio,) = root.iter(f"{Q}AudioSource")
    assert audio.get("path") is None
    with zipfile.ZipFile(out) as archive:
        assert not [n for n in archive.namelist() if n.endswith(".wav")]


def test_foreign_video_source_imports_with_recording_and_transcript(tmp_path):
    e = maker()
    text = "Moderator: Apa kabar? Peserta: Kami percaya pada forum ini."
    start = text.index("Kami")
    video = e.VideoSource(
        e.Description("Rekaman forum"),
        e.Transcript(
            e.PlainTextContent(text),
            e.SyncPoint(guid="10000000-0000-4000-8000-000000000001", position="0",
                        timeStamp="0"),
            e.SyncPoint(guid="10000000-0000-4000-8000-000000000002", position=str(start)),
            e.SyncPoint(guid="10000000-0000-4000-8000-000000000003",
                        position=str(len(text))),
            e.TranscriptSelection(
                e.Coding(e.CodeRef(targetGUID=CODE),
                         guid="20000000-0000-4000-8000-000000000001"),
                guid="30000000-0000-4000-8000-000000000001",
                fromSyncPoint="10000000-0000-4000-8000-000000000002",
                toSyncPoint="10000000-0000-4000-8000-000000000003"),
            guid="40000000-0000-4000-8000-000000000001", name="Transkrip"),
        e.VideoSelection(e.Coding(e.CodeRef(targetGUID=CODE),
                                  guid="20000000-0000-4000-8000-000000000002"),
                         guid="30000000-0000-4000-8000-000000000002", begin="0", end="900"),
        guid="50000000-0000-4000-8000-000000000001", name="Forum 2024.mp4",
        path="internal://60000000-0000-4000-8000-000000000001.wav")
    root = e.Project(
        e.CodeBook(e.Codes(e.Code(guid=CODE, name="Kepercayaan", isCodable="true"))),
        e.Sources(video), name="Dari MAXQDA")
    schema().assertValid(root)
    path = tmp_path / "video.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", etree.tostring(root, xml_declaration=True,
                                                       encoding="utf-8"))
        archive.write(tone_wav(tmp_path / "forum.wav", 1.0),
                      "sources/60000000-0000-4000-8000-000000000001.wav")
    copy, summary = new_project_from_refi(tmp_path / "copy.telaah", path)
    try:
        source = copy.sources.by_title("Forum 2024.mp4")
        assert copy.sources.text(source.id) == text and source.memo == "Rekaman forum"
        assert copy.media.recording(source.id) is not None
        (segment,) = copy.segments.for_source(source.id)
        assert (segment.start, segment.end) == (start, len(text))
        assert any("1 time selection(s)" in line for line in summary.skipped)
    finally:
        copy.close()
