# A program's own class may take a built-in type's name, and another class inherit from it.
class list:
    def __init__(self):
        self.items = []
class Stack(list):
    def push(self, x):
        self.items.append(x)
s = Stack()
s.push(1)
s.push(2)
print(s.items, type(s).__name__)
# expect: [1, 2] Stack
