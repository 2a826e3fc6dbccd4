"""The driver and the registry: every language is listed, assembly and cards run, failures are
diagnostics (never tracebacks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from babbage.cards import MountedDeck
from compilers import driver, registry, runtime
from compilers.diagnostics import DiagnosticBag
from compilers.frontends.base import Frontend
from compilers.ir import parse_module

ASSEMBLY = """\
        LOAD A, 6
        MUL A, 7
        PRINT A
        PRINTC 10
        HALT
"""
DECK = "N0 5\nN1 7\n+\nL0\nL1\nS2\nP\nH\n"


def test_registry_lists_all_nine_languages() -> None:
    keys = [lang.key for lang in registry.LANGUAGES]
    assert keys == ["assembly", "cards", "c", "python", "haskell", "lisp", "java", "systemf", "idris"]
    for lang in registry.LANGUAGES:
        assert lang.extension.startswith(".") and lang.name and lang.description and lang.highlight
    available = {lang.key for lang in registry.available()}
    assert {"assembly", "cards", "c"} <= available
    assert registry.get("assembly").available  # type: ignore[union-attr]
    assert registry.get("nope") is None
    assert registry.frontend("assembly") is None and registry.frontend("nope") is None


def test_extensions_pick_languages() -> None:
    assert registry.by_extension(".c").key == "c"  # type: ignore[union-attr]
    assert registry.by_extension("prog.bab").key == "assembly"  # type: ignore[union-attr]
    assert registry.by_extension("deck.ae").key == "cards"  # type: ignore[union-attr]
    assert registry.by_extension("x.IDR").key == "idris"  # type: ignore[union-attr]
    assert registry.by_extension("notes.txt") is None


def test_assembly_compiles_and_runs() -> None:
    result = driver.compile("assembly", ASSEMBLY, filename="six.bab")
    assert result.ok and result.diagnostics == []
    assert result.assembly == ASSEMBLY
    assert result.deck.strip()
    assert result.line_map[3] == [2]
    assert set(result.stage_seconds) == {"assemble", "encode"}
    run = driver.run_compiled(result)
    assert run.output == "42\n" and run.ok


def test_assembly_errors_become_diagnostics() -> None:
    result = driver.compile("assembly", "        LOAD A, 1\n        FROB A\n", filename="bad.bab")
    assert not result.ok
    [d] = result.diagnostics
    assert d.code == "assembly" and d.span.line == 2 and d.span.file == "bad.bab"
    assert "bad.bab:2:" in result.render_diagnostics()
    with pytest.raises(ValueError):
        driver.run_compiled(result)


def test_cards_mount_and_run() -> None:
    result = driver.compile("cards", DECK, filename="add.ae")
    assert result.ok
    assert isinstance(result.program, MountedDeck)
    assert result.line_map[7] == [6]
    run = driver.run_compiled(result)
    assert run.output == "12\n" and run.ok


def test_card_errors_become_diagnostics() -> None:
    result = driver.compile("cards", "N0 5\nQ77\n", filename="bad.ae")
    assert not result.ok
    assert result.diagnostics[0].code == "cards" and result.diagnostics[0].span.line == 2


def test_unknown_and_unavailable_languages_are_diagnostics() -> None:
    result = driver.compile("cobol", "x")
    assert not result.ok and result.diagnostics[0].code == "unknown_language"
    unavailable = [lang for lang in registry.LANGUAGES if not lang.available]
    if unavailable:
        result = driver.compile(unavailable[0].key, "x")
        assert not result.ok and result.diagnostics[0].code == "unavailable"
        assert "not available" in result.diagnostics[0].message


def _exploding_frontend(stage: str) -> Frontend:
    def lex(source: str, filename: str, diags: DiagnosticBag) -> list:
        if stage == "lex":
            raise RuntimeError("boom")
        return []

    def parse(tokens: list, diags: DiagnosticBag) -> object:
        return "tree"

    def check(tree: object, diags: DiagnosticBag) -> object:
        if stage == "check":
            raise KeyError("k")
        return tree

    def lower(tree: object, diags: DiagnosticBag) -> object:
        if stage == "lower":
            return "not a module"
        return parse_module("func @main() -> w {\nentry:\n  print 7\n  ret 0\n}\n")

    return Frontend("python", lex, parse, check, lower, dump_ast=str)


@pytest.mark.parametrize("stage", ["lex", "check", "lower"])
def test_an_exception_in_a_stage_is_an_internal_error(stage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "frontend", lambda key: _exploding_frontend(stage))
    result = driver.compile("python", "print(7)")
    assert not result.ok
    [d] = result.diagnostics
    assert d.code == "internal" and f"in the {stage} stage" in d.message


def test_a_working_frontend_goes_through_the_whole_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "frontend", lambda key: _exploding_frontend("none"))
    result = driver.compile("python", "print(7)", driver.CompileOptions(opt_level=0))
    assert result.ok, result.render_diagnostics()
    assert result.ast == "tree"
    assert "print 7" in result.ir and "PRINT  7" in result.assembly
    assert list(result.stage_seconds)[:5] == ["load", "lex", "parse", "check", "lower"]
    assert driver.run_compiled(result).output == "7"


def test_link_errors_name_the_missing_function() -> None:
    module = parse_module("func @main() -> w {\nentry:\n  call @nowhere()\n  ret 0\n}\n")
    result = driver.compile_module(module)
    assert not result.ok
    assert result.diagnostics[0].code == "undefined" and "nowhere" in result.diagnostics[0].message


def test_malformed_ir_from_a_frontend_is_an_internal_error() -> None:
    module = parse_module("func @main() -> w {\nentry:\n  ret %x\n}\n")
    result = driver.compile_module(module)
    assert not result.ok and result.diagnostics[0].code == "internal"
    assert "verify" in result.diagnostics[0].message


def test_a_store_too_small_is_a_compile_error() -> None:
    module = parse_module("global @big[3000]\nfunc @main() -> w {\nentry:\n  ret 0\n}\n")
    result = driver.compile_module(module, driver.CompileOptions(store_size=2000))
    assert not result.ok and result.diagnostics[0].code == "store"
    assert "3000 words of static data" in result.diagnostics[0].message


def test_static_data_past_the_cap_says_how_much_was_needed() -> None:
    module = parse_module("global @big[3000]\nfunc @main() -> w {\nentry:\n  ret 0\n}\n")
    result = driver.compile_module(module, driver.CompileOptions(store_cap=2500))
    assert not result.ok and result.diagnostics[0].code == "store"
    message = result.diagnostics[0].message
    assert "3000 words of static data" in message and "cap of 2500 words" in message


def test_heap_size_follows_the_store_and_traps_are_explained() -> None:
    text = "func @main() -> w {\nentry:\n  jmp loop\nloop:\n  %p = alloc 50\n  jmp loop\n}\n"
    small = driver.compile_module(parse_module(text), driver.CompileOptions(store_size=1000))
    large = driver.compile_module(parse_module(text), driver.CompileOptions(store_size=4000))
    assert 0 < small.heap_words < large.heap_words
    fixed = driver.compile_module(parse_module(text), driver.CompileOptions(heap_words=120))
    assert fixed.heap_words == 120
    run = driver.run_compiled(fixed)
    assert run.status == "trap" and run.trap_code == 1 and "heap exhausted" in run.message


def test_a_trap_inside_a_runtime_routine_names_it_and_the_calling_line() -> None:
    source = (
        "#include <stdlib.h>\n"
        "int main(void) {\n"
        "    for (;;) {\n"
        "        int *p = malloc(40);\n"
        "        p[0] = 1;\n"
        "    }\n"
        "}\n"
    )
    for level in (0, 1):
        result = driver.compile("c", source, driver.CompileOptions(opt_level=level), filename="leak.c")
        assert result.ok, result.render_diagnostics()
        assert '        .file "runtime/memory.ir"\nmalloc:\n' in result.assembly
        assert '.file 1 "runtime/memory.ir"' in result.deck
        assert max(result.line_map) <= 7  # only the program's own lines
        run = driver.run_compiled(result)
        assert (run.status, run.source_file, run.source_line) == ("trap", "leak.c", 4)
        assert run.message == (
            "TRAP 1: heap exhausted: no room left for the words asked for (in malloc, called at line 4)"
        )


def test_a_runtime_routine_called_from_several_lines_reports_its_own_place() -> None:
    source = (
        "#include <stdlib.h>\n"
        "int main(void) {\n"
        "    for (;;) {\n"
        "        int *p = malloc(40);\n"
        "        int *q = calloc(40, sizeof(int));\n"
        "        p[0] = q[0];\n"
        "    }\n"
        "}\n"
    )
    result = driver.compile("c", source, filename="two.c")
    run = driver.run_compiled(result)
    assert run.status == "trap" and run.source_file == "runtime/memory.ir"
    malloc_lines = (Path(runtime.__file__).parent / "memory.ir").read_text().splitlines()
    assert run.source_line is not None and malloc_lines[run.source_line - 1].strip() == "trap 1"
    assert run.message.endswith("(in malloc, called at line 4 or 5)")


def test_c_is_compiled_through_the_shared_pipeline() -> None:
    source = '#include <stdio.h>\nint main(void) {\n    printf("%d\\n", 6 * 7);\n    return 0;\n}\n'
    result = driver.compile("c", source, filename="x.c")
    assert result.ok, result.render_diagnostics()
    assert result.tokens and result.ast and result.ir and result.assembly and result.deck
    assert driver.run_compiled(result).output == "42\n"


def test_a_frontend_that_fails_to_import_is_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(key: str) -> Frontend:
        raise SyntaxError("invalid syntax (lexer.py, line 3)")

    monkeypatch.setattr(registry, "frontend", broken)
    result = driver.compile("python", "print(1)")
    assert not result.ok
    assert result.diagnostics[0].code == "internal" and "load stage" in result.diagnostics[0].message
    # Never quietly "not available": asking whether the language can run raises the import's error.
    with pytest.raises(SyntaxError):
        registry.get("python").available  # type: ignore[union-attr]  # noqa: B018
