"""Argon2id key derivation: calibration at creation, bounds on every parameter read back.

The parameters live in the vault header, which an attacker with the laptop can edit. They are
checked before use so a planted header can neither weaken the KDF below 64 MiB nor make SafeLog
spend more memory or time than it ever chooses itself (THREATS 4): no more than 256 MiB, 20
passes and 2 lanes on any machine, and no more than a quarter of this machine's memory. A
planted "4 GiB, 100 passes" is refused at once instead of costing a minute before "wrong
passphrase".
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from .errors import HeaderDamaged, KdfTooCostly

MIN_MEMORY_KIB = 64 * 1024
TARGET_MEMORY_KIB = 256 * 1024
MAX_TIME_COST = 20  # the most calibrate() ever picks
PARALLELISM = 2  # the lanes calibrate() always uses
MAX_PARALLELISM = PARALLELISM
KEY_BYTES = 32


def _machine_memory_kib() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1024
    except (ValueError, OSError, AttributeError):
        return 4 * 1024 * 1024  # assume 4 GiB where the OS will not say


def max_memory_kib() -> int:
    """The most a header may ask for: what SafeLog uses, and at most a quarter of this machine."""
    return max(MIN_MEMORY_KIB, min(TARGET_MEMORY_KIB, _machine_memory_kib() // 4))


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        """Parse and bounds-check parameters from a header; anything odd is a damaged header."""
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise HeaderDamaged()
        try:
            t = data["time_cost"]
            m = data["memory_kib"]
            p = data["parallelism"]
            salt = bytes.fromhex(data["salt"])
        except (KeyError, TypeError, ValueError) as exc:
            raise HeaderDamaged() from exc
        if not all(type(v) is int for v in (t, m, p)):
            raise HeaderDamaged()
        if t < 1 or p < 1 or m < MIN_MEMORY_KIB:
            raise HeaderDamaged()
        if t > MAX_TIME_COST or p > MAX_PARALLELISM or m > max_memory_kib():
            raise KdfTooCostly()
        if not 16 <= len(salt) <= 64:
            raise HeaderDamaged()
        return cls(t, m, p, salt)

    def derive(self, secret: bytes) -> bytes:
        return hash_secret_raw(
            secret,
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


def fast_params() -> KdfParams:
    """The smallest parameters a header may hold: for the high-entropy recovery key and tests."""
    return KdfParams(1, MIN_MEMORY_KIB, PARALLELISM, os.urandom(16))


def calibrate(target_seconds: float = 1.0) -> KdfParams:
    """Pick a time cost so one derivation takes about ``target_seconds`` on this machine.

    Memory is 256 MiB, or 64 MiB on a machine with under 1 GiB to spare. The profile ``test``
    in ``SAFELOG_KDF_PROFILE`` gives the minimum, so test suites can create many vaults; it never
    goes below the floor that opening enforces.
    """
    if os.environ.get("SAFELOG_KDF_PROFILE") == "test":
        return fast_params()
    memory = TARGET_MEMORY_KIB if _machine_memory_kib() >= 1024 * 1024 else MIN_MEMORY_KIB
    probe = KdfParams(1, memory, PARALLELISM, os.urandom(16))
    started = time.perf_counter()
    probe.derive(b"calibration")
    one = max(time.perf_counter() - started, 1e-3)
    time_cost = max(1, min(MAX_TIME_COST, round(target_seconds / one)))
    return KdfParams(time_cost, memory, PARALLELISM, os.urandom(16))
