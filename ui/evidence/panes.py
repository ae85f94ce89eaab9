"""The panes of the exhibit viewer: picture, PDF, sound and video, each fed from memory.

Kept apart from the viewer dialog so each pane stays small and can be cleared on lock: a
pane holds the only in-memory copy of what it shows, and ``clear()`` lets it go.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

_MEDIA_SUFFIX = {
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "audio/ogg": ".ogg",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/aac": ".aac",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "video/x-matroska": ".mkv",
    "video/3gpp": ".3gp",
}


def exhibit_kind(content_type: str) -> str:
    """Which pane shows this type: image, pdf, email, text, media or other."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype == "message/rfc822":
        return "email"
    if ctype.startswith("image/"):
        return "image"
    if ctype == "application/pdf":
        return "pdf"
    if ctype.startswith("text/") or ctype in (
        "application/json",
        "application/x-ndjson",
    ):
        return "text"
    if ctype.startswith(("audio/", "video/")):
        return "media"
    return "other"


def find_gps(metadata: dict[str, Any]) -> tuple[float, float] | None:
    """Latitude and longitude from extracted metadata, whatever nesting the core used."""
    lat = lon = None
    for key, value in metadata.items():
        low = str(key).lower()
        if isinstance(value, dict):
            found = find_gps(value)
            if found:
                return found
        elif low in ("latitude", "lat", "gpslatitude", "gps_latitude", "gps latitude"):
            lat = value
        elif low in ("longitude", "lon", "lng", "gpslongitude", "gps_longitude", "gps longitude"):
            lon = value
    try:
        if lat is not None and lon is not None:
            return float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    return None


def memory_device(data: bytes, parent: QObject) -> QBuffer:
    """A read-only QBuffer over bytes held in memory (never a file)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


class ImagePane(QWidget):
    """A picture with zoom, fit-to-window and turning, for photos taken sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._zoom = 1.0
        self._fit = True
        self._turn = 0
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(self.tr("Picture"))
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.label)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        for text, key, slot in (
            (self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (self.tr("Fit to window"), QKeySequence("Ctrl+0"), self.fit),
            (self.tr("Actual size"), QKeySequence("Ctrl+1"), self.actual_size),
            (self.tr("Turn left"), QKeySequence("Ctrl+Shift+Left"), lambda: self.turn(-90)),
            (self.tr("Turn right"), QKeySequence("Ctrl+Shift+Right"), lambda: self.turn(90)),
        ):
            button = QPushButton(text)
            sequence = QKeySequence(key)
            button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(slot)
            QShortcut(sequence, self, slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.scroll_area, 1)

    def set_image(self, image: QImage) -> None:
        self._image, self._zoom, self._fit, self._turn = image, 1.0, True, 0
        self._render()

    def image(self) -> QImage:
        return self._image

    def zoom_in(self) -> None:
        self._set_zoom(self._current_scale() * 1.25)

    def zoom_out(self) -> None:
        self._set_zoom(self._current_scale() / 1.25)

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def fit(self) -> None:
        self._fit = True
        self._render()

    def turn(self, degrees: int) -> None:
        self._turn = (self._turn + degrees) % 360
        self._render()

    def _set_zoom(self, zoom: float) -> None:
        self._fit, self._zoom = False, max(0.05, min(zoom, 16.0))
        self._render()

    def _turned(self) -> QImage:
        if self._turn == 0:
            return self._image
        return self._image.transformed(QTransform().rotate(self._turn))

    def _current_scale(self) -> float:
        image = self._turned()
        if not self._fit or image.isNull():
            return self._zoom
        area = self.scroll_area.viewport().size()
        return min(area.width() / max(image.width(), 1), area.height() / max(image.height(), 1))

    def _render(self) -> None:
        image = self._turned()
        if image.isNull():
            self.label.clear()
            return
        scale = self._current_scale()
        if self._fit:
            scale = min(scale, 4.0)
        size = image.size() * scale
        self.label.setPixmap(
            QPixmap.fromImage(image).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._fit:  # after the layout has resized the scroll area's viewport
            QTimer.singleShot(0, self._render)

    def clear(self) -> None:
        self._image = QImage()
        self.label.clear()


class PdfPane(QWidget):
    """A PDF rendered by QtPdf from a buffer in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Any = None
        self.buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:  # the PySide6 PDF add-on is not installed
            self.available = False
            note = QLabel(
                self.tr(
                    "This copy of SafeLog cannot show PDF files. The file is "
                    "kept safely; you can save a copy to read it."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            return
        self.available = True
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("PDF document"))
        layout.addWidget(self.view)

    def load(self, data: bytes) -> None:
        self.clear()
        self.buffer = memory_device(data, self)
        self.document.load(self.buffer)

    def page_count(self) -> int:
        return int(self.document.pageCount()) if self.document is not None else 0

    def clear(self) -> None:
        if self.document is not None:
            self.document.close()
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None


def multimedia_available() -> bool:
    """Can this computer play sound and video? QtMultimedia needs the system's sound library
    (libpulse.so.0 on Linux); on a bare machine its import fails, and the viewer then says so
    in one sentence instead of failing."""
    try:
        import PySide6.QtMultimedia  # noqa: F401 - Qt's, not ours: it may be missing
    except ImportError:
        return False
    return True


class MediaPane(QWidget):
    """Sound or video played by QtMultimedia from a buffer in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player: Any = None
        self.buffer: QBuffer | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.play = QPushButton(self.tr("Play"))
        self.play.clicked.connect(self._toggle)
        self.play.setEnabled(False)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setAccessibleName(self.tr("Position"))
        self.position.sliderMoved.connect(self._seek)
        controls = QHBoxLayout()
        controls.addWidget(self.play)
        controls.addWidget(self.position, 1)
        self._controls = controls

    def _build(self, video: bool) -> None:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        if video:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = QVideoWidget(self)
            self.player.setVideoOutput(self.video)
            self._layout.addWidget(self.video, 1)
        else:
            self._layout.addStretch(1)
        self._layout.addLayout(self._controls)
        self.player.durationChanged.connect(lambda d: self.position.setRange(0, int(d)))
        self.player.positionChanged.connect(self._moved)
        self.player.playbackStateChanged.connect(self._state)

    def load(self, data: bytes, content_type: str) -> None:
        if self.player is None:
            self._build(content_type.startswith("video/"))
        self.buffer = memory_device(data, self)
        # The name only hints at the format; nothing is read from or written to any path.
        hint = QUrl("exhibit" + _MEDIA_SUFFIX.get(content_type, ""))
        self.player.setSourceDevice(self.buffer, hint)
        self.play.setEnabled(True)

    def _toggle(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _state(self, state: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _moved(self, position: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(int(position))

    def _seek(self, position: int) -> None:
        if self.player is not None:
            self.player.setPosition(position)

    def clear(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None
        self.play.setEnabled(False)
