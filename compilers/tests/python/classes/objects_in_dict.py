class Student:
    def __init__(self, name):
        self.name = name
        self.marks = []
    def add(self, m):
        self.marks.append(m)
    def average(self):
        return sum(self.marks) // len(self.marks) if self.marks else 0
roster = {}
for name, mark in [("ada", 90), ("bob", 70), ("ada", 80), ("bob", 75), ("cy", 60)]:
    if name not in roster:
        roster[name] = Student(name)
    roster[name].add(mark)
for name in sorted(roster):
    s = roster[name]
    print(name, s.marks, s.average())
# expect: ada [90, 80] 85
# expect: bob [70, 75] 72
# expect: cy [60] 60
