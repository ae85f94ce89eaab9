"""Translated names of the record's fixed choices, shared by the editor, the detail pane, the
history and the people page (so no feature imports another just for its labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def kind_labels(_widget: QWidget | None = None) -> dict[str, str]:
    """Translated names of the kinds of person."""
    translate = QCoreApplication.translate
    return {
        "perpetrator_known": translate("People", "Perpetrator (known)"),
        "perpetrator_unknown": translate("People", "Perpetrator (unknown)"),
        "witness": translate("People", "Witness"),
        "other": translate("People", "Other"),
    }


def role_labels(_widget: QWidget | None = None) -> dict[str, str]:
    """Translated names of the roles a person has in one incident."""
    translate = QCoreApplication.translate
    return {
        "perpetrator": translate("People", "Perpetrator"),
        "witness": translate("People", "Witness"),
        "other": translate("People", "Involved"),
    }


def route_labels(_widget: QWidget | None = None) -> dict[str, str]:
    """Translated names of the reporting routes."""
    translate = QCoreApplication.translate
    return {
        "999": translate("Reports", "999 (emergency)"),
        "101": translate("Reports", "101 (police, non-emergency)"),
        "local_online": translate("Reports", "Local police force online"),
        "ctp": translate("Reports", "Counter Terrorism Policing"),
        "report_fraud": translate("Reports", "Report Fraud"),
        "platform": translate("Reports", "Platform or website"),
        "helpline": translate("Reports", "Helpline"),
        "other": translate("Reports", "Other"),
    }


def behaviour_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "following": translate("Legal", "Following me"),
        "contacting": translate("Legal", "Contacting me, or trying to, by any means"),
        "publishing": translate("Legal", "Publishing material about me"),
        "monitoring": translate("Legal", "Monitoring my internet, email or messages"),
        "loitering": translate("Legal", "Loitering near me, my home or work"),
        "interfering": translate("Legal", "Interfering with my property"),
        "watching": translate("Legal", "Watching or spying on me"),
    }


def effect_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "fear-of-violence": translate("Legal", "I feared violence would be used against me"),
        "alarm-distress": translate("Legal", "It caused me serious alarm or distress"),
    }


def risk_level_labels() -> dict[str, str]:
    """The levels of ``safelog.legal.risk.LEVELS`` in the reader's language."""
    translate = QCoreApplication.translate
    return {
        "standard": translate("Risk", "Standard"),
        "medium": translate("Risk", "Medium"),
        "high": translate("Risk", "High"),
    }


def file_type_label(content_type: str) -> str:
    """What kind of file a MIME type is, in a word the reader knows."""
    ctype = (content_type or "").split(";")[0].strip()
    major = ctype.split("/")[0]
    if ctype == "application/pdf":
        return QCoreApplication.translate("EvidencePanel", "PDF document")
    if ctype in ("application/json", "message/rfc822"):
        return (
            QCoreApplication.translate("EvidencePanel", "Text")
            if ctype == "application/json"
            else QCoreApplication.translate("EvidencePanel", "E-mail")
        )
    return {
        "image": QCoreApplication.translate("EvidencePanel", "Picture"),
        "text": QCoreApplication.translate("EvidencePanel", "Text"),
        "audio": QCoreApplication.translate("EvidencePanel", "Sound"),
        "video": QCoreApplication.translate("EvidencePanel", "Video"),
    }.get(major, QCoreApplication.translate("EvidencePanel", "Other file"))


def order_kind_labels(short: bool = False) -> dict[str, str]:
    """The kinds of ``safelog.legal.orders.ORDER_KINDS``, in the reader's language.

    The statute stays in English in brackets: it is what a solicitor or officer will look up.
    """
    translate = QCoreApplication.translate
    if short:
        return {
            "injunction": translate("Orders", "Harassment injunction"),
            "spo": translate("Orders", "Stalking Protection Order"),
            "non_molestation": translate("Orders", "Non-molestation order"),
            "restraining": translate("Orders", "Restraining order"),
            "other": translate("Orders", "Other order"),
        }
    return {
        "injunction": translate(
            "Orders", "Harassment injunction (Protection from Harassment Act 1997 s.3)"
        ),
        "spo": translate("Orders", "Stalking Protection Order (Stalking Protection Act 2019)"),
        "non_molestation": translate("Orders", "Non-molestation order (Family Law Act 1996 s.42)"),
        "restraining": translate("Orders", "Restraining order (Sentencing Act 2020 s.359-360)"),
        "other": translate("Orders", "Other order"),
    }


def kind_of_file_labels() -> dict[str, str]:
    """The kinds of file the core recognises (metadata "kind"), in the reader's language."""
    translate = QCoreApplication.translate
    return {
        "archive": translate("Viewer", "Zip archive"),
        "chat": translate("Viewer", "Chat"),
        "email": translate("Viewer", "E-mail"),
        "image": translate("Viewer", "Picture"),
        "mailbox": translate("Viewer", "Mailbox"),
        "pdf": translate("Viewer", "PDF document"),
        "text": translate("Viewer", "Text"),
        "web_page": translate("Viewer", "Saved web page"),
    }
