s = "hello"
print(s.isprintable(), (5).to_bytes(2, "big"))


class Codec:
    def encode(self):
        return "own method"


print(Codec().encode())
# error: 2:9: the method 'isprintable' (str.isprintable in CPython) is not supported
# error: 2:28: the method 'to_bytes' (int.to_bytes in CPython) is not supported
