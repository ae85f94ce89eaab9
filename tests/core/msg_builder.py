"""Outlook ``.msg`` files built from scratch: a Compound File (CFB v3) writer and the MSG layout
([MS-OXMSG]) Outlook uses, so tests need no sample from outside.

A tree is a dict: a name mapping to bytes is a stream, to a dict a storage. Siblings are
chained through their right pointers (readers walk the tree; they do not check its balance).
"""

from __future__ import annotations

import itertools
import struct
from datetime import UTC, datetime

SECTOR = 512
MINI = 64
CUTOFF = 4096
END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def cfb(tree: dict[str, object], cycle: tuple[str, str] | None = None) -> bytes:
    """A compound file holding ``tree``. ``cycle=(storage, target)`` points that storage's
    child at ``target``'s entry, making a loop in the directory (a recursive attachment)."""
    entries: list[dict[str, object]] = [{"name": "Root Entry", "type": 5, "kids": []}]
    names: dict[str, int] = {}

    def add(node: dict[str, object], parent: int, path: str) -> None:
        for name, value in node.items():
            index = len(entries)
            names[f"{path}/{name}"] = index
            entries.append(
                {
                    "name": name,
                    "type": 1 if isinstance(value, dict) else 2,
                    "data": value if isinstance(value, bytes) else b"",
                    "kids": [],
                }
            )
            entries[parent]["kids"].append(index)  # type: ignore[attr-defined]
            if isinstance(value, dict):
                add(value, index, f"{path}/{name}")

    add(tree, 0, "")
    # Small streams go to the mini stream, big ones to regular sectors.
    mini_stream, mini_fat = b"", []
    big: list[tuple[int, bytes]] = []
    for index, entry in enumerate(entries):
        data = entry.get("data", b"")
        assert isinstance(data, bytes)
        if entry["type"] != 2:
            continue
        if len(data) < CUTOFF:
            entry["start"] = len(mini_stream) // MINI if data else END
            count = -(-len(data) // MINI)
            first = len(mini_fat)
            mini_fat += [first + i + 1 for i in range(count - 1)] + ([END] if count else [])
            mini_stream += data + b"\0" * (count * MINI - len(data))
        else:
            big.append((index, data))
    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        if not data:
            return END
        count = -(-len(data) // SECTOR)
        first = len(sectors)
        for i in range(count):
            sectors.append(data[i * SECTOR : (i + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(first + i + 1 if i < count - 1 else END)
        return first

    for index, data in big:
        entries[index]["start"] = place(data)
    entries[0]["start"] = place(mini_stream)
    entries[0]["size"] = len(mini_stream)
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    mini_fat_bytes += b"\xff" * (-len(mini_fat_bytes) % SECTOR)
    mini_fat_start = place(mini_fat_bytes) if mini_fat else END
    right: dict[int, int] = {}
    for entry in entries:  # each entry's right sibling is the next kid of its parent
        kids: list[int] = entry["kids"]  # type: ignore[assignment]
        right.update(itertools.pairwise(kids))
    directory = b"".join(_entry(e, right.get(i, NOSTREAM)) for i, e in enumerate(entries))
    directory += b"".join(_empty_entry() for _ in range(-len(entries) % 4))
    if cycle:
        storage, target = names[cycle[0]], names[cycle[1]]
        at = storage * 128 + 76
        directory = directory[:at] + struct.pack("<I", target) + directory[at + 4 :]
    dir_start = place(directory)
    fat_count = 1
    while len(fat) + fat_count > fat_count * (SECTOR // 4):
        fat_count += 1
    fat_start = len(sectors)
    fat += [FATSECT] * fat_count
    fat += [FREE] * (fat_count * (SECTOR // 4) - len(fat))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    for i in range(fat_count):
        sectors.append(fat_bytes[i * SECTOR : (i + 1) * SECTOR])
    difat = [fat_start + i for i in range(fat_count)] + [FREE] * (109 - fat_count)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack(
            "<IIIIIIIII",
            0,
            fat_count,
            dir_start,
            0,
            CUTOFF,
            mini_fat_start,
            len(mini_fat_bytes) // SECTOR if mini_fat else 0,
            END,
            0,
        )
        + struct.pack("<109I", *difat)
    )
    return header + b"".join(sectors)


def _entry(entry: dict[str, object], right: int) -> bytes:
    name = str(entry["name"]).encode("utf-16-le") + b"\0\0"
    kids: list[int] = entry["kids"]  # type: ignore[assignment]
    child = kids[0] if kids else NOSTREAM
    data = entry.get("data", b"")
    size = entry.get("size", len(data) if isinstance(data, bytes) else 0)
    return (
        name.ljust(64, b"\0")
        + struct.pack("<HBB", len(name), entry["type"], 1)
        + struct.pack("<III", NOSTREAM, right, child)
        + b"\0" * 16
        + b"\0" * 4
        + b"\0" * 16
        + struct.pack("<II", int(entry.get("start", END)), int(size))  # type: ignore[arg-type]
        + b"\0" * 4
    )


def _empty_entry() -> bytes:
    return (
        b"\0" * 64
        + struct.pack("<HBB", 0, 0, 0)
        + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM)
        + b"\0" * 48
    )


def _props(entries: list[tuple[int, bytes]], header: bytes) -> bytes:
    return header + b"".join(
        struct.pack("<II", tag, 6) + value.ljust(8, b"\0") for tag, value in entries
    )


def _filetime(moment: datetime) -> bytes:
    ticks = int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)
    return struct.pack("<Q", ticks)


def _text(value: str) -> bytes:
    return value.encode("utf-16-le")


def message_tree(
    *,
    subject: str,
    sender: str,
    sender_email: str,
    to: str,
    body: str,
    headers: str,
    sent: datetime,
    attachments: list[tuple[str, bytes]],
    embedded: dict[str, object] | None = None,
    top: bool = True,
) -> dict[str, object]:
    """The storages and streams of one message (also used for an embedded one)."""
    tree: dict[str, object] = {
        "__substg1.0_001A001F": _text("IPM.Note"),
        "__substg1.0_0037001F": _text(subject),
        "__substg1.0_0C1A001F": _text(sender),
        "__substg1.0_0C1F001F": _text(sender_email),
        "__substg1.0_5D01001F": _text(sender_email),
        "__substg1.0_0E04001F": _text(to),
        "__substg1.0_1000001F": _text(body),
        "__substg1.0_007D001F": _text(headers),
        "__properties_version1.0": _props(
            [(0x00390040, _filetime(sent)), (0x0E060040, _filetime(sent))],
            b"\0" * 8
            + struct.pack(
                "<IIII", 1, len(attachments) + bool(embedded), 1, len(attachments) + bool(embedded)
            )
            + (b"\0" * 8 if top else b""),
        ),
        "__recip_version1.0_#00000000": {
            "__substg1.0_3001001F": _text(to),
            "__substg1.0_39FE001F": _text(to),
            "__substg1.0_3003001F": _text(to),
            "__properties_version1.0": _props([(0x0C150003, struct.pack("<I", 1))], b"\0" * 8),
        },
    }
    for number, (name, data) in enumerate(attachments):
        tree[f"__attach_version1.0_#{number:08X}"] = {
            "__substg1.0_3707001F": _text(name),
            "__substg1.0_3704001F": _text(name),
            "__substg1.0_37010102": data,
            "__substg1.0_370E001F": _text("image/png"),
            "__properties_version1.0": _props([(0x37050003, struct.pack("<I", 1))], b"\0" * 8),
        }
    if embedded is not None:
        tree[f"__attach_version1.0_#{len(attachments):08X}"] = {
            "__substg1.0_3707001F": _text("forwarded.msg"),
            "__substg1.0_3701000D": embedded,
            "__properties_version1.0": _props([(0x37050003, struct.pack("<I", 5))], b"\0" * 8),
        }
    return tree


def msg_file(**fields: object) -> bytes:
    tree = message_tree(**fields)  # type: ignore[arg-type]
    tree["__nameid_version1.0"] = {
        "__substg1.0_00020102": b"",
        "__substg1.0_00030102": b"",
        "__substg1.0_00040102": b"",
    }
    return cfb(tree)
