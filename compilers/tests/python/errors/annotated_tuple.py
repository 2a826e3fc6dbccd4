a, b: int = 1, 2
# error: 1:1: SyntaxError: only single target (not tuple) can be annotated
