"""Paste (Ctrl+V) and drop from a browser: evidence straight from memory into the vault.

A screenshot copied with PrtScn, Win+Shift+S or Cmd+Ctrl+Shift+4 never becomes a file: the
clipboard's PNG bytes (or, when the clipboard offers only pixels, a PNG SafeLog encodes in
memory) go to ``evidence.import_data`` on the worker, "pasted from the clipboard". Copied text
becomes a text exhibit; copied files (from a file manager) are imported as files. An image
dragged from a web page keeps its bytes and the page's address; a dragged link only fills the
web address of what is being added. Right after a paste or drop the online fields are shown,
with a button that saves them to the new exhibit.
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from ui.common import dialogs
from ui.common.worker import run_with_progress, sentence_for

if TYPE_CHECKING:
    from ui.evidence.panel import EvidencePanel

RAW_IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
MAX_PASTE_TEXT = 5_000_000
CLIPBOARD = "pasted from the clipboard"


def png_bytes(image: QImage) -> bytes:
    """``image`` as PNG, encoded in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def web_urls(mime: QMimeData) -> list[str]:
    return [u.toString() for u in mime.urls() if u.scheme() in ("http", "https")]


def _stamp() -> str:
    return datetime.now().strftime("%Y-%m-%d %H.%M.%S")


class PasteSupport(QObject):
    """Ctrl+V and browser drops for one evidence panel."""

    def __init__(self, panel: EvidencePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.last_ref: str | None = None
        # The whole window: Ctrl+V on an incident (its view, the timeline beside it) adds to
        # it. Qt gives the key to a focused text field first, so typing-paste still works;
        # a hidden panel (another page) does not take it; the editor is its own window.
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), panel)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.paste)
        self.save_details = QPushButton(self.tr("Save these details"))
        self.save_details.setVisible(False)
        self.save_details.clicked.connect(self._save_details)

    # ----- what the clipboard or a drop holds ------------------------------------------

    def accepts(self, mime: QMimeData) -> bool:
        return (
            mime.hasImage()
            or bool(web_urls(mime))
            or any(mime.hasFormat(t) for t in RAW_IMAGE_TYPES)
        )

    def paste(self) -> None:
        self.add(QGuiApplication.clipboard().mimeData(), CLIPBOARD)

    def drop(self, mime: QMimeData) -> bool:
        """A drop without local files: an image from a web page, or a link."""
        urls = web_urls(mime)
        if self._image(mime) is None:
            if not urls:
                return False
            self.panel.online_box.setChecked(True)
            self.panel.url.setText(urls[0])
            return True
        return self.add(mime, self.tr("dragged from a web page"), url=urls[0] if urls else "")

    def _image(self, mime: QMimeData) -> tuple[bytes, str] | None:
        for kind in RAW_IMAGE_TYPES:  # the bytes as the other program gave them
            if mime.hasFormat(kind):
                data = bytes(mime.data(kind).data())
                if data:
                    return data, kind.split("/")[1].replace("jpeg", "jpg")
        if mime.hasImage():
            data = mime.imageData()  # a QImage, or raw bytes another copy left behind
            image = data if isinstance(data, QImage) else QImage()
            if not image.isNull():
                return png_bytes(image), "png"
        return None

    def add(self, mime: QMimeData | None, obtained: str, url: str = "") -> bool:
        panel = self.panel
        if mime is None or panel.incident_id is None or panel.task is not None:
            return False
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files and all(os.path.isfile(f) for f in files):
            panel.import_paths(files)
            return True
        image = self._image(mime)
        if image is not None:
            data, ext = image
            name = self.tr("Pasted image {time}").format(time=_stamp()) + f".{ext}"
        elif mime.hasText() and mime.text().strip():
            data = mime.text()[:MAX_PASTE_TEXT].encode("utf-8")
            name = self.tr("Pasted text {time}").format(time=_stamp()) + ".txt"
        else:
            dialogs.info(
                panel,
                self.tr(
                    "There is nothing to paste: copy a screenshot, a picture or some text first."
                ),
            )
            return False
        online = dict(panel.online_details() or {})
        if url:
            online["url"] = url
        self.store(data, name, obtained, online)
        return True

    # ----- storing, then the online fields -------------------------------------------------

    def store(
        self,
        data: bytes,
        name: str,
        obtained: str,
        online: dict[str, str],
        extra: dict[str, Any] | None = None,
    ) -> None:
        from safelog import evidence

        panel = self.panel
        vault, incident_id = panel.session.require(), panel.incident_id
        assert incident_id is not None

        def work(progress: Any, cancel: Any) -> Any:
            with vault.second_connection() as own:
                return evidence.import_data(
                    own,
                    incident_id,
                    data,
                    name,
                    obtained=obtained,
                    online=online,
                    extra=extra,
                    cancel=cancel,
                )

        panel._set_busy(True)
        panel.task = run_with_progress(
            panel,
            self.tr("Adding to the vault…"),
            work,
            on_done=lambda result: self._stored(result, name),
            on_error=panel._failed,
        )

    def _stored(self, result: Any, name: str) -> None:
        self.last_ref = result.exhibit.ref
        self.panel._imported([result], [name], {name: name})
        self.offer_details(result.exhibit)

    def offer_details(self, exhibit: Any) -> None:
        """Show the online fields, filled with what is known, and the button that saves them."""
        panel = self.panel
        panel.online_box.setChecked(True)
        online = exhibit.online or {}
        panel.platform.setCurrentText(online.get("platform", panel.platform.currentText()))
        for field, edit in (
            ("url", panel.url),
            ("account", panel.account),
            ("shown_time", panel.shown_time),
        ):
            if online.get(field):
                edit.setText(online[field])
        self.save_details.setText(self.tr("Save these details to {ref}").format(ref=exhibit.ref))
        self.save_details.setVisible(True)
        panel.platform.setFocus()

    def _save_details(self) -> None:
        from safelog import evidence

        if self.last_ref is None or not self.panel.session.open:
            return
        try:
            evidence.set_online_details(
                self.panel.session.require(), self.last_ref, self.panel.online_details() or {}
            )
        except Exception as exc:  # one sentence, never a traceback
            dialogs.error(self.panel, sentence_for(exc))
            return
        self.save_details.setVisible(False)
        self.panel.session.incidents_changed.emit()

    def clear(self) -> None:
        self.last_ref = None
        self.save_details.setVisible(False)
