"""Which source line each line of a stage's text came from.

The explorer and the run panel show the stages (tokens, syntax tree, IR, assembly, card deck) beside the
source and highlight the lines a source line became, and back. The maps are the compiler's own: tokens and
syntax-tree nodes carry their span, the IR and the assembly carry `.line N` directives, and the line map
gives each operation card its source line. A line with no source line (a label, a directive, a runtime
routine, the built-in header) maps to None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from compilers.tokens import Token


@dataclass(frozen=True, slots=True)
class StageLine:
    text: str
    source_line: int | None


# `.line 12` in the IR's and the assembly's text forms; `.file "runtime/io.ir"` (or `.file 1 "..."`) says
# whose lines the `.line`s after it count: the program's (the first file named) or a runtime routine's.
_LINE_DIRECTIVE = re.compile(r"^\s*\.line\s+(\d+)\s*$")
_FILE_DIRECTIVE = re.compile(r'^\s*\.file\s+(?:\d+\s+)?"(.*)"\s*$')
# A section that no source line made: what follows belongs to no line until the next `.line`.
_SECTIONS = (".data", ".text")
# `@12:5` in a syntax tree's text: the node's line and column.
_NODE_PLACE = re.compile(r"@(\d+):(\d+)")
# `(at 12 ...)` in the typed core's text: the source line of the term inside.
_CORE_PLACE = re.compile(r"\(at (\d+)\b")


def directive_lines(text: str) -> list[StageLine]:
    """The IR or the assembly: each line belongs to the last `.line N` before it, within its function.

    A line at the margin (a function, a global, a closing brace) ends the run; a label (also at the
    margin, ending in ':') belongs to no line but keeps the run, since the code after it continues it.
    The linked runtime's routines carry `.line`s of their own files: under a `.file` other than the
    first, no line is the program's.
    """
    lines: list[StageLine] = []
    current: int | None = None
    program_file: str | None = None
    in_program = True
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(".line"):
            directive = _LINE_DIRECTIVE.match(line)
            if directive:
                current = int(directive.group(1)) if in_program else None
                lines.append(StageLine(line, current))
                continue
        if stripped.startswith(".file"):
            named = _FILE_DIRECTIVE.match(line)
            if named:
                program_file = named.group(1) if program_file is None else program_file
                in_program = named.group(1) == program_file
            current = None
        elif stripped.startswith(_SECTIONS):
            current = None
        elif stripped and not line[0].isspace():
            if not stripped.endswith(":"):
                current = None
            lines.append(StageLine(line, None))
            continue
        lines.append(StageLine(line, current if stripped else None))
    return lines


def deck_lines(deck: str, line_map: Mapping[Any, Iterable[int]]) -> list[tuple[int | None, StageLine]]:
    """The card deck: (card index, line) per line of its text (the map's keys: line numbers, or their text
    as a stored run keeps them). Operation cards are the lines that start
    with a digit (ISA.md section 5), numbered from 0 as the line map numbers them; the map gives each
    card its source line."""
    line_of: dict[int, int] = {}
    for source_line, cards in line_map.items():
        for card in cards:
            line_of.setdefault(card, int(source_line))
    rows: list[tuple[int | None, StageLine]] = []
    index = 0
    for line in deck.splitlines():
        if line[:1].isdigit():
            rows.append((index, StageLine(line, line_of.get(index))))
            index += 1
        else:
            rows.append((None, StageLine(line, None)))
    return rows


def card_lines(deck: str, line_map: Mapping[Any, Iterable[int]]) -> list[StageLine]:
    """The deck's lines, each operation card's index before it (as the line map numbers cards)."""
    return [
        StageLine(f"{'' if index is None else index:>5}  {line.text}", line.source_line)
        for index, line in deck_lines(deck, line_map)
    ]


def token_text(token: Token, filename: str) -> str:
    """A token as the stages show it, `line:column kind 'text'`, behind its file's name when it is not
    the program's own: a built-in header's reads `<stdio.h>:4:1 keyword 'typedef'`."""
    return str(token) if token.span.file == filename else f"{token.span.file}:{token}"


# A token's text: the program's own (`4:1 keyword 'int'`), or another file's (`<stdio.h>:4:1 ...`).
_OWN_TOKEN = re.compile(r"^(\d+):(\d+) (\S+) ")
_FILE_TOKEN = re.compile(r"^(.+?):\d+:\d+ ")


@dataclass(frozen=True, slots=True)
class OwnTokens:
    lines: list[StageLine]  # the program's own tokens, the end-of-file token left out
    places: set[tuple[int, int]]  # (line, column) where each of them starts
    others: list[str]  # the other files (built-in headers) whose tokens are left out, by name


def own_tokens(tokens: Iterable[Token | str], filename: str) -> OwnTokens:
    """The program's own tokens. A token comes as a Token, or as its text (token_text: a bounded
    compile sends texts, which cross processes far faster)."""
    lines: list[StageLine] = []
    places: set[tuple[int, int]] = set()
    others: set[str] = set()
    for token in tokens:
        if isinstance(token, Token):
            if token.span.file != filename:
                others.add(token.span.file)
            elif token.kind != "eof":
                lines.append(StageLine(str(token), token.span.line))
                places.add((token.span.line, token.span.column))
            continue
        own = _OWN_TOKEN.match(token)
        if own is None:
            other = _FILE_TOKEN.match(token)
            others.add(other.group(1) if other else "")
        elif own.group(3) != "eof":
            lines.append(StageLine(token, int(own.group(1))))
            places.add((int(own.group(1)), int(own.group(2))))
    return OwnTokens(lines, places, sorted(name for name in others if name))


def node_lines(text: str, places: set[tuple[int, int]] | None = None) -> list[StageLine]:
    """A syntax tree (or any text marking nodes `@line:column`): each line maps to its node's line.

    The tree of a program that includes a built-in header holds the header's declarations too, placed in
    the header's own lines; given `places` (where the program's own tokens start), a node is mapped only
    when it starts where one of them does, so that a header's line 4 never lights up the program's."""
    lines: list[StageLine] = []
    for line in text.splitlines():
        place = _NODE_PLACE.search(line)
        source_line = None
        if place:
            at = (int(place.group(1)), int(place.group(2)))
            if places is None or at in places:
                source_line = at[0]
        lines.append(StageLine(line, source_line))
    return lines


def core_lines(text: str) -> list[StageLine]:
    """The typed core (core/text.py): a line maps to the first `(at N ...)` on it, the source line of the
    term it opens; a line with none maps to no line."""
    lines: list[StageLine] = []
    for line in text.splitlines():
        place = _CORE_PLACE.search(line)
        lines.append(StageLine(line, int(place.group(1)) if place else None))
    return lines


def blocks(lines: list[StageLine]) -> list[StageLine]:
    """Consecutive lines of the same source line as one block (its lines joined by newlines): a page
    draws one element a block instead of one a line. A Python program's assembly is some 15,000 lines,
    most of them the runtime's, which no source line made: one block each run of them."""
    runs: list[tuple[int | None, list[str]]] = []
    for line in lines:
        if runs and runs[-1][0] == line.source_line:
            runs[-1][1].append(line.text)
        else:
            runs.append((line.source_line, [line.text]))
    return [StageLine("\n".join(texts), source_line) for source_line, texts in runs]
