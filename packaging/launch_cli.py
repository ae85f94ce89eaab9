"""PyInstaller entry point of the packaged ``safelog-cli`` command.

Same as the ``safelog-cli = safelog.cli.main:run`` script in pyproject.toml, plus two ways in
that only a frozen build needs:

- ``--safelog-evidence-worker`` as the only argument: the sandboxed metadata reader, which
  safelog/evidence/sandbox.py starts as ``sys.executable --safelog-evidence-worker`` in a bundle.
- SAFELOG_BUNDLE_CHECK=1 in the environment: check that the bundle carries every library the core
  needs, print the results and exit (packaging/smoke_test.sh; no user data is read or written).
"""

from __future__ import annotations

import os
import sys

WORKER_FLAG = "--safelog-evidence-worker"


def _start() -> None:
    if sys.argv[1:] == [WORKER_FLAG]:
        from safelog.evidence.worker import main as worker

        worker()
        sys.exit(0)
    if os.environ.get("SAFELOG_BUNDLE_CHECK") == "1":
        import safelog_bundle_check

        sys.exit(safelog_bundle_check.main())

    from safelog.cli.main import run

    run()


if __name__ == "__main__":
    _start()
