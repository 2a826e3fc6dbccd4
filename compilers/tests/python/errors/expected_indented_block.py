def f():
return 1
# error: 2:1: IndentationError: expected an indented block after function definition on line 1
