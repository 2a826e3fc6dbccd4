"""The command line: `python -m babbage SUBCOMMAND ...` (LANGUAGES.md, "Command line").

stdout carries only the program's output; diagnostics, traces and statistics go to stderr. Exit statuses:
0 halted, 65 assembly or load error, 70 runtime trap, 75 budget or output limit, 2 usage error.

Subcommands register themselves in SUBCOMMANDS. `cards` belongs to the card engine and is handed its raw
arguments by babbage.cards.cli.main(argv), imported only when it is asked for.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from babbage.assembler import assemble
from babbage.deck import decode_deck, encode_deck
from babbage.diagnostics import AssemblyError, LoadError
from babbage.disassembler import disassemble
from babbage.emulator import ENGINES, run
from babbage.isa import opcode_table
from babbage.program import Program
from babbage.result import RunResult
from babbage.timing import PROFILES

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_LOAD = 65

# Subcommands whose module parses its own arguments: name -> module with main(argv) -> int.
EXTERNAL: dict[str, str] = {"cards": "babbage.cards.cli", "bench": "babbage.bench.runner"}


class UsageError(Exception):
    """A bad command line or an unreadable file: exit status 2."""


@dataclass(frozen=True, slots=True)
class Subcommand:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    handler: Callable[[argparse.Namespace], int]


SUBCOMMANDS: dict[str, Subcommand] = {}


def subcommand(
    name: str, help: str, configure: Callable[[argparse.ArgumentParser], None]
) -> Callable[[Callable[[argparse.Namespace], int]], Callable[[argparse.Namespace], int]]:
    """Register a handler under a subcommand name."""

    def decorate(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        SUBCOMMANDS[name] = Subcommand(name, help, configure, handler)
        return handler

    return decorate


def read_text(path: str) -> str:
    try:
        return Path(path).read_bytes().decode("utf-8", errors="replace")
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None


def load_program(path: str) -> Program:
    """A .deck file decodes as a deck; anything else assembles as Babbage assembly."""
    text = read_text(path)
    if path.endswith(".deck"):
        return decode_deck(text)
    return assemble(text, path)


def write_stdout(text: str) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def stats_text(result: RunResult) -> str:
    stats = result.stats
    mill = ", ".join(f"{kind} {count}" for kind, count in stats.mill_operations.items()) or "none"
    lines = [
        f"status: {result.status}",
        f"instructions: {stats.instructions}",
        f"mill operations: {mill}",
        f"store reads: {stats.store_reads}, writes: {stats.store_writes}",
        f"cards read: {stats.cards_read}, passed over by jumps: {stats.cards_passed}",
        f"largest stack depth: {stats.max_stack_depth}",
        f"highest heap address used: {stats.heap_high_water if stats.heap_high_water >= 0 else 'none'}",
        f"store: {stats.store_size} words; {stats.columns_summary}",
        f"simulated time: {stats.simulated_seconds:g} s ({stats.simulated_duration}) under {stats.profile}",
    ]
    for line, seconds in stats.seconds_by_line.items():
        lines.append(f"  line {line}: {seconds:g} s")
    return "\n".join(lines) + "\n"


def trap_text(path: str, result: RunResult) -> str:
    where = f"{result.source_file or path}:{result.source_line}" if result.source_line else path
    return f"{where}: runtime error: {result.status}: {result.message} (card {result.card_index})\n"


def _configure_run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .bab assembly file or a .deck card deck")
    parser.add_argument("--stdin", help="read the input deck from this file (default: standard input)")
    parser.add_argument("--store", type=int, default=2000, help="Store size in words (default 2000)")
    parser.add_argument("--max-steps", type=int, default=10_000_000, help="instruction budget")
    parser.add_argument("--max-output", type=int, default=65536, help="output limit in UTF-8 bytes")
    parser.add_argument("--profile", default="babbage-1864", choices=sorted(PROFILES), help="timing profile")
    parser.add_argument("--stats", action="store_true", help="statistics on stderr")
    parser.add_argument("--trace", action="store_true", help="a line per card executed, on stderr")
    parser.add_argument("--engine", default="auto", choices=ENGINES)


@subcommand("run", "assemble (or load a deck) and run it", _configure_run)
def run_command(args: argparse.Namespace) -> int:
    program = load_program(args.file)
    if args.stdin is not None:
        stdin = read_text(args.stdin)
    elif any(card.mnemonic in ("READ", "READC") for card in program.instructions):
        # Only a program that reads its input waits for the terminal.
        stdin = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        stdin = ""
    result = run(
        program,
        stdin=stdin,
        store_size=args.store,
        max_steps=args.max_steps,
        max_output=args.max_output,
        profile=args.profile,
        trace=args.trace,
        engine=args.engine,
    )
    write_stdout(result.output)
    if result.trace is not None:
        sys.stderr.write("".join(line + "\n" for line in result.trace))
    if not result.ok:
        sys.stderr.write(trap_text(args.file, result))
    if args.stats:
        sys.stderr.write(stats_text(result))
    return result.exit_status()


def _configure_asm(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .bab assembly file")
    parser.add_argument("-o", "--output", help="write the deck here (default: standard output)")


@subcommand("asm", "assemble to a card deck's text form", _configure_asm)
def asm_command(args: argparse.Namespace) -> int:
    deck = encode_deck(assemble(read_text(args.file), args.file))
    if args.output:
        try:
            Path(args.output).write_text(deck, encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot write {args.output}: {error.strerror}") from None
    else:
        write_stdout(deck)
    return EXIT_OK


def _configure_disasm(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .deck card deck")


@subcommand("disasm", "print a card deck as assembly", _configure_disasm)
def disasm_command(args: argparse.Namespace) -> int:
    write_stdout(disassemble(decode_deck(read_text(args.file))))
    return EXIT_OK


def _configure_nothing(parser: argparse.ArgumentParser) -> None:
    del parser


@subcommand("isa-table", "print ISA.md's opcode table from the instruction set in code", _configure_nothing)
def isa_table_command(args: argparse.Namespace) -> int:
    del args
    write_stdout(opcode_table())
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m babbage", description="The Babbage Engine.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in SUBCOMMANDS.values():
        command.configure(subparsers.add_parser(command.name, help=command.help))
    for name in EXTERNAL:
        subparsers.add_parser(name, help=f"{name} (its own options: python -m babbage {name} --help)")
    return parser


def run_external(name: str, argv: list[str]) -> int:
    try:
        module = importlib.import_module(EXTERNAL[name])
    except ModuleNotFoundError as error:
        if error.name is None or not EXTERNAL[name].startswith(error.name):
            raise
        sys.stderr.write(f"python -m babbage: the {name} subcommand is not installed\n")
        return EXIT_USAGE
    status: int = module.main(argv)
    return status


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in EXTERNAL:
        return run_external(argv[0], argv[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code else EXIT_OK
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        return SUBCOMMANDS[args.command].handler(args)
    except UsageError as error:
        sys.stderr.write(f"python -m babbage: {error}\n")
        return EXIT_USAGE
    except AssemblyError as error:
        sys.stderr.write(error.render() + "\n")
        return EXIT_LOAD
    except LoadError as error:
        sys.stderr.write(f"{getattr(args, 'file', '')}: load error: {error}\n")
        return EXIT_LOAD
