xs = [1, 2, 3]
for i in range(4):
    print(xs[i])
# expect: 1
# expect: 2
# expect: 3
# expect runtime error: trap 4
# expect stderr: IndexError: list index out of range
