"""Linking by namespace (CONVENTIONS.md): a language's own routines live in compilers/runtime/<namespace>/,
are named `<namespace>_...`, and are linked only into that language's programs.

The tests build a runtime folder of their own (the shared files copied, plus a namespace folder), so
that they neither depend on nor disturb what the languages' folders hold."""

from __future__ import annotations

import importlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from compilers import driver
from compilers.ir import interpret, parse_module
from compilers.runtime.link import LinkError, RuntimeLibraryError, is_runtime_file, link

# The module itself (the package's `link` attribute is the function of that name).
linking = importlib.import_module("compilers.runtime.link")

TWICE = "func @py_twice(%x) -> w {\nentry:\n  %y = call @py_add(%x, %x)\n  ret %y\n}\n"
ADD = "global @py_calls = 0\nfunc @py_add(%a, %b) -> w {\nentry:\n  %c = add %a, %b\n  ret %c\n}\n"
PROGRAM = "func @main() -> w {\nentry:\n  %v = call @py_twice(21)\n  print %v\n  printc 10\n  ret 0\n}\n"


def _clear_caches() -> None:
    for cached in (linking._index, linking._parsed, linking._routine, linking.runtime_library):
        cached.cache_clear()
    linking._namespace_routine.cache_clear()
    linking._collecting.cache_clear()
    linking._has_folder.cache_clear()


@pytest.fixture
def runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in linking.RUNTIME_FILES:
        shutil.copy(linking.RUNTIME_DIR / name, tmp_path / name)
    (tmp_path / "py").mkdir()
    (tmp_path / "py" / "twice.ir").write_text(TWICE)
    (tmp_path / "py" / "add.ir").write_text(ADD)
    _clear_caches()
    monkeypatch.setattr(linking, "RUNTIME_DIR", tmp_path)
    yield tmp_path
    monkeypatch.undo()
    _clear_caches()


def test_a_namespace_links_its_own_routines_and_what_they_call(runtime_dir: Path) -> None:
    linked = link(parse_module(PROGRAM), namespace="py")
    assert sorted(f.name for f in linked.functions) == ["main", "py_add", "py_twice"]
    assert [f.file for f in linked.functions[1:]] == ["runtime/py/add.ir", "runtime/py/twice.ir"]
    assert interpret(linked).output == "42\n"


def test_another_namespace_does_not_see_them(runtime_dir: Path) -> None:
    (runtime_dir / "lisp").mkdir()
    (runtime_dir / "lisp" / "car.ir").write_text(
        "func @lisp_car(%p) -> w {\nentry:\n  %v = load [%p]\n  ret %v\n}\n"
    )
    with pytest.raises(LinkError) as caught:
        link(parse_module(PROGRAM), namespace="lisp")
    assert caught.value.names == ["py_twice"]
    with pytest.raises(LinkError):
        link(parse_module(PROGRAM))  # the shared library alone


def test_a_name_without_the_namespace_prefix_is_rejected(runtime_dir: Path) -> None:
    (runtime_dir / "py" / "bad.ir").write_text("func @add_twice(%x) -> w {\nentry:\n  ret %x\n}\n")
    with pytest.raises(RuntimeLibraryError) as caught:
        link(parse_module(PROGRAM), namespace="py")
    assert (
        str(caught.value) == "runtime/py/bad.ir defines @add_twice: every name in runtime/py/ must begin py_"
    )


def test_a_global_without_the_prefix_is_rejected_too(runtime_dir: Path) -> None:
    (runtime_dir / "py" / "bad.ir").write_text("global @counter = 0\n")
    with pytest.raises(
        RuntimeLibraryError, match="defines @counter: every name in runtime/py/ must begin py_"
    ):
        link(parse_module(PROGRAM), namespace="py")


def test_a_name_defined_twice_is_rejected(runtime_dir: Path) -> None:
    (runtime_dir / "py" / "again.ir").write_text(ADD.replace("global @py_calls = 0\n", ""))
    with pytest.raises(RuntimeLibraryError) as caught:
        link(parse_module(PROGRAM), namespace="py")
    assert (
        str(caught.value)
        == "@py_add is defined twice in the runtime: in runtime/py/add.ir and runtime/py/again.ir"
    )


def test_a_bad_namespace_folder_does_not_affect_other_languages(runtime_dir: Path) -> None:
    (runtime_dir / "py" / "bad.ir").write_text("func @oops() -> w {\nentry:\n  ret 0\n}\n")
    source = 'func @main() -> w {\nentry:\n  %n = call @strlen(@s)\n  ret %n\n}\nconst global @s = "ab"\n'
    assert [f.name for f in link(parse_module(source)).functions] == ["main", "strlen"]


def test_the_driver_links_with_the_languages_namespace(runtime_dir: Path) -> None:
    compiled = driver.compile_module(parse_module(PROGRAM), lang="python")
    assert compiled.ok, compiled.render_diagnostics()
    assert driver.run_compiled(compiled).output == "42\n"
    refused = driver.compile_module(parse_module(PROGRAM), lang="c")
    assert not refused.ok
    assert [d.message for d in refused.diagnostics] == ["undefined function 'py_twice'"]


def test_a_namespace_file_is_a_runtime_file(runtime_dir: Path) -> None:
    assert is_runtime_file("runtime/py/twice.ir")
    assert is_runtime_file("runtime/gc.ir")
    assert not is_runtime_file("runtime/py/missing.ir")
    assert not is_runtime_file("twice.ir")


def test_a_namespace_routine_is_cached_apart_from_the_shared_library(runtime_dir: Path) -> None:
    link(parse_module(PROGRAM), namespace="py")
    assert linking._namespace_routine.cache_info().currsize == 2
    assert linking._routine.cache_info().currsize == 0


def test_the_shared_files_are_every_ir_file_of_the_folder() -> None:
    assert set(linking.RUNTIME_FILES) == {p.name for p in linking.RUNTIME_DIR.glob("*.ir")}
    assert {"gc.ir", "memory.ir", "io.ir"} <= set(linking.RUNTIME_FILES)


def test_an_edited_runtime_file_is_read_again_by_the_next_compile(runtime_dir: Path) -> None:
    assert driver.run_compiled(driver.compile_module(parse_module(PROGRAM), lang="python")).output == "42\n"
    # py_add made a multiplication (and the file's size changed with it): 21 * 21, by hand
    (runtime_dir / "py" / "add.ir").write_text(ADD.replace("%c = add %a, %b", "%c = mul %a, %b  "))
    compiled = driver.compile_module(parse_module(PROGRAM), lang="python")
    assert compiled.ok, compiled.render_diagnostics()
    assert driver.run_compiled(compiled).output == "441\n"
    assert not linking.refresh()  # nothing changed since
