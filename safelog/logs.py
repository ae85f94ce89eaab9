"""The one logging set-up, for both entry points.

Logs go to stderr only (never a file SafeLog writes by itself), at WARNING unless
``SAFELOG_DEBUG=1``. Modules log events and identifiers, never incident text, names of people
or evidence file names, so a log pasted into a bug report discloses nothing of the record.
"""

from __future__ import annotations

import logging
import os


def setup_logging() -> None:
    level = logging.DEBUG if os.environ.get("SAFELOG_DEBUG") == "1" else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
