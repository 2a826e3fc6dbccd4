"""Where things live in the Store: shared by the interpreter and the back end so addresses agree."""

from __future__ import annotations

from dataclasses import dataclass

from compilers.ir.nodes import Module


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
