"""The pages written for the reader: contents, how to read and check, and the declaration.

The guidance is written for a police officer, caseworker or lawyer who has never seen SafeLog.
The declaration is in SafeLog's own words, in the spirit of the truth declaration that ends a
witness statement; it does not copy or imitate any statutory form, and it says that a formal
statement, if needed, will be taken by the police or a lawyer.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table

from . import signing, styles
from .collect import DossierData
from .flow import cell, user_text
from .navigation import PageRef, heading
from .para import Paragraph
from .styles import Styles
from .summary import name_cell
from .tables import LongTable
from .text import escape
from .timefmt import long_date, marks_every_time, times_note, utc_text

BOX = '<font face="SafeLogSymbols">\u2610</font>'


def _row(label: str, value: Flowable | list[Flowable] | str, st: Styles) -> list[object]:
    shown = Paragraph(value, st.cell) if isinstance(value, str) else value
    return [Paragraph(label, st.label), shown]


def contents(data: DossierData, st: Styles, entries: list[tuple[str, str, int]]) -> list[Flowable]:
    """Page 2: the contents with page numbers, then the document's details.

    ``entries`` are (anchor key, title, level); level 1 lines (incidents) are indented. Titles
    are user text for incidents, so each goes through :func:`cell`.
    """
    seq, head = data.chain_head
    start, end = (date.fromisoformat(d) for d in data.period)
    story: list[Flowable] = [heading("Contents", st.h1, "contents", "Contents and details")]
    rows: list[list[object]] = []
    for key, title, level in entries:
        shown = cell(title, st.cell, bold=level == 0, ltr=True)
        rows.append([Indent(shown, 6 * mm * level), PageRef(key)])
    widths = [styles.FRAME_WIDTH - 16 * mm, 16 * mm]
    table = LongTable(
        None,
        rows,
        widths,
        styles.grid(header=False),
        [
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, styles.SHADE),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
        ],
    )
    story.append(table)
    rows2 = [
        _row("Record kept by", name_cell(data, st), st),
        _row("Exhibit initials", data.initials, st),
        _row("Period covered", f"{long_date(start)} to {long_date(end)}", st),
        _row("Prepared", utc_text(data.prepared_at), st),
        _row(
            "Incidents",
            f"{len(data.incidents)} of {data.total_incidents} in the record"
            if data.selected
            else str(len(data.incidents)),
            st,
        ),
        _row("Exhibits", str(len(data.exhibits)), st),
        _row("People recorded", str(len(data.people)), st),
        _row("Document identifier", Paragraph(data.document_id, st.mono), st),
        _row(
            "Custody log head",
            [
                Paragraph(f"entry {seq}<br/>{head[:32]}<br/>{head[32:]}", st.mono),
                Paragraph(
                    "as it stood just before this dossier was made; "
                    "the export itself was then added to the log",
                    st.small,
                ),
            ],
            st,
        ),
    ]
    details = Table(rows2, colWidths=[42 * mm, styles.FRAME_WIDTH - 42 * mm], hAlign="LEFT")
    details.setStyle(styles.fields())
    story += [Spacer(1, 3 * mm), Paragraph("About this document", st.h2), details, PageBreak()]
    return story


class Indent(Flowable):
    """A cell's content moved right by ``by`` points (contents sub-entries)."""

    def __init__(self, content: Flowable | list[Flowable], by: float) -> None:
        super().__init__()
        self.content = content[0] if isinstance(content, list) else content
        self.by = by

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        w, h = self.content.wrap(availWidth - self.by, availHeight)
        self.width, self.height = w + self.by, h
        return self.width, self.height

    def draw(self) -> None:
        self.content.drawOn(self.canv, self.by, 0)


def guidance(data: DossierData, st: Styles) -> list[Flowable]:
    """How to read and check the dossier, for an officer who has never seen SafeLog."""
    head = data.chain_head[1]
    paras = [
        (
            "What this is",
            "This is a record of incidents kept by the person named on page 1, using SafeLog, an "
            "encrypted diary for people facing harassment, stalking or transnational repression. "
            "The person wrote each entry themselves. SafeLog never overwrites an entry: every "
            "change is kept as a new version, and each incident shows when it was first recorded "
            "and when it last changed. This dossier is a copy for you to act on; it is not a "
            "formal "
            "witness statement.",
        ),
        (
            "Exhibit references",
            f"Each file the person collected is an exhibit with a reference made of their initials "
            f"and a number, such as {data.initials}1, as exhibits are labelled in UK practice. The "
            f"reference is printed beside the file in each incident, in the exhibit index, and at "
            f"the start of the file's name in the <i>exhibits</i> folder of the evidence bundle "
            f"(for example <i>{data.initials}1_photo.jpg</i>). The bundle's files are the "
            "originals, "
            "byte for byte as they were imported. Pictures in this PDF are small previews made "
            "for "
            f"reading; the exhibit is always the file.",
        ),
        (
            "Checking the files have not changed",
            "Every exhibit's SHA-256 fingerprint is printed here and listed in the bundle's "
            "<i>SHA256SUMS</i> and <i>manifest.json</i> files. Changing even one byte of a file "
            "changes its fingerprint completely. To check all files at once, open a terminal in "
            "the "
            "bundle folder and run <font face='SafeLogMono'>sha256sum -c SHA256SUMS</font> (on a "
            "Mac: <font face='SafeLogMono'>shasum -a 256 -c SHA256SUMS</font>); every line should "
            "end in OK. On Windows, <font face='SafeLogMono'>Get-FileHash -Algorithm SHA256 "
            "FILE</font> in PowerShell shows one file's fingerprint to compare with this dossier. "
            "<font face='SafeLogMono'>safelog-cli verify-bundle FOLDER</font> checks the bundle "
            "against both lists and needs no password.",
        ),
        (
            "Incident numbers",
            "Each incident keeps the number it has in the person's SafeLog record (incident 1 "
            "was recorded first); the number never changes. Incidents are listed by when they "
            "happened, so the numbers need not run in order, and a missing number is an "
            "incident not included here. The same number is used in the contents, the "
            "chronology (No.), the reports tables and exhibit index (Inc.), the draft witness "
            'statement ("entry 3") and the bundle\'s manifest (<i>incident_id</i>). Exhibit '
            f"references such as {data.initials}1 are numbered separately; the exhibit index "
            "gives the incident number of every exhibit reference.",
        ),
        (
            "Times",
            f"{escape(times_note(data.zone_name, data.prepared_at))} "
            "Each incident's time is its local time where it happened, as the person recorded "
            "it"
            + (
                ""
                if marks_every_time(data.zone_name)
                else "; its zone is named when it is not UK time"
            )
            + '. "About 15:00" means '
            "the person gave an approximate time: they were not sure of the exact minute. "
            '"Time not recorded" ("date only" in tables) means only the date is known. A '
            "time with no such word is one the person recorded as exact. When an entry was first "
            "recorded and last changed is SafeLog's own clock, in UTC.",
        ),
        (
            "The custody log",
            "SafeLog keeps a log of everything done to the record: entries created or changed, "
            "files imported, viewed or exported. Each log entry contains the fingerprint of the "
            "one "
            "before it, so an earlier entry cannot be altered or removed without breaking every "
            "entry after it. Page 2 shows the log's newest entry (its head) at the moment this "
            "dossier was made, before the entry recording this export was added. A dossier made "
            "later from the same record must still contain this head: "
            f"<font face='SafeLogMono' size='7'>safelog-cli verify --against {head}</font> "
            "checks that. An extract of the log is printed near the end.",
        ),
        (
            "What may be missing",
            "The person chose the period, the incidents and what to leave out, because a dossier "
            "can be disclosed. Page 1 says if this is a selection and names anything left out. "
            "Incidents are listed oldest first. Names, places and words are exactly as the "
            "person typed them, in whatever language they used.",
        ),
    ]
    if data.signing_key_fingerprint:
        paras.insert(3, signing.guidance_paragraph(data.signing_key_fingerprint))
    body: list[Flowable] = []
    for title, text in paras:
        body.append(Paragraph(title, st.h3))
        body.append(Paragraph(text, st.body))
    # One page, as the summary: with the signature paragraph the last few lines ran onto a
    # page of their own; shrinking by a few percent keeps the guidance together.
    frame_h = styles.PAGE[1] - styles.MARGIN_TOP - styles.MARGIN_BOTTOM - 32
    return [
        heading("How to read and check this dossier", st.h1, "guidance"),
        KeepInFrame(styles.FRAME_WIDTH, frame_h, body, mode="shrink"),
        PageBreak(),
    ]


def declaration(data: DossierData, st: Styles) -> list[Flowable]:
    """A page for the person to sign, in SafeLog's own words."""
    line = "_" * 48
    story: list[Flowable] = [
        heading(
            "Declaration by the person who kept this record", st.h1, "declaration", "Declaration"
        ),
        Paragraph(f"Document {data.document_id}, prepared {utc_text(data.prepared_at)}.", st.small),
        Spacer(1, 4 * mm),
        Paragraph(
            "I kept the record in this dossier. I wrote the entries as soon as I "
            "reasonably could after each event, and I have said where I was unsure of a "
            "time or a detail.",
            st.body,
        ),
        Paragraph(
            "To the best of my memory and knowledge, what I have written here is honest "
            "and accurate. I understand that the police, lawyers or a court may rely on "
            "it, and that knowingly including something untrue could have serious "
            "consequences for me.",
            st.body,
        ),
        Paragraph(
            "The exhibits listed are files I collected myself or was sent. As far as I "
            "know, none was changed after I imported it into SafeLog.",
            st.body,
        ),
        Paragraph(
            "I understand that this dossier is not a formal witness statement. If one is "
            "needed, the police or a lawyer will take it from me, and this record can "
            "help with that.",
            st.body,
        ),
        Spacer(1, 4 * mm),
        Paragraph("How the entries were made (tick one):", st.h3),
        Paragraph(f"{BOX} by me alone", st.body),
        Paragraph(f"{BOX} with help from (name and organisation): {line}", st.body),
        Paragraph(
            f"Language of the entries: ____________________ &nbsp; A translation "
            f"{BOX} exists &nbsp; {BOX} does not exist",
            st.body,
        ),
        Spacer(1, 10 * mm),
    ]
    signing = Table(
        [
            [Paragraph("Full name", st.label), Paragraph(line, st.cell)],
            [Paragraph("Signature", st.label), Paragraph(line, st.cell)],
            [Paragraph("Date", st.label), Paragraph(line, st.cell)],
            [Paragraph("Place", st.label), Paragraph(line, st.cell)],
        ],
        colWidths=[30 * mm, 110 * mm],
        rowHeights=[12 * mm] * 4,
        hAlign="LEFT",
    )
    signing.setStyle(styles.fields())
    story.append(signing)
    if data.owner_name.strip():
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph("Name as recorded in SafeLog:", st.small))
        story.extend(user_text(data.owner_name, st.small))
    latin = data.profile.name_latin.strip()
    if latin and latin != data.owner_name.strip():
        story.append(Paragraph("Name in Latin letters, as on the passport:", st.small))
        story.extend(user_text(latin, st.small))
    return story
