"""The shared IR (README.md in this folder): data types, builder, text form, verifier, interpreter."""

from compilers.ir.builder import FunctionBuilder, ModuleBuilder, as_operand
from compilers.ir.nodes import (
    Alloc,
    Binary,
    Block,
    Branch,
    Call,
    Const,
    Copy,
    Function,
    Global,
    Halt,
    HeapInfo,
    Instr,
    Jump,
    Load,
    Module,
    Operand,
    Param,
    Print,
    ReadChar,
    ReadInt,
    Return,
    Slot,
    SlotRef,
    Store,
    Sym,
    Temp,
    Trap,
    Unary,
)
from compilers.ir.parser import IRParseError, parse_module
from compilers.ir.printer import print_function, print_instr, print_module
from compilers.ir.verify import VerifyError, check_module, verify_module

__all__ = [
    "Alloc",
    "Binary",
    "Block",
    "Branch",
    "Call",
    "Const",
    "Copy",
    "Function",
    "FunctionBuilder",
    "Global",
    "Halt",
    "HeapInfo",
    "IRParseError",
    "Instr",
    "Jump",
    "Load",
    "Module",
    "ModuleBuilder",
    "Operand",
    "Param",
    "Print",
    "ReadChar",
    "ReadInt",
    "Return",
    "Slot",
    "SlotRef",
    "Store",
    "Sym",
    "Temp",
    "Trap",
    "Unary",
    "VerifyError",
    "as_operand",
    "check_module",
    "parse_module",
    "print_function",
    "print_instr",
    "print_module",
    "verify_module",
]

from compilers.ir.interp import InterpError, interpret
from compilers.ir.layout import Layout, layout_module

__all__ += ["InterpError", "Layout", "interpret", "layout_module"]
