"""A queue simulation with a deterministic pseudo-random generator (a linear congruential one)."""


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

    def random(self):
        return self.next() / 2 ** 31

    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

    def shuffle(self, xs):
        for i in range(len(xs) - 1, 0, -1):
            j = self.randint(0, i)
            xs[i], xs[j] = xs[j], xs[i]


class Customer:
    def __init__(self, ident, arrival, service):
        self.ident = ident
        self.arrival = arrival
        self.service = service
        self.start = None

    @property
    def wait(self):
        return self.start - self.arrival

    def __repr__(self):
        return f"C{self.ident}(t={self.arrival}, s={self.service})"


def simulate(rng, minutes, tellers):
    queue = []
    busy_until = [0] * tellers
    served = []
    ident = 0
    for t in range(minutes):
        if rng.random() < 0.6:
            ident += 1
            queue.append(Customer(ident, t, rng.randint(1, 5)))
        for k in range(tellers):
            if busy_until[k] <= t and queue:
                c = queue.pop(0)
                c.start = t
                busy_until[k] = t + c.service
                served.append(c)
    return served, queue


rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(10)])
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8], len(set(deck)))
print(rng.choice(["heads", "tails"]), round(rng.random(), 6))
for tellers in (1, 2, 3):
    served, left = simulate(LCG(7), 60, tellers)
    waits = [c.wait for c in served]
    avg = sum(waits) / len(waits)
    longest = max(served, key=lambda c: c.wait)
    print(f"{tellers} teller(s): served {len(served):2d}, waiting {len(left):2d}, "
          f"mean wait {avg:5.2f}, longest {longest!r} waited {longest.wait}")
hist = {}
r = LCG(99)
for _ in range(1000):
    roll = r.randint(1, 6) + r.randint(1, 6)
    hist[roll] = hist.get(roll, 0) + 1
for total in sorted(hist):
    print(f"{total:2d} {'*' * (hist[total] // 10)}")
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + r.choice([-1, 1]))
print(walk, max(walk), min(walk), walk.index(max(walk)))
# expect: [6, 5, 6, 3, 2, 3, 4, 1, 6, 1]
# expect: ['6H', 'TC', 'QH', 'KC', '7S', '5H', '2S', 'AD'] 52
# expect: heads 0.805784
# expect: 1 teller(s): served 22, waiting 13, mean wait 13.23, longest C21(t=30, s=1) waited 26
# expect: 2 teller(s): served 35, waiting  0, mean wait  0.74, longest C28(t=42, s=4) waited 4
# expect: 3 teller(s): served 35, waiting  0, mean wait  0.03, longest C20(t=29, s=2) waited 1
# expect:  3 ***********
# expect:  5 *********************
# expect:  7 *********************************
# expect:  9 **********************
# expect: 11 ***********
# expect: [0, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0] 0 -1 0
