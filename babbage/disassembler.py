"""Program -> Babbage assembly text that assembles back to the same program."""

from __future__ import annotations

from babbage.isa import BY_NUMBER, MODE_IMMEDIATE
from babbage.program import Program

WORDS_PER_LINE = 8
SPACE_RUN = 4  # runs of at least this many zero words print as .space


def _data_lines(data: list[int]) -> list[str]:
    lines: list[str] = []
    pending: list[int] = []

    def flush() -> None:
        for start in range(0, len(pending), WORDS_PER_LINE):
            chunk = pending[start : start + WORDS_PER_LINE]
            lines.append("        .word " + ", ".join(str(v) for v in chunk))
        pending.clear()

    index = 0
    while index < len(data):
        end = index
        while end < len(data) and data[end] == 0:
            end += 1
        if end - index >= SPACE_RUN:
            flush()
            lines.append(f"        .space {end - index}")
            index = end
        else:
            pending.append(data[index])
            index += 1
    flush()
    return lines


def disassemble(program: Program) -> str:
    """Assembly text for a program; card indices that jumps and CALLs target get labels `cN`."""
    count = len(program.instructions)
    targets = {
        instruction.value
        for instruction in program.instructions
        if BY_NUMBER[instruction.opcode].second == "label"
        and instruction.mode == MODE_IMMEDIATE
        and 0 <= instruction.value <= count
    }
    if program.entry:
        targets.add(program.entry)
    labels = {index: f"c{index}" for index in sorted(targets)}
    lines = [f"; {count} cards, {program.static_size} words of static data, {program.heap_size} of heap"]
    if program.data:
        lines.append("        .data")
        lines.extend(_data_lines(program.data))
    if program.heap_size:
        lines.append(f"        .heap {program.heap_size}")
    lines.append("        .text")
    if program.entry:
        lines.append(f"        .entry {labels[program.entry]}")
    current_file: str | None = None
    current_line: int | None = None
    for index, instruction in enumerate(program.instructions):
        where = program.line_map.get(index)
        if where is not None:
            if where[0] != current_file:
                escaped = where[0].replace("\\", "\\\\").replace('"', '\\"')
                lines.append(f'        .file "{escaped}"')
                current_file = where[0]
            if where[1] != current_line:
                lines.append(f"        .line {where[1]}")
                current_line = where[1]
        op = BY_NUMBER[instruction.opcode]
        text = instruction.text(labels if op.second == "label" else None)
        prefix = f"{labels[index]}:" if index in labels else ""
        lines.append(f"{prefix:<8}{text}")
    if count in labels:
        lines.append(f"{labels[count]}:")
    return "\n".join(lines) + "\n"
