# A bubble sort of 200 numbers, swapping with `a[j], a[j + 1] = a[j + 1], a[j]`: a list read or written at
# an int index in range, and a swap, are the runtime's quick paths (the budget below holds them to that:
# the general paths took 10.1M instructions). Expectations checked against python3.11.
data = [(i * 7919) % 211 for i in range(200)]
def bubble(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
                swaps += 1
        if not swapped:
            break
    return a, swaps
result, swaps = bubble(data)
print(result[:8], result[-3:], swaps, result == sorted(data))
# max-steps: 5000000
# expect: [0, 1, 2, 3, 4, 5, 6, 7] [208, 209, 210] 9690 True
