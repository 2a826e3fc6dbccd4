"""Functions parsed before are taken from the parser's cache (compilers/ir/parser.py, _PARSED_FUNCTIONS):
each parse gets its own copy, the same as a parse from scratch, and errors are reported as before."""

from __future__ import annotations

import pytest

from compilers.ir import parse_module, print_module
from compilers.ir.parser import _PARSED_FUNCTIONS, IRParseError, Parser

TEXT = (
    "global @count = 0\n"
    "func @twice(%x) -> w {\n"
    "  .line 3\n"
    "entry:\n"
    "  %y = add %x, %x\n"
    "  ret %y\n"
    "}\n"
    "\n"
    "func @main() -> w {\n"
    "entry:\n"
    "  %v = call @twice(21)\n"
    "  print %v\n"
    "  ret 0\n"
    "}\n"
)


def test_a_function_parsed_again_is_a_copy_of_the_same_function() -> None:
    first = parse_module(TEXT)
    assert any("add %x, %x" in chunk for chunk in _PARSED_FUNCTIONS)
    first.functions[0].blocks[0].instrs.clear()  # a pass changing its copy
    again = parse_module(TEXT)
    assert print_module(again) == print_module(Parser(TEXT, "<ir>").parse())
    assert again.functions[0].blocks[0].instrs
    assert [g.name for g in again.globals] == ["count"]


@pytest.mark.parametrize(
    "text",
    [
        TEXT.replace("ret %y", "ret %y ?"),  # inside a function
        TEXT.replace("global @count = 0", "global @count = ?"),  # outside one
        TEXT.replace("}\n\nfunc @main", "\nfunc @main"),  # a function without its closing brace
    ],
)
def test_an_error_is_reported_as_the_whole_text_gives_it(text: str) -> None:
    with pytest.raises(IRParseError) as whole:
        Parser(text, "p.ir").parse()
    with pytest.raises(IRParseError) as cached:
        parse_module(text, "p.ir")
    assert str(cached.value) == str(whole.value)


def test_a_text_in_another_shape_is_parsed_whole() -> None:
    shaped = TEXT.replace("}\n", "}  ; end\n")  # no line `}` alone: read by the general parse
    assert print_module(parse_module(shaped)) == print_module(parse_module(TEXT))
