"""CPython's compile-time SyntaxWarnings (syntax_warnings.py): each case's expected lines are what
`python3.11 p.py` printed on stderr for a file of those lines (FILE:LINE: SyntaxWarning: ...), the program
running as it would without them; a case with none is one CPython 3.11 compiles silently."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from compilers import driver
from compilers.cli import main

COMMA = "; perhaps you missed a comma?"  # the end of CPython's words for a literal misused
CPYTHON_311 = [
    ("a = x is 1", '"is" with a literal. Did you mean "=="?'),
    ("a = x is -1", '"is" with a literal. Did you mean "=="?'),
    ("a = x is (1, 2)", '"is" with a literal. Did you mean "=="?'),
    ("a = x is ()", '"is" with a literal. Did you mean "=="?'),
    ("a = x is 1 + 2", '"is" with a literal. Did you mean "=="?'),
    ('a = x is not "s"', '"is not" with a literal. Did you mean "!="?'),
    ("a = 1.5 is x", '"is" with a literal. Did you mean "=="?'),
    ("a = x is None", None),
    ("a = x is ...", None),
    ("a = x is True", None),
    ("a = x is [1]", None),
    ("a = x == 1 is x", '"is" with a literal. Did you mean "=="?'),
    ("a = lambda: [1, 2](3)", "'list' object is not callable" + COMMA),
    ("a = lambda: None()", "'NoneType' object is not callable" + COMMA),
    ('a = lambda: f"a"()', "'str' object is not callable" + COMMA),
    ("a = lambda: (-1)()", "'int' object is not callable" + COMMA),
    ("a = lambda: (lambda: 1)()", None),
    ("a = lambda: (lambda: 1)[0]", "'function' object is not subscriptable" + COMMA),
    ("a = lambda: 5[0]", "'int' object is not subscriptable" + COMMA),
    ("a = lambda: True[0]", "'bool' object is not subscriptable" + COMMA),
    ("a = lambda: {1}[0]", "'set' object is not subscriptable" + COMMA),
    ("a = lambda: (i for i in x)[0]", "'generator' object is not subscriptable" + COMMA),
    (
        'a = lambda: "abc"["x"]',
        "str indices must be integers or slices, not str" + COMMA,
    ),
    (
        'a = lambda: [1, 2]["x"]',
        "list indices must be integers or slices, not str" + COMMA,
    ),
    (
        "a = lambda: (1, 2)[1.5]",
        "tuple indices must be integers or slices, not float" + COMMA,
    ),
    (
        'a = lambda: (x, 2)["a"]',
        "tuple indices must be integers or slices, not str" + COMMA,
    ),
    (
        "a = lambda: [i for i in x][None]",
        "list indices must be integers or slices, not NoneType" + COMMA,
    ),
    ('a = lambda: "abc"[True]', None),
    ("a = lambda: [1, 2][x]", None),
    ("a = lambda: {}[[1]]", None),
    ("a = lambda: x[{}]", None),
    ('assert (x == 2, "msg")', "assertion is always true, perhaps remove parentheses?"),
    ("assert x == 2, 'msg'", None),
]


@pytest.mark.parametrize(("line", "warning"), CPYTHON_311, ids=[case[0] for case in CPYTHON_311])
def test_the_warning_is_cpythons(line: str, warning: str | None) -> None:
    result = driver.compile("python", f"x = 2\n{line}\n", filename="p.py")
    assert result.ok
    found = [(d.span.line, d.message) for d in result.diagnostics]
    assert found == ([] if warning is None else [(2, f"SyntaxWarning: {warning}")])


def test_warnings_are_printed_before_the_run_which_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    path = tmp_path / "p.py"
    path.write_text("x = 5\nif x is 5:\n    print('five')\n")
    assert main(["run", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == "five\n"
    assert err.startswith(f'{path}:2:4: warning: SyntaxWarning: "is" with a literal. Did you mean "=="?')
