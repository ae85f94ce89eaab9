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
from dataclasses import dataclass
from typing import Any

from ..db import mapped_errors
from ..vault import Vault
from .model import clean_text

_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
    r"\U00020000-\U0002ffff]+"
)
_ARABIC_FOLD = str.maketrans(
    {
        "\u064a": "\u06cc",  # Arabic yeh -> Persian yeh
        "\u0649": "\u06cc",  # alef maksura -> Persian yeh
        "\u0643": "\u06a9",  # Arabic kaf -> Persian keheh
        "\u0629": "\u0647",  # teh marbuta -> heh
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u0622": "\u0627",  # alef forms
        "\u200c": " ",  # zero-width non-joiner splits Persian compounds
        "\u0640": None,  # kashida
    }
)
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
    terms = _terms(query)
    return " AND ".join(_quote(t) + ("*" if p else "") for t, p in terms) if terms else None


def _terms(query: str) -> list[tuple[str, bool]]:
    """The query's terms as (text, is a prefix), in order."""
    query = normalise(query[:MAX_QUERY])
    terms: list[tuple[str, bool]] = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query):
        if phrase:
            words = [w for w in re.findall(r"\w+", phrase)]
            if words:
                terms.append((" ".join(words), False))
            continue
        for part in re.split(r"(" + _CJK.pattern + r")", word):
            if not part:
                continue
            if _CJK.fullmatch(part):
                terms.append(
                    (part, False)
                    if len(part) == 1
                    else (" ".join(part[i : i + 2] for i in range(len(part) - 1)), False)
                )
            else:
                terms.extend((token, True) for token in re.findall(r"\w+", part))
    return terms


# A prefix term ("threat"*) makes FTS5 merge the whole match list of every word it covers
# before it can skip or rank anything: 4-12 ms for a common word at 100,000 incidents. The
# same words spelt out ("threat" OR "threats"), found in the index's word list, let it read
# only what it needs: 1-2 ms. Beyond this many words the prefix form is kept.
MAX_EXPANSION = 16
_VOCAB = {"search_index": "search_vocab", "evidence_index": "evidence_vocab"}


def _folded(token: str) -> str | None:
    """``token`` as the index spells it (lower case), or None when that is not certain.

    The tokenizer folds case and strips Latin accents; letters with neither (and their lower
    case) are the same in Python, anything else keeps the prefix form.
    """
    if token.isascii():
        return token.lower()
    for ch in token:
        if unicodedata.decomposition(ch) or ch.lower() != ch.casefold() or len(ch.lower()) != 1:
            return None
    return token.lower()


def expanded_expression(vault: Vault, table: str, query: str) -> str | None:
    """``match_expression`` for one index, with each prefix term spelt out as the words of that
    index it covers (same matches, found faster); None if nothing is searchable."""
    terms = _terms(query)
    if not terms:
        return None
    parts: list[str] = []
    for text, prefix in terms:
        folded = _folded(text) if prefix else None
        words: list[str] = []
        if folded:
            words = [
                str(r[0])
                for r in vault.conn.execute(
                    f"SELECT term FROM {_VOCAB[table]} WHERE term >= ? AND term < ? LIMIT ?",
                    (folded, folded + "\U0010ffff", MAX_EXPANSION + 1),
                )
            ]
        if 0 < len(words) <= MAX_EXPANSION:
            parts.append("(" + " OR ".join(_quote(w) for w in words) + ")")
        else:  # none (nothing matches; the prefix form finds nothing as fast) or too many
            parts.append(_quote(text) + ("*" if prefix else ""))
    return " AND ".join(parts)


def _incident_body(vault: Vault, incident_id: int, doc: dict[str, Any]) -> str:
    parts: list[str] = [
        doc.get("location", ""),
        doc.get("narrative", ""),
        doc.get("impact", ""),
        doc.get("private_notes", ""),
        " ".join(doc.get("tags") or []),
        doc.get("source", ""),
        doc.get("attribution", ""),
    ]
    for report in doc.get("reports") or []:
        parts.extend(
            str(report.get(k, ""))
            for k in ("reference", "spoken_to", "outcome", "referred_to", "notes")
        )
    for name, description, vehicle in vault.conn.execute(
        "SELECT p.name, json_extract(p.doc, '$.description'), json_extract(p.doc, '$.vehicle')"
        " FROM persons p JOIN incident_people ip ON ip.person_id = p.id"
        " WHERE ip.incident_id = ?",
        (incident_id,),
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
    row = vault.conn.execute(
        "SELECT title, doc FROM incidents WHERE id = ?", (incident_id,)
    ).fetchone()
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
    """Incident ids, best match first: incidents whose own text matches, then incidents that
    match only through the words inside one of their exhibits (``evidence_matches`` says
    which).

    bm25 must score every match before LIMIT applies, which costs ~60 ms for a word found in
    most of 100,000 incidents. Walking the match list in rowid order is cheap, so when a query
    has more than RANK_WINDOW matches we rank only the most recently recorded RANK_WINDOW of
    them: a word that common cannot single out an old entry by relevance anyway.
    """
    if not _terms(query):
        return []
    wanted = limit + offset
    with mapped_errors():
        direct = _ranked(vault, "search_index", "bm25(search_index, 4.0, 1.0)", query, wanted)
        found = list(dict.fromkeys(direct))
        if len(found) < wanted:
            for exhibit_id in _ranked(
                vault, "evidence_index", "bm25(evidence_index)", query, wanted * 4
            ):
                row = vault.conn.execute(
                    "SELECT incident_id FROM exhibits WHERE id = ?", (exhibit_id,)
                ).fetchone()
                if row is not None and row[0] not in found:
                    found.append(int(row[0]))
                    if len(found) >= wanted:
                        break
    return found[offset : offset + limit]


def _ranked(vault: Vault, table: str, rank: str, query: str, limit: int) -> list[int]:
    """The best ``limit`` of the newest RANK_WINDOW (or ``limit``) matches, best first.

    One pass reads the newest matches with their scores; Python sorts them (stable, so equal
    scores stay newest first).
    """
    match = expanded_expression(vault, table, query)
    rows = vault.conn.execute(
        f"SELECT rowid, {rank} FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
        (match, max(RANK_WINDOW, limit)),
    ).fetchall()
    rows.sort(key=lambda r: r[1])
    return [int(r[0]) for r in rows[:limit]]


@dataclass(frozen=True)
class ExhibitMatch:
    """An exhibit whose words matched a search, with a few of them around the first match."""

    incident_id: int
    ref: str
    original_name: str
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "ref": self.ref,
            "original_name": self.original_name,
            "snippet": self.snippet,
        }


SNIPPET_CHARS = 80


def evidence_matches(vault: Vault, query: str, incident_ids: list[int]) -> list[ExhibitMatch]:
    """Which exhibits of these incidents matched ``query``, in exhibit order."""
    if not incident_ids or not _terms(query):
        return []
    marks = ",".join("?" * len(incident_ids))
    with mapped_errors():
        exhibits = vault.conn.execute(
            f"SELECT id FROM exhibits WHERE incident_id IN ({marks}) ORDER BY id", incident_ids
        ).fetchall()
        match = expanded_expression(vault, "evidence_index", query) if exhibits else None
        if match is None:
            return []
        # Only the stretch of the match list between these exhibits is read (they are usually
        # recent, so close together), rather than every exhibit in the vault that matches.
        wanted = {int(r[0]) for r in exhibits}
        hits = [
            int(r[0])
            for r in vault.conn.execute(
                "SELECT rowid FROM evidence_index WHERE evidence_index MATCH ?"
                " AND rowid BETWEEN ? AND ? ORDER BY rowid",
                (match, min(wanted), max(wanted)),
            )
            if int(r[0]) in wanted
        ]
        rows = [
            vault.conn.execute(
                "SELECT e.incident_id, e.ref, e.original_name, t.text FROM exhibits e"
                " JOIN evidence_text t ON t.exhibit_id = e.id WHERE e.id = ?",
                (exhibit_id,),
            ).fetchone()
            for exhibit_id in hits
        ]
    return [
        ExhibitMatch(int(i), ref, name, snippet(text, query))
        for i, ref, name, text in (r for r in rows if r is not None)
    ]


def snippet(text: str, query: str) -> str:
    """A line's worth of ``text`` around the first word of ``query`` found in it."""
    folded = normalise(text).casefold()
    if len(folded) != len(text):  # folding changed lengths: search the text as it is
        folded = text.casefold()
    words = [w.casefold() for w in re.findall(r"\w+", normalise(query[:MAX_QUERY]))]
    spots = [folded.find(w) for w in words if w and folded.find(w) >= 0]
    at = min(spots) if spots else 0
    line = text.rfind("\n", 0, at) + 1
    start = line if at - line <= SNIPPET_CHARS // 3 else text.find(" ", at - SNIPPET_CHARS // 3)
    start = start if 0 <= start <= at else at
    end = text.find("\n", at)
    end = min(end if end >= 0 else len(text), start + SNIPPET_CHARS)
    piece = " ".join(text[start:end].split())
    return (
        ("…" if start > line else "")
        + piece
        + ("…" if end < len(text) and text[end : end + 1] != "\n" else "")
    )
