"""File names inside a bundle, built from the exhibit reference and never from a path.

An original name can be ``../../x``, ``CON``, 300 bytes long, hold a right-to-left override or
differ from another only by case on exFAT. The bundle name is the reference (unique in the vault)
plus, where the person did not leave original names out, the name's last component reduced to
ASCII letters, digits, ``.``, ``-`` and ``_``. The extension comes from the sniffed content type
when SafeLog knows it, so a ``.jpg`` that is really something else is not labelled a photo. An
original extension that names the same kind of file is kept as it was: HEIC and HEIF are one
container whose brands cameras mix freely, and a phone's ``IMG_0001.HEIF`` must stay ``.heif``
in the bundle so the officer finds the file the person describes.
"""

from __future__ import annotations

import re
import unicodedata

_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/tiff": ".tif",
    "image/webp": ".webp",
    "image/bmp": ".bmp",
    "image/heic": ".heic",
    "image/heif": ".heif",
    "image/avif": ".avif",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/csv": ".csv",
    "text/html": ".html",
    "message/rfc822": ".eml",
    "application/zip": ".zip",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "audio/ogg": ".ogg",
    "audio/wav": ".wav",
    "application/json": ".json",
}
# Extensions that name the same content type as the sniffed one: the person's own is kept.
_SAME_KIND = {
    "image/heic": ("heic", "heif"),
    "image/heif": ("heif", "heic"),
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_REF = re.compile(r"[A-Z]{1,4}[0-9]{1,9}")
MAX_STEM = 60


def extension_for(content_type: str) -> str:
    return _EXTENSIONS.get((content_type or "").split(";")[0].strip().lower(), "")


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"_{2,}", "_", _UNSAFE.sub("_", text)).strip("._-")


def sanitise(name: str) -> tuple[str, str]:
    """(stem, extension) of the last component of ``name``, as short portable ASCII."""
    base = re.split(r"[/\\]", name or "")[-1]
    stem, dot, ext = base.rpartition(".")
    if not dot or not stem.strip("."):
        stem, ext = base, ""
    ext = _ascii(ext).lower()
    return _ascii(stem)[:MAX_STEM].rstrip("._-"), (ext if 0 < len(ext) <= 8 else "")


def bundle_name(ref: str, original_name: str, content_type: str, *, keep_name: bool = True) -> str:
    """``AB1.jpg`` or ``AB1_`` + a sanitised original name.

    With ``keep_name`` False (original names left out) only the extension of the original
    name is used, where it names the same kind of file.
    """
    if not _REF.fullmatch(ref or ""):
        raise ValueError("an exhibit reference is letters then digits")
    stem, ext = sanitise(original_name)
    if not keep_name:
        stem = ""
    kind = (content_type or "").split(";")[0].strip().lower()
    if ext in _SAME_KIND.get(kind, ()):
        return f"{ref}_{stem}.{ext}" if stem else f"{ref}.{ext}"
    suffix = extension_for(content_type) or (f".{ext}" if ext else "")
    return f"{ref}_{stem}{suffix}" if stem else f"{ref}{suffix}"
