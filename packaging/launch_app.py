"""PyInstaller entry point of the SafeLog app: the packaged ``safelog`` command.

Same as the ``safelog = ui.app:main`` script in pyproject.toml, plus two ways in that only a
frozen build needs:

- ``--safelog-evidence-worker`` as the only argument: the sandboxed metadata reader, which
  safelog/evidence/sandbox.py starts as ``sys.executable --safelog-evidence-worker`` in a bundle.
  It is dispatched before Qt is imported.
- SAFELOG_BUNDLE_CHECK=1 in the environment: check that the bundle carries every library, Qt
  module and plug-in the app needs, print the results and exit (packaging/smoke_test.sh; no user
  data is read or written).
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
        import safelog_bundle_check_qt

        core = safelog_bundle_check.main()
        sys.exit(safelog_bundle_check_qt.main() or core)

    from ui.app import main

    sys.exit(main())


if __name__ == "__main__":
    _start()
