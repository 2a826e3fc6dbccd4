"""C through the command line of LANGUAGES.md: exit statuses, stdout, and caret diagnostics."""

from __future__ import annotations

from pathlib import Path

import pytest

from babbage.result import OutputEvent, RunEvent
from compilers import driver
from compilers.cli import main

PROGRAMS = Path(__file__).resolve().parent / "c"


def test_run_prints_the_output_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["run", str(PROGRAMS / "functions" / "hanoi.c"), "--stdin", "/dev/null"])
    out = capsys.readouterr().out
    assert status == 0
    assert out.endswith("31 moves\n")


def test_the_extension_picks_c_and_stdin_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    numbers = tmp_path / "in.txt"
    numbers.write_text("4 5 6\n")
    status = main(["run", str(PROGRAMS / "stdio" / "scanf_sum.c"), "--stdin", str(numbers)])
    assert status == 0
    assert capsys.readouterr().out == "3 numbers, total 15\n"


def test_compile_errors_exit_65_with_carets(capsys: pytest.CaptureFixture[str]) -> None:
    path = PROGRAMS / "errors" / "undeclared.c"
    status = main(["run", "--lang", "c", str(path), "--stdin", "/dev/null"])
    captured = capsys.readouterr()
    assert status == 65
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert lines[0] == f"{path}:7:20: error: 'totl' undeclared"
    assert lines[1] == '        printf("%d\\n", totl);'
    assert lines[2] == "                       ^~~~"


def test_a_trap_exits_70(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["run", str(PROGRAMS / "traps" / "division_by_zero.c"), "--stdin", "/dev/null"])
    captured = capsys.readouterr()
    assert status == 70
    assert captured.out == "5\n"
    assert "division_by_zero" in captured.err


@pytest.mark.parametrize(
    ("stage", "fragment"), [("tokens", "keyword 'int'"), ("ast", "FuncDef @"), ("ir", "func @main")]
)
def test_emit_stages(stage: str, fragment: str, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["emit", str(PROGRAMS / "arith" / "basic_ops.c"), "--stage", stage])
    assert status == 0
    assert fragment in capsys.readouterr().out


def test_stderr_is_written_to_stderr_and_stdout_is_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What gcc's build of stdio/streams.c writes to its stderr, in the order the program writes it.
    lines = tmp_path / "in.txt"
    lines.write_text("first line\nsecond\n")
    status = main(["run", str(PROGRAMS / "stdio" / "streams.c"), "--stdin", str(lines)])
    captured = capsys.readouterr()
    assert status == 1  # two lines read: the program's own status
    assert captured.err.startswith("a warning on stderr: 7\nan error\n!")
    assert captured.out.startswith("stdout 42 2.500\nfputs: 0\n")
    assert "\x1f" not in captured.out


def test_streamed_output_events_carry_stdout_only() -> None:
    # The site streams the output while the program runs: the events must add up to the run's stdout,
    # with the stderr characters (and their marks) taken out even when a mark ends one event.
    source = (PROGRAMS / "stdio" / "streams.c").read_text()
    compiled = driver.compile("c", source, driver.CompileOptions(opt_level=1))
    texts: list[str] = []

    def collect(event: RunEvent) -> None:
        if isinstance(event, OutputEvent):
            texts.append(event.text)

    run = driver.run_compiled(compiled, stdin="first line\nsecond\n", on_event=collect, event_interval=3)
    assert len(texts) > 5
    assert "".join(texts) == run.output
    assert run.stderr == "a warning on stderr: 7\nan error\n!"


def test_doubles_printed_to_stderr_are_glibcs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # fprintf(stderr, ...) prints a double as printf does. The expected text is what gcc's build of
    # this program writes to its stderr (gcc 12, glibc 2.36, checked by hand when written).
    program = tmp_path / "doubles.c"
    program.write_text(
        "#include <stdio.h>\n"
        "int main(void) {\n"
        '    fprintf(stderr, "%.3f|%e|%-8g|%+a|%010.2f|%*.*E\\n", 2.0 / 3.0, -1e-300, 0.5, 1.5, -3.14159,\n'
        "            12, 3, 6.02e23);\n"
        '    printf("done\\n");\n'
        "    return 0;\n"
        "}\n"
    )
    status = main(["run", str(program), "--stdin", "/dev/null"])
    captured = capsys.readouterr()
    assert status == 0
    assert captured.out == "done\n"
    assert captured.err == "0.667|-1.000000e-300|0.5     |+0x1.8p+0|-000003.14|   6.020E+23\n"
