"""The sandboxed child that reads metadata and makes previews from untrusted bytes.

It limits itself before it reads a byte of input: address space (a decompression bomb gets a
MemoryError, not the machine's memory), CPU seconds (a looping parser is killed by the kernel),
no file writes (RLIMIT_FSIZE 0: no temp file can hold decrypted evidence), no core dumps (a crash
must not write the decrypted bytes to disk), and death with its parent. The vault process adds a
wall-clock kill on top (``sandbox.py``). Protocol, over pipes only:

    in:  one JSON line {"content_type", "size", "sent", "limits"[, "extract": n]} then ``sent``
         bytes
    out: b"SLW1", 4-byte big-endian JSON length, JSON {"metadata", "notes", "search_text",
         "images"}, then the raw RGB pixels of each image in order; or, with "extract",
         JSON {"member": {"name", "content_type", "length"}} (or {"refused": sentence}) then
         the member's bytes
"""

from __future__ import annotations

import json
import os
import signal
import sys
from typing import Any

MAGIC = b"SLW1"
MAX_HEADER = 4096


def limit_self(memory: int, cpu_seconds: int) -> None:
    """Apply the limits to this process (the child calls this first thing)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return

    def lower(limit: int, soft: int, hard: int) -> None:
        _, current = resource.getrlimit(limit)
        if current != resource.RLIM_INFINITY:  # never ask for more than we may have
            soft, hard = min(soft, current), min(hard, current)
        resource.setrlimit(limit, (soft, hard))

    for name, value in (("RLIMIT_CORE", 0), ("RLIMIT_FSIZE", 0), ("RLIMIT_AS", memory)):
        limit = getattr(resource, name, None)
        if limit is not None:
            lower(limit, value, value)
    lower(resource.RLIMIT_CPU, cpu_seconds, cpu_seconds + 1)
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write attempt fails, it does not kill
    _prctl()


def _prctl() -> None:
    """Not dumpable (no core, no same-user ptrace) and killed when the parent dies."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 0
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main() -> None:
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    line = inp.readline(MAX_HEADER)
    try:
        header = json.loads(line)
        limits = header["limits"]
        limit_self(int(limits["memory"]), int(limits["cpu"]))
        content_type = str(header["content_type"])
        sent, size = int(header["sent"]), int(header["size"])
        if not 0 <= sent <= int(limits["input"]):
            raise ValueError("input too large")
    except Exception:
        _reply(out, {"failure": "protocol"}, [])
        return
    try:
        data = inp.read(sent)  # one allocation of exactly the size sent
        if "extract" in header:
            doc, blobs = _extract(content_type, data, int(header["extract"]))
        else:
            from .metadata import parse

            parsed = parse(content_type, data, size)
            del data
            doc = {
                "metadata": parsed.metadata,
                "notes": parsed.notes,
                "search_text": parsed.search_text,
                "images": [
                    {"kind": p.kind, "width": p.width, "height": p.height, "length": len(p.data)}
                    for p in parsed.images
                ],
            }
            blobs = [p.data for p in parsed.images]
    except MemoryError:
        doc, blobs = {"failure": "memory"}, []
    except BaseException:  # anything at all: the vault process only needs to know it failed
        doc, blobs = {"failure": "error"}, []
    _reply(out, doc, blobs)


def _extract(content_type: str, data: bytes, index: int) -> tuple[dict[str, Any], list[bytes]]:
    """One member's bytes, for the vault process to store as an exhibit of its own."""
    from .metadata import NoMember, extract

    try:
        member = extract(content_type, data, index)
    except NoMember as exc:
        return {"refused": str(exc)[:300]}, []
    return {
        "member": {
            "name": member.name[:1024],
            "content_type": member.content_type[:100],
            "length": len(member.data),
        }
    }, [member.data]


def _reply(out: Any, doc: dict[str, Any], blobs: list[bytes]) -> None:
    try:
        # UTF-8, not \u escapes: 500 messages in Persian must fit in the answer's size cap.
        payload = json.dumps(doc, ensure_ascii=False, default=str).encode("utf-8", "replace")
    except (ValueError, TypeError, RecursionError):
        payload, blobs = b'{"failure": "error"}', []
    out.write(MAGIC + len(payload).to_bytes(4, "big") + payload)
    for blob in blobs:
        out.write(blob)
    out.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
