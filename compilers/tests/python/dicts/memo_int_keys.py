# A memo of ints, the cache checked before each step: most lookups miss. Runs of consecutive ints hash to
# consecutive slots; the index's probe is CPython's perturbed one, so a missing key's lookup stops after a
# few slots instead of walking the run (the budget below holds it to that: the linear probe took 8.3M).
cache = {1: 1}
def collatz(n):
    if n in cache:
        return cache[n]
    r = 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
    cache[n] = r
    return r
best = max(range(1, 1000), key=collatz)
print(best, collatz(best), len(cache))
print(cache[27], cache.get(9232), cache.get(5), -7 in cache)
# max-steps: 3000000
# expect: 871 179 2228
# expect: 112 35 6 False
