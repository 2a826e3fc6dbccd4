# The syntax errors a beginner makes most, each with CPython 3.11's message and place.
score = 7
print "score:", score
if score = 10:
    print("perfect")
print("total" score)
best = max(s for s in [score], default=0)
grid = [(1, 2,
         3, 4]]
# error: 3:1: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
# error: 4:4: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
# error: 6:7: SyntaxError: invalid syntax. Perhaps you forgot a comma?
# error: 7:12: SyntaxError: Generator expression must be parenthesized
# error: 9:14: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 8
