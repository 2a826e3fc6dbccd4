try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(e, e.args, repr(e))
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
# expect: ('bad', 42) ('bad', 42) ValueError('bad', 42)
# expect: KeyError() ()
