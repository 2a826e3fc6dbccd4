"""The reference engine: one card at a time, exactly as ISA.md sections 3 and 3a say.

A card that traps does not complete: it is not counted, so statistics and time cover completed cards
only. The loop keeps the machine in local variables and saves them on every exit. Opcodes are written as
isa.py's numbers, with the mnemonic beside each, because a literal is the fastest comparison Python has;
the corpus runs every opcode through the assembler, so a number that disagreed with isa.py would fail it.
"""

from __future__ import annotations

from math import isqrt

from babbage.isa import SP
from babbage.machine import Machine, Trap
from babbage.numbers import WORD_MAX, digit_count, trunc_div, trunc_mod
from babbage.textio import fit_utf8, printable, read_number

REGISTER_NAMES = ("A", "B", "C", "D", "SP", "FP")
# LOAD PUSH ADD SUB MUL DIV MOD CMP PRINT PRINTC read their second operand as a value.
READS_OPERAND = frozenset({1, 4, 10, 11, 12, 13, 14, 20, 50, 51})


def overflow() -> Trap:
    return Trap("overflow", "the result has more than 50 digits")


def out_of_store(address: int, size: int) -> Trap:
    return Trap("store_out_of_range", f"address {address} is outside the Store (0..{size - 1})")


def bad_jump(target: int, cards: int) -> Trap:
    return Trap("bad_jump", f"jump to card {target}, outside the chain (0..{cards - 1})")


def stack_overflow(limit: int) -> Trap:
    return Trap("stack_overflow", f"the stack would pass below its limit, address {limit}")


def emit(machine: Machine, text: str, pc: int) -> None:
    """Print text, keeping what fits in the output limit; counts characters as PRINT's cost quantity."""
    size = len(text.encode("utf-8")) if not text.isascii() else len(text)
    room = machine.max_output - machine.output_bytes
    if size > room:
        kept = fit_utf8(text, room)
        if kept:
            machine.print_text(kept)
            machine.output_bytes += len(kept.encode("utf-8"))
        raise Trap("output_limit", f"the output limit of {machine.max_output} bytes is spent")
    machine.print_text(text)
    machine.output_bytes += size
    machine.quantities[pc] += len(text)


def read_into(machine: Machine) -> tuple[int, int]:
    """READ: (value, new lever). The lever is 0 at end of input (Z set), else 1 (Z and N clear)."""
    outcome = read_number(machine.stdin, machine.input_position)
    if outcome.error == "bad_input":
        raise Trap("bad_input", "READ found no number on the input")
    if outcome.error == "overflow":
        raise Trap("overflow", "READ found a number of more than 50 digits")
    machine.input_position = outcome.position
    return outcome.value, 0 if outcome.end else 1


def readc(machine: Machine) -> int:
    position = machine.input_position
    if position >= len(machine.stdin):
        return -1
    machine.input_position = position + 1
    return ord(machine.stdin[position])


def trace_line(machine: Machine, pc: int, text: str) -> str:
    regs = " ".join(f"{name}={value}" for name, value in zip(REGISTER_NAMES, machine.regs, strict=True))
    lever = ("Z" if machine.lever == 0 else "-") + ("N" if machine.lever < 0 else "-")
    return f"{pc:>5}  {text:<24} {regs} {lever}"


def interpret(
    machine: Machine, limit: int, texts: list[str] | None = None, stops: frozenset[int] = frozenset()
) -> None:
    """Run cards until the machine stops or has executed `limit` instructions in all, or until a jump,
    call or return goes to a card in `stops` (where the block compiler's code takes over; it is checked
    only there, so that stepping costs nothing more without it)."""
    cards = machine.cards
    store = machine.store
    regs = machine.regs
    counts = machine.counts
    quantities = machine.quantities
    ncards = len(cards)
    size = len(store)
    static = machine.static_size
    stack_limit = machine.stack_limit
    pc = machine.pc
    steps = machine.steps
    lever = machine.lever
    lowest_sp = machine.lowest_sp
    heap_high = machine.heap_high_water
    try:
        while steps < limit:
            if pc >= ncards:
                raise Trap("end_of_chain", "the card chain fell on the floor: no HALT before the last card")
            op, r, mode, base, value = cards[pc]
            nxt = pc + 1
            # The operand in the mode fields, for cards that read it as a value.
            x = 0
            if op in READS_OPERAND:
                if mode == 2:
                    x = value
                elif mode == 1:
                    x = regs[base]
                elif mode:
                    address = value if mode == 3 else regs[base] + value
                    if address < 0 or address >= size:
                        raise out_of_store(address, size)
                    x = store[address]
            if op == 1:  # LOAD
                regs[r] = x
            elif op == 10:  # ADD
                x = regs[r] + x
                if x > WORD_MAX or x < -WORD_MAX:
                    raise overflow()
                regs[r] = lever = x
            elif op == 11:  # SUB
                x = regs[r] - x
                if x > WORD_MAX or x < -WORD_MAX:
                    raise overflow()
                regs[r] = lever = x
            elif op == 20:  # CMP
                lever = regs[r] - x
            elif 30 <= op <= 36:  # JMP and the conditional jumps
                if (
                    op == 30
                    or (op == 31 and lever == 0)
                    or (op == 32 and lever != 0)
                    or (op == 33 and lever < 0)
                    or (op == 34 and lever <= 0)
                    or (op == 35 and lever > 0)
                    or (op == 36 and lever >= 0)
                ):
                    if value < 0 or value >= ncards:
                        raise bad_jump(value, ncards)
                    quantities[pc] += abs(value - nxt)
                    nxt = value
                    if stops and nxt in stops:
                        limit = steps + 1  # this card is the last: the translated code goes on from nxt
            elif op == 2:  # STOR
                address = value if mode == 3 else regs[base] + value
                if address < 0 or address >= size:
                    raise out_of_store(address, size)
                store[address] = regs[r]
                if static <= address < stack_limit and address > heap_high:
                    heap_high = address
            elif op == 12:  # MUL
                y = regs[r]
                product = y * x
                if product > WORD_MAX or product < -WORD_MAX:
                    raise overflow()
                quantities[pc] += min(digit_count(y), digit_count(x))
                regs[r] = lever = product
            elif op == 13 or op == 14:  # DIV MOD
                if x == 0:
                    raise Trap("division_by_zero", "division by zero")
                y = regs[r]
                quotient = trunc_div(y, x)
                quantities[pc] += digit_count(quotient)
                regs[r] = lever = quotient if op == 13 else trunc_mod(y, x)
            elif op == 4:  # PUSH
                new_sp = regs[SP] - 1
                if new_sp < stack_limit:
                    raise stack_overflow(stack_limit)
                if new_sp >= size:
                    raise out_of_store(new_sp, size)
                store[new_sp] = x
                regs[SP] = new_sp
            elif op == 5:  # POP
                address = regs[SP]
                if address < 0 or address >= size:
                    raise out_of_store(address, size)
                regs[SP] = address + 1
                regs[r] = store[address]
            elif op == 3:  # LEA
                regs[r] = value if mode == 3 else regs[base] + value
            elif op == 38 or op == 39:  # CALL CALLR
                target = value if op == 38 else regs[base]
                if target < 0 or target >= ncards:
                    raise bad_jump(target, ncards)
                new_sp = regs[SP] - 1
                if new_sp < stack_limit:
                    raise stack_overflow(stack_limit)
                if new_sp >= size:
                    raise out_of_store(new_sp, size)
                store[new_sp] = nxt
                regs[SP] = new_sp
                quantities[pc] += abs(target - nxt)
                nxt = target
                if stops and nxt in stops:
                    limit = steps + 1
            elif op == 40:  # RET
                address = regs[SP]
                if address < 0 or address >= size:
                    raise out_of_store(address, size)
                target = store[address]
                if target < 0 or target >= ncards:
                    raise bad_jump(target, ncards)
                regs[SP] = address + 1
                quantities[pc] += abs(target - nxt)
                nxt = target
                if stops and nxt in stops:
                    limit = steps + 1
            elif op == 37:  # JMPR
                target = regs[base]
                if target < 0 or target >= ncards:
                    raise bad_jump(target, ncards)
                quantities[pc] += abs(target - nxt)
                nxt = target
                if stops and nxt in stops:
                    limit = steps + 1
            elif op == 15:  # NEG
                regs[r] = lever = -regs[r]
            elif op == 16:  # ABS
                regs[r] = lever = abs(regs[r])
            elif op == 17:  # SHL
                y = regs[r] * 10**value
                if y > WORD_MAX or y < -WORD_MAX:
                    raise overflow()
                regs[r] = lever = y
            elif op == 18:  # SHR
                regs[r] = lever = trunc_div(regs[r], 10**value)
            elif op == 19:  # SQRT
                y = regs[r]
                if y < 0:
                    raise Trap("domain", f"SQRT of the negative number {y}")
                y = isqrt(y)
                quantities[pc] += digit_count(y)
                regs[r] = lever = y
            elif op == 50:  # PRINT
                emit(machine, str(x), pc)
            elif op == 51:  # PRINTC
                if not printable(x):
                    raise Trap("domain", f"PRINTC of {x}, which is not a Unicode character")
                emit(machine, chr(x), pc)
            elif op == 52:  # READ
                regs[r], lever = read_into(machine)
            elif op == 53:  # READC
                regs[r] = readc(machine)
            elif op == 60:  # TRAP
                raise Trap("trap", f"TRAP {value}", value)
            elif op == 61:  # HALT
                counts[pc] += 1
                steps += 1
                machine.status = "halted"
                if texts is not None and machine.trace is not None:
                    machine.trace.append(trace_line(machine, pc, texts[pc]))
                break
            # op == 62 is NOP: nothing to do.
            if (r == SP and regs[SP] < lowest_sp) or (op in (4, 38, 39) and regs[SP] < lowest_sp):
                lowest_sp = regs[SP]
            counts[pc] += 1
            steps += 1
            if texts is not None and machine.trace is not None:
                machine.lever = lever
                machine.trace.append(trace_line(machine, pc, texts[pc]))
            pc = nxt
    except Trap as trap:
        machine.status = trap.status
        machine.message = trap.message
        machine.trap_code = trap.code
    machine.pc = pc
    machine.steps = steps
    machine.lever = lever
    machine.lowest_sp = lowest_sp
    machine.heap_high_water = heap_high
