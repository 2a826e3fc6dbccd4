"""The Haskell front-end (LANGUAGES.md; reference: GHC): lexer with the layout rule, parser, type inference
with type classes, elaboration to the functional core (compilers/core/), which compiles to the IR."""
