"""The project's own oracles for a test program: its front-end's diagnostics, the IR interpreter's run of
the lowered module, and the emulated Engine's run of the compiled deck at -O0 or -O1."""

from __future__ import annotations

from dataclasses import dataclass

from compilers import driver, registry
from compilers.diagnostics import DiagnosticBag
from compilers.ir import interpret, verify_module
from compilers.ir.layout import DEFAULT_STORE_CAP
from compilers.ir.nodes import Module
from compilers.runtime import link
from compilers.source_text import without_bom
from compilers.tests.harness.expectations import Expectations


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # "halted", a trap's name, or "compile_error"
    output: str
    line: int | None = None  # where a run that did not halt stopped, as a line of the program
    file: str | None = None
    trap_code: int | None = None
    message: str = ""  # the run's error report (the compile's diagnostics for "compile_error")
    # the program's own exit status, when it halted or stopped on its uncaught error (the Engine's runs)
    exit_status: int | None = None
    stderr: str = ""  # what the program wrote to its standard error (the Engine's runs)


def front_end(lang: str, source: str, filename: str) -> tuple[Module | None, DiagnosticBag]:
    """Every stage of the language's front-end; the module is None when a stage reported an error (as in
    the driver, each stage runs only when the one before succeeded)."""
    frontend = registry.frontend(lang)
    if frontend is None:
        raise ValueError(f"{lang!r} has no front-end")
    diags = DiagnosticBag()
    tokens = frontend.lex(without_bom(source), filename, diags)  # as driver.compile reads it
    if diags.has_errors:
        return None, diags
    tree = frontend.parse(tokens, diags)
    if diags.has_errors:
        return None, diags
    checked = frontend.check(tree, diags)
    if diags.has_errors:
        return None, diags
    module = frontend.lower_checked(checked, diags)
    if diags.has_errors:
        return None, diags
    return module, diags


def compile_errors(diags: DiagnosticBag) -> list[tuple[int, int, str]]:
    return [(d.span.line, d.span.column, d.message) for d in diags.sorted() if d.severity == "error"]


def run_interpreter(module: Module, expect: Expectations, namespace: str = "") -> Outcome:
    """The lowered module, unoptimised, linked with the shared runtime and the language's own (namespace:
    registry.Language.namespace) and run by the IR interpreter, in the fixed Store when the program asks
    for one, otherwise in as much room as the Engine's cap."""
    problems = verify_module(module)
    assert not problems, problems
    store = expect.store or DEFAULT_STORE_CAP
    result = interpret(
        link(module, namespace=namespace), stdin=expect.stdin, max_steps=expect.max_steps, store_size=store
    )
    (output, _), message = driver.split_stderr(result.output), result.message
    if result.status == "trap" and result.trap_code == 4 and driver.UNCAUGHT_REPORT in output:
        # As the driver does for the Engine: the runtime's report of an uncaught exception is the run's
        # error report, not its output.
        output, message = output.split(driver.UNCAUGHT_REPORT, 1)
    return Outcome(result.status, output, result.source_line, result.source_file, result.trap_code, message)


def run_engine(lang: str, source: str, filename: str, expect: Expectations, opt_level: int) -> Outcome:
    """The whole pipeline through the driver: compiled to a deck and run on the emulated Engine, in the
    fixed Store the program asks for or the one the driver sizes for it."""
    options = driver.CompileOptions(opt_level=opt_level, store_size=expect.store)
    result = driver.compile(lang, source, options, filename=filename)
    if not result.ok:
        return Outcome("compile_error", "", message=result.render_diagnostics())
    run = driver.run_compiled(result, stdin=expect.stdin, max_steps=expect.max_steps)
    return Outcome(
        run.status,
        run.output,
        run.source_line,
        run.source_file,
        run.trap_code,
        run.message,
        exit_status=run.program_status,
        stderr=run.stderr,
    )
