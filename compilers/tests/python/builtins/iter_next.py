it = iter([1, 2, 3])
print(next(it), next(it))
print(next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
# expect: 1 2
# expect: 3 done
# expect: StopIteration
