class A:
    pass
class B(A):
    pass
class E(ValueError):
    pass
print(B.__bases__, A.__bases__, B.__mro__, E.__mro__, E.__bases__, object.__bases__, object.__mro__)
print(range(10, 0, -3).index(4), range(5).count(3), (1, 2).index(2))
print(sum([0.1] * 10), sum([1, 0.5, 2**60, 0.25]), list(map(divmod, [7, 9], [2, 4])), list(map(hex, [255, 16])), pow)
try:
    range(3).index(7)
except ValueError as e:
    print(e)
try:
    raise SyntaxError("bad")
except Exception as e:
    print(type(e), e, isinstance(e, SyntaxError))
raise IndentationError("x")
# expect: (<class '__main__.A'>,) (<class 'object'>,) (<class '__main__.B'>, <class '__main__.A'>, <class 'object'>) (<class '__main__.E'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) (<class 'ValueError'>,) () (<class 'object'>,)
# expect: 2 1 1
# expect: 0.9999999999999999 1.152921504606847e+18 [(3, 1), (2, 1)] ['0xff', '0x10'] <built-in function pow>
# expect: 7 is not in range
# expect: <class 'SyntaxError'> bad True
# expect runtime error: trap 4
# expect stderr: IndentationError: x
