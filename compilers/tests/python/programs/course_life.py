"""Conway's game of life on a small torus, with a glider."""

WIDTH, HEIGHT = 10, 8


def make_grid(cells):
    return {(x, y) for x, y in cells}


def neighbours(x, y):
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield (x + dx) % WIDTH, (y + dy) % HEIGHT


def step(alive):
    counts = {}
    for cell in alive:
        for n in neighbours(*cell):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in alive)}


def show(alive, generation):
    print(f"generation {generation}: {len(alive)} alive")
    for y in range(HEIGHT):
        print("".join("#" if (x, y) in alive else "." for x in range(WIDTH)))


glider = make_grid([(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
blinker = {(7, 5), (7, 6), (7, 7)}
world = glider | blinker
history = []
for gen in range(5):
    if gen % 2 == 0:
        show(world, gen)
    history.append(frozenset(world))
    world = step(world)
print("repeats:", frozenset(world) in history)
pop = [len(h) for h in history]
print(pop, sum(pop) / len(pop))
xs = sorted(world)
print(xs[:3], min(x for x, _ in world), max(y for _, y in world))
# expect: generation 0: 8 alive
# expect: .#........
# expect: ..#.......
# expect: ###.......
# expect: ..........
# expect: ..........
# expect: .......#..
# expect: .......#..
# expect: .......#..
# expect: generation 2: 8 alive
# expect: ..........
# expect: ..#.......
# expect: #.#.......
# expect: .##.......
# expect: ..........
# expect: .......#..
# expect: .......#..
# expect: .......#..
# expect: generation 4: 8 alive
# expect: ..........
# expect: ..#.......
# expect: ...#......
# expect: .###......
# expect: ..........
# expect: .......#..
# expect: .......#..
# expect: .......#..
# expect: repeats: False
# expect: [8, 8, 8, 8, 8] 8.0
# expect: [(1, 2), (2, 3), (2, 4)] 1 6
