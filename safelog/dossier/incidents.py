"""One section per incident: every field, the narrative, reports made, and its exhibits.

Exhibit pictures are the vault's stored thumbnails (small JPEGs SafeLog made itself from decoded
pixels), loaded only when the page that shows them is drawn, so memory does not grow with the
number of photos. The originals go to the bundle unchanged.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfutils
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ..incidents.model import CATEGORIES, ROLES
from ..incidents.when import PRECISION_LABELS
from . import evidence_api, exhibit_content, legal_annex, mismatch, styles
from .collect import DossierData, ExhibitView, IncidentView
from .exhibit_content import CONTENT_KEYS
from .fields import beside, field_rows
from .filename import file_name
from .flow import cell, user_text
from .navigation import Anchor, IncidentHeading, IncidentMark
from .styles import Styles
from .summary import reports_rows
from .tables import LongTable, reference
from .text import clean, short
from .textline import plain, text_line
from .timefmt import human_size, local_when, long_date, utc_text

LABEL_W = 34 * mm
THUMB_MAX = 44 * mm
Loader = Callable[[str], Any]
_SHOWN_ELSEWHERE = {
    "email": ("from", "to", "cc", "subject", "date", "date_utc"),
    "chat": ("app", "message_count", "first_message", "last_message", "times"),
}
# "problems" is printed once, as "About the file" (the exhibit's metadata note).
_TECHNICAL = (
    "kind",
    "problems",
    "date_order",
    "orientation",
    "decoded_size",
    "format",
    "exif_width",
    "exif_height",
)


class Thumb(Flowable):
    """An exhibit preview, read from the vault at layout time and dropped once drawn.

    JPEG thumbnails are embedded as they are (a DCT stream), never decoded: ReportLab's
    ``drawImage`` would decode every picture to RGB to fingerprint it and keep the pixels until
    the PDF is saved, about 0.6 MB per photo.
    """

    def __init__(
        self, ref: str, load: Loader, max_w: float = THUMB_MAX, max_h: float = THUMB_MAX
    ) -> None:
        super().__init__()
        self.max_w, self.max_h = max_w, max_h
        self.ref = ref
        self._load = load
        self._size: tuple[float, float] | None = None
        self._data: bytes | None = None
        self._pixels: tuple[int, int] = (0, 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._size is None:
            self._size = (0.0, 0.0)
            derived = self._load(self.ref)
            if derived is not None and derived.data:
                w, h = _jpeg_size(derived.data)
                if w > 0 and h > 0:
                    scale = min(self.max_w / w, self.max_h / h)
                    self._size = (w * scale, h * scale)
                    self._data = derived.data
                    self._pixels = (w, h)
        self.width, self.height = self._size
        return self._size

    def draw(self) -> None:
        if self._data is None or not self._size:
            return
        canv = self.canv
        name = "safelogThumb" + hashlib.sha1(self._data, usedforsecurity=False).hexdigest()
        reg = canv._doc.getXObjectName(name)
        if reg not in canv._doc.idToObject:
            xobj = pdfdoc.PDFImageXObject(name)
            if not xobj.loadImageFromJPEG(io.BytesIO(self._data)):
                return
            xobj.name = name
            canv._setXObjects(xobj)
            canv._doc.Reference(xobj, reg)
            canv._doc.addForm(name, xobj)
        canv.saveState()
        canv.scale(*self._size)
        canv._code.append(f"/{reg} Do")
        canv.restoreState()
        canv._formsinuse.append(name)
        self._data = None


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from a JPEG's header; (0, 0) for anything that is not a JPEG."""
    if not data.startswith(b"\xff\xd8"):
        return 0, 0
    try:
        width, height = pdfutils.readJPEGInfo(io.BytesIO(data))[:2]
    except Exception:
        return 0, 0
    return int(width), int(height)


def _rows_table(rows: list[tuple[str, object]], st: Styles, width: float) -> Flowable:
    # Labels are SafeLog's own short words; a plain-string value would not wrap, so it becomes
    # an escaped Paragraph and can never run into the next column. Drawn as the fields Table
    # would draw it, without the Table's set-up per table (:mod:`.fields`).
    data: list[list[object]] = [
        [label, text_line(clean(value), st.cell) if isinstance(value, str) else value]
        for label, value in rows
    ]
    return field_rows(data, [LABEL_W, width - LABEL_W])


def incident_section(
    view: IncidentView,
    data: DossierData,
    st: Styles,
    load_thumb: Loader,
    load_preview: Loader | None = None,
) -> list[Flowable]:
    inc = view.incident
    story: list[Flowable] = [CondPageBreak(55 * mm)]
    story.append(
        IncidentHeading(
            f"Incident {inc.id} &middot; {CATEGORIES[inc.category]}",
            st.kicker,
            f"incident-{inc.id}",
            f"{inc.id}. {short(inc.title, 80)}",
            level=1,
            number=inc.id,
        )
    )
    story.extend(user_text(inc.title, st.h2, bold=True))
    rows: list[tuple[str, object]] = [
        ("When", cell(local_when(inc.when, data.zone_name), st.cell)),
        ("How exact", PRECISION_LABELS.get(inc.when.precision, "")),
    ]
    if inc.location:
        rows.append(("Where", cell(inc.location, st.cell)))
    if inc.coordinates:
        rows.append(
            (
                "Coordinates",
                plain(f"{inc.coordinates[0]:.6f}, {inc.coordinates[1]:.6f}", st.mono),
            )
        )
    if view.people:
        people = "\n".join(
            f"{short(pv.person.name, 200)} ({ROLES.get(role, role).lower()})"
            for pv, role in view.people
        )
        rows.append(("People", cell(people, st.cell, ltr=True)))
    if inc.tags:
        rows.append(("Tags", cell(", ".join(inc.tags), st.cell)))
    rows += legal_annex.incident_rows(view, st)  # second-hand mark and source, behaviours
    rows.append(("First recorded", utc_text(view.first_recorded)))
    changed = utc_text(view.last_changed)
    rows.append(
        (
            "Last changed",
            f"{changed} (version {inc.revision})"
            if inc.revision > 1
            else f"{changed} (never changed since)",
        )
    )
    story.append(_rows_table(rows, st, styles.FRAME_WIDTH))
    for title, text in (
        ("What happened", inc.narrative),
        ("Effect on the person", inc.impact),
        ("Private notes (included at the person's choice)", inc.private_notes),
    ):
        if text.strip():
            story.append(text_line(title, st.h3))
            story.extend(user_text(text, st.body))
    if inc.reports:
        story.append(text_line("Reports made", st.h3))
        story.append(_reports_table(view, st))
    if view.exhibits:
        story.append(text_line("Exhibits", st.h3))
        for exhibit in view.exhibits:
            story.extend(exhibit_block(exhibit, data, st, load_thumb, view, load_preview))
            story.append(Spacer(1, 2 * mm))
    story.append(IncidentMark(None))
    story.append(Spacer(1, 5 * mm))
    return story


def _reports_table(view: IncidentView, st: Styles) -> Flowable:
    widths = [20 * mm, 30 * mm, 34 * mm, 25 * mm, 33 * mm, 22 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = [
        text_line(h, st.label)
        for h in ("Date", "Made to", "Reference", "Officer", "Outcome", "Referred to", "Inc.")
    ]
    rows = reports_rows([(view, r) for r in view.incident.reports], st, referred=True)
    return LongTable(heads, rows, widths)


def _metadata_rows(exhibit: ExhibitView, st: Styles) -> list[tuple[str, object]]:
    md = dict(exhibit.metadata)
    rows: list[tuple[str, object]] = []
    for key in ("date_taken", "date_taken_source", *_SHOWN_ELSEWHERE.get(str(md.get("kind")), ())):
        md.pop(key, None)
    if exhibit.gps:
        rows.append(("GPS position", plain(f"{exhibit.gps[0]:.6f}, {exhibit.gps[1]:.6f}", st.mono)))
    width, height = md.pop("width", None), md.pop("height", None)
    if width and height:
        rows.append(("Picture size", f"{width} × {height} pixels"))
    device = " ".join(str(md.pop(k)) for k in ("camera_make", "camera_model") if md.get(k))
    software = md.pop("software", None)
    if device or software:
        rows.append(
            (
                "Device",
                cell(device + (f", software {software}" if software else ""), st.cell, ltr=True),
            )
        )
    for technical in (*_TECHNICAL, *CONTENT_KEYS):
        md.pop(technical, None)
    other = [
        f"{key.replace('_', ' ')}: {_flat(value)}"
        for key, value in sorted(md.items())
        if value not in (None, "", [], {})
    ]
    if other:
        rows.append(("Other details", cell("\n".join(other[:20]), st.cell, ltr=True)))
    return rows


def _flat(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_flat(v)}" for k, v in sorted(value.items()))[:300]
    if isinstance(value, list):
        return ", ".join(_flat(v) for v in value)[:300]
    return str(value)[:300]


def _continuity(exhibit: ExhibitView, data: DossierData, st: Styles) -> list[tuple[str, object]]:
    """Who produced it, how the person says it was obtained, and where the original is."""
    owner = data.owner_name.strip() or "the person who kept this record"
    produced = f"{owner} (the person reporting)"
    latin = data.profile.name_latin.strip()
    if latin and latin != owner:  # the spelling police systems record; the written name last,
        produced = f"{latin} (the person reporting); name as written: {owner}"  # no bracket
    rows: list[tuple[str, object]] = [
        ("Produced by", cell(produced, st.cell, ltr=True)),
        (
            "How obtained",
            cell(
                f"{exhibit.obtained} (as the person says)"
                if exhibit.obtained
                else "not recorded: ask the person",
                st.cell,
                ltr=True,
            ),
        ),
    ]
    said = _file_says(exhibit)
    if said:
        rows.append(("The file says", cell(said, st.cell, ltr=True)))
    rows.append(("Added to SafeLog", plain(utc_text(exhibit.imported_at), st.cell)))
    if exhibit.original_kept:
        rows.append(("Physical original", cell(exhibit.original_kept, st.cell)))
    return rows


def _file_says(exhibit: ExhibitView) -> str:
    """The date the file's own metadata gives, in words, and where it comes from."""
    md = exhibit.metadata
    taken = mismatch.file_date(md.get("date_taken"))
    if taken:
        clock = str(md["date_taken"])[11:19]
        source = md.get("date_taken_source")
        # A camera's clock keeps no zone: said, so the time is never read as UK time.
        return (
            f"taken {long_date(taken)}{', ' + clock if clock else ''} by the camera's clock"
            + (", zone not recorded" if clock else "")
            + (f" ({source})" if source else "")
        )
    if md.get("date"):
        return f"sent {md['date']} (the e-mail's Date header)"
    created = mismatch.file_date(md.get("creation_date"))
    if created:
        return f"created {long_date(created)} (the document's own metadata)"
    first = mismatch.file_date(md.get("first_message"))
    last = mismatch.file_date(md.get("last_message"))
    if first and last:
        return (
            f"messages from {long_date(first)} to {long_date(last)} (times of the exporting device)"
        )
    return ""


def exhibit_block(
    exhibit: ExhibitView,
    data: DossierData,
    st: Styles,
    load_thumb: Loader,
    view: IncidentView | None = None,
    load_big: Loader | None = None,
) -> list[Flowable]:
    included = "exhibit-files" not in data.excluded
    rows: list[tuple[str, object]] = [
        ("Reference", reference(exhibit.ref, st.cell, bold=True)),
        (
            "File in bundle",
            file_name(f"exhibits/{exhibit.file_name}", st.mono)
            if included
            else plain("not included in this bundle (hash below)", st.mono),
        ),
    ]
    if exhibit.original_name:
        rows.append(("Original name", file_name(exhibit.original_name, st.cell)))
    rows += [
        ("Type", type_text(exhibit.content_type)),
        ("Size", f"{exhibit.size:,} bytes ({human_size(exhibit.size)})"),
        ("SHA-256", plain(exhibit.sha256, st.mono_small)),
    ]
    rows += _continuity(exhibit, data, st)
    rows += _metadata_rows(exhibit, st)
    if exhibit.online:
        labels = {
            "platform": "Platform",
            "url": "Address (URL)",
            "account": "Account",
            "shown_time": "Time on screen",
        }
        for key, label in labels.items():
            if exhibit.online.get(key):
                rows.append((label, cell(exhibit.online[key], st.cell)))
    after: list[Flowable] = []
    checks = mismatch.notes(exhibit, view.incident) if view else []
    if checks:
        after.append(plain("Check with the person", st.label))
        for sentence in checks:
            after.extend(user_text(sentence, st.cell, ltr=True))
    for label, text in (
        ("Notes on this exhibit", exhibit.notes),
        ("About the file", exhibit.metadata_note),
    ):
        if text.strip():
            after.append(plain(label, st.label))
            after.extend(user_text(text, st.cell))
    after.extend(exhibit_content.content(exhibit, st))
    anchor = Anchor(f"exhibit-{exhibit.ref}")
    if not exhibit.is_image:
        return [anchor, _rows_table(rows, st, styles.FRAME_WIDTH), *after]
    if is_screenshot(exhibit) and load_big is not None:
        return [
            anchor,
            _rows_table(rows, st, styles.FRAME_WIDTH),
            Thumb(exhibit.ref, load_big, styles.FRAME_WIDTH, 150 * mm),
            *after,
        ]
    thumb_w = THUMB_MAX + 4 * mm
    details = _rows_table(rows, st, styles.FRAME_WIDTH - thumb_w)
    outer = beside(Thumb(exhibit.ref, load_thumb), details, [thumb_w, styles.FRAME_WIDTH - thumb_w])
    return [anchor, outer, *after]


def type_text(content_type: str) -> str:
    """ "HEIC image (image/heic)": the kind in words for the reader, the exact type to check."""
    words = evidence_api.kind_words(content_type)
    return f"{words} ({content_type})" if words != content_type else content_type


def is_screenshot(exhibit: ExhibitView) -> bool:
    """A picture of a screen, printed at the full text width so its words can be read."""
    md = exhibit.metadata
    return (
        bool(exhibit.online)
        or md.get("kind") == "screenshot"
        or (
            exhibit.content_type == "image/png"
            and not md.get("camera_make")
            and not md.get("date_taken")
        )
    )
