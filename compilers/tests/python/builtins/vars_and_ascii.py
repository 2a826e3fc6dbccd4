class P:
    def __init__(self):
        self.x = 1
p = P()
print(vars(p), ascii("café ☕ \U0001F600 \n"), ascii(["é", 1, ("ü",)]), ascii(p) == repr(p))
vars(p)["y"] = 2
print(p.y)
try:
    vars(3)
except TypeError as e:
    print(e)
# expect: {'x': 1} 'caf\xe9 \u2615 \U0001f600 \n' ['\xe9', 1, ('\xfc',)] True
# expect: 2
# expect: vars() argument must have __dict__ attribute
