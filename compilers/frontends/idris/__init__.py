"""The Idris front-end (LANGUAGES.md: an Idris 2 subset with dependent types, erased before running):
lexer with the layout rule, parser, the dependent checker, erasure to the functional core (README.md)."""

from compilers.frontends.idris.frontend import IDRIS

FRONTEND = IDRIS

__all__ = ["FRONTEND"]
