a = {1, 9, 17}
b = {17, 9, 1}
print(a, b)
def f():
    return {17, 9, 1}
print(f(), {True, 9, 17}, {17, 9, True})
print({-1, -9, 7}, {7, -9, -1}, {(1, 2), (2, 1), 3}, {3, (2, 1), (1, 2)})
# Expected output from CPython 3.11.
# expect: {1, 9, 17} {1, 9, 17}
# expect: {1, 9, 17} {True, 9, 17} {True, 9, 17}
# expect: {-9, -1, 7} {-9, -1, 7} {(1, 2), 3, (2, 1)} {(1, 2), 3, (2, 1)}
