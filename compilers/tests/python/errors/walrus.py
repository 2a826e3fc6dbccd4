print([n := 1 for n in range(3)])
print([y for v in (y := [1])])


class A:
    z = [(w := 1) for v in range(2)]
    q = (r := 2)
# error: 1:8: assignment expression cannot rebind comprehension iteration variable 'n'
# error: 2:20: assignment expression cannot be used in a comprehension iterable expression
# error: 6:11: assignment expression within a comprehension cannot be used in a class body
# error: 7:10: an assignment expression (:=) in a class body is not supported
