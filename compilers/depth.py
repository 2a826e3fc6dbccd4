"""How deep a program may nest, and the Python recursion a compile may use for it.

Every stage of a front-end walks the program's tree recursively (the parser by recursive descent, the
checker, the lowering, the constant folder, the tree's text), so a compile needs Python frames in
proportion to how deep the tree is: parentheses nested 1,000 deep take the C parser about 15 frames a
level, and a flat sum of 10,000 terms is a tree 10,000 deep, two to four frames a level in each walker.
Python's default limit of 1,000 frames stopped both long before (issue: 130 parentheses, 500 terms).

`deep_recursion()` raises the interpreter's recursion limit to RECURSION_LIMIT while compiles run. This
is safe for the C stack on the Pythons this project runs on (3.12 and later, pyproject.toml): there a
call from Python code to Python code takes no C stack, and recursion that passes through C code has its
own fixed limit (Py_C_RECURSION_LIMIT), which raises RecursionError before a thread's default 8 MiB stack
is spent, whatever sys.setrecursionlimit says (measured: 5,000 levels of a recursion through map() in a
thread of 8 MiB end in RecursionError with the limit at ten million). What the limit bounds is memory:
a frame of a compiler's walker takes about 1.2 KB (measured: a million frames of a three-argument
function, 1.16 GB), so the limit's 100,000 frames are at most about 120 MB, reached only by a program
near the limits below.

The front-ends turn the limits into diagnostics at the construct that passes them, so the frames are
never spent: NESTING_LIMIT levels of nesting (parentheses, brackets, unary operators and casts, nested
statements and blocks, braces of initialisers), and CHAIN_LIMIT binary operators in a row in one
expression (a flat sum: each operator is a level of the tree). A compile that still runs out of frames
(a language without these checks) is the driver's "nests too deeply" diagnostic, never a crash.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

NESTING_LIMIT = 2_000
CHAIN_LIMIT = 10_000
RECURSION_LIMIT = 100_000

_lock = threading.Lock()
_users = 0
_saved = 0


@contextmanager
def deep_recursion() -> Iterator[None]:
    """Run the body with the recursion limit at RECURSION_LIMIT (or the process's, if higher); the limit
    the process had comes back when the last compile running in any of its threads ends."""
    global _users, _saved
    with _lock:
        if _users == 0:
            _saved = sys.getrecursionlimit()
            sys.setrecursionlimit(max(_saved, RECURSION_LIMIT))
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                sys.setrecursionlimit(_saved)
