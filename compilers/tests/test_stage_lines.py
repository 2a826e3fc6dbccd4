"""Each line of a stage's text maps to the source line it came from: the explorer and the run panel
highlight a source line's stage lines and back. Expectations worked by hand from the texts below."""

from __future__ import annotations

from compilers import driver
from compilers.examples import example
from compilers.stage_lines import (
    card_lines,
    core_lines,
    deck_lines,
    directive_lines,
    node_lines,
    own_tokens,
    token_text,
)

GCD = example("c")  # Euclid's algorithm, including <stdio.h>: `int t = a % b;` on line 5

IR = """global @x = 0

func @f(%a) -> w {
  .line 3
entry:
  .line 4
  %t = add %a, 1
loop:
  br %t, loop, done
done:
  .line 9
  ret %t
}
"""


def test_ir_and_assembly_lines_belong_to_the_last_line_directive_of_their_function() -> None:
    mapped = [(line.text.strip(), line.source_line) for line in directive_lines(IR)]
    assert mapped == [
        ("global @x = 0", None),
        ("", None),
        ("func @f(%a) -> w {", None),
        (".line 3", 3),
        ("entry:", None),  # a label belongs to no line, but the run goes on after it
        (".line 4", 4),
        ("%t = add %a, 1", 4),
        ("loop:", None),
        ("br %t, loop, done", 4),
        ("done:", None),
        (".line 9", 9),
        ("ret %t", 9),
        ("}", None),  # the function's end ends the run
    ]


def test_assembly_sections_end_a_run() -> None:
    text = "main:\n        .line 2\n        HALT\n        .data\n__heap:\n        .word 0\n"
    assert [line.source_line for line in directive_lines(text)] == [None, 2, 2, None, None, None]


def test_a_runtime_routines_lines_are_not_the_programs() -> None:
    text = (
        '        .file "main.c"\nmain:\n        .line 2\n        HALT\n'
        '        .file "runtime/io.ir"\nputs:\n        .line 2\n        RET\n'
        '        .file "main.c"\nf:\n        .line 4\n        RET\n'
    )
    mapped = [(line.text.strip(), line.source_line) for line in directive_lines(text) if line.source_line]
    assert mapped == [(".line 2", 2), ("HALT", 2), (".line 4", 4), ("RET", 4)]


def test_a_linked_programs_assembly_maps_only_its_own_lines() -> None:
    result = driver.compile("python", example("python"))  # links the Python runtime
    source_lines = len(example("python").splitlines())
    lines = directive_lines(result.assembly)
    assert any(line.text.strip().startswith('.file "runtime/') for line in lines)
    mapped = {line.source_line for line in lines if line.source_line is not None}
    assert mapped and max(mapped) <= source_lines  # the runtime's own .lines (into the thousands) map to none


def test_deck_cards_map_through_the_line_map() -> None:
    deck = "; deck\n.static 1\nN 0000001 +1\n10000\n20000\n30000\n"
    rows = deck_lines(deck, {"2": [0, 2], "5": [1]})
    assert [(index, line.source_line) for index, line in rows] == [
        (None, None),
        (None, None),
        (None, None),  # a number card is not an operation card
        (0, 2),
        (1, 5),
        (2, 2),
    ]
    assert [line.text for line in card_lines(deck, {2: [0]})][3:5] == ["    0  10000", "    1  20000"]


def test_a_programs_own_tokens_leave_the_built_in_header_out_and_name_it() -> None:
    result = driver.compile("c", GCD, filename="main.c")
    assert any(token.span.file == "<stdio.h>" for token in result.tokens)  # the header was read
    for tokens in (result.tokens, [token_text(token, "main.c") for token in result.tokens]):
        own = own_tokens(tokens, "main.c")
        assert own.others == ["<stdio.h>"]
        assert own.lines[0].text == "3:1 keyword 'int'" and own.lines[0].source_line == 3
        assert all("typedef" not in line.text for line in own.lines)  # the header's first word
        assert "eof" not in own.lines[-1].text
        assert (5, 9) in own.places  # `int t` on line 5, column 9


def test_syntax_tree_nodes_map_only_at_the_programs_own_places() -> None:
    tree = "Unit @1:1\n  Decl @4:23\n  Func @3:5\n    Body\n"
    # The header's declaration at its own 4:23 is not line 4 of the program.
    assert [line.source_line for line in node_lines(tree, {(3, 5)})] == [None, None, 3, None]
    assert [line.source_line for line in node_lines(tree)] == [1, 4, 3, None]


def test_the_typed_core_maps_each_line_to_its_first_at_form() -> None:
    result = driver.compile("systemf", example("systemf"))  # `let gcd = fix ...` on line 2, print on 3
    lines = core_lines(result.stage_text("core"))
    assert lines[0].source_line is None  # (main
    mapped = {line.source_line for line in lines} - {None}
    assert mapped == {2, 3}
    assert all("(at " in line.text for line in lines if line.source_line is not None)
