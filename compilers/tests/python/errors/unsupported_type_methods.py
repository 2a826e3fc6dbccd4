s = "hello"
print(s.isidentifier(), (5).bit_length())


class Codec:
    def encode(self):
        return "own method"


print(Codec().encode())
# error: 2:9: the method 'isidentifier' (str.isidentifier in CPython) is not supported
# error: 2:29: the method 'bit_length' (int.bit_length in CPython) is not supported
