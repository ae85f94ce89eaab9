"""Write down an incident, or change one, without ever losing a word.

Everything typed is kept as an encrypted draft inside the vault about a second after the last
key press, so a closed window, a crash or an automatic lock loses nothing; the next time the
same incident (or a new one) is opened, SafeLog offers to continue where the person left off.
Saving goes through the incident store, which appends a revision instead of overwriting.
Esc closes and keeps the draft; only "Discard" throws words away, and it asks first.
Evidence belongs to a saved incident, so a new incident offers one explicit button that saves
it and then opens the evidence panel, rather than saving behind the person's back.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safelog import drafts, zones
from safelog.errors import InvalidInput
from safelog.incidents import store
from ui.common import dialogs
from ui.common.session import Session
from ui.common.worker import sentence_for
from ui.editor.form import IncidentForm
from ui.editor.legal import LegalSection
from ui.editor.people import PeopleSection
from ui.editor.reports import ReportsSection
from ui.evidence.panel import EvidencePanel

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 1000


class IncidentEditor(QDialog):
    """Add a new incident (``incident_id=None``) or edit one; emits ``saved(id)``."""

    saved = Signal(int)

    def __init__(
        self, session: Session, incident_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.incident_id = incident_id
        self.revision: int | None = None
        self._loading = True
        self._locked = False
        self._baseline: dict[str, Any] = {}
        vault = session.require()

        self.form = IncidentForm()
        self.form.when.set_recent_zones(zones.recent_zones(vault))
        self.people = PeopleSection()
        self.people.load_choices(vault)
        self.reports = ReportsSection()
        self.legal = LegalSection()
        self.legal.load_choices(vault)
        self.evidence: EvidencePanel | None = None
        self.tabs = QTabWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("What happened"))
        self.tabs.addTab(self._scrolling(self.people), self.tr("People"))
        self._reports_tab = self._scrolling(self.reports)
        self.tabs.addTab(self._reports_tab, self.tr("Reports made"))
        self.tabs.addTab(self._scrolling(self.legal), self.tr("Legal"))
        self._evidence_holder = QWidget()
        self._evidence_layout = QVBoxLayout(self._evidence_holder)
        self._evidence_tab = self._scrolling(self._evidence_holder)
        self.tabs.addTab(self._evidence_tab, self.tr("Evidence"))
        self.tabs.addTab(self._private_page(), self.tr("Private notes"))

        self.status = QLabel(
            self.tr(
                "What you type is kept safely in the vault as a draft, even if this window closes."
            )
        )
        self.status.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.clicked.connect(self.discard)
        self.close_button = QPushButton(self.tr("Close, keep draft"))
        self.close_button.setToolTip(self.tr("Esc"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.save_button.clicked.connect(self._save_and_close)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_and_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_draft)
        for section in (self.form, self.people, self.reports, self.legal):
            section.changed.connect(self._changed)
        session.locking.connect(self._on_locking)

        if incident_id is not None:
            self._load(incident_id)
        self._baseline = self.collect()
        self._setup_evidence()
        self._offer_draft()
        self._loading = False
        self._update_title()
        screen = QGuiApplication.primaryScreen().availableSize()
        # 60% of a large screen; on a small one, as much as it takes for nothing to be cut off
        self.resize(
            min(1100, max(int(screen.width() * 0.6), min(screen.width() - 20, 760))),
            int(screen.height() * 0.85),
        )
        self.form.title.setFocus()

    @staticmethod
    def _scrolling(page: QWidget) -> QScrollArea:
        """Every tab scrolls, so a small screen or large text never pushes the buttons away."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _private_page(self) -> QWidget:
        page = QWidget()
        banner = QLabel(
            self.tr(
                "Private notes are only for you. They are never put into a "
                "dossier or an export unless you choose to include them."
            )
        )
        banner.setWordWrap(True)
        banner.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(page)
        layout.addWidget(banner)
        layout.addWidget(self.form.private_notes, 1)
        return page

    @property
    def draft_key(self) -> str:
        return "incident:new" if self.incident_id is None else f"incident:{self.incident_id}"

    def _update_title(self) -> None:
        self.setWindowTitle(
            self.tr("New incident") if self.incident_id is None else self.tr("Edit incident")
        )

    # ----- loading ---------------------------------------------------------------------

    def _load(self, incident_id: int) -> None:
        vault = self.session.require()
        incident = store.get_incident(vault, incident_id)
        self.revision = incident.revision
        self.form.set_incident(incident)
        self.people.set_links(vault, incident.people)
        self.reports.set_reports(incident.reports)
        self.legal.set_incident(incident)

    def collect(self) -> dict[str, Any]:
        """Everything on screen, as the draft stores it."""
        return {
            "version": 1,
            "form": self.form.to_draft(),
            "people": self.people.to_draft(),
            "reports": self.reports.to_draft(),
            "legal": self.legal.to_draft(),
        }

    def _apply(self, doc: dict[str, Any]) -> None:
        self.form.from_draft(doc.get("form") or {})
        self.people.from_draft(doc.get("people") or [])
        self.reports.from_draft(doc.get("reports") or [])
        self.legal.from_draft(doc.get("legal") or {})

    def _offer_draft(self) -> None:
        vault = self.session.require()
        draft = drafts.load_draft(vault, self.draft_key)
        if not draft:
            return
        if draft == self._baseline:
            drafts.discard_draft(vault, self.draft_key)
            return
        question = (
            self.tr(
                "You have unsaved writing for this incident from before. Continue "
                "where you left off?"
            )
            if self.incident_id is not None
            else self.tr(
                "You started writing a new incident earlier and did not save it. Continue "
                "where you left off?"
            )
        )
        if dialogs.keep_or_drop(
            self.parentWidget() or self,
            question,
            self.tr("Continue writing"),
            self.tr("Throw it away"),
        ):
            self._apply(draft)
            self.status.setText(self.tr("Your unsaved writing is back. Save when ready."))
        else:
            drafts.discard_draft(vault, self.draft_key)

    def _setup_evidence(self) -> None:
        layout = self._evidence_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if self.incident_id is None:
            note = QLabel(
                self.tr(
                    "Evidence is kept with a saved incident. Save this incident "
                    "first; you can go on editing it afterwards."
                )
            )
            note.setWordWrap(True)
            button = QPushButton(self.tr("Save now and add evidence"))
            button.clicked.connect(self._save_for_evidence)
            layout.addWidget(note)
            layout.addWidget(button)
            layout.addStretch()
            return
        self.evidence = EvidencePanel(self.session)
        self.evidence.set_incident(self.incident_id)
        self.evidence.busy_changed.connect(self._evidence_busy)
        layout.addWidget(self.evidence)

    # ----- drafts ----------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._loading and not self._locked:
            self._timer.start()

    def is_dirty(self) -> bool:
        return self.collect() != self._baseline

    def save_draft(self) -> None:
        """Keep what is on screen in the vault (encrypted); no revision, no custody entry."""
        self._timer.stop()
        if self._locked or not self.session.open:
            return
        if self.evidence is not None and self.evidence.task is not None:
            self._timer.start()  # the vault is busy with an import; try again shortly
            return
        try:
            vault = self.session.require()
            if self.is_dirty():
                drafts.save_draft(vault, self.draft_key, self.collect())
                self.status.setText(
                    self.tr("Draft kept safely at {time}.").format(
                        time=self.locale().toString(QTime.currentTime(), "HH:mm")
                    )
                )
            else:
                drafts.discard_draft(vault, self.draft_key)
        except Exception as exc:  # shown quietly; typing goes on
            log.debug("draft not saved", exc_info=True)
            self.status.setText(sentence_for(exc))

    # ----- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        """Save a revision; True on success. Problems appear next to their fields."""
        if self.evidence is not None and self.evidence.task is not None:
            return False
        try:
            incident = self.form.incident()
        except InvalidInput:
            self.tabs.setCurrentIndex(0)
            return False
        unreadable = self.reports.unreadable_date()
        if unreadable is not None:
            self.tabs.setCurrentWidget(self._reports_tab)
            unreadable.setFocus()
            dialogs.error(self, unreadable.problem())
            return False
        incident.reports = self.reports.reports()
        self.legal.apply(incident)
        vault = self.session.require()
        old_key = self.draft_key
        try:
            incident.people, created = self.people.resolve(vault)
            if self.incident_id is None:
                result = store.add_incident(vault, incident)
            else:
                result = store.update_incident(
                    vault, self.incident_id, incident, expected_revision=self.revision
                )
            drafts.discard_draft(vault, old_key)
        except Exception as exc:
            dialogs.error(self, sentence_for(exc))
            return False
        self._timer.stop()
        assert result.id is not None
        self.incident_id, self.revision = result.id, result.revision
        self._baseline = self.collect()
        self._update_title()
        self.status.setText(self.tr("Saved."))
        self.session.incidents_changed.emit()
        if created:
            self.session.people_changed.emit()
        self.saved.emit(result.id)
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self._timer.stop()
            super().accept()

    def _save_for_evidence(self) -> None:
        if self.save():
            self._setup_evidence()
            self.tabs.setCurrentWidget(self._evidence_tab)

    def _evidence_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        if not busy and self._timer.isActive() is False and self.is_dirty():
            self._timer.start()

    # ----- closing ---------------------------------------------------------------------

    def reject(self) -> None:
        """Close and keep the draft (Esc, the window's close button)."""
        if not self._locked:
            self.save_draft()
        super().reject()

    def discard(self) -> None:
        if self.is_dirty() and not dialogs.confirm(
            self,
            self.tr("Throw away what you changed in this window? This cannot be undone."),
            default_yes=False,
        ):
            return
        self._timer.stop()
        if self.session.open:
            try:
                drafts.discard_draft(self.session.require(), self.draft_key)
            except Exception as exc:
                dialogs.error(self, sentence_for(exc))
                return
        super().reject()

    def _on_locking(self) -> None:
        """Keep the draft while the key is still there, then forget everything shown."""
        self.save_draft()
        self._locked = True
        self._timer.stop()
        self.form.clear()
        self.people.clear()
        self.reports.set_reports([])
        self.legal.clear()
        if self.evidence is not None:
            self.evidence.clear()
        super().reject()
