"""The text of a PDF's first page, for search and the dossier, without a PDF library.

It follows the trailer's ``/Root`` to the first page, inflates that page's content streams
(capped like every other inflation here), and reads the strings shown by ``Tj``, ``TJ``, ``'``
and ``"``, through each font's ``/ToUnicode`` map when it has one. Nothing is rendered and no
other object is interpreted. A page it cannot follow gives no excerpt; that is all.
"""

from __future__ import annotations

import base64
import re
import zlib

from .clean import text

EXCERPT_CHARS = 3000
INFLATE_CAP = 16 * 1024 * 1024
MAX_DEPTH = 16
_REF = rb"(\d{1,10})\s+(\d{1,5})\s+R"
_ROOT = re.compile(rb"/Root\s+" + _REF)
_TOKEN = re.compile(
    rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|<[0-9A-Fa-f\s]*>|\[|\]|"
    rb"/[^\s/\[\]()<>{}%]+|[-+]?\d*\.?\d+|[A-Za-z'\"*]+",
    re.S,
)
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")


class Pdf:
    """Objects looked up by number in the raw bytes (the last definition wins)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.budget = INFLATE_CAP

    def obj(self, number: bytes) -> bytes:
        found = list(re.finditer(rb"(?<!\d)" + number + rb"\s+\d{1,5}\s+obj\b", self.data))
        if not found:
            return b""
        start = found[-1].end()
        end = self.data.find(b"endobj", start, start + 16 * 1024 * 1024)
        return self.data[start : end if end > 0 else start + 65536]

    def value(self, body: bytes, key: bytes) -> bytes:
        """The object ``key`` refers to in ``body``, or the inline value after it."""
        ref = re.search(rb"/" + key + rb"\s+" + _REF, body)
        if ref:
            return self.obj(ref.group(1))
        inline = re.search(rb"/" + key + rb"\s*(<<.*?>>|\[.*?\])", body, re.S)
        return inline.group(1) if inline else b""

    def stream(self, body: bytes) -> bytes:
        begin = re.search(rb"stream\r?\n", body)
        if not begin:
            return b""
        raw = body[begin.end() :]
        end = raw.rfind(b"endstream")
        raw = raw[:end] if end >= 0 else raw
        head = body[: begin.start()]
        found = re.search(rb"/Filter\s*(\[[^\]]*\]|/\w+)", head)
        for name in re.findall(rb"/(\w+)", found.group(1)) if found else []:
            raw = self._decode(name, raw)
        return raw

    def _decode(self, name: bytes, raw: bytes) -> bytes:
        """One filter of the few that text streams use; anything else gives nothing."""
        if name in (b"ASCII85Decode", b"A85"):
            body = re.sub(rb"\s", b"", raw)
            body = body[2:] if body.startswith(b"<~") else body
            return base64.a85decode(body.split(b"~>", 1)[0])
        if name in (b"ASCIIHexDecode", b"AHx"):
            return _unhex(raw.split(b">", 1)[0])
        if name not in (b"FlateDecode", b"Fl"):
            return b""
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(raw, max(self.budget, 1))
        except zlib.error:
            return b""
        self.budget -= len(out)
        return out


def first_page_text(data: bytes) -> str:
    pdf = Pdf(data)
    page = _first_page(pdf)
    if not page:
        return ""
    fonts = _fonts(pdf, page)
    contents = pdf.value(page, b"Contents")
    streams: list[bytes] = []
    if contents.lstrip().startswith(b"["):
        streams = [pdf.stream(pdf.obj(n)) for n, _ in re.findall(_REF, contents)[:64]]
    elif contents:
        streams = [pdf.stream(contents)]
    shown = _show(b"\n".join(streams), fonts)
    lines = (" ".join(line.split()) for line in shown.split("\n"))
    return text("\n".join(line for line in lines if line), EXCERPT_CHARS)


def _first_page(pdf: Pdf) -> bytes:
    root = _ROOT.findall(pdf.data)
    node = pdf.value(pdf.obj(root[-1][0]), b"Pages") if root else b""
    for _ in range(MAX_DEPTH):
        if not node:
            break
        if not re.search(rb"/Type\s*/Pages\b", node):
            return node
        kids = re.search(rb"/Kids\s*\[\s*" + _REF, node)
        node = pdf.obj(kids.group(1)) if kids else b""
    first = re.search(rb"/Type\s*/Page(?!s)\b", pdf.data)  # no tree to follow: the first page
    if not first:
        return b""
    start = pdf.data.rfind(b" obj", 0, first.start())
    end = pdf.data.find(b"endobj", first.start())
    return pdf.data[max(start, 0) : end if end > 0 else first.end() + 4096]


def _fonts(pdf: Pdf, page: bytes) -> dict[bytes, dict[bytes, str]]:
    """Each font name on the page -> its ToUnicode map (code bytes -> text)."""
    resources = pdf.value(page, b"Resources")
    font_dict = pdf.value(resources, b"Font")
    fonts: dict[bytes, dict[bytes, str]] = {}
    for name, number, _gen in re.findall(rb"/([^\s/<>\[\]()]+)\s+" + _REF, font_dict)[:64]:
        cmap_obj = pdf.value(pdf.obj(number), b"ToUnicode")
        fonts[name] = _cmap(pdf.stream(cmap_obj)) if cmap_obj else {}
    return fonts


def _cmap(data: bytes) -> dict[bytes, str]:
    mapping: dict[bytes, str] = {}
    for block in _BFCHAR.findall(data):
        pairs = _HEX.findall(block)
        for src, dst in zip(pairs[::2], pairs[1::2], strict=False):
            mapping[_unhex(src)] = _utf16(_unhex(dst))
    for block in _BFRANGE.findall(data):
        for line in block.splitlines():
            parts = _HEX.findall(line)
            if len(parts) < 3 or len(mapping) > 65536:
                continue
            lo, hi, dst = _unhex(parts[0]), _unhex(parts[1]), _unhex(parts[2])
            start, stop = int.from_bytes(lo, "big"), int.from_bytes(hi, "big")
            base = int.from_bytes(dst, "big")
            for offset in range(min(stop - start + 1, 65536)):
                code = (start + offset).to_bytes(len(lo), "big")
                mapping[code] = _utf16((base + offset).to_bytes(max(len(dst), 2), "big"))
    return mapping


def _unhex(digits: bytes) -> bytes:
    digits = re.sub(rb"\s", b"", digits)
    return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))


def _utf16(data: bytes) -> str:
    return data.decode("utf-16-be", "replace")


def _show(content: bytes, fonts: dict[bytes, dict[bytes, str]]) -> str:
    out: list[str] = []
    operands: list[bytes] = []
    font: dict[bytes, str] = {}
    in_array = False
    for match in _TOKEN.finditer(content[:INFLATE_CAP]):
        token = match.group(0)
        if token == b"[":
            in_array, operands = True, []
        elif token == b"]":
            in_array = False
        elif token[:1] in (b"(", b"<") or token[:1] == b"/" or token[:1] in b"+-.0123456789":
            if in_array and token[:1] in b"+-.0123456789" and float(token) < -200:
                operands.append(b" ")  # a wide kerning gap in TJ is a space between words
            else:
                operands.append(token)
        else:
            op = token
            if op == b"Tf" and operands and operands[0].startswith(b"/"):
                font = fonts.get(operands[0][1:], {})
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                if op in (b"'", b'"'):
                    out.append("\n")
                out.extend(_decode(o, font) for o in operands if o[:1] in (b"(", b"<", b" "))
            elif op in (b"Td", b"TD", b"T*", b"ET") or (op == b"Tm" and out):
                if op != b"Td" or (len(operands) >= 2 and operands[-1] not in (b"0", b"0.0")):
                    out.append("\n")
            operands = [] if not in_array else operands
        if sum(len(s) for s in out) > EXCERPT_CHARS * 2:
            break
    return "".join(out)


def _decode(token: bytes, font: dict[bytes, str]) -> str:
    if token == b" ":
        return " "
    raw = _literal(token[1:-1]) if token[:1] == b"(" else _unhex(token[1:-1])
    if font:
        width = max((len(k) for k in font), default=1)
        return "".join(font.get(raw[i : i + width], "") for i in range(0, len(raw), width))
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    return raw.decode("cp1252", "replace")


def _literal(body: bytes) -> bytes:
    escapes = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}

    def unescape(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        if code[:1].isdigit():
            return bytes([int(code, 8) & 0xFF])
        return escapes.get(code, code if code not in (b"\n", b"\r") else b"")

    return re.sub(rb"\\([0-7]{1,3}|.)", unescape, body, flags=re.S)
