"""Running the metadata worker: bytes in through a pipe, checked JSON and raw pixels out.

A Python signal cannot stop a C decoder stuck in a loop, and a parser bug must not take the vault
process (which holds the key) with it. So each file is parsed by a fresh child process (see
``worker.py`` for the limits it sets on itself) that the vault process feeds and reads through
non-blocking pipes with a wall-clock deadline, killing it (by its pid) on timeout, on cancel or
when it writes more than allowed. Everything the child says is treated as untrusted: sizes,
structure and text are checked here before anything is stored.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import selectors
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..progress import CancelToken
from .metadata import SEARCH_CHARS, Member, NoMember, Pixels
from .metadata.images import PREVIEW_PX, THUMBNAIL_PX
from .worker import MAGIC

MiB = 1024 * 1024
MAX_JSON = 16 * MiB  # 500 messages of 2,000 characters and 1M characters of search text
MAX_OUTPUT = MAX_JSON + 8 + 3 * (PREVIEW_PX * PREVIEW_PX + THUMBNAIL_PX * THUMBNAIL_PX)
MAX_MEMBER = 256 * MiB
"""The largest file taken out of another (an attachment, a video in a chat zip)."""
FAILURES = {
    "timeout": "Its metadata could not be read: reading it took too long and was stopped.",
    "memory": "Its metadata could not be read: it needed more memory than SafeLog allows.",
    "crash": "Its metadata could not be read: the reader failed on this file.",
}
DAMAGED = "Its metadata could not be read: the file is damaged or not what it claims to be."


@dataclass(frozen=True)
class Limits:
    memory: int = 1536 * MiB
    cpu_seconds: int = 10
    wall_seconds: float = 20.0
    input_bytes: int = 256 * MiB


DEFAULT_LIMITS = Limits()


@dataclass
class Outcome:
    metadata: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    images: list[Pixels] = field(default_factory=list)
    failure: str | None = None
    search_text: str = ""

    @property
    def failure_note(self) -> str:
        return FAILURES.get(self.failure or "", DAMAGED)


def worker_command() -> list[str]:
    """How to start the worker: this interpreter, isolated, importing this copy of SafeLog."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle dispatches on this flag
        return [sys.executable, "--safelog-evidence-worker"]
    root = str(Path(__file__).resolve().parents[2])
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from safelog.evidence.worker import main; main()"
    )
    return [sys.executable, "-I", "-B", "-c", code, root]


def run_parser(
    content_type: str,
    size: int,
    chunks: Iterable[bytes],
    sent: int,
    *,
    cancel: CancelToken,
    limits: Limits | None = None,
) -> Outcome:
    """Send ``sent`` bytes from ``chunks`` to a fresh worker and return what it found."""
    output, failure = _run(
        {"content_type": content_type, "size": size, "sent": sent},
        chunks,
        cancel,
        limits or DEFAULT_LIMITS,
        MAX_OUTPUT,
    )
    if failure is not None:
        return Outcome(failure=failure)
    return decode_output(output)


def run_extract(
    content_type: str,
    size: int,
    chunks: Iterable[bytes],
    sent: int,
    index: int,
    *,
    cancel: CancelToken,
    limits: Limits | None = None,
) -> Member:
    """Member ``index`` of a stored file, taken out by a fresh worker (never by this process).

    Raises ``NoMember`` with one sentence when it has no such member or the worker failed.
    """
    output, failure = _run(
        {"content_type": content_type, "size": size, "sent": sent, "extract": int(index)},
        chunks,
        cancel,
        limits or DEFAULT_LIMITS,
        MAX_MEMBER + MAX_JSON + 8,
    )
    if failure is not None:
        raise NoMember(FAILURES.get(failure, DAMAGED).replace("Its metadata", "It"))
    return decode_member(output)


def _run(
    header_doc: dict[str, Any],
    chunks: Iterable[bytes],
    cancel: CancelToken,
    limits: Limits,
    max_output: int,
) -> tuple[bytes, str | None]:
    header = (
        json.dumps(
            {
                **header_doc,
                "limits": {
                    "memory": limits.memory,
                    "cpu": limits.cpu_seconds,
                    "input": limits.input_bytes,
                },
            }
        ).encode()
        + b"\n"
    )
    env = {"LC_ALL": "C.UTF-8", "MALLOC_ARENA_MAX": "2", "OMP_NUM_THREADS": "1"}
    if os.environ.get("TMPDIR"):  # the caller's private temp folder, if it chose one
        env["TMPDIR"] = os.environ["TMPDIR"]
    proc = subprocess.Popen(
        worker_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=os.path.sep,
        close_fds=True,
        start_new_session=True,
    )
    try:
        output, failure = _exchange(
            proc, header, iter(chunks), limits.wall_seconds, cancel, max_output
        )
        if failure is None:
            try:
                proc.wait(timeout=5)  # it closed its output: it is exiting
            except subprocess.TimeoutExpired:
                failure = "timeout"
        if failure is None and proc.returncode and proc.returncode < 0:
            failure = "timeout" if -proc.returncode in (24, 9) and not output else "crash"
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()
    return output, failure


def _exchange(
    proc: subprocess.Popen[bytes],
    header: bytes,
    chunks: Iterator[bytes],
    wall: float,
    cancel: CancelToken,
    max_output: int,
) -> tuple[bytes, str | None]:
    assert proc.stdin is not None and proc.stdout is not None
    stdin, stdout = proc.stdin.fileno(), proc.stdout.fileno()
    os.set_blocking(stdin, False)
    os.set_blocking(stdout, False)
    deadline = time.monotonic() + wall
    pending = memoryview(header)
    output = bytearray()
    with selectors.DefaultSelector() as sel:
        sel.register(stdin, selectors.EVENT_WRITE)
        sel.register(stdout, selectors.EVENT_READ)
        while sel.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return b"", "timeout"
            cancel.check()
            for key, _ in sel.select(min(remaining, 0.1)):
                if key.fd == stdout:
                    data = os.read(stdout, 1 << 16)
                    if not data:
                        sel.unregister(stdout)
                    output += data
                    if len(output) > max_output:
                        return b"", "output"
                    continue
                try:
                    while True:
                        if not pending:
                            nxt = next(chunks, None)
                            if nxt is None:
                                sel.unregister(stdin)
                                proc.stdin.close()
                                break
                            pending = memoryview(nxt)
                        pending = pending[os.write(stdin, pending) :]
                except BlockingIOError:
                    pass
                except (BrokenPipeError, ConnectionResetError):
                    sel.unregister(stdin)  # it stopped reading: its answer says why
    return bytes(output), None


def decode_output(output: bytes) -> Outcome:
    """Check and unpack the worker's answer; anything malformed is a failure."""
    if len(output) < 8 or output[:4] != MAGIC:
        return Outcome(failure="crash")
    size = int.from_bytes(output[4:8], "big")
    if size > MAX_JSON or 8 + size > len(output):
        return Outcome(failure="crash")
    try:
        doc = json.loads(output[8 : 8 + size])
    except (ValueError, RecursionError):
        return Outcome(failure="crash")
    if not isinstance(doc, dict):
        return Outcome(failure="crash")
    if "failure" in doc:
        return Outcome(failure=str(doc["failure"]) if doc["failure"] in FAILURES else "error")
    images = _images(doc.get("images"), output[8 + size :])
    if images is None:
        return Outcome(failure="crash")
    metadata = clean_value(doc.get("metadata"))
    notes = doc.get("notes")
    words = doc.get("search_text")
    return Outcome(
        metadata=metadata if isinstance(metadata, dict) else {},
        notes=[clean_note(n) for n in notes[:10] if isinstance(n, str)]
        if isinstance(notes, list)
        else [],
        images=images,
        search_text=words[:SEARCH_CHARS].replace("\x00", "") if isinstance(words, str) else "",
    )


def decode_member(output: bytes) -> Member:
    """Check the worker's answer to an extraction: a name, a type and exactly that many bytes."""
    if len(output) < 8 or output[:4] != MAGIC:
        raise NoMember(DAMAGED.replace("Its metadata", "It"))
    size = int.from_bytes(output[4:8], "big")
    try:
        doc = json.loads(output[8 : 8 + size]) if size <= MAX_JSON else None
    except (ValueError, RecursionError):
        doc = None
    if isinstance(doc, dict) and isinstance(doc.get("refused"), str):
        raise NoMember(clean_note(doc["refused"]))
    spec = doc.get("member") if isinstance(doc, dict) else None
    payload = output[8 + size :]
    if (
        not isinstance(spec, dict)
        or not isinstance(spec.get("length"), int)
        or spec["length"] != len(payload)
        or not isinstance(spec.get("name"), str)
    ):
        raise NoMember(DAMAGED.replace("Its metadata", "It"))
    kind = spec.get("content_type")
    return Member(
        spec["name"][:1024].replace("\x00", ""),
        kind[:100] if isinstance(kind, str) else "",
        payload,
    )


def _images(specs: object, payload: bytes) -> list[Pixels] | None:
    if not isinstance(specs, list) or len(specs) > 2:
        return None
    images: list[Pixels] = []
    pos = 0
    for spec in specs:
        if not isinstance(spec, dict):
            return None
        kind, width, height = spec.get("kind"), spec.get("width"), spec.get("height")
        most = THUMBNAIL_PX if kind == "thumbnail" else PREVIEW_PX
        if (
            kind not in ("thumbnail", "preview")
            or not isinstance(width, int)
            or not isinstance(height, int)
            or not (0 < width <= most and 0 < height <= most)
            or spec.get("length") != width * height * 3
        ):
            return None
        data = payload[pos : pos + width * height * 3]
        if len(data) != width * height * 3:
            return None
        images.append(Pixels(kind, width, height, data))
        pos += len(data)
    return images if pos == len(payload) else None


def clean_value(value: object, depth: int = 0) -> object:
    """A JSON value cut down to a safe size: depth 5, 100 keys, 500 items, 4,000 characters
    (an e-mail's ``body_text``; every other field is cut shorter by its parser)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if abs(value) < 2**53 else None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return value[:4000]
    if depth >= 5:
        return None
    if isinstance(value, list):
        return [clean_value(v, depth + 1) for v in value[:500]]
    if isinstance(value, dict):
        return {str(k)[:64]: clean_value(v, depth + 1) for k, v in list(value.items())[:100]}
    return None


def clean_note(note: str) -> str:
    """Notes are sentences we wrote, but they crossed the sandbox: no controls, one line."""
    return "".join(c for c in note[:300] if unicodedata.category(c)[0] != "C")
