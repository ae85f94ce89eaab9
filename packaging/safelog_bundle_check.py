"""Checks that a PyInstaller bundle of SafeLog carries every library the core needs.

Run by the packaged ``safelog-cli`` (and ``safelog``) when SAFELOG_BUNDLE_CHECK=1 is set; see
packaging/smoke_test.sh. Every check works on small in-memory data: nothing is read from or
written to the user's folders. Prints one line per check and returns 0 only if all pass.

Native code and data files are what PyInstaller most often misses (an extension module's own
shared libraries, a plug-in found by name at run time, a module imported with importlib), so each
check makes the library do real work rather than only importing it.
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import sys
from collections.abc import Callable

Check = Callable[[], str]


def _sqlcipher() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.executescript("PRAGMA key = \"x'" + "11" * 32 + "'\";")
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
        conn.execute("INSERT INTO t VALUES ('grey car at the station')")
        hits = conn.execute("SELECT count(*) FROM t WHERE t MATCH 'station'").fetchone()[0]
    finally:
        conn.close()
    if hits != 1:
        raise RuntimeError("FTS5 search found nothing")
    return f"SQLCipher {version}, FTS5"


def _argon2() -> str:
    from argon2.low_level import Type, hash_secret_raw

    key = hash_secret_raw(
        b"passphrase",
        b"0123456789abcdef",
        time_cost=1,
        memory_cost=1024,
        parallelism=1,
        hash_len=32,
        type=Type.ID,
    )
    if len(key) != 32:
        raise RuntimeError("wrong key length")
    return "Argon2id"


def _cryptography() -> str:
    import cryptography
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = AESGCM.generate_key(bit_length=256)
    nonce = b"\x00" * 12
    box = AESGCM(key).encrypt(nonce, b"master key", b"header")
    if AESGCM(key).decrypt(nonce, box, b"header") != b"master key":
        raise RuntimeError("AES-GCM round trip failed")
    return f"cryptography {cryptography.__version__}, AES-256-GCM"


def _pillow() -> str:
    import PIL
    from PIL import Image

    formats = []
    for fmt in ("PNG", "JPEG", "TIFF", "WEBP"):
        buf = io.BytesIO()
        Image.new("RGB", (8, 8), (40, 96, 124)).save(buf, format=fmt)
        buf.seek(0)
        with Image.open(buf, formats=[fmt]) as im:
            im.load()
        formats.append(fmt)
    return f"Pillow {PIL.__version__}: " + ", ".join(formats)


def _pillow_heif() -> str:
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (40, 96, 124)).save(buf, format="HEIF")
    buf.seek(0)
    with Image.open(buf, formats=["HEIF"]) as im:
        im.load()
        size = im.size
    if size != (16, 16):
        raise RuntimeError(f"decoded size {size}")
    return f"pillow-heif {pillow_heif.__version__}: HEIF encode + decode"


def _jpeg_with_exif() -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x0110] = "SafeLog check"  # Model
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (40, 96, 124)).save(buf, format="JPEG", exif=exif)
    return buf.getvalue()


def _exifread() -> str:
    import exifread

    tags = exifread.process_file(io.BytesIO(_jpeg_with_exif()), details=False)
    if str(tags.get("Image Model")) != "SafeLog check":
        raise RuntimeError("EXIF tag not read back")
    return f"ExifRead {exifread.__version__}"


def _zoneinfo() -> str:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    offset = datetime(2026, 7, 1, 12, tzinfo=ZoneInfo("Europe/London")).utcoffset()
    if offset is None or offset.total_seconds() != 3600:
        raise RuntimeError(f"wrong summer offset for Europe/London: {offset}")
    return "time zones (Europe/London)"


def _evidence_worker() -> str:
    """A frozen build starts the metadata reader as ``<this program> --safelog-evidence-worker``."""
    try:
        from safelog.evidence.sandbox import run_parser
    except ModuleNotFoundError:
        return "skipped: safelog.evidence.sandbox not written yet"
    from safelog.progress import CancelToken

    data = _jpeg_with_exif()
    outcome = run_parser("image/jpeg", len(data), [data], len(data), cancel=CancelToken())
    if outcome.failure or outcome.metadata.get("width") != 64 or not outcome.images:
        raise RuntimeError(f"worker failed: {outcome.failure} {outcome.notes}")
    return "sandboxed metadata worker read a JPEG and made a thumbnail"


def _resources() -> str:
    from safelog import paths

    folder = paths.resources_dir()
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and not str(folder).startswith(str(bundle)):
        raise RuntimeError(f"resources found outside the bundle: {folder}")
    fonts = sorted(p.name for p in (folder / "fonts").glob("*.ttf"))
    lists = sorted(p.name for p in (folder / "checklists").glob("*.toml"))
    if not fonts or not lists or not (folder / "icons" / "safelog.svg").is_file():
        raise RuntimeError(f"incomplete resources in {folder}")
    return f"{len(fonts)} fonts, {len(lists)} checklists, app icon"


def _reportlab_harfbuzz() -> str:
    import reportlab
    import uharfbuzz
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from safelog import paths

    font_path = paths.resource("fonts", "NotoNaskhArabic-Regular.ttf")
    blob = uharfbuzz.Blob.from_file_path(str(font_path))
    font = uharfbuzz.Font(uharfbuzz.Face(blob))
    buf = uharfbuzz.Buffer()
    buf.add_str("سلام")
    buf.guess_segment_properties()
    uharfbuzz.shape(font, buf, {})
    if not buf.glyph_infos or buf.direction != "rtl":
        raise RuntimeError("HarfBuzz did not shape right-to-left text")

    pdfmetrics.registerFont(
        TTFont("SafeLogCheckSans", str(paths.resource("fonts", "NotoSans-Regular.ttf")))
    )
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("SafeLogCheckSans", 12)
    pdf.drawString(72, 720, "SafeLog bundle check")
    pdf.save()
    if not out.getvalue().startswith(b"%PDF"):
        raise RuntimeError("no PDF written")
    return f"ReportLab {reportlab.Version}, HarfBuzz {uharfbuzz.__version__} (Arabic shaped)"


def _zxcvbn() -> str:
    from zxcvbn import zxcvbn

    weak = zxcvbn("password1")["score"]
    strong = zxcvbn("correct horse battery staple orbit")["score"]
    if not weak < strong:
        raise RuntimeError("dictionaries missing: scores do not differ")
    return "zxcvbn dictionaries"


def _platformdirs() -> str:
    import platformdirs

    platformdirs.user_data_dir("SafeLog", False)
    return f"platformdirs {platformdirs.__version__}"


def _safelog_modules() -> str:
    """Every module of the core imports (the CLI loads its commands with importlib)."""
    import safelog

    # The app's PyInstaller runtime hook imports PySide6 before us: only new imports count.
    before = set(sys.modules)
    names = [m.name for m in pkgutil.walk_packages(safelog.__path__, "safelog.")]
    for name in names:
        importlib.import_module(name)
    if "safelog.cli.main" not in names:
        raise RuntimeError("safelog.cli.main is missing")
    qt = sorted(m for m in set(sys.modules) - before if m.startswith("PySide6"))
    if qt:
        raise RuntimeError(f"the core imported Qt: {qt[:3]}")
    return f"{len(names)} safelog modules import"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("sqlcipher3", _sqlcipher),
    ("argon2-cffi", _argon2),
    ("cryptography", _cryptography),
    ("pillow", _pillow),
    ("pillow-heif", _pillow_heif),
    ("exifread", _exifread),
    ("zoneinfo", _zoneinfo),
    ("evidence-worker", _evidence_worker),
    ("resources", _resources),
    ("reportlab+uharfbuzz", _reportlab_harfbuzz),
    ("zxcvbn", _zxcvbn),
    ("platformdirs", _platformdirs),
    ("safelog", _safelog_modules),
)


def run_checks(checks: tuple[tuple[str, Check], ...]) -> int:
    failed = 0
    for name, check in checks:
        try:
            detail = check()
        except Exception as exc:  # report every failure, not only the first
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", flush=True)
        else:
            print(f"ok   {name}: {detail}", flush=True)
    return 1 if failed else 0


def main() -> int:
    return run_checks(CHECKS)


if __name__ == "__main__":
    sys.exit(main())
