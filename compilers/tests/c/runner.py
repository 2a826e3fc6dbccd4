"""Reading the expectations written in a C test program's comments, and running the oracles.

// expect: LINE                 one line of output (in order; an empty `// expect:` is an empty line)
// stdin: TEXT                  one line of the program's input
// error: L:C: FRAGMENT         a compile error at line L, column C whose message contains FRAGMENT
// expect runtime error: NAME   the run stops with that trap (after the expected output)
// expect runtime error: NAME at line L   ... and reports line L of the program (for a stop inside a
                                runtime routine: the line that called it)
// max-steps: N                 the run's instruction budget
// expect exit: N               the program's own exit status (default 0), as gcc's build exits
// store: N                     a fixed Store of N columns (default: the Store the driver sizes for it)
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.c import FRONTEND
from compilers.ir import interpret, verify_module
from compilers.ir.nodes import Module
from compilers.runtime import link

PROGRAMS = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class ExpectedError:
    line: int
    column: int
    fragment: str


@dataclass(slots=True)
class Expectations:
    output_lines: list[str] = field(default_factory=list)
    stdin: str = ""
    errors: list[ExpectedError] = field(default_factory=list)
    runtime_error: str | None = None
    runtime_error_line: int | None = None
    max_steps: int = 10_000_000
    exit_status: int = 0
    store: int | None = None

    @property
    def output(self) -> str:
        return "".join(line + "\n" for line in self.output_lines)


def read_expectations(source: str) -> Expectations:
    expect = Expectations()
    stdin_lines: list[str] = []
    for line in source.splitlines():
        if match := re.match(r"\s*// expect:(?: (.*))?$", line):
            expect.output_lines.append(match.group(1) or "")
        elif match := re.match(r"\s*// stdin:(?: (.*))?$", line):
            stdin_lines.append(match.group(1) or "")
        elif match := re.match(r"\s*// error: (\d+):(\d+): (.*)$", line):
            expect.errors.append(
                ExpectedError(int(match.group(1)), int(match.group(2)), match.group(3).strip())
            )
        elif match := re.match(r"\s*// expect runtime error: (\w+)(?: at line (\d+))?", line):
            expect.runtime_error = match.group(1)
            expect.runtime_error_line = int(match.group(2)) if match.group(2) else None
        elif match := re.match(r"\s*// max-steps: (\d+)", line):
            expect.max_steps = int(match.group(1))
        elif match := re.match(r"\s*// expect exit: (\d+)", line):
            expect.exit_status = int(match.group(1))
        elif match := re.match(r"\s*// store: (\d+)", line):
            expect.store = int(match.group(1))
    if stdin_lines:
        expect.stdin = "\n".join(stdin_lines) + "\n"
    return expect


def all_programs() -> list[Path]:
    return sorted(PROGRAMS.rglob("*.c"))


def program_id(path: Path) -> str:
    return str(path.relative_to(PROGRAMS))


def front_end(source: str, filename: str) -> tuple[Module | None, DiagnosticBag]:
    """Every stage of the front-end; the module is None when a stage reported an error."""
    diags = DiagnosticBag()
    tokens = FRONTEND.lex(source, filename, diags)
    if diags.has_errors:
        return None, diags  # as the driver does: each stage runs only when the one before succeeded
    tree = FRONTEND.parse(tokens, diags)
    if diags.has_errors:
        return None, diags
    checked = FRONTEND.check(tree, diags)
    if diags.has_errors:
        return None, diags
    module = FRONTEND.lower(checked, diags)
    if diags.has_errors:
        return None, diags
    return module, diags


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str
    output: str
    line: int | None = None  # where a run that did not halt stopped, as a line of the program
    file: str | None = None
    exit_status: int | None = None  # the program's own exit status, when it halted (Engine and gcc)


def run_engine(source: str, filename: str, expect: Expectations, opt_level: int = 1) -> Outcome:
    """The whole pipeline through the driver: compiled to a deck and run on the emulated Engine."""
    from compilers.driver import CompileOptions, run_compiled
    from compilers.driver import compile as compile_program

    options = CompileOptions(opt_level=opt_level, store_size=expect.store)
    result = compile_program("c", source, options, filename=filename)
    if not result.ok:
        return Outcome("compile_error", result.render_diagnostics())
    run = run_compiled(result, stdin=expect.stdin, max_steps=expect.max_steps)
    return Outcome(
        run.status, run.output, run.source_line, run.source_file, run.exit_code if run.ok else None
    )


def run_interpreter(module: Module, expect: Expectations) -> Outcome:
    problems = verify_module(module)
    assert not problems, problems
    from compilers.ir.layout import DEFAULT_STORE_CAP

    linked = link(module)
    store = expect.store or DEFAULT_STORE_CAP  # without a fixed Store, as much room as the Engine's cap
    result = interpret(linked, stdin=expect.stdin, max_steps=expect.max_steps, store_size=store)
    return Outcome(result.status, result.output, result.source_line)


@cache
def gcc_outcome(path: Path) -> Outcome:
    """The program built by gcc and run once per test session (the reference for every expectation)."""
    source = path.read_text(encoding="utf-8")
    expect = read_expectations(source)
    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / "program"
        build = subprocess.run(
            ["gcc", "-std=c99", "-w", "-o", str(exe), str(path)], capture_output=True, text=True, check=False
        )
        if build.returncode != 0:
            return Outcome("compile_error", build.stderr)
        run = subprocess.run(
            [str(exe)], input=expect.stdin, capture_output=True, text=True, timeout=20, check=False
        )
        if run.returncode < 0:
            return Outcome(f"signal {-run.returncode}", run.stdout)
        return Outcome("halted", run.stdout, exit_status=run.returncode)
