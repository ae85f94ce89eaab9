"""What is known about one exhibit, in plain words first and the technical record after.

The block a person reads: what kind of file it is, its size, when it was added and taken, the
camera, a location saved inside it, how they got it, and a short fingerprint. The full SHA-256,
the exact file type, the file's own dates and everything its reader found sit under
"Technical details", folded away until asked for: they are for the police and the lawyer.
Every value that came from the file or the person is shown as plain text (``text_label``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ui.common.dates import Formatted, ltr
from ui.common.labels import file_type_label, kind_of_file_labels
from ui.common.palette import format_local, format_size, format_stamp, safe_name, text_label
from ui.evidence.panes import find_gps

translate = QCoreApplication.translate  # the viewer's context: these strings were its own

# "problems" repeats the exhibit's note, which is shown once, under "Note".
HIDDEN_METADATA = {
    "kind",
    "gps",
    "decoded_size",
    "orientation",
    "exif_width",
    "exif_height",
    "problems",
    # long lists the reader keeps for search and the dossier (issue 17):
    # as one joined row they would be thousands of lines of raw values
    "messages",
    "headers",
    "received",
    "authentication_results",
    "attachments",
    "members",
    "pages",
    "chat",
}
# Shown in plain words above; not repeated under the technical details.
SHOWN_ABOVE = {"date_taken", "camera_make", "camera_model"}
# Sentences from the importer that describe a normal file, not a fault.
_NOT_A_PROBLEM = ("Its creator and creation date could not be read.",)


def is_quiet_note(sentence: str) -> bool:
    """True for a note that needs no pop-up: the file is fine, it just records little."""
    return sentence.strip() in _NOT_A_PROBLEM


def gentle_note(note: str) -> str:
    """The importer's note, with "could not be read" for a PDF that simply names no creator
    put in words that do not alarm."""
    if is_quiet_note(note):
        return QCoreApplication.translate(
            "ExhibitViewer",
            "This document does not say which program made it or when. That "
            "is common and does not affect the evidence.",
        )
    return note


def describe_type(content_type: str) -> str:
    """ "Picture (image/jpeg)": the kind in the reader's language, the exact type beside it."""
    exact = (content_type or "").split(";")[0].strip()
    return Formatted(f"{file_type_label(exact)} ({ltr(exact)})") if exact else ""


def metadata_labels() -> dict[str, str]:
    """Friendly names for what the core reads from files; unknown keys are shown tidied."""
    translate = QCoreApplication.translate
    return {
        "date_taken": translate("Viewer", "Date taken"),
        "text_excerpt": translate("Viewer", "Text excerpt"),
        "date_modified": translate("Viewer", "Date changed in the camera or phone"),
        "camera_make": translate("Viewer", "Camera make"),
        "camera_model": translate("Viewer", "Camera model"),
        "software": translate("Viewer", "Software"),
        "format": translate("Viewer", "Format"),
        "width": translate("Viewer", "Width (pixels)"),
        "height": translate("Viewer", "Height (pixels)"),
        "pages": translate("Viewer", "Pages"),
        "author": translate("Viewer", "Author"),
        "title": translate("Viewer", "Title"),
        "subject": translate("Viewer", "Subject"),
        "from": translate("Viewer", "From"),
        "to": translate("Viewer", "To"),
    }


def flatten(data: dict[str, Any]) -> list[tuple[str, Any]]:
    """Top-level keys with their values; nested groups (other than GPS) flattened."""
    rows: list[tuple[str, Any]] = []
    for key, value in data.items():
        if isinstance(value, dict) and key != "gps":
            rows.extend((f"{key}_{k}", v) for k, v in flatten(value))
        elif isinstance(value, list):
            rows.append((key, ", ".join(str(v) for v in value)))
        else:
            rows.append((key, value))
    return rows


def camera(metadata: dict[str, Any]) -> str:
    """ "Canon EOS 40D", not "Canon Canon EOS 40D"."""
    make = str(metadata.get("camera_make") or "").strip()
    model = str(metadata.get("camera_model") or "").strip()
    if make and model.lower().startswith(make.lower().split()[0]):
        return model
    return " ".join(p for p in (make, model) if p)


def short_fingerprint(sha256: str) -> str:
    """The first 16 hexadecimal digits, in groups of 8: enough to compare by eye."""
    return ltr(f"{sha256[:8]} {sha256[8:16]} …") if sha256 else ""


def full_fingerprint(sha256: str) -> str:
    return ltr(" ".join(sha256[i : i + 8] for i in range(0, len(sha256), 8)))


class ExhibitDetails(QWidget):
    """The labelled details of one exhibit, the technical part folded away."""

    def __init__(self, exhibit: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exhibit = exhibit
        self.setAccessibleName(translate("ExhibitViewer", "About this file"))
        self.values: dict[str, QLabel] = {}  # plain-words label -> its value (for checks)
        self._layout = QVBoxLayout(self)
        self._fill_plain()
        self.technical_button = QToolButton()
        self.technical_button.setText(translate("ExhibitViewer", "Technical details"))
        self.technical_button.setCheckable(True)
        self.technical_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.technical_button.setArrowType(Qt.ArrowType.RightArrow)
        self.technical_button.setAccessibleName(translate("ExhibitViewer", "Technical details"))
        self.technical_button.toggled.connect(self.show_technical)
        self._layout.addWidget(self.technical_button)
        self.technical = QWidget()
        self._technical_layout = QVBoxLayout(self.technical)
        self._technical_layout.setContentsMargins(0, 0, 0, 0)
        self._fill_technical()
        self.technical.hide()
        self._layout.addWidget(self.technical)
        self._layout.addStretch()

    def show_technical(self, shown: bool) -> None:
        self.technical.setVisible(shown)
        self.technical_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    # ----- building --------------------------------------------------------------------

    def _group(
        self, layout: QVBoxLayout, title: str, rows: list[tuple[str, Any]], keep: bool = False
    ) -> None:
        rows = [(k, v) for k, v in rows if v not in (None, "", {}, [])]
        if not rows:
            return
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, value in rows:
            value_label = text_label(
                safe_name(value if isinstance(value, str) else str(value), 600)
            )
            form.addRow(safe_name(str(key), 60), value_label)
            if keep:
                self.values[str(key)] = value_label
        layout.addLayout(form)

    def _fill_plain(self) -> None:
        ex = self.exhibit
        md = ex.metadata or {}
        taken = md.get("date_taken")
        gps = find_gps(md)
        location = ltr(f"{gps[0]:.6f}, {gps[1]:.6f}") if gps else ""
        self._group(
            self._layout,
            translate("ExhibitViewer", "This exhibit"),
            [
                (translate("ExhibitViewer", "Reference"), ex.ref),
                (translate("ExhibitViewer", "Original name"), safe_name(ex.original_name, 120)),
                (
                    translate("ExhibitViewer", "Type"),
                    file_type_label((ex.content_type or "").split(";")[0]),
                ),
                (translate("ExhibitViewer", "Size"), format_size(ex.size)),
                (translate("ExhibitViewer", "Added"), format_stamp(ex.imported_at)),
                (
                    translate("ExhibitViewer", "Taken"),
                    format_local(taken) if isinstance(taken, str) else taken,
                ),
                (translate("ExhibitViewer", "Camera"), camera(md)),
                (translate("ExhibitViewer", "Location in the file"), location),
                (
                    translate("ExhibitViewer", "Please note"),
                    translate(
                        "ExhibitViewer",
                        "Anyone you give the original file to can see this location.",
                    )
                    if gps
                    else "",
                ),
                (
                    translate("ExhibitViewer", "How you got it"),
                    ex.obtained
                    or translate(
                        "ExhibitViewer", "Not said yet. “How you got it…” in the list adds it."
                    ),
                ),
                (translate("ExhibitViewer", "Where the original is kept"), ex.original_kept),
                (translate("ExhibitViewer", "SHA-256 fingerprint"), short_fingerprint(ex.sha256)),
                (translate("ExhibitViewer", "Note"), ex.notes),
                (translate("ExhibitViewer", "About the file"), gentle_note(ex.metadata_note)),
            ],
            keep=True,
        )
        online = ex.online or {}
        self._group(
            self._layout,
            translate("ExhibitViewer", "Where it was online"),
            [
                (translate("ExhibitViewer", "Platform"), online.get("platform")),
                (translate("ExhibitViewer", "Web address"), online.get("url")),
                (translate("ExhibitViewer", "Account"), online.get("account")),
                (translate("ExhibitViewer", "Time shown on screen"), online.get("shown_time")),
            ],
        )

    def _fill_technical(self) -> None:
        ex = self.exhibit
        layout = self._technical_layout
        gps = find_gps(ex.metadata or {})
        self._group(
            layout,
            translate("ExhibitViewer", "The exact record"),
            [
                (translate("ExhibitViewer", "Fingerprint (SHA-256)"), full_fingerprint(ex.sha256)),
                (translate("ExhibitViewer", "Exact file type"), describe_type(ex.content_type)),
                (translate("ExhibitViewer", "Size in bytes"), ltr(str(ex.size))),
            ],
        )
        self._group(
            layout,
            translate("ExhibitViewer", "Location saved in the file"),
            [
                (translate("ExhibitViewer", "Latitude"), f"{gps[0]:.6f}" if gps else ""),
                (translate("ExhibitViewer", "Longitude"), f"{gps[1]:.6f}" if gps else ""),
            ],
        )
        times = ex.file_times or {}
        self._group(
            layout,
            translate("ExhibitViewer", "Dates of the file you added"),
            [
                (translate("ExhibitViewer", "Last modified"), format_stamp(times.get("modified"))),
                (
                    translate("ExhibitViewer", "Created"),
                    format_stamp(times.get("created") or times.get("birth")),
                ),
            ],
        )
        labels = metadata_labels()
        kinds = kind_of_file_labels()
        rows = [
            (
                labels.get(k, k.replace("_", " ").capitalize()),
                format_local(v)
                if k.startswith("date") and isinstance(v, str)
                else kinds.get(v, v)
                if k == "kind" and isinstance(v, str)
                else v,
            )
            for k, v in flatten(ex.metadata or {})
            if k not in HIDDEN_METADATA and k not in SHOWN_ABOVE
        ]
        self._group(
            layout,
            translate("ExhibitViewer", "Details saved inside the file"),
            rows,
        )

    # ----- reading back and forgetting -------------------------------------------------

    def value(self, label: str) -> str:
        """The text shown beside a plain-words label ("" when that row is not shown)."""
        found = self.values.get(label)
        return found.text() if found is not None else ""

    def text(self) -> str:
        """Everything this block holds, folded or not, as plain text (for checks)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))

    def forget(self) -> None:
        for label in self.findChildren(QLabel):
            label.clear()
