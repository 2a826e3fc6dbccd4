"""Objects far larger than any Store cost the compiler what their source costs, not what they declare.

Each program is compiled under tracemalloc: the peak of memory allocated while compiling must stay a few
megabytes (one word per element would be gigabytes), and the answer is the Store's diagnostic or a
successful compile, never an exhausted process.
"""

from __future__ import annotations

import tracemalloc

import pytest

from compilers import driver
from compilers.driver import CompileResult

# Far below what materialising any of these objects would take (8 bytes a word: 800 MB for 10^8 words).
PEAK_BYTES = 64 * 1024 * 1024


def _compile_measured(source: str, language: str = "c") -> tuple[CompileResult, int]:
    driver.preload((language,))  # the front-end and the runtime, prepared before measuring
    tracemalloc.start()
    try:
        result = driver.compile(language, source, driver.CompileOptions(opt_level=1), filename="main")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def _messages(result: CompileResult) -> list[str]:
    return [d.message for d in result.diagnostics]


@pytest.mark.parametrize(
    ("declaration", "words"),
    [
        ("int big[100000000];", 100_000_000),
        ("int big[2000000000];", 2_000_000_000),
        ("int big[2000000000] = {1, 2, 3};", 2_000_000_000),
        ("static char big[100000][100000];", 10_000_000_000),
        ("int a[900000], b[900000] = {1}, c[900000] = {0};", 2_700_000),
    ],
)
def test_a_static_object_too_big_for_any_store_is_diagnosed_without_expanding_it(
    declaration: str, words: int
) -> None:
    source = f"{declaration}\nint main(void) {{ return 0; }}\n"
    result, peak = _compile_measured(source)
    assert not result.ok
    (message,) = [m for m in _messages(result) if "static data" in m]
    # The words counted are the objects' own plus the program's few (the null guard, the runtime's).
    needed = int(message.split("needs ")[1].split(" words")[0])
    assert words < needed < words + 100
    assert "more than the Store" in message
    assert peak < PEAK_BYTES, f"compiling took {peak / 1e6:.0f} MB"


def test_a_huge_local_array_with_an_initialiser_is_lowered_as_one_clear_and_its_given_words() -> None:
    source = "int main(void) {\n    int a[100000000] = {1, 2};\n    return a[1];\n}\n"
    result, peak = _compile_measured(source)
    assert result.ok, _messages(result)
    assert peak < PEAK_BYTES, f"compiling took {peak / 1e6:.0f} MB"
    assert "call @memset" in result.ir


def test_copying_a_huge_struct_is_one_call() -> None:
    source = (
        "struct S { int a[100000000]; };\nstruct S x, y;\nint main(void) {\n    x = y;\n    return 0;\n}\n"
    )
    result, peak = _compile_measured(source)
    assert peak < PEAK_BYTES, f"compiling took {peak / 1e6:.0f} MB"
    assert "call @memcpy" in result.ir


# The other front-ends have no static form of a declared size: their arrays, lists and strings are made
# on the Engine's heap when the program runs (where the heap's limit and the instruction budget bound
# them), so a huge one costs the compiler its source and no more.
HEAP_MADE = {
    "java": "public class Main {\n    static int[] a = new int[100000000];\n"
    "    public static void main(String[] args) {\n"
    "        int[][] b = new int[100000][100000];\n"
    "        System.out.println(a.length + b.length);\n    }\n}\n",
    "python": "a = [0] * 100000000\nb = 'x' * 1000000000\nc = 2 ** 1000000000\n"
    "print(len(a), len(b), c % 7)\n",
    "lisp": "(defvar *a* (make-array 100000000))\n(print (length *a*))\n",
}


@pytest.mark.parametrize("language", sorted(HEAP_MADE))
def test_a_huge_object_of_a_heap_language_costs_the_compiler_its_source(language: str) -> None:
    result, peak = _compile_measured(HEAP_MADE[language], language)
    assert result.ok, _messages(result)
    assert result.static_words is not None and result.static_words < 100_000
    assert peak < PEAK_BYTES, f"compiling took {peak / 1e6:.0f} MB"


# LISP macros run at compile time: one that grows a value each time round a loop is stopped by the
# expansion's budget (each cons or character a builtin walks or makes is a step) or by the bound on its
# integers, with a diagnostic at the macro's use, long before the compile's time or memory limit.
GROWING_MACROS = {
    "a list doubled 26 times": (
        "(dotimes (i 26) (setq v (append v v)))",
        "(list 1)",
        "took more than 2,000,000 steps",
    ),
    "a string doubled 40 times": (
        "(dotimes (i 40) (setq v (concatenate 'string v v)))",
        '"ab"',
        "took more than 2,000,000 steps",
    ),
    "an integer squared 40 times": (
        "(dotimes (i 40) (setq v (* v v)))",
        "3",
        "an integer of more than 1,000,000 bits",
    ),
    "a long list reversed 100,000 times": (
        "(dotimes (i 20) (setq v (append v v))) (dotimes (i 100000) (reverse v))",
        "(list 1 2 3)",
        "took more than 2,000,000 steps",
    ),
}


@pytest.mark.parametrize("name", sorted(GROWING_MACROS))
def test_a_lisp_macro_that_grows_a_value_without_end_is_stopped_with_a_diagnostic(name: str) -> None:
    loop, start, message = GROWING_MACROS[name]
    source = f"(defmacro big () (let ((v {start})) {loop} (list 'quote v)))\n(print (big))\n"
    result = driver.compile("lisp", source, driver.CompileOptions(), filename="main.lisp")
    assert not result.ok
    (diagnostic,) = result.diagnostics
    assert diagnostic.span.line == 2  # the macro's use
    assert "in the expansion of BIG" in diagnostic.message and message in diagnostic.message
