"""The runtime routines' code made once per process (compilers/backend/routines.py) gives every program
the same text, cards and line attributions as making it afresh for each compile."""

from __future__ import annotations

import pytest

from compilers import driver
from compilers.backend.routines import ROUTINES

PROGRAMS = {
    "c": '#include <stdio.h>\nint main(void) {\n    int x = 6;\n    printf("%d %s\\n", x * 7, "ok");\n'
    "    return 0;\n}\n",
    "python": "def f(xs):\n    return sorted(xs, reverse=True)\n\nd = {'a': 1}\nprint(f([3, 1, 2]), d)\n",
}


def _compile(lang: str, opt: int, cached: bool, monkeypatch: pytest.MonkeyPatch) -> driver.CompileResult:
    monkeypatch.setattr(driver, "_use_routine_cache", cached)
    result = driver.compile(lang, PROGRAMS[lang], driver.CompileOptions(opt_level=opt), filename="p")
    assert result.ok, result.render_diagnostics()
    return result


@pytest.mark.parametrize("lang", sorted(PROGRAMS))
@pytest.mark.parametrize("opt", [0, 1])
def test_cached_routines_give_the_same_program(lang: str, opt: int, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = _compile(lang, opt, False, monkeypatch)
    first = _compile(lang, opt, True, monkeypatch)
    again = _compile(lang, opt, True, monkeypatch)  # from the cache this time
    for cached in (first, again):
        assert cached.assembly == fresh.assembly
        assert cached.deck == fresh.deck
        assert cached.line_map == fresh.line_map
        assert (cached.static_words, cached.heap_words, cached.stack_words) == (
            fresh.static_words,
            fresh.heap_words,
            fresh.stack_words,
        )
        assert cached.runtime is not None and fresh.runtime is not None
        assert cached.runtime.cards == fresh.runtime.cards
        assert cached.runtime.starts == fresh.runtime.starts
    assert driver.run_compiled(again).output == driver.run_compiled(fresh).output


def test_a_routine_is_legalised_once_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    first = _compile("c", 1, True, monkeypatch)
    again = _compile("c", 1, True, monkeypatch)
    assert first.runtime is not None and again.runtime is not None
    ours = [fn for fn in first.runtime.linked.functions if fn.file is not None]
    theirs = [fn for fn in again.runtime.linked.functions if fn.file is not None]
    assert ours and all(a is b for a, b in zip(ours, theirs, strict=True))
    assert all(ROUTINES.facts(fn) is not None for fn in ours)
