def insertion_sort(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out += right[j:]
    return out

def quicksort(xs):
    if not xs:
        return []
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])

def selection_sort(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        m = min(range(i, n), key=xs.__getitem__)
        xs[i], xs[m] = xs[m], xs[i]
    return xs

seq = [29, 3, 72, 3, -5, 18, 0, 44, 11, 72, 6]
for f in (insertion_sort, merge_sort, quicksort, selection_sort):
    r = f(seq)
    print(f"{f.__name__:<15}{r}", r == sorted(seq))
print(sorted(seq, reverse=True)[::3])
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 22)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
# expect: insertion_sort [-5, 0, 3, 3, 6, 11, 18, 29, 44, 72, 72] True
# expect: merge_sort     [-5, 0, 3, 3, 6, 11, 18, 29, 44, 72, 72] True
# expect: quicksort      [-5, 0, 3, 3, 6, 11, 18, 29, 44, 72, 72] True
# expect: selection_sort [-5, 0, 3, 3, 6, 11, 18, 29, 44, 72, 72] True
# expect: [72, 29, 6, 0]
# expect: [('ann', 31), ('cy', 31), ('bob', 25), ('dee', 22)]
# expect: ('ann', 31) ('cy', 31)
