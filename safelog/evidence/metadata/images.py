"""Photo and screenshot metadata (EXIF through ExifRead, XMP as a fallback) and upright previews.

Runs in the sandboxed worker only. Pillow opens a file only with the one decoder its sniffed
type allows (``formats=[…]``), so an EPS or FITS renamed ``.jpg`` never reaches Ghostscript;
the decompression-bomb warning is an error; JPEGs are decoded at a reduced scale with
``draft()`` so a 24-megapixel photo is never decoded whole. Pixels go back to the vault process
raw, already rotated upright, and are encoded there.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from typing import Any

from . import Parsed, Pixels
from .clean import exif_datetime, text

PREVIEW_PX = 1600
THUMBNAIL_PX = 512
MAX_PIXELS = 89_478_485  # Pillow's own threshold; above it the warning (made an error) fires

PILLOW_FORMATS = {
    "image/jpeg": ["JPEG"],
    "image/png": ["PNG"],
    "image/gif": ["GIF"],
    "image/tiff": ["TIFF"],
    "image/webp": ["WEBP"],
    "image/bmp": ["BMP"],
    "image/heic": ["HEIF"],
    "image/heif": ["HEIF"],
    "image/avif": ["AVIF", "HEIF"],
}
_XMP = re.compile(rb"<x:xmpmeta[\s>].{0,262144}?</x:xmpmeta>", re.S)
_XMP_FIELDS = {
    "create_date": "xmp:CreateDate",
    "creator_tool": "xmp:CreatorTool",
    "date_taken": "exif:DateTimeOriginal",
    "camera_make": "tiff:Make",
    "camera_model": "tiff:Model",
}


def parse(data: bytes, content_type: str) -> Parsed:
    parsed = Parsed(metadata={"kind": "image"})
    md = parsed.metadata
    try:
        md.update(read_exif(data))
    except Exception:
        parsed.notes.append("Its EXIF metadata could not be read.")
    if not any(k in md for k in ("date_taken", "camera_make", "camera_model", "gps")):
        xmp = read_xmp(data)
        if xmp:
            md["xmp"] = xmp
            if "date_taken" in xmp:
                md["date_taken"] = xmp["date_taken"]
                md["date_taken_source"] = "XMP"
    try:
        decode(data, content_type, parsed)
    except MemoryError:
        raise
    except Exception as exc:
        if _is_bomb(exc):
            size = md.get("width"), md.get("height")
            dims = f" ({size[0]} × {size[1]} pixels)" if all(size) else ""
            parsed.notes.append(
                f"No preview was made: the picture is too large to decode safely{dims}."
            )
        else:
            parsed.notes.append("Its picture could not be decoded, so there is no preview.")
    return parsed


# ----- EXIF ---------------------------------------------------------------------------------


def read_exif(data: bytes) -> dict[str, Any]:
    """Date taken, camera, GPS and orientation from EXIF; {} when the file has none."""
    import exifread

    logging.getLogger("exifread").setLevel(logging.CRITICAL)  # it warns on every PNG
    tags = exifread.process_file(io.BytesIO(data), details=False, extract_thumbnail=False)
    out: dict[str, Any] = {}

    def value(name: str) -> str:
        tag = tags.get(name)
        return text(tag.printable if tag is not None else "")

    for key, names in (("date_taken", ("EXIF DateTimeOriginal", "EXIF DateTimeDigitized")),):
        for name in names:
            offset = value(name.replace("DateTime", "OffsetTime"))
            parsed_date = exif_datetime(value(name), offset)
            if parsed_date:
                out[key] = parsed_date
                break
    modified = exif_datetime(value("Image DateTime"))
    if modified:
        out["date_modified"] = modified
    for key, name in (
        ("camera_make", "Image Make"),
        ("camera_model", "Image Model"),
        ("software", "Image Software"),
    ):
        if value(name):
            out[key] = value(name)[:128]
    orientation = _first_int(tags.get("Image Orientation"))
    if orientation and 1 <= orientation <= 8:
        out["orientation"] = orientation
    for key, name in (
        ("exif_width", "EXIF ExifImageWidth"),
        ("exif_height", "EXIF ExifImageLength"),
    ):
        number = _first_int(tags.get(name))
        if number and 0 < number < 1_000_000:
            out[key] = number
    gps = _gps(tags)
    if gps:
        out["gps"] = gps
    return out


def _first_int(tag: Any) -> int | None:
    try:
        return int(tag.values[0])
    except Exception:
        return None


def _ratio(value: Any) -> float:
    num, den = getattr(value, "num", value), getattr(value, "den", 1)
    return float(num) / float(den)  # a zero denominator raises, and the GPS field is dropped


def _gps(tags: dict[str, Any]) -> dict[str, Any] | None:
    try:
        lat = _degrees(tags["GPS GPSLatitude"].values, str(tags["GPS GPSLatitudeRef"].values))
        lon = _degrees(tags["GPS GPSLongitude"].values, str(tags["GPS GPSLongitudeRef"].values))
    except Exception:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    gps: dict[str, Any] = {"latitude": round(lat, 7), "longitude": round(lon, 7)}
    with contextlib.suppress(Exception):  # altitude and GPS time are optional extras
        altitude = _ratio(tags["GPS GPSAltitude"].values[0])
        below = _first_int(tags.get("GPS GPSAltitudeRef")) == 1
        gps["altitude_m"] = round(-altitude if below else altitude, 1)
    with contextlib.suppress(Exception):
        h, m, s = (_ratio(v) for v in tags["GPS GPSTimeStamp"].values[:3])
        day = exif_datetime(
            f"{text(tags['GPS GPSDate'].values)} {int(h):02d}:{int(m):02d}:{int(s):02d}"
        )
        if day:
            gps["time_utc"] = day + "Z"
    return gps


def _degrees(values: Any, ref: str) -> float:
    d, m, s = (_ratio(v) for v in list(values)[:3])
    result = d + m / 60 + s / 3600
    return -result if ref.strip().upper()[:1] in ("S", "W") else result


def read_xmp(data: bytes) -> dict[str, Any]:
    """A few fields of an XMP packet, by pattern (no XML parser, so no entity expansion)."""
    match = _XMP.search(data, 0, 4 * 1024 * 1024)
    if not match:
        return {}
    packet = match.group(0).decode("utf-8", "replace")
    out: dict[str, Any] = {}
    for key, name in _XMP_FIELDS.items():
        found = re.search(rf"<{name}>([^<]{{1,256}})</{name}>|{name}=\"([^\"]{{1,256}})\"", packet)
        if found:
            raw = text(found.group(1) or found.group(2), 256)
            if "date" in key:
                iso = exif_datetime(raw.replace("T", " ", 1)[:19], raw[19:])
                if iso:
                    out[key] = iso
            else:
                out[key] = raw
    return out


# ----- pixels -------------------------------------------------------------------------------


def _is_bomb(exc: BaseException) -> bool:
    from PIL import Image

    return isinstance(exc, Image.DecompressionBombError | Image.DecompressionBombWarning)


_TRANSPOSE = {
    2: "FLIP_LEFT_RIGHT",
    3: "ROTATE_180",
    4: "FLIP_TOP_BOTTOM",
    5: "TRANSPOSE",
    6: "ROTATE_270",
    7: "TRANSVERSE",
    8: "ROTATE_90",
}


def open_image(data: bytes, content_type: str) -> Any:
    """Pillow's image for the bytes, with only the decoder the sniffed type allows."""
    from PIL import Image

    if content_type in ("image/heic", "image/heif", "image/avif"):
        import pillow_heif

        pillow_heif.options.DECODE_THREADS = 1
        pillow_heif.register_heif_opener()
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    warnings.simplefilter("error", Image.DecompressionBombWarning)
    return Image.open(io.BytesIO(data), formats=PILLOW_FORMATS[content_type])


def decode(data: bytes, content_type: str, parsed: Parsed) -> None:
    """Fill in format and dimensions, then add an upright preview and thumbnail."""
    from PIL import Image

    im = open_image(data, content_type)
    md = parsed.metadata
    md["format"] = im.format
    md["width"], md["height"] = im.size
    # pillow-heif has already turned HEIF pixels upright and reset this tag to 1.
    orientation = im.getexif().get(0x0112, 1)
    if "orientation" not in md and isinstance(orientation, int) and 1 <= orientation <= 8:
        md["orientation"] = orientation
    longest = max(im.size)
    if im.format == "JPEG" and longest > PREVIEW_PX:
        # Decode at 1/2, 1/4 or 1/8 scale, as long as the preview still fits: draft() keeps
        # both sides at least as large as asked, so ask for the preview's own shape.
        w, h = im.size
        im.draft("RGB", (max(1, w * PREVIEW_PX // longest), max(1, h * PREVIEW_PX // longest)))
    md["decoded_size"] = list(im.size)
    im.load()
    rgb = _to_rgb(im)
    preview = rgb.copy()
    preview.thumbnail((PREVIEW_PX, PREVIEW_PX), Image.Resampling.LANCZOS, reducing_gap=2.0)
    thumb = preview.copy()
    thumb.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX), Image.Resampling.LANCZOS)
    step = _TRANSPOSE.get(orientation if isinstance(orientation, int) else 1)
    for kind, picture in (("preview", preview), ("thumbnail", thumb)):
        if kind == "preview" and max(preview.size) <= THUMBNAIL_PX:
            continue  # small pictures need only the thumbnail
        if step:
            picture = picture.transpose(getattr(Image.Transpose, step))
        parsed.images.append(Pixels(kind, picture.width, picture.height, picture.tobytes()))


def _to_rgb(im: Any) -> Any:
    from PIL import Image

    mode = im.mode
    if mode == "RGB":
        return im
    if mode.startswith("I;16") or mode in ("I", "F"):
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L").convert("RGB")
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return im.convert("RGB")
