class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
    def step(self, width):
        self.pos += self.vel
        if self.pos < 0 or self.pos >= width:
            self.vel = -self.vel
            self.pos += 2 * self.vel
class World:
    def __init__(self, width):
        self.width = width
        self.particles = [Particle(i * 3, (-1) ** i) for i in range(4)]
    def render(self):
        row = ["."] * self.width
        for p in self.particles:
            row[p.pos] = "*"
        return "".join(row)
    def run(self, steps):
        for _ in range(steps):
            print(self.render())
            for p in self.particles:
                p.step(self.width)
World(12).run(5)
# expect: *..*..*..*..
# expect: .**....**...
# expect: .**....**...
# expect: *..*..*..*..
# expect: .*..**....*.
