"""PySide6 6.12 loses references to True and False; ui pins them so the app never aborts."""

from __future__ import annotations

import sys

import pytest

import ui  # noqa: F401  (importing ui pins the booleans)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True and False are immortal from 3.12")
def test_the_booleans_cannot_reach_a_zero_count() -> None:
    assert sys.getrefcount(True) > 1 << 39
    assert sys.getrefcount(False) > 1 << 39
