def ticket_numbers(prefix, start=1):
    n = start
    while True:
        label = f"{prefix}-{n:03d}"
        yield label
        n += 1
        if n > start + 3:
            return

tickets = ticket_numbers("A")
print(next(tickets))
print(next(tickets))
print(list(tickets))
print(list(tickets), next(tickets, "no more"))
for t in ticket_numbers("B", start=7):
    print(t)
def pairs(xs):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            yield xs[i], xs[j]
print(list(pairs("abc")))
# expect: A-001
# expect: A-002
# expect: ['A-003', 'A-004']
# expect: [] no more
# expect: B-007
# expect: B-008
# expect: B-009
# expect: B-010
# expect: [('a', 'b'), ('a', 'c'), ('b', 'c')]
