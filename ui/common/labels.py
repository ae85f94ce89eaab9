"""Translated names of the record's fixed choices, shared by the editor, the detail pane, the
history and the people page (so no feature imports another just for its labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def kind_labels(_widget: QWidget | None = None) -> dict[str, str]:
    """Translated names of the kinds of person."""
    tr = QCoreApplication.translate
    return {
        "perpetrator_known": tr("People", "Perpetrator (known)"),
        "perpetrator_unknown": tr("People", "Perpetrator (unknown)"),
        "witness": tr("People", "Witness"),
        "other": tr("People", "Other"),
    }


def role_labels(_widget: QWidget | None = None) -> dict[str, str]:
    """Translated names of the roles a person has in one incident."""
    tr = QCoreApplication.translate
    return {
        "perpetrator": tr("People", "Perpetrator"),
        "witness": tr("People", "Witness"),
        "other": tr("People", "Involved"),
    }


def route_labels(_widget: QWidget | None = None) -> dict[str, str]:
    """Translated names of the reporting routes."""
    tr = QCoreApplication.translate
    return {
        "999": tr("Reports", "999 (emergency)"),
        "101": tr("Reports", "101 (police, non-emergency)"),
        "local_online": tr("Reports", "Local police force online"),
        "ctp": tr("Reports", "Counter Terrorism Policing"),
        "report_fraud": tr("Reports", "Report Fraud"),
        "platform": tr("Reports", "Platform or website"),
        "helpline": tr("Reports", "Helpline"),
        "other": tr("Reports", "Other"),
    }
