"""Is a folder synced to a cloud service, or on the Desktop? Asked before writing an export.

A dossier or a backup written into Dropbox, OneDrive, Google Drive or iCloud Drive leaves this
computer at once, onto servers the person does not control; one on the Desktop is the first
thing anyone looking at the screen sees. Neither is forbidden (it may be what the person
wants), but the app warns first. Detection looks only at the path and at the marker files the
sync clients leave in their folders, so it works without the client running and reads nothing
else.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

# Folder names as the clients create them (case does not matter); a name that only starts
# with one of these ("OneDrive - Acme Ltd", "Dropbox (Personal)", "GoogleDrive-me@x") counts.
_NAME_PREFIXES: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
)
# Files or folders a sync client keeps at the top of the folder it syncs.
_MARKERS: tuple[tuple[str, str], ...] = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".tmp.drivedownload", "Google Drive"),
    (".tmp.driveupload", "Google Drive"),
    (".shortcut-targets-by-id", "Google Drive"),
    (".849C9593-D756-4E56-8D6E-42412F2A707B", "OneDrive"),  # OneDrive's folder marker
    (".sync_journal.db", "Nextcloud"),
    (".owncloudsync.log", "Nextcloud"),
)


def _existing(path: Path) -> Path:
    """The nearest folder that exists: a new export folder is judged by where it will be."""
    path = Path(os.path.abspath(path.expanduser()))
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def synced_by(path: Path) -> str | None:
    """The name of the cloud service that syncs ``path``, or None if none is recognised."""
    path = Path(os.path.abspath(Path(path).expanduser()))
    for part in path.parts:
        lowered = part.lower()
        for prefix, service in _NAME_PREFIXES:
            if lowered.startswith(prefix):
                return service
    folder = _existing(path)
    for ancestor in (folder, *folder.parents):
        for marker, service in _MARKERS:
            try:
                if (ancestor / marker).exists():
                    return service
            except OSError:  # an unreadable folder on the way: it tells us nothing
                continue
    return None


def desktop_dir() -> Path:
    """This person's Desktop folder (from the XDG user-dirs file on Linux)."""
    return Path(platformdirs.user_desktop_dir())


def on_desktop(path: Path, desktop: Path | None = None) -> bool:
    """True if ``path`` is the Desktop or inside it."""
    desktop = Path(os.path.abspath(desktop or desktop_dir()))
    path = Path(os.path.abspath(Path(path).expanduser()))
    return path == desktop or desktop in path.parents
