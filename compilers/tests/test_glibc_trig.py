"""sincos.c (the runtime's sin and cos, glibc's algorithm) against glibc 2.36's own on this machine, the
reference GHC, CPython and gcc's C programs call: a few thousand random arguments of every shape (any bit
pattern, [-10, 10], near multiples of pi/2, the Taylor range, up to 1e8, up to 2^1000), with sincos.c
built by gcc and linked with libm (compilers/bench/glibc_trig.py; the Engine runs the same C, and
test_float64.py checks its results there against CPython's math.sin and math.cos)."""

from __future__ import annotations

import shutil

import pytest

from compilers.bench.glibc_trig import mismatches


@pytest.mark.skipif(shutil.which("gcc") is None, reason="needs gcc")
@pytest.mark.parametrize("seed", [1, 2])
def test_sin_and_cos_agree_with_glibc_bit_for_bit(seed: int) -> None:
    assert mismatches(3000, seed) == []
