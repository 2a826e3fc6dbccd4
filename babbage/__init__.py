"""The Babbage Engine: instruction set, assembler, machine code, emulator and timing.

program = assemble(source, filename)      # AssemblyError lists every error
result = run(program, stdin=..., ...)     # RunResult: output, status, statistics
deck = encode_deck(program); program = decode_deck(deck); text = disassemble(program)
"""

from babbage.assembler import assemble
from babbage.deck import decode_deck, encode_deck
from babbage.diagnostics import AssemblyError, Diagnostic, LoadError
from babbage.disassembler import disassemble
from babbage.emulator import run
from babbage.program import Instruction, Program
from babbage.result import RunResult

__all__ = [
    "AssemblyError",
    "Diagnostic",
    "Instruction",
    "LoadError",
    "Program",
    "RunResult",
    "assemble",
    "decode_deck",
    "disassemble",
    "encode_deck",
    "run",
]
