def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
n = 5
def show(v=n):
    return v
n = 6
print(show())
# expect: [1]
# expect: [1, 2]
# expect: 5
