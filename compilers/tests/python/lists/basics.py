xs = [3, 1, 4, 1, 5]
xs.append(9)
xs.insert(0, 2)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs)
xs.sort()
print(xs)
xs.reverse()
print(xs, xs.index(4), xs.count(1))
xs.remove(1)
print(xs)
# expect: [2, 3, 1, 4, 1, 5, 9] 7
# expect: 9 2 [3, 1, 4, 1, 5]
# expect: [1, 1, 3, 4, 5]
# expect: [5, 4, 3, 1, 1] 1 2
# expect: [5, 4, 3, 1]
