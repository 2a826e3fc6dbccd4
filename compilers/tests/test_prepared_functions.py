"""A program's functions prepared once per process (compilers/backend/routines.py, Prepared): a compile that
takes a function an earlier compile optimised, legalised and made the code of gives, character for
character, what a compile from scratch gives (the assembly, the deck, the IR text, the line map and the
runtime's places), for a sample of the harness programs of each language, whatever was compiled before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from compilers import driver
from compilers.backend import routines
from compilers.backend.routines import ROUTINES
from compilers.ir.nodes import Function, Module

TESTS = Path(__file__).resolve().parent
# language -> (folder of its harness programs, their extension)
LANGUAGES = {
    "c": ("c", ".c"),
    "python": ("python", ".py"),
    "lisp": ("lisp", ".lisp"),
    "java": ("java", ".java"),
    "systemf": ("systemf", ".sf"),
}
PER_LANGUAGE = 4  # programs of each language, spread over its sorted list


# A program that expects compile errors (harness/expectations.py): left out, the sample's compile
# must succeed for its code to be compared.
_COMPILE_ERROR = re.compile(r"^\s*(?://|#|;+|--)\s*error: \d+:\d+:", re.MULTILINE)


def _sample(lang: str) -> list[Path]:
    folder, ext = LANGUAGES[lang]
    found = [
        path
        for path in sorted((TESTS / folder).rglob(f"*{ext}"))
        if not _COMPILE_ERROR.search(path.read_text(encoding="utf-8"))
    ]
    step = max(len(found) // PER_LANGUAGE, 1)
    return found[::step][:PER_LANGUAGE]


SAMPLE = [(lang, path) for lang in LANGUAGES for path in _sample(lang)]


def _compile(
    lang: str, source: str, cached: bool, monkeypatch: pytest.MonkeyPatch, opt: int = 1
) -> driver.CompileResult:
    monkeypatch.setattr(driver, "_use_routine_cache", cached)
    return driver.compile(lang, source, driver.CompileOptions(opt_level=opt), filename="prog")


def _same(cached: driver.CompileResult, fresh: driver.CompileResult) -> None:
    assert fresh.ok, fresh.render_diagnostics()
    assert cached.ok, cached.render_diagnostics()
    assert [d.message for d in cached.diagnostics] == [d.message for d in fresh.diagnostics]
    assert cached.assembly == fresh.assembly
    assert cached.deck == fresh.deck
    assert cached.ir == fresh.ir
    assert cached.line_map == fresh.line_map
    assert (cached.static_words, cached.heap_words, cached.stack_words, cached.store_size) == (
        fresh.static_words,
        fresh.heap_words,
        fresh.stack_words,
        fresh.store_size,
    )
    assert cached.frames == fresh.frames
    if fresh.runtime is not None:
        assert cached.runtime is not None
        assert cached.runtime.cards == fresh.runtime.cards
        assert cached.runtime.starts == fresh.runtime.starts


@pytest.mark.parametrize(("lang", "path"), SAMPLE, ids=[f"{lang}:{path.name}" for lang, path in SAMPLE])
def test_a_prepared_function_gives_what_a_compile_from_scratch_gives(
    lang: str, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = path.read_text(encoding="utf-8")
    fresh = _compile(lang, source, False, monkeypatch)
    first = _compile(lang, source, True, monkeypatch)  # what earlier programs prepared, and its own
    again = _compile(lang, source, True, monkeypatch)  # every function of its own prepared now
    _same(first, fresh)
    _same(again, fresh)


@pytest.mark.parametrize("lang", ["python", "lisp"])
def test_at_o0_too(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _sample(lang)[0].read_text(encoding="utf-8")
    fresh = _compile(lang, source, False, monkeypatch, opt=0)
    _compile(lang, source, True, monkeypatch, opt=0)
    _same(_compile(lang, source, True, monkeypatch, opt=0), fresh)
    # and the -O1 compile of the same text is not given the -O0 functions
    _same(_compile(lang, source, True, monkeypatch), _compile(lang, source, False, monkeypatch))


def test_an_edited_function_is_prepared_again(monkeypatch: pytest.MonkeyPatch) -> None:
    before = "def f(n):\n    return n * 2\n\nprint(f(20))\n"
    after = before.replace("n * 2", "n * 3")
    _compile("python", before, True, monkeypatch)
    edited = _compile("python", after, True, monkeypatch)
    _same(edited, _compile("python", after, False, monkeypatch))
    assert driver.run_compiled(edited).output == "60\n"  # 20 * 3, by hand


def test_another_file_name_gives_its_own_line_attributions(monkeypatch: pytest.MonkeyPatch) -> None:
    source = "def f(n):\n    return n * 2\n\nprint(f(20))\n"
    monkeypatch.setattr(driver, "_use_routine_cache", True)
    driver.compile("python", source, filename="one.py")
    cached = driver.compile("python", source, filename="two.py")
    monkeypatch.setattr(driver, "_use_routine_cache", False)
    fresh = driver.compile("python", source, filename="two.py")
    assert '"two.py"' in cached.assembly
    assert cached.assembly == fresh.assembly
    assert cached.deck == fresh.deck


def test_past_its_size_the_least_recently_used_go_with_their_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(routines, "MAX_PREPARED_INSTRUCTIONS", 200)
    programs = [f"def f{k}(n):\n    return n * {k + 2}\n\nprint(f{k}({k}))\n" for k in range(12)]
    for _round in range(2):
        for source in programs:
            _same(
                _compile("python", source, True, monkeypatch), _compile("python", source, False, monkeypatch)
            )
    kept = list(ROUTINES._prepared.values())
    assert sum(entry.size for entry in kept) <= 200 or len(kept) == 1
    kept_ids = {id(entry.legalised) for entry in kept}
    routine_ids = {id(fn) for fn in ROUTINES._legalised.values()}
    # every function the code cache still holds code of is a routine or a kept prepared function
    assert {key[0] for key in ROUTINES._code} <= kept_ids | routine_ids


def test_a_java_library_method_is_the_same_function_in_programs_with_other_strings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A string literal's global is named by its text, not by the order the program meets its literals,
    # so the library's methods (HashMap.put, with literals of its own) lower to the same text in both
    # programs and the second compile finds them prepared.
    one = (
        "import java.util.*;\npublic class Main {\n    public static void main(String[] args) {\n"
        '        Map<String, Integer> m = new HashMap<>();\n        m.put("a", 1);\n'
        '        System.out.println("one " + m);\n    }\n}\n'
    )
    other = one.replace('"one " + m', 'String.join(", ", "first", "second", "third " + "x") + m')
    texts: list[dict[str, str]] = []
    prepare = driver._prepare

    def recording(
        module: Module, optimise: bool, before: list[str]
    ) -> tuple[dict[int, Function], dict[int, tuple[object, ...]]]:
        texts.append({fn.name: before[i] for i, fn in enumerate(module.functions)})
        return prepare(module, optimise, before)

    monkeypatch.setattr(driver, "_prepare", recording)
    first = _compile("java", one, True, monkeypatch)
    second = _compile("java", other, True, monkeypatch)
    assert first.ok and second.ok, first.render_diagnostics() + second.render_diagnostics()
    assert driver.run_compiled(second).output == "first, second, third x{a=1}\n"  # java 17 prints this
    shared = texts[0].keys() & texts[1].keys()
    assert "HashMap.put.0" in shared
    assert texts[0]["HashMap.put.0"] == texts[1]["HashMap.put.0"]
    library = [name for name in shared if not name.startswith("Main.") and name != "main"]
    assert all(texts[0][name] == texts[1][name] for name in library)


def test_a_haskell_program_is_named_alike_whatever_the_process_compiled_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The specialised copies' names (show at Int, == at a derived instance) come from what they are,
    # not from the order a process met them: the same program gives the same assembly after others.
    from compilers.frontends.haskell import lower as haskell_lower

    program = (
        "data C = R | G deriving (Show, Eq)\n"
        "twice :: Num a => a -> a\ntwice x = x + x\n"
        "firstOf :: Maybe a -> a\nfirstOf (Just x) = x\n"
        "main :: IO ()\nmain = print (R == G, show G, [R], twice (3 :: Int), firstOf (Just 'c'))\n"
    )
    others = [
        "twice :: Num a => a -> a\ntwice x = x * 2\n"
        "main :: IO ()\nmain = print (twice (2 :: Int), twice 1.5)\n",
        "only :: [a] -> a\nonly [x] = x\nmain :: IO ()\nmain = print (only [True])\n",
    ]
    monkeypatch.setattr(haskell_lower, "_STABLE_NAMES", {})
    monkeypatch.setattr(haskell_lower, "_NAMED", {})
    alone = _compile("haskell", program, False, monkeypatch)
    monkeypatch.setattr(haskell_lower, "_STABLE_NAMES", {})
    monkeypatch.setattr(haskell_lower, "_NAMED", {})
    for other in others:
        assert _compile("haskell", other, False, monkeypatch).ok
    after = _compile("haskell", program, False, monkeypatch)
    assert alone.ok and after.ok
    assert after.assembly == alone.assembly
    assert driver.run_compiled(after).output == "(False,\"G\",[R],6,'c')\n"  # GHC 9.0.2 prints this
