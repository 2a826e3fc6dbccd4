"""The command line: exit statuses, stdout for the program only, diagnostics and --stats on stderr."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from compilers.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


@pytest.fixture(autouse=True)
def _no_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def test_run_halts_with_status_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "p.bab", "LOAD A, 42\nPRINT A\nPRINTC 10\nHALT\n")
    assert main(["run", path]) == 0
    out, err = capsys.readouterr()
    assert out == "42\n" and err == ""


def test_stats_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "p.bab", "LOAD A, 42\nPRINT A\nHALT\n")
    assert main(["run", path, "--stats"]) == 0
    out, err = capsys.readouterr()
    assert out == "42"
    assert "instructions: 3" in err and "simulated time" in err


def test_compile_error_is_65_with_a_caret(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "p.bab", "LOAD A, 1\n   FROB A\n")
    assert main(["run", path]) == 65
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{path}:2:4: error:" in err and "    ^" in err


def test_runtime_trap_is_70_naming_the_trap_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "p.bab", "LOAD A, 1\nPRINT A\nDIV A, 0\nHALT\n")
    assert main(["run", path]) == 70
    out, err = capsys.readouterr()
    assert out == "1"
    assert "division_by_zero" in err and f"{path}:3" in err


def test_budget_and_output_limits_are_75(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = _write(tmp_path, "loop.bab", "top: JMP top\n")
    assert main(["run", loop, "--max-steps", "100"]) == 75
    assert "budget_exhausted" in capsys.readouterr().err
    chatty = _write(tmp_path, "chatty.bab", "top: PRINTC 65\nJMP top\n")
    assert main(["run", chatty, "--max-output", "10"]) == 75
    out, err = capsys.readouterr()
    assert out == "A" * 10 and "output_limit" in err


def test_usage_errors_are_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["run"]) == 2
    assert main(["run", str(tmp_path / "missing.bab")]) == 2
    unknown = _write(tmp_path, "p.txt", "HALT\n")
    assert main(["run", unknown]) == 2
    assert main(["emit", unknown, "--lang", "assembly"]) == 2  # --stage is required
    good = _write(tmp_path, "p.bab", "HALT\n")
    assert main(["run", good, "--profile", "no-such-profile"]) == 2
    assert main(["emit", good, "--stage", "ir"]) == 2  # assembly has no IR
    err = capsys.readouterr().err
    assert "give --lang" in err


def test_stdin_file_and_lang_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "echo.txt", "READ A\nMUL A, 2\nPRINT A\nHALT\n")
    data = _write(tmp_path, "in.txt", "21\n")
    assert main(["run", "--lang", "assembly", path, "--stdin", data]) == 0
    assert capsys.readouterr().out == "42"


def test_standard_input_reaches_the_program_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # CPython 3.12 reading these lines from a pipe prints 42 'ann\r': no newline is translated.
    path = _write(tmp_path, "p.py", "n = int(input())\nname = input()\nprint(n * 2, repr(name))\n")
    data = tmp_path / "in.txt"
    data.write_bytes(b"21\r\nann\r\n")
    assert main(["run", path, "--stdin", str(data)]) == 0
    assert capsys.readouterr().out == "42 'ann\\r'\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"21\r\nann\r\n"), encoding="utf-8"))
    assert main(["run", path]) == 0
    assert capsys.readouterr().out == "42 'ann\\r'\n"


def test_emit_every_stage_of_c(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "p.c", "int main(void) {\n    return 6 * 7;\n}\n")
    for stage, marker in [
        ("tokens", "1:1"),
        ("ast", "main"),
        ("ir", "func @main"),
        ("asm", "__start:"),
        ("deck", ""),
    ]:
        assert main(["emit", path, "--stage", stage, "-O0"]) == 0
        out = capsys.readouterr().out
        assert marker in out and out.endswith("\n")


def test_a_c_program_runs_with_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = (
        '#include <stdio.h>\nint main(void) {\n    int a, b;\n    scanf("%d %d", &a, &b);\n'
        '    printf("%d\\n", a * b);\n    return 0;\n}\n'
    )
    path = _write(tmp_path, "mul.c", source)
    data = _write(tmp_path, "in.txt", "6 7\n")
    assert main(["run", path, "--stdin", data, "-O1"]) == 0
    assert capsys.readouterr().out == "42\n"


def test_the_heap_trap_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = "#include <stdlib.h>\nint main(void) {\n    while (1) malloc(100);\n    return 0;\n}\n"
    path = _write(tmp_path, "greedy.c", source)
    assert main(["run", path]) == 70
    assert "heap exhausted" in capsys.readouterr().err


def test_a_store_too_small_to_load_is_65(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "big.bab", ".data\nx: .space 500\n.text\nHALT\n")
    assert main(["run", path, "--store", "100"]) == 65


def test_python_dash_m_compilers(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.bab", "PRINTC 'h'\nPRINTC 'i'\nHALT\n")
    done = subprocess.run(
        [sys.executable, "-m", "compilers", "run", path],
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "hi", "")


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path: Path) -> None:
    # `run FILE | true`: the reader has closed the pipe before the program's output is written.
    path = _write(tmp_path, "p.bab", "PRINTC 'h'\nPRINTC 'i'\nHALT\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "compilers", "run", path],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    assert stderr == b""


# A program's own uncaught error ends as its toolchain's program ends: exit status 1 and, on stderr, only
# what the toolchain writes. Each expected stderr is what the reference printed for the same file, run as
# `python3.11 p.py` (less the lines of carets CPython 3.11 adds under a traceback's source lines, which
# this traceback does not draw), `java Main.java` (JDK 17), `sbcl --script p.lisp` (its last line: SBCL's
# backtrace comes first) and a GHC 9.0.2 build named prog.
UNCAUGHT = [
    (
        "p.py",
        "def half(n):\n    return 10 // n\n\nprint('start')\nprint(half(0))\n",
        "start\n",
        'Traceback (most recent call last):\n  File "{path}", line 5, in <module>\n    print(half(0))\n'
        '  File "{path}", line 2, in half\n    return 10 // n\n'
        "ZeroDivisionError: integer division or modulo by zero\n",
    ),
    (
        "Main.java",
        "public class Main {\n    public static void main(String[] args) {\n"
        '        System.out.println("start");\n        int[] xs = new int[2];\n'
        "        xs[3] = 1;\n    }\n}\n",
        "start\n",
        'Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for'
        " length 2\n\tat Main.main(Main.java:5)\n",
    ),
    (
        "p.hs",
        'main :: IO ()\nmain = do\n  putStrLn "start"\n  print (head ([] :: [Int]))\n',
        "start\n",
        "prog: Prelude.head: empty list\n",
    ),
]


@pytest.mark.parametrize(("name", "source", "stdout", "stderr"), UNCAUGHT, ids=[u[0] for u in UNCAUGHT])
def test_an_uncaught_error_exits_1_with_the_languages_own_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, source: str, stdout: str, stderr: str
) -> None:
    path = _write(tmp_path, name, source)
    assert main(["run", path]) == 1
    out, err = capsys.readouterr()
    assert out == stdout
    assert err == stderr.format(path=path)


def test_an_unhandled_lisp_condition_exits_1_as_sbcls_script_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "p.lisp", '(print "start")\n(car 5)\n')
    assert main(["run", path]) == 1
    out, err = capsys.readouterr()
    assert out == '\n"start" '
    assert err.endswith("unhandled condition in --disable-debugger mode, quitting\n")


def test_an_engine_trap_in_python_is_still_70(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 10 ** 60 is past the Engine's 50 digits: the Engine stops the run, which CPython would not.
    path = _write(tmp_path, "p.py", "print(10 ** 60)\n")
    assert main(["run", path]) == 70
    assert "overflow" in capsys.readouterr().err
