"""A program linked from its parts kept assembled (babbage/linker.py) is the program, and the deck, that
assembling its whole text from scratch makes: card for card, label for label, line for line.

The compiles below run in one process, so the later ones link pieces that the earlier ones assembled
(the runtime's routines, and the functions compiled before), standing at other cards."""

from __future__ import annotations

import pytest

from babbage import AssemblyError, Program, assemble, encode_deck
from babbage.linker import assemble_parts
from compilers import driver
from compilers.runtime import is_runtime_file

# Two programs a language, each compiled after the other: the second links the runtime's routines at
# other cards than the first.
PROGRAMS = {
    "c": (
        "main.c",
        "#include <stdio.h>\nint sq(int x) { return x * x; }\nint main(void) {\n  int s = 0;\n"
        '  for (int i = 0; i < 5; i++) s += sq(i);\n  printf("%d %s\\n", s, "ok");\n  return 0;\n}\n',
        '#include <stdio.h>\n#include <string.h>\nint main(void) {\n  char b[20];\n  strcpy(b, "engine");\n'
        '  printf("%d\\n", (int) strlen(b));\n  return 0;\n}\n',
    ),
    "python": (
        "main.py",
        "def f(n):\n    return [i * i for i in range(n)]\nprint(f(5), {'a': 1})\n",
        "class P:\n    def __init__(self, x):\n        self.x = x\n    def __str__(self):\n"
        "        return 'P(%d)' % self.x\nprint(P(3), sorted([3, 1, 2], reverse=True))\n",
    ),
    "java": (
        "Main.java",
        "public class Main {\n  public static void main(String[] args) {\n    int s = 0;\n"
        '    for (int i = 0; i < 4; i++) s += i;\n    System.out.println("sum " + s);\n  }\n}\n',
        "import java.util.*;\npublic class Main {\n  public static void main(String[] args) {\n"
        "    List<Integer> xs = new ArrayList<>();\n    xs.add(2); xs.add(1);\n"
        "    System.out.println(xs.size());\n  }\n}\n",
    ),
    "lisp": (
        "main.lisp",
        "(defun sq (x) (* x x))\n(print (mapcar #'sq '(1 2 3)))\n",
        '(format t "~a~%" (list 1 "two" (* 6 7)))\n',
    ),
    "haskell": (
        "main.hs",
        "main :: IO ()\nmain = print (sum [1 .. 10 :: Int])\n",
        "sq :: Int -> Int\nsq x = x * x\n\nmain :: IO ()\nmain = do\n  print (map sq [1, 2, 3])\n"
        '  putStrLn "done"\n',
    ),
}


def _same_program(linked: Program, whole: Program) -> None:
    assert linked.instructions == whole.instructions
    assert linked.data == whole.data
    assert linked.heap_size == whole.heap_size
    assert linked.entry == whole.entry
    assert list(linked.labels.items()) == list(whole.labels.items())  # in the order of the text


@pytest.mark.parametrize("lang", sorted(PROGRAMS))
def test_a_compiled_program_is_the_one_its_whole_text_assembles_to(lang: str) -> None:
    filename, first, second = PROGRAMS[lang]
    for source in (first, second, first):
        for opt_level in (0, 1):
            result = driver.compile(
                lang, source, driver.CompileOptions(opt_level=opt_level), filename=filename
            )
            assert result.ok, result.render_diagnostics()
            assert isinstance(result.program, Program)
            whole = assemble(result.assembly, filename)
            _same_program(result.program, whole)
            assert result.deck == encode_deck(whole)
            # The driver takes the runtime's cards out of the line map (RuntimePlaces); the rest is the same.
            kept = {card: where for card, where in whole.line_map.items() if not is_runtime_file(where[0])}
            assert list(result.program.line_map.items()) == list(kept.items())
            assert result.runtime is not None
            runtime = {card: where for card, where in whole.line_map.items() if is_runtime_file(where[0])}
            assert result.runtime.cards == runtime


def test_the_driver_gives_the_same_program_without_the_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    filename, source, _other = PROGRAMS["python"]
    linked = driver.compile("python", source, filename=filename)
    monkeypatch.setattr(driver, "_use_piece_cache", False)
    whole = driver.compile("python", source, filename=filename)
    assert isinstance(linked.program, Program) and isinstance(whole.program, Program)
    _same_program(linked.program, whole.program)
    assert linked.deck == whole.deck and linked.assembly == whole.assembly


# Hand-written segments: a header, kept pieces of code and a data section.
HEADER = ['        .file "p.s"', "        .text"]
DATA = ["        .data", "table:", "        .word f, g.loop", "msg:", '        .string "hi"']
F = (
    "f:",
    "        .line 3",
    "        LOAD   A, [msg]",
    "f.loop:",
    "        SUB    A, 1",
    "        CMP    A, 0",
    "        JNZ    f.loop",
    "        CALL   g",
    "        RET",
)
G = ("g:", "        LOAD   B, 7", "g.loop:", "        .line 9", "        JMP    g.loop")


def _check(segments: list[tuple[bool, list[str] | tuple[str, ...]]]) -> None:
    source = "\n".join(line for _kept, lines in segments for line in lines) + "\n"
    whole = assemble(source, "p.s")
    linked = assemble_parts(segments, "p.s", source)
    assert any(span.placed is not None for span in linked.spans)  # linked from pieces, not assembled whole
    _same_program(linked.program, whole)
    assert list(linked.program.line_map.items()) == list(whole.line_map.items())
    assert linked.deck() == encode_deck(whole)


def test_pieces_linked_at_other_cards_after_other_lines() -> None:
    start = ["__start:", "        CALL   f", "        HALT"]
    _check([(False, HEADER), (False, start), (True, F), (True, G), (False, DATA)])
    # The same pieces again, in another order and after more code: g's first card, before its .line,
    # takes the line in force there (f's last, then the start's own).
    _check(
        [
            (False, HEADER),
            (False, [*start, "        .line 40", "        NOP"]),
            (True, G),
            (True, F),
            (False, DATA),
        ]
    )
    _check([(False, HEADER), (True, G), (False, start), (True, F), (False, DATA)])


def test_a_wide_immediate_in_a_piece_goes_to_the_constant_pool() -> None:
    wide = (
        "h:",
        "        .line 2",
        "        LOAD   A, 123456789012345678901234567890123456789012345678",
        "        RET",
    )
    start = ["__start:", "        CALL   h", "        HALT"]
    _check([(False, HEADER), (False, start), (True, wide), (True, F), (True, G), (False, DATA)])
    _check(
        [(False, HEADER), (False, [*start, "        NOP"]), (True, F), (True, wide), (True, G), (False, DATA)]
    )


@pytest.mark.parametrize(
    "broken",
    [
        ("f:", "        .line 1", "        JMP    nowhere"),  # an undefined label
        ("f:", "        .line 1", "        RET"),  # f defined twice
        ("k:", "        .line 1", "        JMP    msg"),  # a jump to a data label
    ],
)
def test_a_program_with_an_error_has_the_diagnostics_of_its_whole_text(broken: tuple[str, ...]) -> None:
    segments: list[tuple[bool, list[str] | tuple[str, ...]]] = [
        (False, HEADER),
        (False, ["__start:", "        CALL   f", "        HALT"]),
        (True, F),
        (True, G),
        (True, broken),
        (False, DATA),
    ]
    source = "\n".join(line for _kept, lines in segments for line in lines) + "\n"
    with pytest.raises(AssemblyError) as whole:
        assemble(source, "p.s")
    with pytest.raises(AssemblyError) as linked:
        assemble_parts(segments, "p.s", source)
    assert [str(d) for d in linked.value.diagnostics] == [str(d) for d in whole.value.diagnostics]
