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


def _compile_measured(source: str) -> tuple[CompileResult, int]:
    driver.preload(("c",))  # the front-end and the runtime, prepared before measuring
    tracemalloc.start()
    try:
        result = driver.compile("c", source, driver.CompileOptions(opt_level=1), filename="main.c")
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
