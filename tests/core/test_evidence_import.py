"""Importing real photos and ordinary files: exact bytes, metadata, upright thumbnails."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from safelog import custody
from safelog.errors import EvidenceRefused, InvalidInput, NotFound
from safelog.evidence import (
    export_exhibit,
    get_exhibit,
    import_files,
    iter_exhibit_bytes,
    list_exhibits,
    preview,
    read_exhibit_bytes,
    thumbnail,
)
from safelog.evidence.metadata import parse
from safelog.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.evidence_helpers import PHOTOS, add_incident, jpeg_bytes, sha256_file

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def incident(vault):
    return add_incident(vault)


def _one(vault, path, **kwargs):
    [result] = import_files(vault, 1, [path], **kwargs)
    return result


def _stored_bytes(vault, ref: str) -> bytes:
    return b"".join(iter_exhibit_bytes(vault, ref))


def _decoded_size(derived) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(derived.data), formats=["JPEG"]) as image:
        return image.size


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """One vault holding every corpus photo, imported in one batch (vaults are slow to make)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SAFELOG_KDF_PROFILE", "test")
        vault, _ = Vault.create(
            tmp_path_factory.mktemp("corpus") / "vault", PASSPHRASE, owner_name="Amira Haddad"
        )
    add_incident(vault)
    results = import_files(vault, 1, sorted(PHOTOS.iterdir()))
    yield vault, {r.exhibit.original_name: r.exhibit for r in results}
    vault.close()


@pytest.mark.parametrize("name", sorted(p.name for p in PHOTOS.iterdir()))
def test_every_corpus_file_is_stored_byte_identical(corpus, name):
    vault, exhibits = corpus
    path = PHOTOS / name
    exhibit = exhibits[name]
    assert exhibit.sha256 == sha256_file(path)
    assert exhibit.size == path.stat().st_size
    assert _stored_bytes(vault, exhibit.ref) == path.read_bytes()
    assert get_exhibit(vault, exhibit.ref) == exhibit
    assert exhibit.metadata.get("kind") == "image"
    assert set(exhibit.file_times) >= {"modified", "accessed", "changed"}
    assert exhibit.metadata_note == ""


def test_references_follow_import_order(corpus):
    exhibits = corpus[1]
    names = sorted(exhibits)
    assert [exhibits[n].ref for n in names] == [f"AH{i}" for i in range(1, len(names) + 1)]


def test_gps_photo_metadata(corpus):
    exhibit = corpus[1]["jpg_gps_DSCN0010.jpg"]
    md = exhibit.metadata
    assert exhibit.content_type == "image/jpeg"
    assert md["date_taken"] == "2008-10-22T16:28:39"
    assert md["camera_make"] == "NIKON"
    assert md["camera_model"] == "COOLPIX P6000"
    assert md["gps"]["latitude"] == pytest.approx(43.4674483, abs=1e-6)
    assert md["gps"]["longitude"] == pytest.approx(11.8851267, abs=1e-6)
    assert (md["width"], md["height"]) == (640, 480)
    assert md["orientation"] == 1


@pytest.mark.parametrize("name", ["jpg_gps_DSCN0012.jpg", "jpg_gps_DSCN0021.jpg"])
def test_other_gps_photos_have_decimal_positions(corpus, name):
    gps = corpus[1][name].metadata["gps"]
    assert gps["latitude"] == pytest.approx(43.467, abs=0.01)
    assert gps["longitude"] == pytest.approx(11.885, abs=0.01)


@pytest.mark.parametrize(
    "name, make, model, taken",
    [
        ("jpg_Canon_40D.jpg", "Canon", "Canon EOS 40D", "2008-05-30T15:56:01"),
        ("jpg_Nikon_D70.jpg", "NIKON CORPORATION", "NIKON D70", "2008-03-15T09:52:01"),
        ("jpg_Sony_HDR-HC3.jpg", "SONY", "HDR-HC3", "2007-06-15T04:42:32"),
    ],
)
def test_camera_exif(corpus, name, make, model, taken):
    md = corpus[1][name].metadata
    assert (md["camera_make"], md["camera_model"], md["date_taken"]) == (make, model, taken)


@pytest.mark.parametrize(
    "name, orientation, upright",
    [
        ("jpg_orientation_landscape_6.jpg", 6, "landscape"),
        ("jpg_orientation_portrait_8.jpg", 8, "portrait"),
    ],
)
def test_thumbnails_come_out_upright(corpus, name, orientation, upright):
    vault, exhibits = corpus
    exhibit = exhibits[name]
    assert exhibit.metadata["orientation"] == orientation
    for derived in (thumbnail(vault, exhibit.ref), preview(vault, exhibit.ref)):
        assert derived is not None and derived.mime == "image/jpeg"
        width, height = _decoded_size(derived)
        assert (width, height) == (derived.width, derived.height)
        assert (width > height) if upright == "landscape" else (width < height)
    assert max(_decoded_size(thumbnail(vault, exhibit.ref))) <= 512


def test_heif_and_tiff(corpus):
    vault, exhibits = corpus
    heif = exhibits["heic_samplefilehub.heif"]
    assert heif.content_type in ("image/heic", "image/heif")
    assert (heif.metadata["width"], heif.metadata["height"]) == (640, 426)
    assert thumbnail(vault, heif.ref).width == 512
    tiff = exhibits["tiff_Arbitro.tiff"]
    assert tiff.content_type == "image/tiff"
    assert (tiff.metadata["width"], tiff.metadata["height"]) == (174, 38)
    assert thumbnail(vault, tiff.ref) is not None


def test_damaged_jpegs_are_kept_with_what_could_be_read(corpus):
    exhibits = corpus[1]
    corrupted = exhibits["jpg_corrupted.jpg"]
    assert corrupted.metadata["camera_make"].startswith("OLYMPUS")
    # A 3648 x 2736 photo: its preview was decoded at half scale, never whole.
    assert corrupted.metadata["decoded_size"] == [1824, 1368]
    invalid = exhibits["jpg_invalid_image01137.jpg"]
    # No EXIF block at all (only XMP, which also lies about the size): what XMP says is kept.
    assert "camera_make" not in invalid.metadata
    assert invalid.metadata["xmp"]["creator_tool"] == "Adobe Fireworks CS4"
    assert (invalid.metadata["width"], invalid.metadata["height"]) == (88, 64)


def test_view_refuses_what_is_too_large_for_memory(corpus):
    vault, exhibits = corpus
    ref = exhibits["jpg_corrupted.jpg"].ref
    with pytest.raises(EvidenceRefused, match="too large to view"):
        read_exhibit_bytes(vault, ref, 1000)
    assert (
        read_exhibit_bytes(vault, ref.lower(), 10**7) == (PHOTOS / "jpg_corrupted.jpg").read_bytes()
    )
    with pytest.raises(NotFound):
        get_exhibit(vault, "AH99")


def test_large_photo_thumbnail_uses_draft_decoding():
    data = jpeg_bytes(6000, 4000)  # 24 megapixels
    parsed = parse("image/jpeg", data, len(data))
    assert (parsed.metadata["width"], parsed.metadata["height"]) == (6000, 4000)
    decoded = parsed.metadata["decoded_size"]
    assert decoded[0] * decoded[1] <= 6000 * 4000 // 4  # at most half scale on each side
    assert {(p.kind, max(p.width, p.height)) for p in parsed.images} == {
        ("preview", 1600),
        ("thumbnail", 512),
    }


def test_duplicate_links_the_same_stored_content(vault, incident, tmp_path):
    copy = tmp_path / "renamed copy.jpg"
    copy.write_bytes((PHOTOS / "jpg_Canon_40D.jpg").read_bytes())
    first = _one(vault, PHOTOS / "jpg_Canon_40D.jpg")
    second = _one(vault, copy)
    assert first.duplicate_of is None
    assert second.duplicate_of == first.exhibit.ref
    assert second.duplicate_sentence == (
        "It was already in the vault as AH1; AH2 shares that stored copy."
    )
    assert second.note == ""
    assert second.exhibit.sha256 == first.exhibit.sha256
    assert second.exhibit.metadata["camera_model"] == "Canon EOS 40D"
    conn = vault.conn
    assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert conn.execute("SELECT count(DISTINCT blob_id) FROM exhibits").fetchone()[0] == 1
    assert thumbnail(vault, second.exhibit.ref) == thumbnail(vault, first.exhibit.ref)
    assert [e.ref for e in list_exhibits(vault)] == ["AH1", "AH2"]


def test_same_file_twice_in_one_batch(vault, incident):
    results = import_files(vault, 1, [PHOTOS / "jpg_Nikon_D70.jpg"] * 2)
    assert [r.duplicate_of for r in results] == [None, "AH1"]


def test_export_writes_exactly_the_original_bytes(vault, incident, tmp_path):
    source = PHOTOS / "jpg_gps_DSCN0021.jpg"
    ref = _one(vault, source).exhibit.ref
    out = tmp_path / "out" / "AH1.jpg"
    out.parent.mkdir()
    export_exhibit(vault, ref, out)
    assert out.read_bytes() == source.read_bytes()
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)
    assert [p.name for p in out.parent.iterdir()] == ["AH1.jpg"]  # no temp file left


def test_custody_log_records_import_view_export_with_hashes_only(vault, incident, tmp_path):
    name = "secret-name-do-not-log.jpg"
    path = tmp_path / name
    path.write_bytes((PHOTOS / "jpg_Sony_HDR-HC3.jpg").read_bytes())
    exhibit = _one(vault, path, note="private words").exhibit
    read_exhibit_bytes(vault, exhibit.ref, 10_000_000)
    export_exhibit(vault, exhibit.ref, tmp_path / "exported.jpg")
    entries = [e for e in custody.entries(vault.conn) if e.entity == "exhibit"]
    assert [e.action for e in entries] == ["exhibit.import", "exhibit.view", "exhibit.export"]
    assert all(e.entity_id == "AH1" and e.detail["sha256"] == exhibit.sha256 for e in entries)
    assert entries[0].detail["incident_id"] == 1
    rows = vault.conn.execute("SELECT * FROM custody").fetchall()
    assert "secret-name" not in repr(rows) and "private words" not in repr(rows)
    assert custody.verify_chain(vault.conn).ok


def test_online_capture_fields_and_note(vault, incident, tmp_path):
    online = {
        "platform": "Instagram",
        "url": "https://www.instagram.com/p/XyZ/?img=1",
        "account": "@watcher_99",
        "shown_time": "22 Nov at 14:03",
    }
    exhibit = _one(vault, PHOTOS / "jpg_Canon_40D.jpg", online=online, note="Sent at night").exhibit
    again = get_exhibit(vault, exhibit.ref)
    assert again.online == online
    assert again.notes == "Sent at night"
    assert again.imported_at != online["shown_time"]
    with pytest.raises(InvalidInput):
        import_files(vault, 1, [PHOTOS / "jpg_Canon_40D.jpg"], online={"url": "a\nb"})
    with pytest.raises(InvalidInput):
        import_files(vault, 1, [PHOTOS / "jpg_Canon_40D.jpg"], online={"colour": "red"})


def test_zero_byte_file(vault, incident, tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    result = _one(vault, empty)
    assert result.exhibit.size == 0
    assert result.exhibit.sha256 == hashlib.sha256(b"").hexdigest()
    assert "empty" in result.note
    assert _stored_bytes(vault, result.exhibit.ref) == b""


def test_unknown_incident_missing_file_and_folder_are_refused(vault, incident, tmp_path):
    with pytest.raises(NotFound, match="Incident 99 does not exist"):
        import_files(vault, 99, [PHOTOS / "jpg_Canon_40D.jpg"])
    with pytest.raises(EvidenceRefused, match="does not exist"):
        import_files(vault, 1, [tmp_path / "nope.jpg"])
    with pytest.raises(EvidenceRefused, match="not an ordinary file"):
        import_files(vault, 1, [tmp_path])
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(EvidenceRefused, match="not an ordinary file"):
        import_files(vault, 1, [PHOTOS / "jpg_Canon_40D.jpg", fifo])
    with pytest.raises(EvidenceRefused, match="part of the vault itself"):
        import_files(vault, 1, [vault.path / "vault.db"])
    assert list_exhibits(vault) == []


def test_list_filters_by_incident(vault, incident):
    add_incident(vault, 2)
    import_files(vault, 1, [PHOTOS / "jpg_Canon_40D.jpg"])
    import_files(vault, 2, [PHOTOS / "jpg_Nikon_D70.jpg", PHOTOS / "jpg_Sony_HDR-HC3.jpg"])
    assert [e.ref for e in list_exhibits(vault, 2)] == ["AH2", "AH3"]
    assert [e.incident_id for e in list_exhibits(vault)] == [1, 2, 2]
    data = list_exhibits(vault, 1)[0].to_json()
    assert {
        "ref",
        "sha256",
        "size",
        "content_type",
        "original_name",
        "file_times",
        "imported_at",
        "metadata",
        "metadata_note",
        "online",
        "notes",
    } <= set(data)


def test_file_that_grows_during_import(vault, incident, tmp_path: Path):
    path = tmp_path / "growing.bin"
    path.write_bytes(os.urandom(10 * 1024 * 1024))
    appended = []

    def grow(done: int, total: int) -> None:
        if not appended:
            with open(path, "ab") as f:
                f.write(b"x" * 3 * 1024 * 1024)
            appended.append(True)

    exhibit = _one(vault, path, progress=grow).exhibit
    stored = _stored_bytes(vault, exhibit.ref)
    assert hashlib.sha256(stored).hexdigest() == exhibit.sha256
    assert len(stored) == exhibit.size
    assert "changed while it was being imported" in exhibit.metadata_note


def test_file_that_shrinks_during_import(vault, incident, tmp_path: Path):
    path = tmp_path / "shrinking.bin"
    path.write_bytes(os.urandom(12 * 1024 * 1024))

    def shrink(done: int, total: int) -> None:
        os.truncate(path, 2 * 1024 * 1024 + 5)

    exhibit = _one(vault, path, progress=shrink).exhibit
    stored = _stored_bytes(vault, exhibit.ref)
    assert hashlib.sha256(stored).hexdigest() == exhibit.sha256 and len(stored) == exhibit.size
    assert exhibit.size < 12 * 1024 * 1024
    assert "changed while it was being imported" in exhibit.metadata_note
