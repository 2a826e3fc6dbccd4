"""The program harness's own tests: the expectation parser on every form and in every comment syntax of the
registry, the discovery of programs, the reference oracle (what it reports, the failure that says what to
install when a toolchain is missing, and its content cache)."""

from __future__ import annotations

from pathlib import Path

import pytest

from compilers import registry
from compilers.registry import Reference
from compilers.tests.harness import (
    ExpectationError,
    ExpectedError,
    MissingTool,
    ReferenceRunner,
    compiled_languages,
    discovery,
    outcome_or_fail,
    programs,
    read_expectations,
)
from compilers.tests.harness import reference as reference_module

OPENERS = sorted({language.comment for language in registry.LANGUAGES})

EVERY_FORM = """\
{c} A program that uses every form. Ordinary comments are not expectations.
{c} expect: 3 + 4 = 7
{c} expect:
{c} expect: two spaces after{two_spaces}
  {c} expect: indented
{c} stdin: first line
{c} stdin:
{c} error: 12:5: undeclared identifier 'x'
{c} error: 14:1: expected ';'
{c} expect runtime error: division_by_zero at line 9
{c} expect stderr: ZeroDivisionError: division by zero
{c} expect exit: 3
{c} max-steps: 20000
{c} store: 40000
"""


@pytest.mark.parametrize("c", OPENERS)
def test_every_form_in_every_comment_syntax(c: str) -> None:
    expect = read_expectations(EVERY_FORM.format(c=c, two_spaces="  "), c)
    assert expect.output_lines == ["3 + 4 = 7", "", "two spaces after  ", "indented"]
    assert expect.output == "3 + 4 = 7\n\ntwo spaces after  \nindented\n"
    assert expect.stdin == "first line\n\n"
    assert expect.errors == [
        ExpectedError(12, 5, "undeclared identifier 'x'"),
        ExpectedError(14, 1, "expected ';'"),
    ]
    assert not expect.compiles
    assert (expect.runtime_error, expect.runtime_error_line, expect.trap_code) == (
        "division_by_zero",
        9,
        None,
    )
    assert expect.status == "division_by_zero"
    assert expect.stderr == "ZeroDivisionError: division by zero"
    assert (expect.exit_status, expect.max_steps, expect.store) == (3, 20000, 40000)


def test_the_defaults() -> None:
    expect = read_expectations("int main(void) { return 0; }\n", "//")
    assert (expect.output, expect.stdin, expect.errors, expect.status) == ("", "", [], "halted")
    assert (expect.stderr, expect.exit_status, expect.store, expect.max_steps) == (
        None,
        None,
        None,
        10_000_000,
    )
    assert expect.compiles


def test_a_trap_code_with_or_without_a_line() -> None:
    assert read_expectations("; expect runtime error: trap 42\n", ";").trap_code == 42
    expect = read_expectations("// expect runtime error: trap 1 at line 8\n", "//")
    assert (expect.runtime_error, expect.trap_code, expect.runtime_error_line) == ("trap", 1, 8)


def test_only_the_languages_own_comment_opener_is_read() -> None:
    source = (
        "# expect: not C\n-- expect: nor this\n; expect: nor this\n// expect: C\n"
        "x = 1 // expect: not a line comment\n"
    )
    assert read_expectations(source, "//").output_lines == ["C"]
    assert read_expectations(source, "#").output_lines == ["not C"]
    assert read_expectations(source, "--").output_lines == ["nor this"]


@pytest.mark.parametrize(
    "line",
    [
        "// expect exit: one",
        "// error: 3: no column",
        "// expect output: 'text'",
        "// max-steps: lots",
        "// store:",
        "// expect runtime error: division by zero",
        "// stdin is read below: 3",
    ],
)
def test_a_malformed_expectation_names_its_line(line: str) -> None:
    with pytest.raises(ExpectationError, match="line 2: cannot read the expectation"):
        read_expectations(f"// expect: fine\n{line}\n", "//")


def test_a_single_form_given_twice_is_an_error() -> None:
    with pytest.raises(ExpectationError, match="line 2: a second `expect exit:`"):
        read_expectations("-- expect exit: 1\n-- expect exit: 2\n", "--")


def test_programs_are_found_by_language_folder_and_extension(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = registry.get("c")
    assert c is not None
    (tmp_path / "c" / "topic").mkdir(parents=True)
    (tmp_path / "c" / "topic" / "b.c").write_text("// expect: b\n")
    (tmp_path / "c" / "a.c").write_text("// expect: a\n")
    (tmp_path / "c" / "notes.txt").write_text("// expect: not a program\n")
    monkeypatch.setattr(discovery, "TESTS", tmp_path)
    found = programs(c)
    assert [p.id for p in found] == ["c/a.c", "c/topic/b.c"]
    assert found[1].expect.output == "b\n"


def test_the_compiled_languages_are_those_with_a_front_end() -> None:
    keys = [language.key for language in compiled_languages()]
    assert "c" in keys
    assert "assembly" not in keys and "cards" not in keys  # run by the Engine itself, no front-end
    assert keys == [lang.key for lang in registry.LANGUAGES if registry.frontend(lang.key) is not None]


MISSING = Reference(
    "Nothing", run=("no-such-tool-on-any-path", "{src}"), install="apt-get install -y no-such-tool"
)


def test_a_missing_toolchain_says_what_to_install(tmp_path: Path) -> None:
    runner = ReferenceRunner(tmp_path)
    with pytest.raises(MissingTool, match=r"Nothing is not installed .*`apt-get install -y no-such-tool`"):
        runner.outcome(MISSING, "print(1)\n", "p.x", "")
    # In a test it is a failure with that message: never a skip, never a FileNotFoundError.
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y no-such-tool"):
        outcome_or_fail(runner, MISSING, "print(1)\n", "p.x", "")
    assert runner.runs == 0


def _language_reference(key: str) -> Reference:
    language = registry.get(key)
    assert language is not None and language.reference is not None
    return language.reference


def test_the_reference_reports_output_exit_status_and_the_last_line_of_stderr(tmp_path: Path) -> None:
    # CPython's own behaviour, stated by the language: sys.exit(3) exits with 3; an uncaught exception
    # exits with 1 and ends its traceback with the exception's line.
    python = _language_reference("python")
    runner = ReferenceRunner(tmp_path)
    exits = runner.outcome(python, "import sys\nprint(input() * 2)\nsys.exit(3)\n", "exits.py", "ab\n")
    assert (exits.status, exits.stdout, exits.exit_status, exits.stderr_last) == ("exited", "abab\n", 3, "")
    raises = runner.outcome(python, "print('before')\n1 // 0\n", "raises.py", "")
    assert (raises.status, raises.stdout, raises.exit_status) == ("exited", "before\n", 1)
    assert raises.stderr_last == "ZeroDivisionError: integer division or modulo by zero"


def test_a_program_the_reference_cannot_build_is_reported(tmp_path: Path) -> None:
    found = ReferenceRunner(tmp_path).outcome(
        _language_reference("c"), "int main(void) { return x; }\n", "bad.c", ""
    )
    assert found.status == "build_failed"
    assert "bad.c:1:25: error:" in found.stderr_last and "undeclared" in found.stderr_last


def test_an_unchanged_program_comes_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gcc = _language_reference("c")
    source = (
        '#include <stdio.h>\nint main(void) { int n; scanf("%d", &n); printf("%d\\n", n * 2); return 0; }\n'
    )
    runner = ReferenceRunner(tmp_path)
    first = runner.outcome(gcc, source, "double.c", "21\n")
    assert (first.status, first.stdout, first.exit_status) == ("exited", "42\n", 0)
    assert runner.runs == 1 and len(list(tmp_path.glob("*.json"))) == 1

    again = ReferenceRunner(tmp_path)  # a later session: the entry on disk is used, nothing is built
    assert again.outcome(gcc, source, "double.c", "21\n") == first
    assert again.runs == 0

    # Any change of what the outcome depends on is a new run: the input, the source, the tool's version.
    assert again.outcome(gcc, source, "double.c", "5\n").stdout == "10\n"
    assert again.outcome(gcc, source.replace("n * 2", "n * 3"), "double.c", "21\n").stdout == "63\n"
    monkeypatch.setattr(reference_module, "tool_version", lambda path: "gcc (a newer one) 99.0")
    assert again.outcome(gcc, source, "double.c", "21\n") == first
    assert again.runs == 3
    assert len(list(tmp_path.glob("*.json"))) == 4


def test_a_run_that_timed_out_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A timeout depends on the machine's load, not on the program: the next session runs it again.
    monkeypatch.setattr(reference_module, "RUN_SECONDS", 0.2)
    runner = ReferenceRunner(tmp_path)
    slow = "import time\ntime.sleep(5)\n"
    assert runner.outcome(_language_reference("python"), slow, "slow.py", "").status == "timeout"
    assert list(tmp_path.glob("*.json")) == []


def test_the_cache_lives_outside_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REFERENCE_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert ReferenceRunner().cache_dir == tmp_path / "ancient-compute" / "reference"
    monkeypatch.setenv("REFERENCE_CACHE", str(tmp_path / "mine"))
    assert ReferenceRunner().cache_dir == tmp_path / "mine"
