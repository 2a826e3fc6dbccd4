"""Functions without a frame pointer (-O1): FP-relative words addressed from SP, the frame claimed only
on the paths that use it (README.md here, "Frameless functions").

A function's code is first made with the FP frame of the calling convention. When every change of SP
in it is known (PUSH, POP, `ADD`/`SUB SP, n`, a balanced CALL or CALLR, the epilogue's `LOAD SP, FP`)
and FP is used only as the base of memory operands and in the prologue and epilogue, this pass drops
`PUSH FP; LOAD FP, SP` and `POP FP`, and rewrites each `[FP+k]` as `[SP+j]` from the number of words
the function has pushed at that card. Without the saved FP the return card is the word at SP on entry,
argument i the word i+1 above it, and the frame's words are the ones just below it.

The frame's claim (`PUSH 0` or `SUB SP, n; PUSH 0`) is moved from the entry to the first card of each
block that is reached only from blocks that have not claimed it, when the block uses a frame word: so a
path that returns without touching the frame (the base case of a recursion) never claims it. A block
that both claimed and unclaimed paths reach makes the pass keep the claim at the entry.

Anything else (a tail call, which reads `[FP]` and writes FP; `LEA SP`; a computed jump, whose targets
the pass does not follow) keeps the FP frame: the pass returns None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compilers.backend.asm import Asm, instr

_FP_OPERAND = re.compile(r"\[FP(?:([+-])(\d+))?\]")
_ENDS = {"JMP", "RET", "HALT", "TRAP"}
_CONDITIONAL = {"JZ", "JNZ", "JLT", "JLE", "JGT", "JGE"}
_SP_OPS = {"PUSH", "POP", "ADD", "SUB"}
_BLOCK_ENDS = _ENDS | _CONDITIONAL | {"JMPR"}  # a card after which a new block starts


@dataclass(slots=True)
class Frameless:
    lines: list[Asm]
    frame_words: int  # words an activation takes: arguments, the return card and the frame


@dataclass(slots=True)
class _Block:
    labels: list[str]
    body: list[Asm]  # instructions only
    uses_frame: bool = False
    changes: list[int] = field(default_factory=list)  # each card's change of SP (words pushed)
    framed: list[bool] = field(default_factory=list)  # each card's: whether an operand names FP


def _fp_offset(arg: str) -> int | None:
    """k of an operand `[FP+k]` or `[FP-k]` (0 for `[FP]`); None for any other operand naming FP."""
    try:
        return _OFFSETS[arg]
    except KeyError:
        pass
    match = _FP_OPERAND.fullmatch(arg)
    if match is None:
        offset = None
    else:
        sign, digits = match.groups()
        offset = 0 if digits is None else (int(digits) if sign == "+" else -int(digits))
    if len(_OFFSETS) >= MAX_OFFSETS:
        _OFFSETS.clear()
    _OFFSETS[arg] = offset
    return offset


# _fp_offset's answers by operand: a function's frame words are named on card after card, and a frame is
# a few words, so the same few operands come again in every function.
_OFFSETS: dict[str, int | None] = {}
MAX_OFFSETS = 4096


def _blocks(lines: list[Asm]) -> list[_Block]:
    blocks = [_Block([], [])]
    current = blocks[0]
    for item in lines:
        name = item.label  # is_label, read directly: every card of the function
        if name is not None:
            if current.body:
                current = _Block([], [])
                blocks.append(current)
            current.labels.append(name)
            continue
        current.body.append(item)
        if item.op in _BLOCK_ENDS:
            current = _Block([], [])
            blocks.append(current)
    return [block for block in blocks if block.labels or block.body]


def _successors(blocks: list[_Block], index: int, where: dict[str, int]) -> list[int] | None:
    """The blocks control reaches from block `index`; None when it leaves the function some other way
    than RET, HALT or TRAP (a jump to another function's label)."""
    body = blocks[index].body
    last = body[-1] if body else None
    found: list[int] = []
    if last is not None and (last.op in _CONDITIONAL or last.op == "JMP"):
        if last.args[0] not in where:
            return None
        found.append(where[last.args[0]])
    if (last is None or last.op not in _ENDS) and index + 1 < len(blocks):
        found.append(index + 1)
    return found


def _sp_change(item: Asm) -> int | None:
    """Words the card pushes (negative: pops), or None when it changes SP some other way."""
    op, args = item.op, item.args
    if op not in _SP_OPS and "SP" not in args and "FP" not in args:
        return 0  # most cards
    if op == "PUSH":
        return 1 if args[0] not in ("SP", "FP") else None
    if op == "POP":
        return -1 if args[0] not in ("SP", "FP") else None
    if op in ("ADD", "SUB") and args[0] == "SP":
        return (-1 if op == "ADD" else 1) * int(args[1]) if args[1].lstrip("-").isdigit() else None
    for arg in args:
        if arg == "SP" or arg == "FP":
            return None  # SP or FP written some other way, or their value read (it differs without FP)
    return 0


def frameless(lines: list[Asm], frame_size: int, params: int) -> Frameless | None:
    """The function's code without FP (lines: its code with the FP frame, as the emitter and the
    peephole pass left it, its label first), or None when it must keep the frame."""
    if len(lines) < 3 or not lines[0].is_label:
        return None
    if [(item.op, item.args) for item in lines[1:3]] != [("PUSH", ("FP",)), ("LOAD", ("FP", "SP"))]:
        return None
    claim = lines[3 : 3 + (2 if frame_size > 2 else frame_size)]
    # A frame of more than two words is claimed by two cards, whatever its size (a local array of a
    # hundred million words must cost no more here than one of three).
    expected: list[tuple[str | None, tuple[str, ...]]] = (
        [("SUB", ("SP", str(frame_size - 1))), ("PUSH", ("0",))]
        if frame_size > 2
        else [("PUSH", ("0",))] * frame_size
    )
    if [(item.op, item.args) for item in claim] != expected or any(item.is_label for item in claim):
        return None
    blocks = _blocks([lines[0], *lines[3 + len(claim) :]])
    where = {name: index for index, block in enumerate(blocks) for name in block.labels}
    successors: list[list[int]] = []
    for index, block in enumerate(blocks):
        found = _successors(blocks, index, where)
        if found is None or any(item.op == "JMPR" for item in block.body):
            return None
        if 0 in found:
            return None  # a jump back to the entry (a tail call of itself) would claim the frame again
        successors.append(found)
        for position, item in enumerate(block.body):
            op, args = item.op, item.args
            epilogue = op == "LOAD" and args == ("SP", "FP")
            if epilogue or (op == "POP" and args == ("FP",)):
                following = block.body[position + 1 : position + 3]
                tail = [x.op for x in following]
                if (epilogue and tail[:2] != ["POP", "RET"]) or (not epilogue and tail[:1] != ["RET"]):
                    return None
                if epilogue and following[0].args != ("FP",):
                    return None
                block.changes.append(0)  # not used: the rewrite sets the depth at the epilogue
                block.framed.append(True)
                continue
            framed = False
            for arg in args:
                if "FP" in arg:
                    framed = True
                    offset = _fp_offset(arg)
                    if offset is None or offset == 0:
                        return None
                    if offset < 0:
                        block.uses_frame = True
            # Most cards name neither register and change SP in no way (_sp_change's first test, here
            # without a call for each card).
            if op in _SP_OPS or "SP" in args or "FP" in args:
                change = _sp_change(item)
                if change is None:
                    return None
            else:
                change = 0
            block.changes.append(change)
            block.framed.append(framed)
    claimed = _claims(blocks, successors, frame_size)
    out = _rewrite(blocks, successors, claimed, frame_size, claim)
    if out is None:
        return None
    return Frameless(out, frame_size + 1 + params)


def _claims(blocks: list[_Block], successors: list[list[int]], frame_size: int) -> set[int]:
    """The blocks whose first card claims the frame: each block that uses the frame and is reached
    only by paths that have not claimed it; {0} (the entry) when the paths disagree somewhere."""
    if not frame_size:
        return set()
    predecessors: dict[int, list[int]] = {index: [] for index in range(len(blocks))}
    for index, found in enumerate(successors):
        for target in found:
            predecessors[target].append(index)
    framed_out: dict[int, bool] = {}
    claims: set[int] = set()
    order = _reachable(successors)
    for _ in range(len(order) + 1):
        changed = False
        for index in order:
            ins = {framed_out[p] for p in predecessors[index] if p in framed_out}
            framed_in = True in ins
            if len(ins) > 1:
                return {0}
            out = framed_in or blocks[index].uses_frame
            if out and not framed_in:
                claims.add(index)
            if framed_out.get(index) != out:
                framed_out[index] = out
                changed = True
        if not changed:
            break
    # A block claimed on a first visit and later found reached by a claimed path: keep it simple.
    for index in claims:
        if any(framed_out.get(p) for p in predecessors[index]):
            return {0}
    return claims


def _reachable(successors: list[list[int]]) -> list[int]:
    order = [0]  # breadth first: each block once, in the order it is first reached
    marked = {0}
    for index in order:
        for target in successors[index]:
            if target not in marked:
                marked.add(target)
                order.append(target)
    return order


def _rewrite(
    blocks: list[_Block], successors: list[list[int]], claimed: set[int], frame_size: int, claim: list[Asm]
) -> list[Asm] | None:
    """The blocks with SP-relative operands; None when SP's depth differs between paths to a block."""
    depth_in: dict[int, int] = {0: 0}
    rewritten: dict[int, list[Asm]] = {}
    todo = [0]
    while todo:
        index = todo.pop()
        depth = depth_in[index]
        out: list[Asm] = []
        body = blocks[index].body
        if index in claimed:
            line = next((item.line for item in body if item.line is not None), None)
            out.extend(instr(item.op or "", *item.args, line=line) for item in claim)
            depth += frame_size
        skip = 0
        for item, change, framed in zip(body, blocks[index].changes, blocks[index].framed, strict=True):
            if skip:
                skip -= 1
                continue
            if item.op == "RET" and depth:
                return None
            if not framed:
                out.append(item)  # unchanged (the lines are shared, never changed)
                depth += change
                if depth < 0:
                    return None
                continue
            if item.op == "LOAD" and item.args == ("SP", "FP"):
                if depth:
                    out.append(instr("ADD", "SP", str(depth), line=item.line))
                depth = 0
                skip = 1  # the POP FP
                continue
            if item.op == "POP" and item.args == ("FP",):
                if depth:
                    return None
                continue
            args = tuple(_relative(arg, depth, frame_size) for arg in item.args)
            if any(arg is None for arg in args):
                return None
            out.append(Asm(item.op, tuple(a for a in args if a is not None), None, item.line))
            depth += change
            if depth < 0:
                return None
        rewritten[index] = out
        for target in successors[index]:
            if target in depth_in:
                if depth_in[target] != depth:
                    return None
            else:
                depth_in[target] = depth
                todo.append(target)
    result: list[Asm] = []
    for index, block in enumerate(blocks):
        result.extend(Asm(None, (), name) for name in block.labels)
        result.extend(rewritten.get(index, block.body if index not in depth_in else []))
    return result


def _relative(arg: str, depth: int, frame_size: int) -> str | None:
    """An operand with [FP+k] as the same word from SP, `depth` words below SP on entry."""
    if "FP" not in arg:
        return arg
    offset = _fp_offset(arg)
    if offset is None or offset == 0:
        return None
    # [FP+k], k >= 1, was the word k-1 above SP on entry; [FP-k] is now the word k below it.
    from_sp = depth + (offset - 1 if offset > 0 else offset)
    if offset < 0 and -offset > frame_size:
        return None
    if from_sp < 0:
        return None  # a frame word used where the frame is not claimed
    return f"[SP+{from_sp}]" if from_sp else "[SP]"
