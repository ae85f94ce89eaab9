"""Typed errors of the core.

Each error carries one plain sentence for the person using SafeLog and the exit status the
command line returns for it, so the CLI and the app map failures the same way and no traceback
ever reaches the user.
"""

from __future__ import annotations

from .i18n import N_, _


class SafeLogError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1
    message = N_("Something went wrong.")

    def __init__(self, message: str | None = None) -> None:
        # The class sentence is marked with N_() and translated here, when it is raised.
        super().__init__(message or _(self.message))

    @property
    def sentence(self) -> str:
        return str(self)


class InvalidInput(SafeLogError):
    exit_code = 9
    message = N_("That value is not valid.")


class WeakPassphrase(InvalidInput):
    message = N_("That passphrase is too easy to guess.")


class WrongPassphrase(SafeLogError):
    exit_code = 3
    message = N_("That passphrase does not open this vault.")


class WrongRecoveryKey(WrongPassphrase):
    message = N_("That recovery key does not open this vault.")


class HeaderDamaged(SafeLogError):
    exit_code = 4
    message = N_("The vault's key file is damaged, so the vault cannot be unlocked.")


class HeaderMissing(HeaderDamaged):
    message = N_("The vault's key file is missing, so the vault cannot be unlocked.")


class DatabaseDamaged(SafeLogError):
    exit_code = 5
    message = N_("The vault's database is damaged; restore it from a backup.")


class VaultBusy(SafeLogError):
    exit_code = 6
    message = N_("The vault is busy in another SafeLog program; try again when it has finished.")


class VaultInUse(VaultBusy):
    message = N_("This vault is already open in another SafeLog window.")


class VaultTooNew(SafeLogError):
    exit_code = 7
    message = N_("This vault was written by a newer version of SafeLog; please update SafeLog.")


class NotFound(SafeLogError):
    exit_code = 8
    message = N_("That record does not exist.")


class VaultExists(SafeLogError):
    exit_code = 10
    message = N_("A vault already exists there.")


class NoVault(SafeLogError):
    exit_code = 10
    message = N_("There is no SafeLog vault there.")


class DiskFull(SafeLogError):
    exit_code = 11
    message = N_("The disk is full; nothing was changed. Free some space and try again.")


class Cancelled(SafeLogError):
    exit_code = 12
    message = N_("Cancelled; nothing was changed.")


class VerifyFailed(SafeLogError):
    exit_code = 13
    message = N_("The vault did not pass its checks.")


class EvidenceRefused(SafeLogError):
    exit_code = 14
    message = N_("That file could not be imported.")


class BundleInvalid(SafeLogError):
    exit_code = 15
    message = N_("The evidence bundle does not match its manifest.")


class BackupInvalid(SafeLogError):
    exit_code = 16
    message = N_("That backup file is damaged or incomplete; nothing was changed.")


class ExportFailed(SafeLogError):
    exit_code = 17
    message = N_("The export could not be written.")


# What each exit status means, for `safelog-cli --help`; marked here, translated where printed.
EXIT_CODES: dict[int, str] = {
    0: N_("success"),
    1: N_("unexpected error"),
    2: N_("usage error"),
    3: N_("wrong passphrase or recovery key"),
    4: N_("vault key file damaged or missing"),
    5: N_("vault database damaged"),
    6: N_("vault busy or open elsewhere"),
    7: N_("vault from a newer SafeLog"),
    8: N_("record not found"),
    9: N_("invalid input"),
    10: N_("vault exists / no vault"),
    11: N_("disk full"),
    12: N_("cancelled"),
    13: N_("verification failed"),
    14: N_("evidence file refused"),
    15: N_("bundle does not match its manifest"),
    16: N_("backup damaged"),
    17: N_("export failed"),
    18: N_("backup is from a different vault"),
}


class OtherVaultBackup(SafeLogError):
    """Restoring this backup would replace the vault there with a different vault."""

    exit_code = 18
    message = N_(
        "This backup is from a different vault, and restoring it would replace the "
        "vault that is there now (which would be kept aside, not deleted); nothing was "
        "changed."
    )


class HeaderChanged(HeaderDamaged):
    """The key file does not match what SafeLog wrote: it was edited outside SafeLog."""

    message = N_(
        "The vault's key file was changed outside SafeLog (it no longer matches what "
        "SafeLog wrote), so the vault was not opened; restore it from a backup."
    )


class KdfTooCostly(HeaderDamaged):
    """A key file asking for more memory or time than SafeLog ever uses, refused before use."""

    message = N_(
        "The vault's key file asks for more memory or time to unlock than SafeLog ever "
        "uses, so it was changed outside SafeLog and was refused without trying."
    )
