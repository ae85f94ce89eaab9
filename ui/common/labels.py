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


def behaviour_labels() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "following": tr("Legal", "Following me"),
        "contacting": tr("Legal", "Contacting me, or trying to, by any means"),
        "publishing": tr("Legal", "Publishing material about me"),
        "monitoring": tr("Legal", "Monitoring my internet, email or messages"),
        "loitering": tr("Legal", "Loitering near me, my home or work"),
        "interfering": tr("Legal", "Interfering with my property"),
        "watching": tr("Legal", "Watching or spying on me"),
    }


def effect_labels() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "fear-of-violence": tr("Legal", "I feared violence would be used against me"),
        "alarm-distress": tr("Legal", "It caused me serious alarm or distress"),
    }
