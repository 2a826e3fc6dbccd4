s = "hello"
print(s.translate({104: 72}), (5).bit_length())


class Codec:
    def encode(self):
        return "own method"


print(Codec().encode())
# error: 2:9: the method 'translate' (str.translate in CPython) is not supported
# error: 2:35: the method 'bit_length' (int.bit_length in CPython) is not supported
