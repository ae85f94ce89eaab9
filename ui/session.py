"""The unlocked vault as the widgets see it, with the signals that keep them in step.

One Session exists while the vault is unlocked. Widgets read and write through ``vault`` and
listen to ``locking``: when it fires they must drop every incident text, thumbnail and model row
they hold, because the key is about to be dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from safelog.vault import Vault


class Session(QObject):
    incidents_changed = Signal()  # an incident was saved, or evidence imported
    people_changed = Signal()
    checklists_changed = Signal()
    locking = Signal()  # emitted just before the vault is closed

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = vault

    @property
    def open(self) -> bool:
        return self.vault is not None

    def require(self) -> Vault:
        if self.vault is None:
            raise RuntimeError("the vault is locked")
        return self.vault

    def lock(self) -> None:
        """Tell every widget to clear itself, then close the vault (drops the key)."""
        if self.vault is None:
            return
        self.locking.emit()
        vault, self.vault = self.vault, None
        vault.close()
