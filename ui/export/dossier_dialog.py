"""Make a dossier: which period, which incidents, what to leave out, then where to save it.

Every choice is in plain words, and every "leave out" choice says how much it would remove in
this dossier ("3 photos carry a GPS position"), counted live by ``safelog.exclusions`` over the
incidents chosen. The defaults are the safe, complete ones (everything, private notes left out),
and Return accepts them, so a keyboard-only person needs only the menu item and Return.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safelog.dossier import DEFAULT_EXCLUDE, EXCLUSIONS, DossierOptions
from safelog.errors import SafeLogError
from safelog.exclusions import ExclusionCounts, exclusion_counts
from safelog.vault import Vault
from ui.access.unlock import add_primary
from ui.common.datefield import DateTimeField
from ui.common.i18n import plural

EVERYTHING, LAST_3, LAST_6, LAST_12, CUSTOM = range(5)
ALL, SHOWN, CHOSEN = range(3)


class DossierDialog(QDialog):
    """The choices; ``options()`` turns them into the core's ``DossierOptions``."""

    def __init__(
        self,
        vault: Vault,
        today: date,
        *,
        shown_ids: list[int] | None = None,
        chosen: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today
        self.shown_ids = shown_ids  # None when the timeline shows everything
        self.chosen = chosen  # (incident id, title) chosen in the timeline, if any
        self.counts = ExclusionCounts()
        self.setWindowTitle(self.tr("Make a dossier"))
        self.setMinimumWidth(620)

        heading = QLabel(self.tr("Make a dossier"), self)
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "A dossier is a PDF report of what happened, with your evidence files and a list "
                "of their fingerprints, in one new folder. You can give it to the police, a lawyer "
                "or a support service. Nothing in your log is changed."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Which period"))
        for text in (
            self.tr("Everything in my log"),
            self.tr("The last 3 months"),
            self.tr("The last 6 months"),
            self.tr("The last 12 months"),
            self.tr("Choose the dates…"),
        ):
            self.period.addItem(text)
        self.start = DateTimeField(self.tr("From"), self, date_only=True)
        self.end = DateTimeField(self.tr("Until"), self, date_only=True)
        self.start.setDate(QDate(today).addMonths(-12))
        self.end.setDate(QDate(today))
        self.dates = QWidget(self)
        dates_row = QHBoxLayout(self.dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(QLabel(self.tr("From"), self.dates))
        dates_row.addWidget(self.start)
        dates_row.addWidget(QLabel(self.tr("until"), self.dates))
        dates_row.addWidget(self.end)
        dates_row.addStretch(1)
        self.dates.hide()

        self.which = QButtonGroup(self)
        self.all_button = QRadioButton(self.tr("All incidents in this period"), self)
        self.shown_button = QRadioButton(self)
        self.chosen_button = QRadioButton(self)
        for index, button in enumerate((self.all_button, self.shown_button, self.chosen_button)):
            self.which.addButton(button, index)
        self.all_button.setChecked(True)
        count = len(shown_ids or [])
        self.shown_button.setText(
            plural(self.tr("Only the %Ln incident(s) the timeline shows now", "", count), count)
        )
        self.shown_button.setEnabled(shown_ids is not None and count > 0)
        self.shown_button.setVisible(shown_ids is not None)
        self.chosen_button.setText(
            self.tr("Only the incident chosen in the timeline: %1").replace(
                "%1", chosen[1] if chosen else ""
            )
        )
        self.chosen_button.setVisible(chosen is not None)

        self.leave_out: dict[str, QCheckBox] = {}
        self.count_labels: dict[str, QLabel] = {}
        leave_box = QGroupBox(self.tr("Leave out of the dossier"), self)
        grid = QGridLayout(leave_box)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        labels = self._exclusion_labels()
        for row, key in enumerate(EXCLUSIONS):
            box = QCheckBox(labels.get(key, EXCLUSIONS[key]), leave_box)
            box.setChecked(key in DEFAULT_EXCLUDE)
            box.setAccessibleName(box.text())
            count_label = QLabel(leave_box)
            count_label.setObjectName("hint")
            count_label.setWordWrap(True)
            grid.addWidget(box, row, 0)
            grid.addWidget(count_label, row, 1)
            self.leave_out[key] = box
            self.count_labels[key] = count_label
            box.toggled.connect(self._schedule)

        self.checklists = QCheckBox(self.tr("Add a summary of my safety checklists"), self)
        self.checklists.setAccessibleName(self.checklists.text())
        self.statement = QCheckBox(
            self.tr("Add a draft witness statement for a solicitor to finish (PDF and Word)"), self
        )
        self.statement.setAccessibleName(self.statement.text())
        self.statement.setToolTip(
            self.tr(
                "Your own words, in date order and numbered, with your exhibits cited. It is a "
                "draft: a solicitor checks it with you before anyone signs it."
            )
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("calmMessage")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Period"), self.period)
        form.addRow("", self.dates)
        which_box = QVBoxLayout()
        for button in (self.all_button, self.shown_button, self.chosen_button):
            which_box.addWidget(button)
        form.addRow(self.tr("Incidents"), which_box)

        self.buttons = QDialogButtonBox(self)
        self.save_button = add_primary(self.buttons, self.tr("Choose where to save…"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(leave_box)
        layout.addWidget(self.checklists)
        layout.addWidget(self.statement)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(150)
        self._later.timeout.connect(self.update_counts)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self._schedule)
        self.end.dateChanged.connect(self._schedule)
        self.which.idToggled.connect(lambda _id, on: self._schedule() if on else None)
        self.period.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update_counts()

    def _exclusion_labels(self) -> dict[str, str]:
        return {
            "private-notes": self.tr("My private notes"),
            "exact-locations": self.tr("Exact places: map points and the GPS positions in photos"),
            "device-metadata": self.tr("Camera, phone and software details inside the files"),
            "people-contacts": self.tr("How to contact witnesses and other people"),
            "impact": self.tr("What each incident did to me"),
            "original-names": self.tr("The original names of my evidence files"),
            "exhibit-files": self.tr(
                "The evidence files themselves (their fingerprints stay in the report)"
            ),
            "sources": self.tr(
                "Who told me about incidents I did not see myself (they stay marked second-hand)"
            ),
        }

    # ----- choices ------------------------------------------------------------------------

    def _period_changed(self, index: int) -> None:
        self.dates.setVisible(index == CUSTOM)
        self._schedule()

    def _schedule(self) -> None:
        self._later.start()

    def options(self) -> DossierOptions:
        """What the person chose, as the core's options (validated by the core)."""
        start: date | None = None
        end: date | None = None
        index = self.period.currentIndex()
        if index in (LAST_3, LAST_6, LAST_12):
            months = {LAST_3: 3, LAST_6: 6, LAST_12: 12}[index]
            start = cast(date, QDate(self.today).addMonths(-months).toPython())
        elif index == CUSTOM:
            start = cast(date, self.start.checked_date().toPython())
            end = cast(date, self.end.checked_date().toPython())
        ids: list[int] | None = None
        if self.which.checkedId() == SHOWN and self.shown_ids:
            ids = list(self.shown_ids)
        elif self.which.checkedId() == CHOSEN and self.chosen:
            ids = [self.chosen[0]]
        exclude = frozenset(key for key, box in self.leave_out.items() if box.isChecked())
        return DossierOptions(
            start=start,
            end=end,
            incident_ids=ids,
            exclude=exclude,
            include_checklists=self.checklists.isChecked(),
            statement=self.statement.isChecked(),
        )

    # ----- live counts --------------------------------------------------------------------

    def update_counts(self) -> None:
        """Count what the current choices hold and what each exclusion would remove."""
        self._later.stop()
        try:
            self.counts = exclusion_counts(self.vault, self.options())
        except SafeLogError as exc:
            self.summary.setText(exc.sentence)
            self.save_button.setEnabled(False)
            return
        for key, label in self.count_labels.items():
            label.setText(self._count_text(key, self.counts))
        c = self.counts
        if not c.incidents:
            self.summary.setText(
                self.tr("No incident falls in this period. Choose a longer period.")
            )
            self.save_button.setEnabled(False)
            return
        incidents = plural(self.tr("%Ln incident(s)", "", c.incidents), c.incidents)
        files_included = "exhibit-files" not in self.options().exclude and c.files
        if files_included:
            files = plural(self.tr("%Ln evidence file(s)", "", c.files), c.files)
            text = (
                self.tr("The dossier will hold %1 and %2 (%3).")
                .replace("%1", incidents)
                .replace("%2", files)
                .replace("%3", QLocale().formattedDataSize(c.file_bytes))
            )
        else:
            text = self.tr("The dossier will hold %1.").replace("%1", incidents)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.save_button.setEnabled(True)

    def _count_text(self, key: str, c: ExclusionCounts) -> str:
        n = c.affected(key)
        if key == "exact-locations":
            parts = []
            if c.gps_files:
                parts.append(
                    plural(
                        self.tr("%Ln photo(s) with a GPS position", "", c.gps_files), c.gps_files
                    )
                )
            if c.coordinates:
                parts.append(
                    plural(
                        self.tr("%Ln incident(s) with a map point", "", c.coordinates),
                        c.coordinates,
                    )
                )
            return "; ".join(parts) or self.tr("none in this dossier")
        if not n:
            return self.tr("none in this dossier")
        # One numerus string each: Qt picks the form the language needs for n (Arabic has six);
        # worded without a verb, so English needs only "(s)" (``plural``).
        texts = {
            "private-notes": self.tr("%Ln private note(s)", "", n),
            "device-metadata": self.tr("%Ln file(s) with such details", "", n),
            "people-contacts": self.tr("%Ln with contact details", "", n),
            "impact": self.tr("in %Ln incident(s)", "", n),
            "original-names": self.tr("%Ln file(s)", "", n),
            "exhibit-files": self.tr("%Ln file(s)", "", n),
        }
        return plural(texts.get(key, QLocale().toString(n)), n)
