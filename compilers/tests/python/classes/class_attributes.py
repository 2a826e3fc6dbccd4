class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter().inc().inc()
d = Counter()
print(c.n, d.n, Counter.created, c.created)
# expect: 2 0 2 2
