# Membership probes the hash table: 3,000 tests against a set of up to 2,003 keys stay cheap
seen = set()
count = 0
for i in range(3000):
    k = (i * 7919) % 2003
    if k not in seen:
        seen.add(k)
        count += 1
print(count, len(seen), 5 in seen, (1, 2) in {(1, 2), (3, 4), (5, 6)}, True in {1, 2, 3}, 1 in {True})
# Expected output from CPython 3.11.
# expect: 2003 2003 True True True True
