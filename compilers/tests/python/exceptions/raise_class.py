try:
    raise ValueError
except ValueError as e:
    print("caught", repr(e), str(e) == "")
try:
    raise KeyError("x")
except Exception as e:
    print("KeyError", e)
# expect: caught ValueError() True
# expect: KeyError 'x'
