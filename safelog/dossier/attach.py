"""A file attached inside the dossier PDF, and reading it back out of a PDF SafeLog wrote.

The dossier carries a copy of the bundle manifest as a PDF attachment (an embedded file, listed
in the document's ``EmbeddedFiles`` name tree, so any PDF viewer's attachments pane or
``pdfdetach`` shows it). ``verify-bundle`` compares every file of the bundle with it, so a
forger who changes an exhibit and rewrites ``manifest.json`` and ``SHA256SUMS`` to match must
rewrite the PDF as well.

The reader is deliberately small: it finds the attachment in the object layout ReportLab writes
(plain objects, no object streams) and refuses anything else. A PDF rewritten by another program
is reported as having no readable copy of the manifest, which is the truth as far as this check
can see. Everything is bounded: the size of the PDF read, the inflated size, the dictionary depth.
"""

from __future__ import annotations

import mmap
import re
import zlib

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.platypus import Flowable

MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
Buffer = bytes | mmap.mmap
_OBJ = rb"(?<![0-9])%d\s+0\s+obj\s*"


class EmbeddedFile(Flowable):
    """A zero-size flowable that attaches ``data`` to the PDF when the build reaches it."""

    def __init__(
        self, name: str, data: bytes, description: str, mime: str = "application/json"
    ) -> None:
        super().__init__()
        self.name, self.data, self.description, self.mime = name, data, description, mime
        self.width = self.height = 0
        self._done = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self._done:
            return
        self._done = True
        doc = self.canv._doc
        subtype = "/" + self.mime.replace("/", "#2F")  # PDFName leaves "/" unescaped
        stream = PDFStream(
            PDFDictionary({"Type": PDFName("EmbeddedFile"), "Subtype": subtype}),
            content=self.data,
            filters=[PDFZCompress],
        )
        spec = PDFDictionary(
            {
                "Type": PDFName("Filespec"),
                "F": PDFString(self.name),
                "UF": PDFString(self.name),
                "Desc": PDFString(self.description),
                "AFRelationship": PDFName("Data"),
                "EF": PDFDictionary({"F": doc.Reference(stream)}),
            }
        )
        names = PDFArray([PDFString(self.name), doc.Reference(spec)])
        doc.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": names})})


def _dict_at(pdf: Buffer, start: int, limit: int = 1 << 16) -> tuple[bytes, int] | None:
    """The balanced ``<< … >>`` starting at ``start``: (its bytes, the offset after it)."""
    if pdf[start : start + 2] != b"<<":
        return None
    depth, i, end = 0, start, min(len(pdf), start + limit)
    while i < end - 1:
        pair = pdf[i : i + 2]
        if pair == b"<<":
            depth += 1
            i += 2
        elif pair == b">>":
            depth -= 1
            i += 2
            if depth == 0:
                return pdf[start:i], i
        elif pdf[i : i + 1] == b"(":  # skip a literal string: it may hold << or >>
            close = pdf.find(b")", i)
            if close < 0:
                return None
            i = close + 1
        else:
            i += 1
    return None


def _object(pdf: Buffer, number: int) -> tuple[bytes, int] | None:
    """The dictionary of object ``number`` (its last definition) and the offset after it."""
    matches = list(re.finditer(_OBJ % number, pdf))
    return _dict_at(pdf, matches[-1].end()) if matches else None


def _stream(pdf: Buffer, number: int) -> bytes | None:
    located = _object(pdf, number)
    if located is None:
        return None
    head, after = located
    if b"/EmbeddedFile" not in head:
        return None
    length = re.search(rb"/Length\s+(\d+)(?!\s+\d+\s+R)", head)  # ReportLab writes it direct
    start = re.compile(rb"\s*stream\r?\n").match(pdf, after)
    if length is None or start is None:
        return None
    size = int(length.group(1))
    raw = pdf[start.end() : start.end() + size]
    if len(raw) != size:
        return None
    if b"/FlateDecode" in head:
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(raw, MAX_ATTACHMENT_BYTES)
        except zlib.error:
            return None
        if inflater.unconsumed_tail:
            return None
        return data
    return raw if b"/Filter" not in head else None


def read_attachment(pdf: Buffer, name: str) -> bytes | None:
    """The bytes of the attachment called ``name``, or None if there is none SafeLog can read."""
    wanted = re.escape(name.encode("ascii"))
    result = None
    for spec in re.finditer(rb"/Type\s*/Filespec", pdf):
        begin = pdf.rfind(b" obj", 0, spec.start())
        opening = pdf.find(b"<<", begin) if begin >= 0 else -1
        if opening < 0 or opening > spec.start():
            continue
        located = _dict_at(pdf, opening)
        if located is None:
            continue
        head = located[0]
        if not re.search(rb"/UF\s*\(" + wanted + rb"\)", head):
            continue
        target = re.search(rb"/EF\s*<<\s*/F\s+(\d+)\s+0\s+R", head)
        if target:
            result = _stream(pdf, int(target.group(1)))
    return result
