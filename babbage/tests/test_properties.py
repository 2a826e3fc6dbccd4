"""Property tests: arithmetic agrees with Python's integers; every way of running a program agrees."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from babbage import assemble, decode_deck, encode_deck, run
from babbage.isa import OPCODES, REGISTERS
from babbage.tests.conftest import observable

WORD_MAX = 10**50 - 1  # written out here rather than imported, so that the test states the rule itself

words = st.one_of(
    st.integers(-1000, 1000),
    st.integers(-WORD_MAX, WORD_MAX),
    st.integers(-(10**25), 10**25),
    st.sampled_from([0, 1, -1, WORD_MAX, -WORD_MAX, 10**44 - 1, 10**44, -(10**44)]),
)


def toward_zero(a: int, b: int) -> tuple[int, int]:
    """C's division: the quotient truncated toward zero, the remainder with the dividend's sign."""
    q = a // b
    if q < 0 and q * b != a:
        q += 1  # floor division went one below zero's side
    return q, a - q * b


def expected(op: str, a: int, b: int) -> int | str:
    if op in ("DIV", "MOD") and b == 0:
        return "division_by_zero"
    value = {
        "ADD": lambda: a + b,
        "SUB": lambda: a - b,
        "MUL": lambda: a * b,
        "DIV": lambda: toward_zero(a, b)[0],
        "MOD": lambda: toward_zero(a, b)[1],
    }[op]()
    return "overflow" if abs(value) > WORD_MAX else value


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["ADD", "SUB", "MUL", "DIV", "MOD"]), words, words, st.sampled_from(["imm", "reg", "mem"])
)
def test_arithmetic_agrees_with_python(op: str, a: int, b: int, form: str) -> None:
    operand = {"imm": str(b), "reg": "B", "mem": "[y]"}[form]
    source = f".data\ny: .word {b}\n.text\nLOAD A, {a}\nLOAD B, {b}\n{op} A, {operand}\nPRINT A\nHALT\n"
    result = run(assemble(source))
    want = expected(op, a, b)
    if isinstance(want, str):
        assert result.status == want
        assert result.output == ""
    else:
        assert result.status == "halted"
        assert result.output == str(want)


@settings(max_examples=150, deadline=None)
@given(words, st.integers(0, 50))
def test_shifts_and_roots_agree_with_python(a: int, n: int) -> None:
    source = f"LOAD A, {a}\nLOAD B, A\nSHR A, {n}\nPRINT A\nPRINTC 32\nABS B\nSQRT B\nPRINT B\nHALT\n"
    result = run(assemble(source))
    shifted = abs(a) // 10**n * (1 if a >= 0 else -1)
    assert result.output == f"{shifted} {math.isqrt(abs(a))}"
    up = run(assemble(f"LOAD A, {a}\nSHL A, {n}\nPRINT A\nHALT\n"))
    if abs(a * 10**n) > WORD_MAX:
        assert up.status == "overflow"
    else:
        assert up.output == str(a * 10**n)


@settings(max_examples=150, deadline=None)
@given(words, words)
def test_compare_sets_the_lever_exactly(a: int, b: int) -> None:
    # CMP never traps, even when a - b has 51 digits.
    source = (
        f"LOAD A, {a}\nCMP A, {b}\nJLT lt\nJZ eq\nPRINTC '>'\nHALT\n"
        "lt: PRINTC '<'\nHALT\neq: PRINTC '='\nHALT\n"
    )
    result = run(assemble(source))
    assert result.output == ("<" if a < b else "=" if a == b else ">")


# Random programs: any card sequence from the whole instruction set, run under a small budget so that
# every one stops. The step interpreter, the block compiler and the decoded deck must agree exactly.
ONE_OPERAND_FORMS = ["A", "B", "C", "D", "FP", "SP", "3", "-2", "0", "[x]", "[x+2]", "[C]", "[FP-1]", "[SP]"]


@st.composite
def programs(draw: st.DrawFn) -> str:
    size = draw(st.integers(1, 25))
    lines = [".data", "x: .word 5, -3, 0, 7", ".heap 4", ".text", "LOAD C, 1"]
    for _ in range(size):
        op = draw(st.sampled_from(OPCODES))
        operands: list[str] = []
        for kind in op.operands:
            if kind == "r":
                operands.append(draw(st.sampled_from(REGISTERS)))
            elif kind == "src":
                operands.append(draw(st.sampled_from([*ONE_OPERAND_FORMS, str(10**46 + 3), "x"])))
            elif kind == "mem":
                operands.append(draw(st.sampled_from(["[x]", "[x+3]", "[C+x]", "[SP]", "[FP-1]", "[D]"])))
            elif kind == "n":
                operands.append(str(draw(st.integers(0, 50))))
            elif kind == "label":
                operands.append(str(draw(st.integers(0, size + 1))))
            elif kind == "reg":
                operands.append(draw(st.sampled_from(REGISTERS)))
            else:
                operands.append(str(draw(st.integers(0, 999))))
        lines.append(f"{op.mnemonic} {', '.join(operands)}")
    return "\n".join(lines) + "\n"


@settings(max_examples=200, deadline=None)
@given(programs(), st.text(alphabet="0123456789 -+xé\n", max_size=12), st.integers(1, 300))
def test_all_ways_of_running_agree(source: str, stdin: str, budget: int) -> None:
    program = assemble(source)
    options = {"stdin": stdin, "max_steps": budget, "store_size": 100, "max_output": 40}
    reference = run(program, engine="interpreter", **options)  # type: ignore[arg-type]
    assert observable(run(program, engine="blocks", **options)) == observable(reference)  # type: ignore[arg-type]
    assert observable(run(program, engine="native", **options)) == observable(reference)  # type: ignore[arg-type]
    deck = decode_deck(encode_deck(program))
    assert observable(run(deck, engine="interpreter", **options)) == observable(reference)  # type: ignore[arg-type]
    assert observable(run(deck, engine="blocks", **options)) == observable(reference)  # type: ignore[arg-type]
    assert observable(run(deck, engine="native", **options)) == observable(reference)  # type: ignore[arg-type]


# Structured programs, shaped like compiler output: loops tested at the top or the bottom, if-else,
# calls. The two engines must agree on the result and on the whole event stream.
SIMPLE = [
    "ADD {r}, {s}",
    "SUB {r}, {s}",
    "MUL {r}, {s}",
    "DIV {r}, {s}",
    "STOR {r}, [C+x]",
    "PRINT {r}",
    "PUSH {s}\nPOP {r}",
    "CALL fn",
    "LOAD {r}, {s}",
    "READ {r}",
    "SHR {r}, 1",
]
SOURCES = ["A", "B", "C", "D", "1", "2", "-1", "[x]", "[C+x]", "[SP]", str(10**47)]
JUMPS = ["JZ", "JNZ", "JLT", "JLE", "JGT", "JGE"]


@st.composite
def structured(draw: st.DrawFn, depth: int = 0, prefix: str = "L") -> list[str]:
    lines: list[str] = []
    for number in range(draw(st.integers(1, 3))):
        shape = draw(
            st.sampled_from(["simple", "simple", "if", "while", "until"] if depth < 2 else ["simple"])
        )
        r = draw(st.sampled_from("ABCD"))
        tag = f"{prefix}_{number}"  # unique: the path of statement numbers from the top
        if shape == "if":
            lines += [f"CMP {r}, {draw(st.integers(-3, 9))}", f"{draw(st.sampled_from(JUMPS))} {tag}e"]
            lines += [*draw(structured(depth + 1, tag + "a")), f"JMP {tag}x", f"{tag}e:"]
            lines += [*draw(structured(depth + 1, tag + "b")), f"{tag}x:"]
        elif shape == "while":
            lines += [f"LOAD {r}, 0", f"{tag}t: CMP {r}, {draw(st.integers(0, 12))}", f"JGE {tag}x"]
            lines += [*draw(structured(depth + 1, tag)), f"ADD {r}, 1", f"JMP {tag}t", f"{tag}x:"]
        elif shape == "until":
            lines += [f"{tag}t:", *draw(structured(depth + 1, tag))]
            lines += [f"ADD {r}, 1", f"CMP {r}, {draw(st.integers(0, 15))}", f"JLT {tag}t"]
        else:
            template = draw(st.sampled_from(SIMPLE))
            lines += template.format(r=r, s=draw(st.sampled_from(SOURCES))).split("\n")
    return lines


@settings(max_examples=100, deadline=None)
@given(structured(), st.integers(1, 2000), st.integers(1, 200), st.integers(0, 300))
def test_engines_agree_on_structured_programs(body: list[str], budget: int, interval: int, room: int) -> None:
    source = "\n".join([".data", "x: .word 5, -3, 0, 7", ".text", "LOAD C, 1", *body, "HALT"])
    program = assemble(source + "\nfn: ADD D, 1\nPRINTC 'f'\nRET\n")
    results = []
    for engine in ("interpreter", "blocks", "native"):
        events: list[object] = []
        result = run(
            program,
            stdin="3 4 5 6 x",
            max_steps=budget,
            max_output=room,
            engine=engine,
            on_event=events.append,
            event_interval=interval,
        )
        results.append((observable(result), events))
    assert results[0] == results[1] == results[2]


# Counted loops, the shape the block compiler versions with an entry guard (blocks.induction_guard):
# a register stepped by ADDs and compared at the bottom, used as a base address in the body. Starts,
# bounds and offsets near the word's and the Store's edges make the guarded checks fail where they can
# (large numbers reach the loop through registers: the assembler puts them in the constant pool).
BIG = [str(WORD_MAX), str(WORD_MAX - 1), str(WORD_MAX - 5), str(10**47), str(-WORD_MAX)]


@st.composite
def counted_loops(draw: st.DrawFn) -> str:
    r = draw(st.sampled_from("ACD"))
    big = draw(st.booleans())
    small = st.one_of(st.integers(-6, 8), st.integers(90, 101))
    start = draw(st.sampled_from(BIG)) if big else str(draw(small))
    limit = draw(st.sampled_from(BIG)) if big else str(draw(small))
    bound = draw(st.sampled_from(["B", "B", limit if not big else "B", "SP"]))

    def offset() -> str:
        return draw(st.sampled_from(["+x", "+95", "-4", "+99", "+100"] + [f"+{n}" for n in range(4)]))

    def simple() -> list[str]:
        kind = draw(st.integers(0, 9))
        if kind <= 3:
            return [f"ADD {r}, {draw(st.integers(-1, 5))}"]
        return [
            f"ADD B, [{r}{offset()}]",
            f"STOR {r}, [{r}{offset()}]",
            f"PRINT [{r}{offset()}]",
            draw(st.sampled_from([f"LEA {r}, [{r}+1]", f"SUB {r}, 1", "POP B", "LOAD B, 1", "PUSH 1"])),
            "CMP B, 3\nJGT out",
            "NOP",
        ][kind - 4].split("\n")

    lines = [".data", "x: .word 5, -3, 0, 7", ".text", f"LOAD B, {limit}", f"LOAD {r}, {start}", "top:"]
    for _ in range(draw(st.integers(1, 4))):
        lines += simple()
    lines += [f"CMP {r}, {bound}", f"{draw(st.sampled_from(['JLT', 'JLE']))} top", "out: PRINT A", "HALT"]
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None)
@given(counted_loops(), st.integers(1, 3000), st.integers(1, 50))
def test_engines_agree_on_counted_loops(source: str, budget: int, interval: int) -> None:
    program = assemble(source)
    results = []
    for engine in ("interpreter", "blocks", "native"):
        events: list[object] = []
        options = {"max_steps": budget, "store_size": 100, "max_output": 300, "event_interval": interval}
        result = run(program, engine=engine, on_event=events.append, **options)  # type: ignore[arg-type]
        results.append((observable(result), events))
    assert results[0] == results[1] == results[2]


# The edges of the guard, one step inside and one outside: the first to overflow, the first address
# past the Store's end or below 0, a step that goes down, and bounds that change in the loop.
EDGE_LOOPS = [
    f"LOAD B, {WORD_MAX}\nLOAD A, {WORD_MAX - 20}\ntop: ADD A, 7\nCMP A, B\nJLT top",
    f"LOAD B, {WORD_MAX}\nLOAD A, {WORD_MAX - 20}\ntop: ADD A, 7\nCMP A, B\nJLE top",
    f"LOAD B, {WORD_MAX - 7}\nLOAD A, {WORD_MAX - 20}\ntop: ADD A, 7\nCMP A, B\nJLE top",
    "LOAD B, 0\nLOAD A, 0\ntop: ADD A, 1\nPRINT [A+99]\nCMP A, B\nJLE top",
    "LOAD B, 0\nLOAD A, 0\ntop: ADD A, 1\nPRINT [A+98]\nCMP A, B\nJLE top",
    "LOAD A, -5\ntop: PRINT [A+4]\nADD A, 1\nCMP A, 3\nJLT top",
    "LOAD A, -4\ntop: PRINT [A+4]\nADD A, 1\nCMP A, 3\nJLT top",
    "LOAD A, 5\ntop: ADD A, -3\nPRINT [A]\nCMP A, 9\nJLT top",
    "LOAD A, 80\nLOAD B, 85\ntop: STOR A, [A+4]\nADD B, 1\nADD A, 1\nCMP A, B\nJLT top",
    "LOAD A, 90\ntop: PUSH 1\nADD A, 2\nSTOR A, [A]\nCMP A, SP\nJLT top",
    "LOAD A, 0\nLOAD B, 7\ntop: ADD A, 1\nADD D, [A+x]\nCMP D, 9\nJGT out\nCMP A, B\nJLT top",
]


@pytest.mark.parametrize("loop", EDGE_LOOPS)
@pytest.mark.parametrize("budget", [1, 4, 9, 10, 11, 40, 10_000])
def test_engines_agree_at_the_guards_edges(loop: str, budget: int) -> None:
    source = f".data\nx: .word 5, -3, 0, 7\n.text\n{loop}\nout: PRINT A\nHALT\n"
    program = assemble(source)
    options = {"max_steps": budget, "store_size": 100, "max_output": 300}
    reference = run(program, engine="interpreter", **options)  # type: ignore[arg-type]
    assert observable(run(program, engine="blocks", **options)) == observable(reference)  # type: ignore[arg-type]
    assert observable(run(program, engine="native", **options)) == observable(reference)  # type: ignore[arg-type]
