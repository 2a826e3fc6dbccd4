"""The back end (README.md here): legalise, allocate registers, select instructions, emit assembly."""

from compilers.backend.codegen import Compiled, generate
from compilers.backend.legalize import legalize_module

__all__ = ["Compiled", "generate", "legalize_module"]
