"""Real files for the media tests, generated in the test: a tone as WAV, speech with
espeak-ng (when installed), government-like PDFs (reportlab), a scan-like PDF, an
encrypted PDF, and a JPEG carrying EXIF date, GPS position and a camera serial."""

from __future__ import annotations

import io
import math
import shutil
import struct
import subprocess
import wave
from pathlib import Path

import pytest


def tone_wav(path: Path, seconds: float = 3.0, rate: int = 16000) -> Path:
    """A 440 Hz tone (stdlib `wave`)."""
    frames = b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
                      for i in range(int(seconds * rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


def speech_wav(path: Path, text: str = "Selamat pagi. Ini wawancara pertama tentang forum "
               "desa dan kepercayaan antar pemangku kepentingan.") -> Path:
    """Indonesian speech from espeak-ng, padded to about eight seconds with sox when it
    is there; skips the test with a reason when espeak-ng is missing."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng; .ci/run does)")
    subprocess.run(["espeak-ng", "-v", "id", "-w", str(path), text], check=True,
                   capture_output=True)
    return path


def report_pdf(path: Path, pages: int) -> list[str]:
    pytest.importorskip("reportlab", reason="reportlab (test extra) writes the test PDFs")
    from benchmarks.pdf_samples import write_report

    return write_report(path, pages)


def scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages are only pictures (no text layer), like a scan."""
    pytest.importorskip("reportlab", reason="reportlab (test extra) writes the test PDFs")
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for page in range(pages):
        image = Image.new("RGB", (400, 560), "white")
        ImageDraw.Draw(image).rectangle((40, 40 + page * 20, 360, 120), fill="black")
        canvas.drawImage(ImageReader(image), 0, 0, *A4)
        canvas.showPage()
    canvas.save()
    return path


def encrypted_pdf(source: Path, path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="rahasia", algorithm="RC4-128")
    with open(path, "wb") as out:
        writer.write(out)
    return path


def exif_jpeg(path: Path, size=(640, 480)) -> Path:
    """A JPEG with DateTimeOriginal, a GPS position near Yogyakarta and a body serial."""
    from PIL import Image

    image = Image.new("RGB", size, (120, 160, 200))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Fujifilm", "X-T30"
    exif.get_ifd(0x8769).update({0x9003: "2024:05:17 09:30:00", 0xA431: "SN-123456"})
    exif.get_ifd(0x8825).update({1: "S", 2: (7.0, 47.0, 44.16), 3: "E",
                                 4: (110.0, 22.0, 10.92)})
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    path.write_bytes(buffer.getvalue())
    return path
