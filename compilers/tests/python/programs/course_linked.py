"""A singly linked list and a binary search tree, classes with special methods."""


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "[" + " -> ".join(map(repr, self)) + "]"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("linked list index out of range")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self


class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def go(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = go(node[1])
            elif key > node[0]:
                node[2] = go(node[2])
            return node
        self.root = go(self.root)

    def inorder(self):
        out = []

        def walk(node):
            if node:
                walk(node[1])
                out.append(node[0])
                walk(node[2])
        walk(self.root)
        return out

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 9 in ll)
print(ll.reverse(), list(ll), sum(ll), max(ll))
print(ll == LinkedList([5, 1, 4, 1, 3]), ll == [5, 1, 4, 1, 3], ll != LinkedList())
print(LinkedList(), len(LinkedList()), bool(LinkedList()), bool(ll))
print(sorted(ll), [x * 2 for x in ll if x > 1], dict(enumerate(ll)))
a, *rest = ll
print(a, rest)
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    tree.insert(k)
print(tree.inorder(), tree.height(), 65 in tree, 66 in tree)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height())
print(ll[10])
# expect: [3 -> 1 -> 4 -> 1 -> 5] 5 3 5 True False
# expect: [5 -> 1 -> 4 -> 1 -> 3] [5, 1, 4, 1, 3] 14 5
# expect: True False True
# expect: [] 0 False True
# expect: [1, 1, 3, 4, 5] [10, 8, 6] {0: 5, 1: 1, 2: 4, 3: 1, 4: 3}
# expect: 5 [1, 4, 1, 3]
# expect: [20, 30, 40, 50, 60, 65, 70, 80] 4 True False
# expect: ['brown', 'dog', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the'] 7
# expect runtime error: trap 4
# expect stderr: IndexError: linked list index out of range
