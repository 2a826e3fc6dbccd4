d = {k: k * k for k in range(12)}
e = {k: 0 for k in range(5, 30, 2)}
print(d.keys() & {1, 2, 99}, d.keys() | {40, 3}, d.keys() - {0, 1, 2}, d.keys() ^ {1, 50})
print({1, 2, 99} & d.keys(), {40, 3} | d.keys(), {0, 1, 2, 77} - d.keys(), [1, 60] - d.keys())
print(d.keys() & e.keys(), e.keys() & d.keys(), d.keys() - e.keys(), d.keys() ^ e.keys(), d.keys() | e.keys())
print(d.items() & {(2, 4), (3, 0)}, d.keys() & [3, 100, 3], d.keys() & range(5, 100))
big = set(range(0, 100, 3))
print(d.keys() & big, big & d.keys(), d.keys() - big, big - d.keys())
try:
    d.values() & {1}
except TypeError as e:
    print(e)
common = {"a": 1, "b": 2}.keys() & {"b": 3, "c": 4}.keys()
print(common, type(common).__name__)
# expect: {1, 2} {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40} {3, 4, 5, 6, 7, 8, 9, 10, 11} {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50}
# expect: {1, 2} {0, 1, 2, 3, 4, 5, 6, 7, 40, 8, 9, 10, 11} {77} {60}
# expect: {9, 11, 5, 7} {9, 11, 5, 7} {0, 1, 2, 3, 4, 6, 8, 10} {0, 1, 2, 3, 4, 6, 8, 10, 13, 15, 17, 19, 21, 23, 25, 27, 29} {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29}
# expect: {(2, 4)} {3} {5, 6, 7, 8, 9, 10, 11}
# expect: {0, 9, 3, 6} {0, 9, 3, 6} {1, 2, 4, 5, 7, 8, 10, 11} {12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63, 66, 69, 72, 75, 78, 81, 84, 87, 90, 93, 96, 99}
# expect: unsupported operand type(s) for &: 'dict_values' and 'set'
# expect: {'b'} set
