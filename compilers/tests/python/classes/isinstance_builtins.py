for v in [1, True, "s", [1], (1,), {1: 2}, {1}, None]:
    print(isinstance(v, int), isinstance(v, str), isinstance(v, (list, tuple)), isinstance(v, dict), isinstance(v, bool))
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)), isinstance(3, object))
# expect: True False False False False
# expect: True False False False True
# expect: False True False False False
# expect: False False True False False
# expect: False False True False False
# expect: False False False True False
# expect: False False False False False
# expect: False False False False False
# expect: True False True True
