"""The IR's `tailcall` and `switch` terminators: text form, verifier, interpreter, -O1 passes and the
back end (README.md in compilers/ir and compilers/backend). Expected values are worked by hand in the
comments, or computed by Python from the program's definition (the reference)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compilers import driver
from compilers.backend.codegen import generate, unbalanced_functions
from compilers.backend.legalize import legalize_module
from compilers.ir import (
    Const,
    IRParseError,
    Jump,
    ModuleBuilder,
    Switch,
    Sym,
    TailCall,
    Temp,
    interpret,
    parse_module,
    print_module,
    verify_module,
)
from compilers.opt import optimise_module
from compilers.opt.constprop import propagate_constants
from compilers.opt.dce import eliminate_dead_code
from compilers.opt.simplify_cfg import simplify_cfg
from compilers.runtime import link

# count(n, acc): n tail calls of itself, then acc. The Store of 300 words holds a few dozen frames.
COUNT = """
func @count(%n, %acc) -> w {
entry:
  br %n, more, done
done:
  ret %acc
more:
  %m = sub %n, 1
  %a = add %acc, 1
  CALL
}

func @main() -> w {
entry:
  %c = call @count(20000, 0)
  print %c
  printc 10
  ret 0
}
"""
TAIL = COUNT.replace("CALL", "tailcall @count(%m, %a)")
# The same recursion with an ordinary call: every level keeps its frame.
DEEP = COUNT.replace("CALL", "%r = call @count(%m, %a)\n  ret %r")


def _engine(text: str, level: int, store: int = 2000) -> tuple[str, str, int]:
    compiled = driver.compile_module(
        parse_module(text), driver.CompileOptions(opt_level=level, store_size=store)
    )
    assert compiled.ok, compiled.render_diagnostics()
    result = driver.run_compiled(compiled, store_size=store, max_steps=5_000_000)
    return result.status, result.output, result.stats.instructions


# ---------------------------------------------------------------- text form


def test_text_form_of_both_terminators() -> None:
    text = """func @f(%x, %p: ptr) -> w {
entry:
  switch %x, other, [-2: a, 0: b, 7: a]
a:
  tailcall @f(%x, %p)
b:
  tailcall %p(1, @f, $s)
other:
  switch 3, a, []
}
"""
    text = text.replace("-> w {\n", "-> w {\n  slot $s\n", 1)
    module = parse_module(text)
    term = module.functions[0].blocks[0].terminator
    assert isinstance(term, Switch)
    assert (term.value, term.default, term.cases) == (Temp("x"), "other", [(-2, "a"), (0, "b"), (7, "a")])
    call = module.functions[0].blocks[2].terminator
    assert isinstance(call, TailCall) and not call.direct and call.target == Temp("p")
    assert print_module(module) == text
    assert parse_module(print_module(module)) == module


labels = st.sampled_from(["a", "b", "c", "d.1", "e_2"])
operands = st.one_of(
    st.integers(-(10**49), 10**49).map(Const), st.sampled_from([Temp("x"), Temp("y.z"), Sym("g")])
)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(st.integers(-(10**12), 10**12), labels, max_size=12),
    labels,
    st.lists(operands, max_size=6),
    st.booleans(),
)
def test_random_terminators_round_trip(
    cases: dict[int, str], default: str, args: list, through_pointer: bool
) -> None:
    mb = ModuleBuilder()
    mb.global_("g")
    fb = mb.function("f", ["x", "y.z"])
    fb.switch(Temp("x"), default, sorted(cases.items()))
    for label in ("a", "b", "c", "d.1", "e_2"):
        fb.set_block(label)
        fb.tail_call(Temp("y.z") if through_pointer else "f", args)
    module = mb.finish()
    text = print_module(module)
    assert parse_module(text) == module
    assert print_module(parse_module(text)) == text


def test_parse_errors_name_the_place() -> None:
    bad = {
        "  switch %x, d, [0 a]\n": "expected ':'",
        "  switch %x, d, 0: a\n": "expected '['",
        "  switch %x, [0: a]\n": "expected a word name",
        "  tailcall @f(1,)\n": "expected an operand",
        "  tailcall\n": "unexpected end of line",
    }
    for line, fragment in bad.items():
        text = "func @f(%x) -> w {\nentry:\n" + line + "}\n"
        try:
            parse_module(text)
        except IRParseError as exc:
            assert exc.line == 3
            assert fragment in exc.message, (line, exc.message)
        else:
            raise AssertionError(f"parsed: {line!r}")


# ---------------------------------------------------------------- verifier


def _problems(text: str, allow_external: bool = True) -> list[str]:
    return verify_module(parse_module(text), allow_external)


def test_verifier_rejects_malformed_tail_calls() -> None:
    text = """global @g = 0
func @v() -> void {
entry:
  ret
}
func @w(%a) -> w {
entry:
  ret %a
}
func @f(%x) -> w {
entry:
  tailcall @v()
}
func @h() -> void {
entry:
  tailcall @w(1)
}
func @k(%x) -> w {
entry:
  tailcall @w(1, 2)
}
func @m(%x) -> w {
entry:
  tailcall @g(1)
}
func @n(%x) -> w {
entry:
  tailcall %nowhere(1)
}
func @o(%x) -> w {
entry:
  tailcall @missing(1)
  ret 0
}
"""
    problems = _problems(text, allow_external=False)
    assert "@f: entry: a w function tail-calls @v, which returns nothing" in problems
    assert "@h: entry: a void function tail-calls @w, which returns a value" in problems
    assert "@k: entry: tail call of @w with 2 arguments; it takes 1" in problems
    assert "@m: entry: call of @g, which is a global" in problems
    assert "@n: entry: %nowhere is never assigned" in problems
    assert "@o: entry: call of undefined function @missing" in problems
    assert "@o: entry: a terminator in the middle of the block" in problems
    # A tail call of a routine the runtime will supply is fine before linking.
    assert _problems("func @f(%c) -> w {\nentry:\n  tailcall @putchar(%c)\n}\n") == []


def test_verifier_rejects_malformed_switches() -> None:
    text = """func @f(%x) -> w {
entry:
  switch %x, a, [1: a, 2: b, 1: b, 2: a, 3: nowhere]
a:
  ret 0
b:
  switch %y, elsewhere, []
}
"""
    problems = _problems(text)
    assert "@f: entry: switch has case 1, 2 more than once" in problems
    assert "@f: entry: jump to unknown label nowhere" in problems
    assert "@f: b: jump to unknown label elsewhere" in problems
    assert "@f: b: %y is never assigned" in problems


# ---------------------------------------------------------------- the interpreter


def test_interpreter_runs_tail_calls_in_constant_stack() -> None:
    # 20,000 levels in a Store of 300 words: only a frame that is given up can do it.
    result = interpret(link(parse_module(TAIL)), store_size=300)
    assert (result.status, result.output) == ("halted", "20000\n")
    deep = interpret(link(parse_module(DEEP)), store_size=300)
    assert deep.status == "stack_overflow"


def test_interpreter_switch_takes_the_case_or_the_default() -> None:
    text = """func @main() -> w {
entry:
  %i = copy -3
  jmp loop
loop:
  switch %i, other, [-2: m2, 0: zero, 5: five]
m2:
  printc 97
  jmp next
zero:
  printc 98
  jmp next
five:
  printc 99
  jmp next
other:
  printc 46
  jmp next
next:
  %i = add %i, 1
  %more = le %i, 6
  br %more, loop, done
done:
  printc 10
  ret 0
}
"""
    # i = -3 .. 6: -3 other, -2 m2, -1 other, 0 zero, 1..4 other, 5 five, 6 other.
    want = ".a.b....c.\n"
    assert interpret(parse_module(text)).output == want
    for level in (0, 1):
        assert _engine(text, level)[:2] == ("halted", want)


# ---------------------------------------------------------------- -O1 passes


def test_constant_propagation_folds_a_switch_on_a_constant() -> None:
    module = parse_module(
        """func @f() -> w {
entry:
  %v = copy 2
  switch %v, d, [1: a, 2: b]
a:
  ret 1
b:
  ret 2
d:
  ret 0
}
"""
    )
    fn = module.functions[0]
    assert propagate_constants(fn)
    assert fn.blocks[0].instrs[-1] == Jump("b")
    simplify_cfg(fn)
    assert [b.label for b in fn.blocks] == ["entry"]  # a and d unreachable, b merged into entry


def test_simplify_cfg_threads_switch_targets_and_drops_cases_that_go_to_the_default() -> None:
    module = parse_module(
        """func @f(%x) -> w {
entry:
  switch %x, d, [1: hop, 2: d, 3: e]
hop:
  jmp e
e:
  ret 1
d:
  ret 0
}
"""
    )
    fn = module.functions[0]
    assert simplify_cfg(fn)
    term = fn.blocks[0].terminator
    assert isinstance(term, Switch) and term.cases == [(1, "e"), (3, "e")] and term.default == "d"
    # Every case to one place: a jump.
    all_same = parse_module("func @f(%x) -> w {\nentry:\n  switch %x, d, [1: d]\nd:\n  ret 0\n}\n")
    simplify_cfg(all_same.functions[0])
    assert print_module(all_same) == "func @f(%x) -> w {\nentry:\n  ret 0\n}\n"  # jumped to d, merged


def test_dead_code_elimination_keeps_what_a_tail_call_passes() -> None:
    module = parse_module(TAIL)
    fn = module.functions[0]
    before = sum(len(b.instrs) for b in fn.blocks)
    eliminate_dead_code(fn)
    assert sum(len(b.instrs) for b in fn.blocks) == before


def test_optimised_programs_mean_the_same() -> None:
    module = parse_module(TAIL)
    optimise_module(module)
    assert interpret(link(module), store_size=300).output == "20000\n"


# ---------------------------------------------------------------- the back end


def test_tail_calls_run_in_constant_stack_on_the_engine() -> None:
    for level in (0, 1):
        assert _engine(TAIL, level, store=300)[:2] == ("halted", "20000\n")
        assert _engine(DEEP, level, store=300)[0] == "stack_overflow"


def _assembly(text: str, optimise: bool = True) -> str:
    linked = link(legalize_module(parse_module(text)))
    return generate(linked, 0, optimise=optimise).assembly


def test_a_tail_call_is_a_jump_and_a_loop_of_them_has_a_bounded_stack() -> None:
    asm = _assembly(TAIL)
    body = asm[asm.index("count:") : asm.index("main:")]
    assert "CALL" not in body and "JMP    count" in body
    linked = link(legalize_module(parse_module(TAIL)))
    assert generate(linked, 0).stack_words is not None
    deep = link(legalize_module(parse_module(DEEP)))
    assert generate(deep, 0).stack_words is None


GROWING = """
func @two(%n, %acc) -> w {
entry:
  br %n, more, done
done:
  ret %acc
more:
  tailcall @three(%n, %acc, 5)
}

func @three(%n, %acc, %k) -> w {
entry:
  %m = sub %n, 1
  %a = add %acc, %k
  tailcall @one(%m, %a)
}

func @one(%n, %acc) -> w {
entry:
  tailcall @two(%n, %acc)
}

func @main() -> w {
  slot $keep
entry:
  store [$keep], 42
  %i = copy 0
  jmp loop
loop:
  %r = call @two(%i, 0)
  print %r
  printc 32
  %i = add %i, 1
  %more = lt %i, 4
  br %more, loop, done
done:
  %k = load [$keep]
  print %k
  printc 10
  ret 0
}
"""


def test_tail_calls_with_more_and_fewer_arguments() -> None:
    # two(i, 0) adds 5 per level, i levels: 0 5 10 15; $keep survives the calls that came back with
    # another number of argument words on the stack.
    want = "0 5 10 15 42\n"
    assert interpret(link(parse_module(GROWING)), store_size=300).output == want
    for level in (0, 1):
        assert _engine(GROWING, level, store=300)[:2] == ("halted", want)
    unbalanced, through_pointer = unbalanced_functions(parse_module(GROWING))
    assert unbalanced == {"two", "three", "one"} and not through_pointer
    # main puts SP back at its frame's bottom after such a call rather than popping 2 words.
    main = _assembly(GROWING)
    main = main[main.index("main:") :]
    assert "LEA    SP, [FP-2]" in main and "ADD    SP, 2" not in main  # $keep and %i: 2 words


def test_balanced_programs_keep_the_cheap_argument_pop() -> None:
    assert unbalanced_functions(parse_module(TAIL)) == (frozenset(), False)
    main = _assembly(TAIL)
    assert "ADD    SP, 2" in main[main.index("main:") :]


def _switch_program(cases: dict[int, int], default: int, probes: list[int]) -> str:
    arms = "\n".join(f"c{k}:\n  ret {v}" for k, v in enumerate(cases.values()))
    table = ", ".join(f"{value}: c{k}" for k, value in enumerate(cases))
    calls = "\n".join(f"  %r{j} = call @pick({p})\n  print %r{j}\n  printc 32" for j, p in enumerate(probes))
    return f"""func @pick(%x) -> w {{
entry:
  switch %x, other, [{table}]
{arms}
other:
  ret {default}
}}

func @main() -> w {{
entry:
{calls}
  ret 0
}}
"""


def test_dense_switch_is_a_jump_table_and_sparse_a_compare_chain() -> None:
    dense = _switch_program({10: 1, 11: 2, 12: 3, 14: 4, 15: 5}, -1, [9, 10, 13, 15, 16])
    asm = _assembly(dense)
    assert "JMPR" in asm and "pick.__table1:" in asm
    # The table covers 10..15: a card index per value, the default's for 13.
    table = asm[asm.index("pick.__table1:") :].splitlines()[1]
    assert table.split(None, 1)[1].split(", ") == [
        "pick.c0",
        "pick.c1",
        "pick.c2",
        "pick.other",
        "pick.c3",
        "pick.c4",
    ]
    sparse = _switch_program({1: 1, 100: 2, 10000: 3, 10**40: 4}, -1, [100])
    assert "JMPR" not in _assembly(sparse)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(st.integers(-30, 30), st.integers(-99, 99), min_size=1, max_size=14),
    st.integers(-99, 99),
    st.lists(st.integers(-35, 35), min_size=1, max_size=6),
)
def test_random_switches_agree_with_python(cases: dict[int, int], default: int, probes: list[int]) -> None:
    text = _switch_program(cases, default, probes)
    want = "".join(f"{cases.get(p, default)} " for p in probes)  # the reference: a dict lookup
    assert interpret(parse_module(text)).output == want
    for level in (0, 1):
        assert _engine(text, level)[:2] == ("halted", want)


# A ring of functions that tail-call the next one (directly or through a table of pointers) with
# arguments made of their own parameters: any number of arguments, permuted, summed, constants, so the
# back end's moves meet every overlap between the words they read and the words they write.
Arg = tuple[str, int, int]  # ("param", i, _) | ("const", c, _) | ("sum", i, j)
arg_strategy = st.one_of(
    st.tuples(st.just("param"), st.integers(0, 5), st.just(0)),
    st.tuples(st.just("const"), st.integers(-9, 9), st.just(0)),
    st.tuples(st.just("sum"), st.integers(0, 5), st.integers(0, 5)),
)
ring_strategy = st.lists(
    st.tuples(st.integers(1, 6), st.lists(arg_strategy, min_size=5, max_size=5), st.booleans()),
    min_size=1,
    max_size=4,
)


def _ring_program(ring: list[tuple[int, list[Arg], bool]], rounds: int) -> str:
    names = [f"f{k}" for k in range(len(ring))]
    out = ["global @ring: ptr = " + ", ".join(f"@{n}" for n in names)]
    for k, (arity, args, through_pointer) in enumerate(ring):
        params = [f"%p{i}" for i in range(arity)]  # %p0 counts the rounds down
        body = [f"func @{names[k]}({', '.join(params)}) -> w {{", "entry:", "  br %p0, more, done", "done:"]
        body.append("  %r = copy 0")
        for i, p in enumerate(params):
            body.append(f"  %w{i} = mul {p}, {i + 2}")
            body.append(f"  %r = add %r, %w{i}")
        body += ["  ret %r", "more:", "  %m = sub %p0, 1"]
        nxt = (k + 1) % len(ring)
        values = ["%m"]
        for j, (kind, a, b) in enumerate(args[: ring[nxt][0] - 1]):
            if kind == "param":
                values.append(params[a % arity])
            elif kind == "const":
                values.append(str(a))
            else:
                body.append(f"  %s{j} = add {params[a % arity]}, {params[b % arity]}")
                values.append(f"%s{j}")
        if through_pointer:
            body.append(f"  %fp = load [@ring+{nxt}]")
            body.append(f"  tailcall %fp({', '.join(values)})")
        else:
            body.append(f"  tailcall @{names[nxt]}({', '.join(values)})")
        out.append("\n".join([*body, "}"]))
    first = ", ".join([str(rounds)] + [str(7 * i + 1) for i in range(1, ring[0][0])])
    out.append(
        f"func @main() -> w {{\nentry:\n  %v = call @f0({first})\n  print %v\n  printc 10\n"
        f"  %w = call @f0({first})\n  print %w\n  printc 10\n  ret 0\n}}"
    )
    return "\n\n".join(out) + "\n"


def _ring_reference(ring: list[tuple[int, list[Arg], bool]], rounds: int) -> int:
    """What the ring computes, followed step by step in Python."""
    k = 0
    values = [rounds] + [7 * i + 1 for i in range(1, ring[0][0])]
    while values[0] != 0:
        arity, args, _ = ring[k]
        nxt = (k + 1) % len(ring)
        new = [values[0] - 1]
        for kind, a, b in args[: ring[nxt][0] - 1]:
            if kind == "param":
                new.append(values[a % arity])
            elif kind == "const":
                new.append(a)
            else:
                new.append(values[a % arity] + values[b % arity])
        k, values = nxt, new
    return sum(v * (i + 2) for i, v in enumerate(values))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ring_strategy, st.integers(0, 12))
def test_random_rings_of_tail_calls_agree_with_python(
    ring: list[tuple[int, list[Arg], bool]], rounds: int
) -> None:
    text = _ring_program(ring, rounds)
    value = _ring_reference(ring, rounds)
    want = f"{value}\n{value}\n"  # twice: the first call's return left the stack as main expects
    assert interpret(link(parse_module(text)), store_size=300).output == want
    for level in (0, 1):
        assert _engine(text, level, store=300)[:2] == ("halted", want), text
