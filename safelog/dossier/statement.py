"""A draft witness statement made from the record, for a solicitor to finish (issue 13).

It follows Practice Direction 32 to the Civil Procedure Rules: a heading naming the witness,
the statement's number and date; numbered paragraphs in date order, in the first person; what
the witness knows from others marked as information and belief with its source (para 18.2);
exhibits cited as "I refer to the photograph marked MR1" (para 18.3); how it was prepared and in
which language; and the statement of truth in the form Practice Direction 22 gives. The parts
that describe each event are the person's own entries, word for word: SafeLog adds only the
framing sentences around them (dates, places, exhibits, sources), never rewrites them.

It is headed "Draft" on every page and does not imitate any police form (no MG11 layout or its
declaration). This module builds the content once; :mod:`.statement_pdf` and
:mod:`.statement_docx` lay it out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from ..incidents.model import REPORT_ROUTES
from ..incidents.when import When
from ..legal.orders import SHORT_KINDS
from ..profile import Profile
from .collect import DossierData, ExhibitView, IncidentView
from .places import place_phrase
from .text import needs_layout_engine
from .timefmt import long_date, offset_mark, utc_text

PDF_NAME = "draft-witness-statement.pdf"
DOCX_NAME = "draft-witness-statement.docx"
STATEMENT_OF_TRUTH = (
    "I believe that the facts stated in this witness statement are true. I understand that "
    "proceedings for contempt of court may be brought against anyone who makes, or causes to "
    "be made, a false statement in a document verified by a statement of truth without an "
    "honest belief in its truth."
)
DRAFT_NOTE = (
    "Draft prepared by SafeLog from the witness's own record, for a solicitor to "
    "check and complete. Not signed; not for filing as it stands."
)
BLANK = "________________"


@dataclass
class Block:
    """One piece of a paragraph: SafeLog's framing words, or the person's own words."""

    text: str
    own: bool = False  # the person's words, verbatim: printed in their direction and script


@dataclass
class Numbered:
    blocks: list[Block]
    incident_id: int | None = None
    second_hand: bool = False


@dataclass
class Statement:
    witness: str  # full name as recorded ("" if not recorded)
    short_name: str  # initials and surname, for the heading ("M Rahimi")
    number: int
    date_text: str  # the date this draft was made
    prepared_at: datetime  # UTC
    exhibits: list[str]
    document_id: str
    paragraphs: list[Numbered] = field(default_factory=list)
    witness_latin: str = ""  # as on the passport, when the name is written in another script

    @property
    def title(self) -> str:
        """In Latin letters where the person gave them: the court lists the witness that way."""
        if self.witness_latin and self.witness_latin != self.witness:
            return f"Witness statement of {self.witness_latin} ({self.witness})"
        return f"Witness statement of {self.witness or BLANK}"

    def corner(self) -> list[tuple[str, str]]:
        """Practice Direction 32 para 17.1: the top right corner of the first page."""
        refs = (
            f"{self.exhibits[0]} to {self.exhibits[-1]}"
            if len(self.exhibits) > 1
            else (self.exhibits[0] if self.exhibits else "none")
        )
        return [
            ("Party", "[Claimant / Applicant]"),
            ("Witness", self.short_name or BLANK),
            ("Statement", _ordinal(self.number)),
            ("Exhibits", refs),
            ("Date", f"{self.date_text} (draft)"),
        ]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def short_name(name: str) -> str:
    """ "M Rahimi" from "Maryam Rahimi (مریم رحیمی)": a bracketed other spelling is left out."""
    words = re.sub(r"\([^)]*\)", " ", name).split() or name.split()
    if len(words) < 2:
        return name
    return " ".join([*(w[0].upper() for w in words[:-1]), words[-1]])


def is_rtl(text: str) -> bool:
    """Direction of a paragraph from its first strong letter (Unicode bidi rule P2)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def not_english(text: str) -> bool:
    """Whether the person's words are (at least partly) in a script other than Latin."""
    return any(ch.isalpha() and "LATIN" not in unicodedata.name(ch, "LATIN") for ch in text)


_KIND_WORDS = (
    ("image/", "photograph"),
    ("video/", "video recording"),
    ("audio/", "audio recording"),
    ("message/", "email"),
    ("application/pdf", "document"),
    ("text/", "text file"),
)


def exhibit_phrase(exhibit: ExhibitView) -> str:
    """ "the photograph marked MR1": what the exhibit is, in plain words, and its mark."""
    what = "file"
    for prefix, word in _KIND_WORDS:
        if exhibit.content_type.startswith(prefix):
            what = word
            break
    if what == "photograph" and exhibit.online:
        what = "screenshot"
    return f"the {what} marked {exhibit.ref}"


def when_text(when: When) -> str:
    """ "On 12 March 2026 at about 18:40 (Europe/London)": the time as exact as recorded."""
    start = when.start
    text = f"On {long_date(start.date())}"
    if when.precision != "date":
        about = "about " if when.precision == "approximate" else ""
        text += f" at {about}{start:%H:%M}"
    if when.end:
        if when.end.date() != start.date():
            text += f" until {long_date(when.end.date())}"
        if when.precision != "date":
            text += f" {'until' if when.end.date() == start.date() else 'at'} {when.end:%H:%M}"
    if when.precision != "date":
        text += f" ({when.tz or offset_mark(start)})"
    return text


def _inline(text: str) -> bool:
    """May this user text sit inside one of SafeLog's English sentences? Right-to-left text
    there would be broken across lines in a confusing order, so it gets its own block."""
    return not needs_layout_engine(text)


def _when_where(view: IncidentView) -> list[Block]:
    """ "This happened on 2 March 2026 at 08:40 (Europe/London), at home": one sentence."""
    inc = view.incident
    when = when_text(inc.when)
    text = "This happened o" + when[1:]
    if not inc.location.strip():
        return [Block(text)]
    if _inline(inc.location):
        return [Block(f"{text}, {place_phrase(inc.location)}")]
    return [Block(f"{text}, at the place I recorded as:"), Block(inc.location, own=True)]


def _incident_paragraph(view: IncidentView, data: DossierData) -> Numbered:
    inc = view.incident
    named = f", \u201c{inc.title}\u201d" if _inline(inc.title) else " in my record"
    entry = (
        f"My entry for this (entry {inc.id}{named}) reads:"
        if inc.narrative.strip()
        else f"My entry for this (entry {inc.id}{named}) has no description."
    )
    lead = (
        "I did not see this myself; this is a matter of information and belief. I was "
        "told about it by (as I recorded it):"
        if inc.second_hand
        else entry
    )
    blocks = _when_where(view)
    if blocks[-1].own:
        blocks.append(Block(lead))
    else:
        blocks[-1].text += f". {lead}"
    if inc.second_hand:
        blocks.append(Block(inc.source.strip(), own=True))
        blocks.append(Block(f"I believe what I was told to be true. {entry}"))
    if inc.narrative.strip():
        blocks.append(Block(inc.narrative.strip(), own=True))
    if inc.impact.strip():
        blocks.append(Block("About the effect on me, I wrote:"))
        blocks.append(Block(inc.impact.strip(), own=True))
    if inc.attribution.strip():
        blocks.append(Block("I believe a state is behind this. My reasons, as I wrote them, are:"))
        blocks.append(Block(inc.attribution.strip(), own=True))
    orders = {v.order.id: v.order for v in data.legal.orders}
    for order_id in inc.breach_of:
        order = orders.get(order_id)
        if order is not None:
            blocks.append(
                Block(
                    f"At that time the {SHORT_KINDS[order.kind]} made on "
                    f"{_day(order.made)}"
                    + (f" by {order.court}" if order.court else "")
                    + (f" (reference {order.reference})" if order.reference else "")
                    + " was in force."
                )
            )
    for report in inc.reports:
        route = REPORT_ROUTES.get(report.route, report.route)
        blocks.append(
            Block(
                f"I reported this to {route}"
                + (f" on {_day(report.date)}" if report.date else "")
                + (f"; the reference is {report.reference}" if report.reference else "")
                + (f"; I spoke to {report.spoken_to}" if report.spoken_to else "")
                + "."
            )
        )
    if view.exhibits:
        phrases = [exhibit_phrase(e) for e in view.exhibits]
        joined = (
            phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
        )
        blocks.append(Block(f"I refer to {joined}."))
    blocks.append(
        Block(
            f"I first recorded this on {utc_text(view.first_recorded)}."
            + (
                ""
                if inc.revision <= 1
                else f" I last changed the entry on {utc_text(view.last_changed)}; "
                "every earlier version is kept in my record."
            )
        )
    )
    return Numbered(blocks, inc.id, inc.second_hand)


def _day(iso: str) -> str:
    try:
        return long_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def build_statement(data: DossierData, person: Profile, number: int = 1) -> Statement:
    name = (person.name or data.owner_name).strip()
    latin = person.name_latin.strip()
    statement = Statement(
        witness=name,
        witness_latin=latin,
        short_name=short_name(latin or name),
        number=number,
        date_text=long_date(data.prepared_at.date()),
        prepared_at=data.prepared_at,
        exhibits=[e.ref for e in data.exhibits],
        document_id=data.document_id,
    )
    start, end = (_day(d) for d in data.period)
    spelled = (
        f" My name in Latin letters, as on my passport, is {latin}."
        if latin and latin != name
        else ""
    )
    opening = [
        f"I am {name or BLANK}.{spelled} [My address and occupation: to be completed; my "
        "address may be withheld from the other side for my safety.] I make this statement "
        f"about what happened to me between {start} and {end}.",
        "What I say here is from my own knowledge, except where I say that I was told "
        "something by someone else. There I say who told me, and when and how if I know, and "
        "I believe what I was told to be true.",
        "I kept a record of these events in SafeLog, an encrypted diary, and wrote each entry "
        "myself. This draft was prepared from that record on "
        f"{statement.date_text}. The words describing each event are my own entries, word for "
        "word; the sentences around them give the date, place, source and exhibits from the "
        "same record. Each paragraph says when I first recorded the event.",
    ]
    statement.paragraphs = [Numbered([Block(text)]) for text in opening]
    events = [_incident_paragraph(view, data) for view in data.incidents]
    first_event = len(statement.paragraphs) + 3  # numbered from 1, after language and exhibits
    foreign = [
        first_event + i
        for i, p in enumerate(events)
        if any(b.own and not_english(b.text) for b in p.blocks)
    ]
    statement.paragraphs.append(Numbered([Block(_language(person, foreign))]))
    statement.paragraphs.append(
        Numbered(
            [
                Block(
                    "The exhibits I refer to are the files in the evidence bundle with document "
                    f"identifier {data.document_id}, each named by its mark; the SHA-256 "
                    "fingerprint of "
                    "each is listed in that bundle, so that anyone can check it is the file I kept."
                    if len(data.exhibits) > 1
                    else "The exhibit I refer to is the file in the evidence bundle with document "
                    f"identifier {data.document_id}, named by its mark; its SHA-256 fingerprint "
                    "is listed in that bundle, so that anyone can check it is the file I kept."
                    if data.exhibits
                    else "I refer to no exhibits in this statement."
                )
            ]
        )
    )
    statement.paragraphs += events
    return statement


def _language(person: Profile, foreign: list[int]) -> str:
    language = person.language.strip()
    text = (  # the profile asks for the language the person prefers to speak
        f"My preferred language is {language}."
        if language
        else "I wrote my record in my own words and language."
    )
    if foreign:
        nums = ", ".join(str(n) for n in foreign[:-1]) + (
            f" and {foreign[-1]}" if len(foreign) > 1 else str(foreign[-1])
        )
        many = len(foreign) > 1
        text += (
            f" Paragraph{'s' if many else ''} {nums} contain{'' if many else 's'} "
            "my words in the language I wrote them in, not in English; a translation "
            "will be needed before this statement is relied on in English."
        )
    if person.interpreter == "yes":
        text += " I need an interpreter to read this statement in English."
    elif person.interpreter == "no":
        text += " I do not need an interpreter to read this statement in English."
    return text
