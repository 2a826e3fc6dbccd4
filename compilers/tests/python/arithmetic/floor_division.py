for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b)
# expect: 7 2 3 1
# expect: 7 -2 -4 -1
# expect: -7 2 -4 1
# expect: -7 -2 3 -1
