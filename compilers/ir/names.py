"""Names of a module's symbols made from what they stand for, not from the order a compile met them.

The back end keeps a function's optimised form and code by its text (compilers/backend/routines.py): a
library function that a front-end lowers with every program is found again only if every name it refers
to is the same in each program, whatever else the program holds, and a program's assembly is then the
same whatever the process compiled before.
"""

from __future__ import annotations

import hashlib


def content_name[T](prefix: str, text: str, taken: dict[str, T], owner: T) -> str:
    """prefix and a digest of text, followed by .N in the unlikely case that the name is taken already by
    another owner (two texts of one digest). taken: name -> owner, for every name given so far; the name
    returned is recorded in it for owner."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    name, n = f"{prefix}{digest}", 0
    while taken.setdefault(name, owner) != owner:
        n += 1
        name = f"{prefix}{digest}.{n}"
    return name
