"""A program's file as every language reads it (compilers/source_text.py): UTF-8, a byte-order mark
allowed, any other file a diagnostic at its first bad byte; C's NUL characters as gcc takes them; names
outside ASCII. The programs that run are in compilers/tests/c/input/ (checked against gcc there)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from compilers import driver
from compilers.cli import main
from compilers.source_text import NotUtf8, decode_source

BOM = b"\xef\xbb\xbf"


@pytest.fixture(autouse=True)
def _no_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_a_byte_order_mark_is_not_part_of_the_program() -> None:
    assert decode_source(BOM + b"int x;\n", "a.c") == "int x;\n"
    assert decode_source("é\n".encode(), "a.c") == "é\n"


@pytest.mark.parametrize(
    ("data", "line", "column", "byte"),
    [
        (b"int x;\n// caf\xe9\n", 2, 7, "E9"),  # Latin-1's e-acute: a lead byte the newline does not continue
        (b"/* \xc3\xa9\xc3\xa9 */ \x80\n", 1, 10, "80"),  # a continuation byte alone, after two characters
        (BOM + b"int \xff;\n", 1, 5, "FF"),  # the byte-order mark is not counted
        (b"int x;\n\xe2\x82", 2, 1, "E2"),  # a character cut off by the end of the file
    ],
)
def test_the_first_byte_that_is_not_utf8_is_a_diagnostic_at_its_place(
    data: bytes, line: int, column: int, byte: str
) -> None:
    with pytest.raises(NotUtf8) as caught:
        decode_source(data, "a.c")
    diagnostic = caught.value.diagnostic
    assert (diagnostic.span.line, diagnostic.span.column, diagnostic.code) == (line, column, "encoding")
    assert diagnostic.message.startswith(f"the file is not UTF-8 text: byte 0x{byte} here ")


def test_the_command_line_reports_a_latin1_file_with_65(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "latin.c", b"int main(void) {\n    return 0; /* na\xefve */\n}\n")
    assert main(["run", path]) == 65
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"{path}:2:20: error: the file is not UTF-8 text: byte 0xEF here does not begin a valid UTF-8 "
        "character (Latin-1 or Windows-1252 text, perhaps: save the file as UTF-8)\n"
        "        return 0; /* na\ufffdve */\n"
        "                       ^\n"
    )


@pytest.mark.parametrize(
    ("name", "source", "output"),
    [
        ("bom.c", b'#include <stdio.h>\nint main(void) { printf("c\\n"); return 0; }\n', "c\n"),
        ("bom.py", b'print("python")\n', "python\n"),
        ("bom.lisp", b'(format t "lisp~%")\n', "lisp\n"),
    ],
)
def test_every_language_accepts_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, source: bytes, output: str
) -> None:
    assert main(["run", _write(tmp_path, name, BOM + source)]) == 0
    assert capsys.readouterr() == (output, "")


def test_text_from_the_editor_may_carry_a_byte_order_mark_too() -> None:
    result = driver.compile("c", "\ufeffint main(void) { return 4; }\n")
    assert result.ok and driver.run_compiled(result).exit_code == 4


def test_nul_characters_are_gccs_warnings_and_the_program_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # gcc says the same three warnings at the same places and prints 5 3 (run with gcc 12).
    source = (
        b"#include <stdio.h>\nint main(void) {\x00\n"
        b'    char s[] = "a\x00";\n'
        b'    printf("%d %d\\n", 5\x00\x00, (int)sizeof s);\n'
        b"    return 0;\n}\n"
    )
    path = _write(tmp_path, "nul.c", source)
    assert main(["run", path]) == 0
    out, err = capsys.readouterr()
    assert out == "5 3\n"
    warnings = [line.removeprefix(f"{path}:") for line in err.splitlines() if ": warning: " in line]
    assert warnings == [
        "2:17: warning: null character(s) ignored",
        "3:16: warning: null character(s) preserved in literal",
        "4:24: warning: null character(s) ignored",
    ]


def test_an_error_about_a_name_outside_ascii_points_at_the_source() -> None:
    result = driver.compile(
        "c", "int größe = 1;\nint main(void) { return größe + zähler; }\n", filename="u.c"
    )
    assert not result.ok
    [error] = result.diagnostics
    assert (error.span.file, error.span.line, error.span.column) == ("u.c", 2, 33)  # gcc: 2:33 too
    assert "zähler" in error.message
