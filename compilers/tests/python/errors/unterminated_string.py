print("hello)
# error: 1:7: SyntaxError: unterminated string literal
