# CPython refuses a class of bool (or range, slice) when the class statement runs, with a TypeError
# (its words checked against python3.11).
print(type(int), type(type(int)), type(len), type(bool) is type(str))
class Flag(bool):
    pass
# expect: <class 'type'> <class 'type'> <class 'builtin_function_or_method'> True
# expect runtime error: trap 4 at line 4
# expect stderr: TypeError: type 'bool' is not an acceptable base type
