# the alternate form '#' of x, X, o and b; a bool with a format specification formats as an int
b = 42
print(f"{b:#x} {b:#o} {b:#b} {b:#X} {-b:#x} {b:+#x}")
print(f"{b:#010x}|{b:#10b}|{b:<#8o}|{255:#_x}|{65535:#_b}")
print(f"{True:>5}|{False:d}|{True}|{True:}|" + "{:>5}".format(True) + "|" + format(False, "03"))
print(f"{True:<6}|{True:^7}|{True:x}")
# expect: 0x2a 0o52 0b101010 0X2A -0x2a +0x2a
# expect: 0x0000002a|  0b101010|0o52    |0xff|0b1111_1111_1111_1111
# expect:     1|0|True|True|    1|000
# expect: 1     |   1   |1
