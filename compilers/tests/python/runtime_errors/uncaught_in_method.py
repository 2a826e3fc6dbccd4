class Robot:
    def __init__(self, name):
        self.name = name
    def battery(self):
        return self.charge // 10
r = Robot("r2")
print(r.name)
print(r.battery())
# expect: r2
# expect runtime error: trap 4
# expect stderr: AttributeError: 'Robot' object has no attribute 'charge'
