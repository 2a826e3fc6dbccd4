"""Generators: a log-processing pipeline, infinite sequences, send(), and itertools-like helpers."""


def read_records(lines):
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            level, user, millis = line.split("|")
            yield {"n": number, "level": level.strip(), "user": user.strip(), "ms": int(millis)}
        except ValueError as e:
            print(f"skipping line {number}: {e}")


def only(level, records):
    return (r for r in records if r["level"] == level)


def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x


LOG = """
# level | user | millis
INFO | ann | 120
WARN | bob | 340
INFO | ann | 80
ERROR | cy | 1200
bad line
INFO | bob | 45 | extra
WARN | ann | 510
INFO | cy | x12
"""

records = list(read_records(LOG.splitlines()))
print(len(records), [r["n"] for r in records])
warn = only("WARN", records)
print(type(warn).__name__, [r["user"] for r in warn], list(warn))
by_user = {}
for r in records:
    by_user.setdefault(r["user"], []).append(r["ms"])
for user, times in sorted(by_user.items()):
    print(f"{user}: n={len(times)} total={sum(times)} max={max(times)}")
slow = sorted(records, key=lambda r: r["ms"], reverse=True)
print([(r["user"], r["ms"]) for r in take(2, slow)])
print(list(take(10, primes())))
print(list(take(5, (n * n for n in naturals()))))
avg = running_average()
print(next(avg))
for v in [10, 20, 60]:
    print(avg.send(v))
avg.close()
print(list(chunks("abcdefgh", 3)), list(chunks([1, 2, 3, 4], 2)))
print(list(pairwise([1, 4, 9, 16])), list(pairwise([])))
gen = (x for x in range(3))
print(next(gen), next(gen), next(gen), next(gen, "done"))
squares = {n: n * n for n in take(5, naturals())}
print(squares, sum(squares.values()))
print(any(r["level"] == "ERROR" for r in records), all(r["ms"] > 50 for r in records))
it = iter([1, 2])
print(next(it), next(it))
next(it)
# expect: skipping line 7: not enough values to unpack (expected 3, got 1)
# expect: skipping line 8: too many values to unpack (expected 3)
# expect: skipping line 10: invalid literal for int() with base 10: ' x12'
# expect: 5 [3, 4, 5, 6, 9]
# expect: generator ['bob', 'ann'] []
# expect: ann: n=3 total=710 max=510
# expect: bob: n=1 total=340 max=340
# expect: cy: n=1 total=1200 max=1200
# expect: [('cy', 1200), ('ann', 510)]
# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
# expect: [1, 4, 9, 16, 25]
# expect: None
# expect: 10.0
# expect: 15.0
# expect: 30.0
# expect: ['abc', 'def', 'gh'] [[1, 2], [3, 4]]
# expect: [(1, 4), (4, 9), (9, 16)] []
# expect: 0 1 2 done
# expect: {1: 1, 2: 4, 3: 9, 4: 16, 5: 25} 55
# expect: True True
# expect: 1 2
# expect runtime error: trap 4
# expect stderr: StopIteration
