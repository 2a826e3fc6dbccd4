"""Where things live in the Store: shared by the interpreter and the back end so addresses agree."""

from __future__ import annotations

from dataclasses import dataclass

from babbage.machine import STORE_MAX, STORE_MIN
from compilers.ir.nodes import Module

# The Store of a program that does not fix one is sized for it, up to this many words unless the caller
# gives another cap (the command line's default; the site's is the setting RUN_STORE_SIZE_CAP).
DEFAULT_STORE_CAP = STORE_MAX
# Words of Store beyond a bounded program's computed stack need: a register borrowed around a store
# is pushed for a moment, which the frames' sizes do not count.
STACK_SLACK = 8


@dataclass(frozen=True, slots=True)
class Layout:
    addresses: dict[str, int]  # global name -> its first address
    static_words: int  # words of static data (the heap starts here)
    heap_words: int

    @property
    def heap_base(self) -> int:
        return self.static_words

    @property
    def heap_limit(self) -> int:
        return self.static_words + self.heap_words


def layout_module(module: Module, heap_words: int = 0) -> Layout:
    """Globals from address 0 in module order, then the heap; the stack grows down from the top."""
    addresses: dict[str, int] = {}
    address = 0
    for g in module.globals:
        addresses[g.name] = address
        address += g.size
    return Layout(addresses, address, heap_words)


def uses_heap(module: Module) -> bool:
    """True when the program asks for the heap's bounds (it links the allocator)."""
    from compilers.ir.nodes import HeapInfo

    return any(isinstance(i, HeapInfo) for f in module.functions for b in f.blocks for i in b.instrs)


def default_heap_words(module: Module, store_size: int) -> int:
    """Half of what the static data leaves, for a program that allocates; none otherwise."""
    if not uses_heap(module):
        return 0
    static = layout_module(module).static_words
    return max((store_size - static) // 2, 0)


def fitted_store_size(static_words: int, heap_words: int, stack_words: int | None, cap: int) -> int:
    """The Store a program gets when it does not fix one: its static data and heap plus its stack need
    when that is bounded and it allocates nothing; otherwise the cap, so that a recursion or a heap
    (whose heap_words were planned from the cap by default_heap_words) can grow up to it. Never
    under the Engine's smallest Store; a need above the cap gets the cap (the program then stops with
    stack_overflow when it really goes that deep)."""
    if heap_words or stack_words is None:
        return cap
    return min(max(static_words + stack_words + STACK_SLACK, STORE_MIN), cap)
