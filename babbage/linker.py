"""Assembling a program from its parts, each function's code kept assembled for the process.

A compiler's assembly is the same text as ever (`compilers emit --stage asm` shows it), but most of it
is the runtime's routines, which are the same in every program: assembling them again each time was most
of a compile. The code generator hands the text over in segments (one a function); a segment of code is
assembled on its own once (a Piece: its cards, with the cards that name a label left to link) and kept
by its text, and a program is linked from its pieces: labels take their card indices, the named cards
are built with the program's labels, the debug lines run on from the line in force. The header and the
data section are read line by line, as the assembler reads them.

The result is the Program, and the deck, that `assemble` and `encode_deck` make of the whole text, card
for card; anything out of the ordinary (an error, a label defined twice, a program without `.line`)
assembles the whole text instead, for the same diagnostics.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from operator import itemgetter

from babbage.assembler import PendingInstruction, _Assembler, _independent, assemble, expr_mode
from babbage.deck import deck_header, encode_card, encode_number
from babbage.isa import MODE_ABSOLUTE, NO_REGISTER, OPERAND_MODES
from babbage.numbers import fits_word
from babbage.program import VALUE_LIMIT, Instruction, Program, make_instruction

# A piece's debug entries before its own `.file` or `.line`: the file and line in force where it stands.
_INHERIT_FILE = "\x00in force"
_INHERIT_LINE = -1
# The segments kept, in lines: the least recently used go beyond this. A Python program's runtime is some
# 36,000 lines, kept in about 18 MB (half a kilobyte a line): the runtimes of every language fit.
MAX_PIECE_LINES = 150_000


@dataclass(frozen=True, slots=True)
class _Reloc:
    """A card that names a label: built at link, with the program's labels (the fields of its card but
    the value, which is `constant` plus the labels' signed values)."""

    offset: int  # its card in the piece
    pending: PendingInstruction  # for the assembler's own building, when the quick one does not apply
    opcode: int
    register: int
    mode: int
    base: int
    constant: int
    labels: tuple[tuple[int, str], ...]  # (sign, name)
    text_labels: bool  # a jump's target: its labels must be text labels
    general: bool  # a shift count or a trap code: the assembler's checks of the value apply


@dataclass(slots=True)
class Piece:
    """A segment of code assembled on its own: what a program linking it takes."""

    pending: list[PendingInstruction]
    cards: list[Instruction | None]  # None where a _Reloc is
    relocs: list[_Reloc]
    label_names: tuple[str, ...]  # the labels it defines
    label_offsets: tuple[int, ...]  # their cards in it
    debug: list[tuple[str, int]]  # per card: (.file, .line), either maybe _INHERIT_*
    inherits_file: bool  # some debug entry's file is the one in force before it
    inherits_line: bool  # and its line
    end_file: str  # what is in force after it (_INHERIT_*: what was before it)
    end_line: int
    seen_line: bool  # it has a .line directive
    names: tuple[str, ...]  # the labels its relocated cards name
    jump_names: frozenset[str]  # those that must be text labels
    # Each card's 50 digits (encode_card; None where a _Reloc is), made with the piece: a runtime's pieces
    # are made by driver.preload, so that a worker's first deck encodes only the program's own cards.
    texts: list[str | None]
    # The places of the labels it names at its last link, and its cards then: one attribute, set at once,
    # so that a compile on another thread reads the two as they were set together.
    last: tuple[tuple[int, ...], list[Instruction]] | None = None
    # Its debug entries where it stands, by the file and the line in force before it (the line only when
    # some card takes it): a routine is linked after the same `.file` in every program.
    placed: dict[tuple[str | None, int | None], Placed] = field(default_factory=dict)


@dataclass(slots=True)
class Placed:
    """A piece's debug entries where the file and the line in force before it are known."""

    debug: list[tuple[str, int] | None]  # per card, as the assembler's debug list has it
    files: tuple[str, ...]  # the files they name, in order
    relocs: frozenset[int]  # the piece's cards that name a label
    texts: list[str | None]  # the piece's (Piece.texts)
    # Deck lines per numbering of its files: the card lines (None where a _Reloc is) and each _Reloc's
    # debug suffix.
    deck: dict[tuple[int, ...], tuple[list[str | None], list[tuple[int, str]]]] = field(default_factory=dict)
    # Its deck lines at its last link, with the numbering of its files and the labels' places then.
    last_deck: tuple[object, list[str]] = (None, [])


# By their text; None: a segment that is not a piece (it is read line by line).
_PIECES: OrderedDict[tuple[str, ...], Piece | None] = OrderedDict()
_piece_lines = 0


def _shape(pending: PendingInstruction) -> tuple[int, int, int, int, str] | None:
    """The label-independent checks of building a card (operand count, register, operand kind): the
    card's register, mode, base, constant and the second operand's kind; None if the card has an error."""
    opcode = pending.opcode
    kinds = opcode.operands
    operands = pending.operands
    if len(operands) != len(kinds):
        return None
    register = NO_REGISTER
    if opcode.has_register:
        if operands[0].kind != "register":
            return None
        register = operands[0].register
        operands, kinds = operands[1:], kinds[1:]
    if not kinds:
        return None
    operand, kind = operands[0], kinds[0]
    if operand.expr is None:
        return None
    mode, base = expr_mode(operand)
    if mode not in OPERAND_MODES[kind]:
        return None
    return register, mode, base, operand.expr.constant, kind


def _make_piece(lines: tuple[str, ...]) -> Piece | None:
    """The segment assembled on its own; None unless it is code alone, without an error."""
    if "\n".join(lines).splitlines() != list(lines):
        return None  # a line that the whole text's splitlines would read otherwise
    asm = _Assembler("", "<piece>")
    asm.debug_file = _INHERIT_FILE
    asm.debug_line = _INHERIT_LINE
    asm.read_lines(lines, 1)
    if (
        asm.errors
        or asm.section != "text"
        or asm.data
        or asm.pending_words
        or asm.heap is not None
        or asm.entry is not None
        or any(section != "text" for section, _value, _line in asm.labels.values())
    ):
        return None
    cards: list[Instruction | None] = []
    relocs: list[_Reloc] = []
    for offset, pending in enumerate(asm.instructions):
        if _independent(pending.operands):
            card = asm.build_instruction(pending, {})
            if card is None:
                return None
            cards.append(card)
            continue
        shape = _shape(pending)
        if shape is None:
            return None
        register, mode, base, constant, kind = shape
        operand = pending.operands[-1]
        assert operand.expr is not None
        labels = tuple((sign, name) for sign, name, _column in operand.expr.labels)
        relocs.append(
            _Reloc(
                offset,
                pending,
                pending.opcode.number,
                register,
                mode,
                base,
                constant,
                labels,
                kind == "label",
                kind in ("n", "code"),
            )
        )
        cards.append(None)
    debug = [where for where in asm.debug if where is not None]
    if len(debug) != len(cards):
        return None
    try:
        texts = [None if card is None else encode_card(card) for card in cards]
    except ValueError:
        return None  # a card the deck cannot hold: the whole text's encoding says so
    return Piece(
        asm.instructions,
        cards,
        relocs,
        tuple(asm.labels),
        tuple(value for _section, value, _line in asm.labels.values()),
        debug,
        any(file is _INHERIT_FILE for file, _line in debug),
        any(line == _INHERIT_LINE for _file, line in debug),
        asm.debug_file,
        asm.debug_line if asm.debug_line is not None else _INHERIT_LINE,
        asm.seen_line_directive,
        tuple(dict.fromkeys(name for reloc in relocs for _sign, name in reloc.labels)),
        frozenset(name for reloc in relocs if reloc.text_labels for _sign, name in reloc.labels),
        texts,
    )


def _piece(lines: tuple[str, ...]) -> Piece | None:
    global _piece_lines
    found = _PIECES.get(lines, _NOT_KEPT)
    if found is not _NOT_KEPT:
        with suppress(KeyError):  # gone already, another thread's compile having kept more
            _PIECES.move_to_end(lines)
        return found  # type: ignore[return-value]
    piece = _make_piece(lines)
    _PIECES[lines] = piece
    _piece_lines += len(lines)
    while _piece_lines > MAX_PIECE_LINES and len(_PIECES) > 1:
        old, _piece_kept = _PIECES.popitem(last=False)
        _piece_lines -= len(old)
    return piece


_NOT_KEPT = object()


@dataclass(frozen=True, slots=True)
class Span:
    """Cards of one part of a linked program."""

    start: int
    end: int
    placed: Placed | None  # a piece's debug entries; None: cards read line by line
    where: tuple[int, ...] | None  # the places of the labels its cards name, if its cards are its last


# Number cards made, by (address, value): most of a program's static data is its runtime's, at the same
# addresses in programs of the same language.
_NUMBER_CARDS: dict[tuple[int, int], str] = {}
MAX_NUMBER_CARDS = 100_000
# The static data of the last deck made, and its number cards.
_last_numbers: tuple[list[int], list[str]] = ([], [])


# The debug entries of the last program linked, and its line map (a copy of the one it was given).
_last_line_map: tuple[list[tuple[str, int] | None], dict[int, tuple[str, int]]] = ([], {})


class _Fallback(Exception):
    """The parts cannot be linked as they stand: the whole text is assembled instead."""


@dataclass(slots=True)
class Linked:
    """A program assembled from its parts, and what its deck is made from."""

    program: Program
    spans: list[Span]

    def deck(self) -> str:
        """encode_deck(self.program), with each piece's cards encoded once for the process."""
        return _deck(self.program, self.spans)


def assemble_parts(segments: Sequence[tuple[bool, Sequence[str]]], filename: str, source: str) -> Linked:
    """The program `assemble(source, filename)` makes, where `source` is every segment's lines joined by
    newlines, with a newline after the last. A segment marked True is one function's code: it is
    assembled on its own and kept for the process. AssemblyError as `assemble` raises it."""
    try:
        return _link(segments, filename, source)
    except _Fallback:
        return Linked(assemble(source, filename), [])


def _link(segments: Sequence[tuple[bool, Sequence[str]]], filename: str, source: str) -> Linked:
    asm = _Assembler(source, filename)
    taken: list[tuple[int, int, Piece | None, Placed | None]] = []
    # Every label's value, in the order of the text (Program.labels); the assembler's own table holds
    # only the labels of the lines it read, until a card names another (_named_labels).
    values: dict[str, int] = {}
    data_labels: set[str] = set()
    line = 1
    for is_code, lines in segments:
        if not lines:
            continue
        start = len(asm.instructions)
        piece = _piece(lines if isinstance(lines, tuple) else tuple(lines)) if is_code else None
        if piece is None:
            if "\n".join(lines).splitlines() != list(lines):
                raise _Fallback  # a line that the whole text's splitlines would read otherwise
            known = len(asm.labels)
            asm.read_lines(lines, line)
            for name in list(asm.labels)[known:]:
                if name in values:
                    raise _Fallback  # defined twice: the assembler's error
                section, values[name], _line = asm.labels[name]
                if section != "text":
                    data_labels.add(name)
            if len(asm.instructions) > start:
                taken.append((start, len(asm.instructions), None, None))
        else:
            if not values.keys().isdisjoint(piece.label_names):
                raise _Fallback
            values.update(zip(piece.label_names, map(start.__add__, piece.label_offsets), strict=True))
            taken.append((start, start + len(piece.cards), piece, _take(asm, piece)))
        line += len(lines)
    if asm.errors or not asm.seen_line_directive or asm.entry is not None:
        raise _Fallback
    _resolve_words(asm, values)
    pool: dict[int, int] = {}
    built: dict[int, Instruction] = {}
    cards: list[Instruction] = []
    spans: list[Span] = []

    def name_labels(pending: PendingInstruction) -> None:
        _named_labels(asm, (pending,), values, data_labels)

    for start, end, piece, placed in taken:
        if piece is None or placed is None:
            cards.extend(asm.build_cards(asm.instructions[start:end], pool, built, name_labels))
            spans.append(Span(start, end, None, None))
            continue
        # Its cards are those of its last link wherever the labels it names are where they were then.
        try:
            where = tuple(map(values.__getitem__, piece.names))
        except KeyError:
            where = None  # an undefined label: the assembler's error
        last = piece.last
        if (
            where is not None
            and last is not None
            and where == last[0]
            and data_labels.isdisjoint(piece.jump_names)
        ):
            cards.extend(last[1])
            spans.append(Span(start, end, placed, where))
            continue
        own: list[Instruction | None] = list(piece.cards)
        quick = True
        for reloc in piece.relocs:
            card = _quick(reloc, values, data_labels)
            if card is None:
                quick = False  # the card may depend on more than the labels (the constant pool)
                _named_labels(asm, (reloc.pending,), values, data_labels)
                card = asm.build_instruction(reloc.pending, pool)
                if card is None:
                    raise _Fallback
            own[reloc.offset] = card
        cards.extend(own)  # type: ignore[arg-type]  # every None replaced
        if quick and where is not None:
            piece.last = (where, own)  # type: ignore[assignment]
        spans.append(Span(start, end, placed, where if quick else None))
    if asm.errors:
        raise _Fallback
    # The assembler's line map (every card with a debug entry), made without a loop in Python; a copy of the
    # last program's where the debug entries are the same (a program edited on a line, none moved).
    global _last_line_map
    last_debug, last_map = _last_line_map
    if asm.debug == last_debug:
        line_map = last_map.copy()
    else:
        line_map = dict(filter(itemgetter(1), enumerate(asm.debug)))  # type: ignore[arg-type]
        _last_line_map = (asm.debug, line_map.copy())  # set at once, for a compile on another thread
    return Linked(asm.finish(cards, pool, values, line_map), spans)


def _resolve_words(asm: _Assembler, values: dict[str, int]) -> None:
    """The assembler's resolve_words, for a data section without an error."""
    data = asm.data
    for word in asm.pending_words:
        value = word.expr.constant
        for sign, name, _column in word.expr.labels:
            found = values.get(name)
            if found is None:
                raise _Fallback
            value += sign * found
        if not fits_word(value):
            raise _Fallback
        data[word.address] = value


def _named_labels(
    asm: _Assembler, pendings: Sequence[PendingInstruction], values: dict[str, int], data_labels: set[str]
) -> None:
    """The labels that `pendings` name, in the assembler's table, for the cards it builds itself: pass 2
    looks up no other (the lines of a label serve only its errors, and a label defined twice has been sent
    to the whole text's assembly)."""
    labels = asm.labels
    for pending in pendings:
        for operand in pending.operands:
            expr = operand.expr
            if expr is not None and expr.labels:
                for _sign, name, _column in expr.labels:
                    if name not in labels and name in values:
                        labels[name] = ("data" if name in data_labels else "text", values[name], 0)


def _take(asm: _Assembler, piece: Piece) -> Placed:
    """Pass 1 of a piece standing at the next card (its labels are the caller's)."""
    asm.instructions.extend(piece.pending)
    key = (asm.debug_file if piece.inherits_file else None, asm.debug_line if piece.inherits_line else None)
    placed = piece.placed.get(key)
    if placed is None:
        if len(piece.placed) >= 8:  # a program's own code after lines of every number
            piece.placed.clear()
        placed = piece.placed[key] = _placed(piece, asm.debug_file, asm.debug_line)
    asm.debug.extend(placed.debug)
    if piece.end_file is not _INHERIT_FILE:
        asm.debug_file = piece.end_file
    if piece.end_line != _INHERIT_LINE:
        asm.debug_line = piece.end_line
    asm.seen_line_directive = asm.seen_line_directive or piece.seen_line
    return placed


def _placed(piece: Piece, file_in_force: str, line_in_force: int | None) -> Placed:
    debug: list[tuple[str, int] | None] = []
    for file, number in piece.debug:
        number_here = line_in_force if number == _INHERIT_LINE else number
        file_here = file_in_force if file is _INHERIT_FILE else file
        debug.append((file_here, number_here) if number_here is not None else None)
    files = tuple(dict.fromkeys(where[0] for where in debug if where is not None))
    return Placed(debug, files, frozenset(reloc.offset for reloc in piece.relocs), piece.texts)


def _quick(reloc: _Reloc, values: dict[str, int], data_labels: set[str]) -> Instruction | None:
    """A relocated card where its value is plainly right (what the assembler would build); None where the
    assembler's own checks are needed."""
    if reloc.general:
        return None
    value = reloc.constant
    for sign, name in reloc.labels:
        found = values.get(name)
        if found is None or (reloc.text_labels and name in data_labels):
            return None
        value += sign * found
    if abs(value) >= VALUE_LIMIT or (reloc.mode == MODE_ABSOLUTE and value < 0):
        return None
    return make_instruction(reloc.opcode, reloc.register, reloc.mode, reloc.base, value)


def _deck(program: Program, spans: list[Span]) -> str:
    """encode_deck's text (babbage/deck.py), the same line for line."""
    lines, files = deck_header(program, _files_in_order(program, spans))
    global _last_numbers
    data = program.data
    last_data, last_cards = _last_numbers
    if data == last_data:  # the same static data as the last deck's (a program edited in its code)
        lines.extend(last_cards)
    else:
        numbers = _NUMBER_CARDS
        if len(numbers) > MAX_NUMBER_CARDS:
            numbers.clear()
        number_cards: list[str] = []
        for address, value in enumerate(data):
            if value:
                card = numbers.get((address, value))
                if card is None:
                    card = numbers[address, value] = encode_number(address, value)
                number_cards.append(card)
        lines.extend(number_cards)
        _last_numbers = (list(data), number_cards)  # set at once, for a compile on another thread
    instructions = program.instructions
    covered = 0
    encoded: dict[int, str] = {}
    for span in spans or [Span(0, len(instructions), None, None)]:
        start, end, placed = span.start, span.end, span.placed
        if covered < start:
            _cards_into(lines, program, covered, start, files, encoded)
        covered = end
        if placed is None:
            _cards_into(lines, program, start, end, files, encoded)
            continue
        key = tuple(files[file] for file in placed.files)
        if span.where is not None and placed.last_deck[0] == (key, span.where):
            lines.extend(placed.last_deck[1])
            continue
        made = placed.deck.get(key)
        if made is None:
            if len(placed.deck) >= 8:
                placed.deck.clear()
            made = placed.deck[key] = _piece_deck(placed, files)
        template, suffixes = made
        own = list(template)
        for offset, suffix in suffixes:
            own[offset] = encode_card(instructions[start + offset]) + suffix
        lines.extend(own)  # type: ignore[arg-type]  # every None replaced
        if span.where is not None:
            placed.last_deck = ((key, span.where), own)  # type: ignore[assignment]
    if covered < len(instructions):
        _cards_into(lines, program, covered, len(instructions), files, encoded)
    return "\n".join(lines) + "\n"


def _files_in_order(program: Program, spans: list[Span]) -> list[str]:
    """The files of the program's line map in the order of their first card (deck_header's order), from
    the pieces' own lists of files where the spans give them."""
    line_map = program.line_map
    found: dict[str, None] = {}
    covered = 0
    for span in spans:
        for index in range(covered, span.start if span.placed is not None else span.end):
            where = line_map.get(index)
            if where is not None:
                found[where[0]] = None
        if span.placed is not None:
            found.update(dict.fromkeys(span.placed.files))
        covered = span.end
    for index in range(covered, len(program.instructions)):
        where = line_map.get(index)
        if where is not None:
            found[where[0]] = None
    return list(found)


def _piece_deck(placed: Placed, files: dict[str, int]) -> tuple[list[str | None], list[tuple[int, str]]]:
    """A piece's deck lines: of each card that is the same wherever the piece stands, and (card, debug
    suffix) of each other (a _Reloc's: its value depends on where the labels are)."""
    template: list[str | None] = []
    others: list[tuple[int, str]] = []
    # The debug suffix by the entry: the cards of a line share one.
    suffixes: dict[tuple[str, int], str] = {}
    for offset, (text, where) in enumerate(zip(placed.texts, placed.debug, strict=True)):
        if where is None:
            suffix = ""
        else:
            suffix = suffixes.get(where)  # type: ignore[assignment]
            if suffix is None:
                suffix = suffixes[where] = f" @{files[where[0]]}:{where[1]}"
        if text is not None:
            template.append(text + suffix)
        else:
            template.append(None)
            others.append((offset, suffix))
    return template, others


def _cards_into(
    lines: list[str], program: Program, start: int, end: int, files: dict[str, int], encoded: dict[int, str]
) -> None:
    line_map = program.line_map
    instructions = program.instructions
    append = lines.append
    # The debug suffix by the entry: the cards of a line share one (the assembler's read_lines).
    suffixes: dict[tuple[str, int], str] = {}
    for index in range(start, end):
        instruction = instructions[index]
        card = encoded.get(id(instruction))
        if card is None:
            card = encoded[id(instruction)] = encode_card(instruction)
        where = line_map.get(index)
        if where:
            suffix = suffixes.get(where)
            if suffix is None:
                suffix = suffixes[where] = f" @{files[where[0]]}:{where[1]}"
            append(card + suffix)
        else:
            append(card)
