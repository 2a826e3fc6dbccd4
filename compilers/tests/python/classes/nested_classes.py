# A class written in another's body is an attribute of it, named by its qualified name.
class Stack:
    class Empty(Exception):
        pass

    class Node:
        def __init__(self, value, below):
            self.value = value
            self.below = below

    limit = 2

    def __init__(self):
        self.top = None
        self.size = 0

    def push(self, value):
        if self.size == self.limit:
            raise self.Empty("full")  # reached through the instance too
        self.top = Stack.Node(value, self.top)
        self.size += 1

    def pop(self):
        if self.top is None:
            raise Stack.Empty("pop from empty stack")
        node = self.top
        self.top = node.below
        self.size -= 1
        return node.value


class Outer:
    class Base:
        kind = "base"

        def describe(self):
            return f"{type(self).__name__}:{self.kind}"

    class Child(Base):  # a base named in the class body, where Base is bound
        kind = "child"

        class Deep:
            pass

    made = [Base, Child]


s = Stack()
s.push(1)
s.push(2)
try:
    s.push(3)
except Stack.Empty as e:
    print(type(e).__name__, repr(e), e)
print(s.pop(), s.pop(), Stack.Node, Stack.Empty.__name__, Stack.Node.__qualname__, Stack.__qualname__)
print([c().describe() for c in Outer.made], Outer.Child.Deep, Outer.Child.Deep.__qualname__)
print(issubclass(Outer.Child, Outer.Base), isinstance(Outer.Child(), Outer.Base))
try:
    Stack.Node(1)
except TypeError as e:
    print(e)
s.pop()
# expect: Empty Empty('full') full
# expect: 2 1 <class '__main__.Stack.Node'> Empty Stack.Node Stack
# expect: ['Base:base', 'Child:child'] <class '__main__.Outer.Child.Deep'> Outer.Child.Deep
# expect: True True
# expect: Stack.Node.__init__() missing 1 required positional argument: 'below'
# expect runtime error: trap 4
# expect stderr: Stack.Empty: pop from empty stack
