slots = [0] * 3
for i in range(4):
    slots[i] = i
# expect runtime error: trap 4
# expect stderr: IndexError: list assignment index out of range
