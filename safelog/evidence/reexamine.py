"""Reading exhibits again with today's readers: for a vault whose exhibits were added before
SafeLog kept chat messages, e-mail bodies and page text (and indexed them for search).

Only what SafeLog derived from the stored bytes changes: the metadata, the reader's sentences
in the note, the thumbnails and the search words. The original bytes, the name, the person's
note and online details, and how the exhibit was obtained stay as they were; each exhibit read
again is a custody entry. An exhibit is read again only when it has no search words yet, so
running this twice does nothing the second time.
"""

from __future__ import annotations

from ..db import mapped_errors
from ..progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..vault import Vault
from . import textindex
from .importer import EXTRA_KEYS, examine, split_note
from .model import dump, load_json

KEPT_KEYS = EXTRA_KEYS
"""Metadata SafeLog wrote about an exhibit's origin, not read from its bytes: kept."""


def reexamine_exhibits(
    vault: Vault, *, progress: ProgressFn = no_progress, cancel: CancelToken = NEVER_CANCELLED
) -> list[str]:
    """Read again every exhibit without search words; returns their references."""
    with mapped_errors():
        rows = vault.conn.execute(
            "SELECT e.id, e.ref, e.blob_id, b.content_type, b.size, e.metadata, "
            "e.metadata_note, e.original_name, e.notes, e.online FROM exhibits e "
            "JOIN blobs b ON b.id = e.blob_id WHERE e.id NOT IN "
            "(SELECT exhibit_id FROM evidence_text) ORDER BY e.id"
        ).fetchall()
    done: list[str] = []
    for count, (
        exhibit_id,
        ref,
        blob_id,
        content_type,
        size,
        old_md,
        old_note,
        name,
        notes,
        online,
    ) in enumerate(rows):
        cancel.check()
        with mapped_errors(), vault.transaction() as conn:
            metadata, words = examine(conn, blob_id, content_type, size, cancel)
            old = load_json(old_md)
            metadata.update({k: old[k] for k in KEPT_KEYS if k in old})
            problems = [p for p in metadata.pop("problems", []) if isinstance(p, str)]
            file_notes, _reader = split_note(old_note)
            note = " ".join(file_notes + problems)
            conn.execute(
                "UPDATE exhibits SET metadata = ?, metadata_note = ? WHERE id = ?",
                (dump(metadata), note, exhibit_id),
            )
            textindex.index_exhibit(
                conn,
                exhibit_id,
                textindex.exhibit_words(name, notes, load_json(online), metadata, words),
            )
            vault.record(
                "exhibit.reexamine",
                "exhibit",
                ref,
                {"reader_notes": problems, "kind": metadata.get("kind", "")},
            )
        done.append(ref)
        progress(count + 1, len(rows))
    return done
