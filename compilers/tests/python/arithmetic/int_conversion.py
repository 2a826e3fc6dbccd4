print(int("42") + 1, int("-17"), int("  8  "), int(True), int("ff", 16), int("101", 2))
print(str(12) + str(34), repr("hi"), hex(255), bin(5), oct(8), hex(-1))
# expect: 43 -17 8 1 255 5
# expect: 1234 'hi' 0xff 0b101 0o10 -0x1
