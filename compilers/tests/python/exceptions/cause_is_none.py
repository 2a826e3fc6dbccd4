# an exception's __cause__ is None when no 'raise ... from' set one
e = ValueError("x")
print(e.__cause__)
try:
    raise KeyError("k")
except KeyError as err:
    print(repr(err.__cause__), err.args)
# expect: None
# expect: None ('k',)
