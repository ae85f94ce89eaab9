"""Evidence: original files attached to incidents, stored encrypted and never changed.

Import streams a file once into the vault (SHA-256 while reading, content type from the bytes),
then a sandboxed child process reads its metadata and makes upright thumbnails from a copy of the
stored bytes. Exhibits are referenced by the owner's initials and a number (``AB1``), as UK
exhibits are. Import, view and export are entries in the custody log.

The names below are loaded on first use: the sandboxed worker imports this package too, and it
must start fast and without the vault's database and key code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .access import (
        get_exhibit,
        iter_exhibit_bytes,
        list_exhibits,
        preview,
        read_exhibit_bytes,
        record_view,
        thumbnail,
    )
    from .details import incident_from_messages, set_online_details
    from .exporting import export_exhibit, verify_exhibits
    from .importer import import_data, import_files
    from .members import extract_members, file_members, import_file_members, list_members
    from .model import Derived, Exhibit, ImportResult, safe_text
    from .provenance import set_provenance
    from .reexamine import reexamine_exhibits

_WHERE = {
    "get_exhibit": "access",
    "iter_exhibit_bytes": "access",
    "list_exhibits": "access",
    "preview": "access",
    "read_exhibit_bytes": "access",
    "record_view": "access",
    "thumbnail": "access",
    "export_exhibit": "exporting",
    "verify_exhibits": "exporting",
    "import_files": "importer",
    "import_data": "importer",
    "extract_members": "members",
    "file_members": "members",
    "import_file_members": "members",
    "list_members": "members",
    "incident_from_messages": "details",
    "set_online_details": "details",
    "reexamine_exhibits": "reexamine",
    "Derived": "model",
    "Exhibit": "model",
    "ImportResult": "model",
    "safe_text": "model",
    "set_provenance": "provenance",
}
__all__ = [
    "Derived",
    "Exhibit",
    "ImportResult",
    "export_exhibit",
    "extract_members",
    "file_members",
    "get_exhibit",
    "import_data",
    "import_file_members",
    "import_files",
    "incident_from_messages",
    "iter_exhibit_bytes",
    "list_exhibits",
    "list_members",
    "preview",
    "read_exhibit_bytes",
    "record_view",
    "reexamine_exhibits",
    "safe_text",
    "set_online_details",
    "set_provenance",
    "thumbnail",
    "verify_exhibits",
]


__getattr__, __dir__ = lazy_names(__name__, _WHERE)
