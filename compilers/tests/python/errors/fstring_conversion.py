name = "Ada"
print(f"{name!r} {name!s:>5}")
print(f"{name!z}")
print(f"{name!rr}")
# error: 3:7: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'
# error: 4:7: SyntaxError: f-string: expecting '}'
