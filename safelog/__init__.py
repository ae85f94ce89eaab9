"""SafeLog core: the encrypted vault, incident log, evidence, checklists and dossier.

Nothing in this package imports Qt: every operation is a plain function callable from the
command line and from tests without a display.
"""

__version__ = "0.1.0"
APP_ID = "org.safelog.SafeLog"
APP_NAME = "SafeLog"
