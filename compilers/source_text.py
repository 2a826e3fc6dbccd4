"""A program's text from the bytes of its file, for every language: UTF-8, with or without a byte-order mark.

A file that is not UTF-8 is a diagnostic at its first bad byte (line and column, counted in characters as
every other diagnostic is), never a traceback: editors save Latin-1 or Windows-1252 text by mistake, and
the user must see where. A UTF-8 byte-order mark (which Windows editors write) is not part of the program.
"""

from __future__ import annotations

from compilers.diagnostics import Diagnostic, Severity, Span

BOM = "\ufeff"


class NotUtf8(Exception):
    """The file's bytes are not UTF-8: `diagnostic` points at the first bad byte; `text` is the file read
    with U+FFFD in place of the bad bytes, for showing the line."""

    def __init__(self, diagnostic: Diagnostic, text: str) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic
        self.text = text

    def render(self) -> str:
        return self.diagnostic.render(self.text)


def without_bom(text: str) -> str:
    """The program without a leading byte-order mark (text pasted into the editor may carry one too)."""
    return text[1:] if text.startswith(BOM) else text


def decode_source(data: bytes, filename: str) -> str:
    """The program's text; raises NotUtf8 at the first byte that is not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
        before = data[:bad]  # valid UTF-8: the decoder stops at the first bad byte
        line_start = before.rfind(b"\n") + 1
        line = before.count(b"\n") + 1
        column = len(before[line_start:].decode("utf-8")) + 1
        if line == 1 and before.startswith(BOM.encode("utf-8")):
            column -= 1  # the byte-order mark is not shown, nor counted
        message = (
            f"the file is not UTF-8 text: byte 0x{data[bad]:02X} here does not begin a valid UTF-8 "
            "character (Latin-1 or Windows-1252 text, perhaps: save the file as UTF-8)"
        )
        diagnostic = Diagnostic(Severity.ERROR, "encoding", message, Span.point(filename, line, column))
        raise NotUtf8(diagnostic, without_bom(data.decode("utf-8", errors="replace"))) from None
    return without_bom(text)
