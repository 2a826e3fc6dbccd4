class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def is_empty(self):
        return len(self.items) == 0
    def __len__(self):
        return len(self.items)
s = Stack()
for w in "to be or not".split():
    s.push(w)
print(len(s))
while not s.is_empty():
    print(s.pop())
# expect: 4
# expect: not
# expect: or
# expect: be
# expect: to
