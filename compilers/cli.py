"""The command line of LANGUAGES.md:

    python -m compilers run  [--lang LANG] FILE [--stdin FILE] [--store WORDS] [--max-steps N]
                             [--max-output BYTES] [--profile NAME] [--stats] [-O0|-O1]
    python -m compilers emit [--lang LANG] FILE --stage tokens|ast|core|erased|ir|asm|deck [-O0|-O1]

stdout carries the program's output (or the emitted stage) and nothing else; diagnostics and --stats go
to stderr (warnings too, before the run). A source file must be UTF-8 (a byte-order mark is allowed); one
that is not is a compile error at its first bad byte. Exit status: the program's own (0..255) when it
halted; 1 on its own uncaught error (Frontend.uncaught_traps), with only its language's report on stderr,
as its toolchain's program ends; 65 compile error, 70 runtime trap, 75 budget or output limit, 2 usage, 1
when the reader of stdout went away; stderr says so when a program's own status is one of these.

Without --store a program gets a Store sized for it: its static data, then a heap and a stack that can
grow up to DEFAULT_STORE_CAP words (1,000,000, the Engine's largest). --store WORDS fixes the Store, as
the seed's Engine did with 2000 (hand-written assembly keeps the Engine's 2000 unless given one).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from babbage import LoadError
from babbage.result import RunResult
from compilers import driver, registry
from compilers.ir.layout import DEFAULT_STORE_CAP
from compilers.source_text import NotUtf8, decode_source

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 1
EXIT_COMPILE = 65
EXIT_TRAP = 70
EXIT_LIMIT = 75
STAGES = tuple(stage.key for stage in driver.STAGES)
# What the command line's own statuses mean, for a program whose status is one of them.
OWN_STATUSES = {
    EXIT_USAGE: "a usage error",
    EXIT_COMPILE: "a compile error",
    EXIT_TRAP: "a runtime trap",
    EXIT_LIMIT: "a limit reached",
}


class _Usage(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m compilers", description="Compile and run programs on the Engine."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "emit"):
        sub = commands.add_parser(name)
        sub.add_argument("file")
        sub.add_argument("--lang", choices=[lang.key for lang in registry.LANGUAGES])
        level = sub.add_mutually_exclusive_group()
        level.add_argument("-O0", dest="opt_level", action="store_const", const=0)
        level.add_argument("-O1", dest="opt_level", action="store_const", const=1)
        sub.add_argument(
            "--store",
            type=int,
            default=None,
            metavar="WORDS",
            help=f"a fixed Store (default: sized for the program, up to {DEFAULT_STORE_CAP:,} words)",
        )
        if name == "run":
            sub.add_argument("--stdin", metavar="FILE")
            sub.add_argument("--max-steps", type=int, default=10_000_000, metavar="N")
            sub.add_argument("--max-output", type=int, default=65536, metavar="BYTES")
            sub.add_argument("--profile", default="babbage-1864", metavar="NAME")
            sub.add_argument("--stats", action="store_true")
        else:
            sub.add_argument("--stage", choices=STAGES, required=True)
    return parser


def _language(args: argparse.Namespace) -> str:
    if args.lang:
        return str(args.lang)
    language = registry.by_extension(Path(args.file).name)
    if language is None:
        raise _Usage(f"cannot tell the language of {args.file}: give --lang")
    return language.key


def _read(path: str) -> str:
    """A file's text exactly: no newline is translated (a program reads "\r\n" as its native build would)."""
    try:
        return Path(path).read_bytes().decode("utf-8")
    except OSError as exc:
        raise _Usage(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise _Usage(f"{path} is not UTF-8 text") from None


def _read_stdin() -> str:
    """Standard input's text exactly, as _read gives a file's (a stream with no bytes beneath, one a caller
    put in its place, is read as it is)."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:
        return sys.stdin.read()
    try:
        return raw.read().decode("utf-8")
    except UnicodeDecodeError:
        raise _Usage("standard input is not UTF-8 text") from None


def _write_stdout(text: str) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8", "surrogatepass"))
    sys.stdout.buffer.flush()


def _stats(result: driver.CompileResult, run: RunResult) -> str:
    s = run.stats
    lines = [
        f"status: {run.status}",
        f"instructions: {s.instructions}",
        f"simulated time: {s.simulated_seconds:.1f} s ({s.profile})",
        f"store reads: {s.store_reads}, writes: {s.store_writes}",
        f"largest stack depth: {s.max_stack_depth}",
        f"static data: {result.static_words} words, heap: {result.heap_words} words, stack need: "
        + _stack_need(result),
        f"store: {s.store_size:,} words ({'fixed' if result.store_fixed else 'sized for the program'}); "
        + s.columns_summary,
        f"exit status: {run.exit_code}" if run.ok else "exit status: none (the run did not halt)",
        "compile: " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in result.stage_seconds.items()),
    ]
    return "\n".join(lines) + "\n"


def _stack_need(result: driver.CompileResult) -> str:
    if result.lang in ("assembly", "cards"):
        return "not estimated for hand-written programs"
    if result.stack_words is None:
        return "unbounded (recursion or calls through pointers)"
    return f"{result.stack_words} words"


def _read_source(path: str) -> str | None:
    """The program's text, or None when it is not UTF-8 (the diagnostic, at the first bad byte, is
    written)."""
    try:
        return decode_source(Path(path).read_bytes(), path)
    except OSError as exc:
        raise _Usage(f"cannot read {path}: {exc.strerror}") from None
    except NotUtf8 as exc:
        sys.stderr.write(exc.render() + "\n")
        return None


def _compile(args: argparse.Namespace) -> driver.CompileResult | None:
    lang = _language(args)
    source = _read_source(args.file)
    if source is None:
        return None
    options = driver.CompileOptions(
        opt_level=1 if args.opt_level is None else args.opt_level, store_size=args.store
    )
    result = driver.compile(lang, source, options, filename=args.file)
    if not result.ok:
        sys.stderr.write(result.render_diagnostics() + "\n")
        return None
    if result.diagnostics:  # warnings, printed as gcc prints them before the program runs
        sys.stderr.write(result.render_diagnostics() + "\n")
    return result


def _run(args: argparse.Namespace) -> int:
    result = _compile(args)
    if result is None:
        return EXIT_COMPILE
    stdin = _read(args.stdin) if args.stdin else _read_stdin()
    try:
        run = driver.run_compiled(
            result,
            stdin=stdin,
            max_steps=args.max_steps,
            max_output=args.max_output,
            profile=args.profile,
        )
    except LoadError as exc:
        sys.stderr.write(f"{args.file}: error: {exc}\n")
        return EXIT_COMPILE
    except (KeyError, ValueError) as exc:
        raise _Usage(str(exc)) from None
    _write_stdout(run.output)
    sys.stderr.write(run.stderr)
    if args.stats:
        sys.stderr.write(_stats(result, run))
    if run.ok:
        meaning = OWN_STATUSES.get(run.exit_code)
        if meaning is not None:
            sys.stderr.write(
                f"{args.file}: the program exited with status {run.exit_code} "
                f"(its own status, not {meaning})\n"
            )
        return run.exit_code
    if run.uncaught_report is not None:
        # The program's own uncaught error: reported, and ended, as its toolchain's program would.
        sys.stderr.write(run.uncaught_report + "\n" if run.uncaught_report else "")
        return run.exit_code
    where = f"{run.source_file or args.file}:{run.source_line}" if run.source_line else args.file
    message = f": {run.message}" if run.message else ""
    sys.stderr.write(f"{where}: runtime error: {run.status}{message}\n")
    return EXIT_LIMIT if run.limit_reached else EXIT_TRAP


def _emit(args: argparse.Namespace) -> int:
    result = _compile(args)
    if result is None:
        return EXIT_COMPILE
    text = result.stage_text(args.stage)
    if not text and (result.lang in ("assembly", "cards") or args.stage in ("core", "erased")):
        raise _Usage(f"{result.lang} has no {args.stage} stage")
    _write_stdout(text if text.endswith("\n") or not text else text + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    try:
        return _run(args) if args.command == "run" else _emit(args)
    except _Usage as exc:
        sys.stderr.write(f"python -m compilers: error: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`... | head`): what it did not read is nobody's loss. Point stdout at
        # /dev/null so the interpreter's own flush at exit does not fail again, and end as CPython does
        # on a broken pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
