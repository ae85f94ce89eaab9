"""Full-text search over incidents (SQLite FTS5), in every script our users write.

FTS5's unicode61 tokenizer splits on spaces and punctuation, which serves English, Persian,
Arabic, Russian and most scripts, but not Chinese or Japanese, which are written without
spaces. For runs of CJK characters we index every character and every pair of neighbours
(the bigram method search engines use), and turn a CJK query into a phrase of its pairs, so a
two-character word is found inside a longer run. Persian and Arabic letter variants, kashida
and vowel marks are folded the same way on both sides, so a search typed on a Persian keyboard
finds text typed on an Arabic one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from ..db import mapped_errors
from ..vault import Vault
from .model import clean_text

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
                  r"\U00020000-\U0002ffff]+")
_ARABIC_FOLD = str.maketrans({
    "\u064a": "\u06cc",  # Arabic yeh -> Persian yeh
    "\u0649": "\u06cc",  # alef maksura -> Persian yeh
    "\u0643": "\u06a9",  # Arabic kaf -> Persian keheh
    "\u0629": "\u0647",  # teh marbuta -> heh
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627",  # alef forms
    "\u200c": " ",  # zero-width non-joiner splits Persian compounds
    "\u0640": None,  # kashida
})
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u06d6-\u06ed]")
MAX_QUERY = 500


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", clean_text(text))  # lone surrogates as when saved
    return _ARABIC_MARKS.sub("", text.translate(_ARABIC_FOLD))


def _cjk_tokens(run: str) -> str:
    pairs = [run[i : i + 2] for i in range(len(run) - 1)]
    return " " + " ".join(list(run) + pairs) + " "


def index_text(text: str) -> str:
    """What goes into the index for ``text``."""
    return _CJK.sub(lambda m: _cjk_tokens(m.group()), normalise(text))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """Turn what a person types into a safe FTS5 expression; None if nothing searchable.

    Every word becomes a quoted prefix term (so "threat" finds "threats" and no character can
    be read as FTS5 syntax); "quoted words" stay a phrase; CJK runs become a phrase of pairs.
    """
    query = normalise(query[:MAX_QUERY])
    terms: list[str] = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query):
        if phrase:
            words = [w for w in re.findall(r"\w+", phrase)]
            if words:
                terms.append(_quote(" ".join(words)))
            continue
        for part in re.split(r"(" + _CJK.pattern + r")", word):
            if not part:
                continue
            if _CJK.fullmatch(part):
                terms.append(_quote(part) if len(part) == 1 else
                             _quote(" ".join(part[i : i + 2] for i in range(len(part) - 1))))
            else:
                for token in re.findall(r"\w+", part):
                    terms.append(_quote(token) + "*")
    return " AND ".join(terms) if terms else None


def _incident_body(vault: Vault, incident_id: int, doc: dict[str, Any]) -> str:
    parts: list[str] = [doc.get("location", ""), doc.get("narrative", ""), doc.get("impact", ""),
                        doc.get("private_notes", ""), " ".join(doc.get("tags") or []),
                        doc.get("source", ""), doc.get("attribution", "")]
    for report in doc.get("reports") or []:
        parts.extend(str(report.get(k, "")) for k in
                     ("reference", "spoken_to", "outcome", "referred_to", "notes"))
    for name, description, vehicle in vault.conn.execute(
        "SELECT p.name, json_extract(p.doc, '$.description'), json_extract(p.doc, '$.vehicle')"
        " FROM persons p JOIN incident_people ip ON ip.person_id = p.id"
        " WHERE ip.incident_id = ?", (incident_id,)
    ):
        parts.extend([name, description or "", vehicle or ""])
    for name, notes, online in vault.conn.execute(
        "SELECT original_name, notes, online FROM exhibits WHERE incident_id = ?", (incident_id,)
    ):
        parts.extend([name, notes])
        try:
            parts.extend(str(v) for v in json.loads(online).values())
        except (ValueError, AttributeError):
            pass
    return "\n".join(p for p in parts if p)


def reindex(vault: Vault, incident_id: int) -> None:
    """Refresh one incident's index entry, inside the caller's transaction."""
    row = vault.conn.execute("SELECT title, doc FROM incidents WHERE id = ?",
                             (incident_id,)).fetchone()
    vault.conn.execute("DELETE FROM search_index WHERE rowid = ?", (incident_id,))
    if row is None:
        return
    doc = json.loads(row[1])
    vault.conn.execute(
        "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
        (incident_id, index_text(row[0]), index_text(_incident_body(vault, incident_id, doc))),
    )


def reindex_person(vault: Vault, person_id: int) -> None:
    """A person's name or description changed: refresh every incident they appear in."""
    for (incident_id,) in vault.conn.execute(
        "SELECT incident_id FROM incident_people WHERE person_id = ?", (person_id,)
    ).fetchall():
        reindex(vault, incident_id)


RANK_WINDOW = 500


def search(vault: Vault, query: str, *, limit: int = 50, offset: int = 0) -> list[int]:
    """Incident ids, best match first.

    bm25 must score every match before LIMIT applies, which costs ~60 ms for a word found in
    most of 100,000 incidents. Walking the match list in rowid order is cheap, so when a query
    has more than RANK_WINDOW matches we rank only the most recently recorded RANK_WINDOW of
    them: a word that common cannot single out an old entry by relevance anyway.
    """
    match = match_expression(query)
    if match is None:
        return []
    with mapped_errors():
        edge = vault.conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?"
            " ORDER BY rowid DESC LIMIT 1 OFFSET ?", (match, RANK_WINDOW - 1)).fetchone()
        rows = vault.conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid >= ?"
            " ORDER BY bm25(search_index, 4.0, 1.0) LIMIT ? OFFSET ?",
            (match, edge[0] if edge else 0, limit, offset),
        ).fetchall()
    return [r[0] for r in rows]
