"""The Haskell front-end (LANGUAGES.md; reference: GHC): lexer with the layout rule, parser, type inference
with type classes, elaboration to the functional core (compilers/core/), which compiles to the IR."""

from compilers.frontends.haskell.frontend import HASKELL

FRONTEND = HASKELL

__all__ = ["FRONTEND"]
