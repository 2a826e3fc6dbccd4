class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2
    def __str__(self):
        return f"{self.name} with area {self.area()}"
shapes = [Square(3), Square(5)]
for s in shapes:
    print(s)
print(sum(s.area() for s in shapes), Shape("blob").area())
# expect: square with area 9
# expect: square with area 25
# expect: 34 0
