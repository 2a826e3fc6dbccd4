"""A peephole pass over the emitted assembly (-O1): small local rewrites that never change behaviour.

- `LOAD r, r` goes; a jump to the very next card goes; code after an unconditional jump, RET or HALT
  up to the next label goes (no card can reach it).
- `STOR r, m` then `LOAD r, m` drops the load (r already holds m).
- A jump to a card that is itself a `JMP L` jumps to L directly (jump threading).
- `Jcc L1; JMP L2; L1:` becomes `J!cc L2; L1:`.
- `ADD SP, n` (removing a call's arguments) goes when SP is reset by `LOAD SP, FP` before anything
  reads it; `ADD SP, 1` followed, before anything touches SP, by `PUSH r` becomes `STOR r, [SP]`
  (the next call's argument reuses the word).
- `LOAD D, m; CMP D, x; Jcc L; LOAD r, m` becomes `LOAD r, m; CMP r, x; Jcc L` when r's value is not
  needed at L (written there before it is read): the value the branch falls through with is already in
  place (a recursion's base case returning its argument).
- Labels nothing refers to are kept (they name blocks for readers and cost no card).
"""

from __future__ import annotations

import re

from compilers.backend.asm import Asm

_NEGATE = {"JZ": "JNZ", "JNZ": "JZ", "JLT": "JGE", "JGE": "JLT", "JLE": "JGT", "JGT": "JLE"}
_JUMPS = {"JMP", *(_NEGATE)}
JUMP_OPS = frozenset(_JUMPS)  # the jumps a label-targeting rule looks at
_ENDS = {"JMP", "RET", "HALT", "TRAP", "JMPR"}


def _labels_at(lines: list[Asm], i: int) -> set[str]:
    """The labels standing right before position i (the card at i carries them all)."""
    names = set()
    j = i
    while j < len(lines) and lines[j].is_label:
        names.add(lines[j].label or "")
        j += 1
    return names


def _thread(lines: list[Asm]) -> bool:
    target_of: dict[str, str] = {}
    size = len(lines)
    for i, item in enumerate(lines):
        name = item.label  # is_label, read directly: every card of every function
        if name is not None:
            j = i + 1
            while j < size and lines[j].label is not None:
                j += 1
            if j < size and lines[j].op == "JMP":
                target_of[name] = lines[j].args[0]
    if not target_of:
        return False
    changed = False
    for item in lines:
        if item.op in _JUMPS and item.args[0] in target_of:
            seen = {item.args[0]}
            dest = target_of[item.args[0]]
            while dest in target_of and dest not in seen:
                seen.add(dest)
                dest = target_of[dest]
            if dest != item.args[0] and dest not in seen:
                item.args = (dest,)
                changed = True
    return changed


_SP_USERS = {
    "PUSH",
    "POP",
    "CALL",
    "CALLR",
    "RET",
    "JMP",
    "JMPR",
    "HALT",
    "TRAP",
    "JZ",
    "JNZ",
    "JLT",
    "JLE",
    "JGT",
    "JGE",
}


def _touches_sp(item: Asm) -> bool:
    return item.label is not None or item.op in _SP_USERS or any("SP" in a for a in item.args)


def _stack_adjustments(lines: list[Asm]) -> bool:
    changed = False
    i = 0
    while i < len(lines):
        item = lines[i]
        if item.op == "ADD" and item.args[0] == "SP":
            j = i + 1
            while j < len(lines) and not _touches_sp(lines[j]):
                j += 1
            if j < len(lines):
                end = lines[j]
                if end.op == "LOAD" and end.args == ("SP", "FP"):
                    del lines[i]
                    changed = True
                    continue
                if end.op == "PUSH" and item.args[1] == "1" and end.args[0] in ("A", "B", "C", "D"):
                    lines[j] = Asm("STOR", (end.args[0], "[SP]"), None, end.line)
                    del lines[i]
                    changed = True
                    continue
        i += 1
    return changed


_WRITES_FIRST = {"LOAD", "LEA", "POP", "READ", "READC"}  # cards that set their register without reading it
# Cards that go on to the next card and leave a register they do not name alone.
_STRAIGHT = {"PUSH", "STOR", "ADD", "SUB", "MUL", "DIV", "MOD", "CMP", "PRINT", "PRINTC", "NOP"}


def _reads(item: Asm, register: str) -> bool:
    return any(register in re.findall(r"[A-Z]+", arg) for arg in item.args[1:]) or (
        bool(item.args) and item.args[0] == register and item.op not in _WRITES_FIRST
    )


def _dead_at(lines: list[Asm], name: str, register: str) -> bool:
    """True when the code at label `name` sets `register` before anything can read it: a straight run
    of cards to a write of it, or to a CALL (the callee takes its arguments on the stack and gives its
    result in A). Anything else (a jump, a label, RET, which returns A) counts as a read."""
    start = next((i for i, item in enumerate(lines) if item.label == name), None)
    if start is None:
        return False
    for item in lines[start:]:
        if item.is_label:
            continue
        if _reads(item, register):
            return False
        if item.op in _WRITES_FIRST and item.args[0] == register:
            return True
        if item.op in ("CALL", "CALLR"):
            return True
        if item.op not in _STRAIGHT:
            return False
    return False


def _compare_in_place(lines: list[Asm]) -> bool:
    if any(item.op == "JMPR" for item in lines):
        return False  # a jump table may name any label
    size = len(lines)
    for i in range(size - 3):
        load = lines[i]
        if load.op != "LOAD" or load.args[0] != "D":  # the first test, before anything is looked up
            continue
        cmp, jump = lines[i + 1], lines[i + 2]
        if cmp.op != "CMP":
            continue
        j = i + 3
        while j < size and lines[j].label is not None:
            j += 1
        if j == size:
            continue
        reload = lines[j]
        between = {item.label for item in lines[i + 3 : j]}
        if (
            cmp.args[0] == "D"
            and jump.op in _NEGATE
            and reload.op == "LOAD"
            and reload.args[0] in ("A", "B", "C")
            and reload.args[1] == load.args[1]
            and reload.args[0] not in re.findall(r"[A-Z]+", load.args[1] + " " + cmp.args[1])
            and not any(arg in between for item in lines for arg in item.args)
            and _dead_at(lines, jump.args[0], reload.args[0])
        ):
            register = reload.args[0]
            lines[i] = Asm("LOAD", (register, load.args[1]), None, load.line)
            lines[i + 1] = Asm("CMP", (register, cmp.args[1]), None, cmp.line)
            del lines[j]
            return True
    return False


def peephole(lines: list[Asm]) -> list[Asm]:
    changed = True
    while changed:
        changed = _thread(lines)
        changed |= _stack_adjustments(lines)
        changed |= _compare_in_place(lines)
        out: list[Asm] = []
        append = out.append
        size = len(lines)
        i = 0
        while i < size:
            item = lines[i]
            op = item.op  # each card's rules by its op: most cards meet none of them
            if op == "LOAD":
                args = item.args
                if args[0] == args[1] or (out and out[-1].op == "STOR" and out[-1].args == args):
                    changed = True
                    i += 1
                    continue
            elif op in _JUMPS:
                if item.args[0] in _labels_at(lines, i + 1):
                    changed = True
                    i += 1
                    continue
                if (
                    op in _NEGATE
                    and i + 1 < size
                    and lines[i + 1].op == "JMP"
                    and item.args[0] in _labels_at(lines, i + 2)
                ):
                    append(Asm(_NEGATE[op], lines[i + 1].args, None, item.line))
                    changed = True
                    i += 2
                    continue
            append(item)
            i += 1
            if op in _ENDS:
                while i < size and lines[i].label is None:
                    changed = True
                    i += 1
        lines = out
    return lines
